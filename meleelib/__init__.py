"""meleelib: community Melee guides in, a fine-tuned coach out. One subpackage per stage of the series."""
from meleelib.config import load_profile
from meleelib.paths import RunPaths

__all__ = ["RunPaths", "load_profile"]
__version__ = "0.1.0"
