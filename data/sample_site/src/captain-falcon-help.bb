id: 4207
title: I keep hitting the sourspot knee, how do you time it?
prefix: Question
starter: TechChaseTim
forum: captain-falcon

=== post by TechChaseTim on 2014-09-02 ===
Trying out C. Falcon as a secondary. In combos my knee almost always hits with the weak sourspot and they just fly a little bit away. Is there a trick to getting the sweetspot, or is it just practice?

=== post by KneeOfJustice on 2014-09-03 ===
Mostly practice, but there are two things to check. The sweetspot is only active for the first couple of frames the leg is out, and only at the knee itself. If you press fair too early, they are still far from your knee when the strong frames are over and you hit with the late sourspot. So you are probably jumping and pressing A too soon.

Try this: after a down throw on Fox at low percent, jump, wait until you are almost touching them, then fair. It feels late, but that is the right timing.

=== post by PlatformDrop on 2014-09-03 ===
Also make sure you are not too close. If their hurtbox is inside your leg instead of at the knee you get the weak hit too. Spacing it so the knee is right on their body is the whole skill.

=== post by TechChaseTim on 2014-09-05 ===
Tried waiting longer in training mode and I went from maybe 1 in 5 to almost half. Thanks, this helps a lot :D
