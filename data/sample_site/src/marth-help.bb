id: 4203
title: Tipper forward smash never tips, help?
prefix: Question
starter: TechChaseTim
forum: marth

=== post by TechChaseTim on 2014-09-07 ===
I'm learning Marth as a secondary next to Sheik. My forward smash almost never hits with the tip. It either whiffs or hits with the middle of the sword and barely sends them. How do people get tippers so consistently?

=== post by TipperTheory on 2014-09-07 ===
Mostly by not throwing it out from a standstill. The reliable tippers come from movement: dash away, pivot, and forward smash as they run into you, or wavedash back and forward smash when they approach. You're letting them walk into the tip instead of trying to reach them with it.

Spend ten minutes in training mode standing at different distances from a CPU and learning exactly where the tip is. It's further out than most people think.

=== post by NeutralB on 2014-09-08 ===
Also worth remembering that a non-tipper fsmash is usually still fine if it puts them off stage. Don't get so obsessed with tippers that you miss the edge-guard afterwards.

=== post by TechChaseTim on 2014-09-10 ===
The wavedash back fsmash thing is working way better. Got two tipper kills at weeklies yesterday :D Thanks!
