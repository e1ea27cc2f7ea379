id: 4208
title: Nana keeps dying offstage, how do I stop losing her?
prefix: Question
starter: NeutralB
forum: ice-climbers

=== post by NeutralB on 2015-02-14 ===
Playing Icies for a month now. My main problem: whenever we both get knocked offstage, Popo makes it back and Nana just falls to her death. Then I am stuck as Solo Popo for the rest of the stock. What am I doing wrong?

=== post by DesyncDuo on 2015-02-14 ===
Most of the time it is because you recover too fast. Nana follows your inputs only when she is close enough; if you double jump and belay right away while she is still in hitstun somewhere else, she is left behind and has to recover alone, and her solo up-B is awful.

Wait a moment after getting hit. Drift toward her, let her catch up, and then recover together. Belay works best when she is right next to you.

=== post by PillarPilot on 2015-02-15 ===
Also DI matters. Nana's DI is up to the AI, so if you DI hard in some odd direction you end up in two different spots. Falco players love that because one laser at Nana offstage and she's gone.

=== post by NeutralB on 2015-02-16 ===
Oh, I never thought about waiting for her. I always panic and jump immediately. Will try it tonight, thanks!
