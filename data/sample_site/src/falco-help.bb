id: 4202
title: Keep dying to Fox edge-guards, what am I doing wrong?
prefix: Question
starter: PlatformDrop
forum: falco

=== post by PlatformDrop on 2014-06-02 ===
Every time my friend's Fox knocks me off stage I lose the stock. I usually Phantasm straight to the ledge and he just stands there and shines me or grabs the ledge first. What should I be doing differently?

=== post by PillarPilot on 2014-06-02 ===
You are doing the same thing every time, so he doesn't even need to react. Mix it up: Phantasm high onto the stage, shorten the Phantasm by pressing B again so it stops before his shine, or keep your double jump and Fire Bird to the ledge from below. Also check your DI. If you're getting sent far to the side, you're probably not DIing up and in.

=== post by WavelandWanda on 2014-06-03 ===
Also don't burn your double jump the second you're hit. Falco's double jump is huge, so hold it until you see where Fox is standing. If he is on the ledge, go high. If he is in the middle of the stage, go to the ledge.

=== post by PlatformDrop on 2014-06-05 ===
Tried the shortened Phantasm last night and he got hit by it twice because he shined too early. Going high also worked. Thanks both :)
