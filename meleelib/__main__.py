import sys

from meleelib.runner import main

sys.exit(main())
