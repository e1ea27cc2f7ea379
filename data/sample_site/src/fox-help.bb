id: 4201
title: Keep SDing with firefox on Battlefield, what am I doing wrong?
prefix: Question
starter: CrouchCancel
forum: fox

=== post by CrouchCancel on 2014-06-11 ===
Picked up Fox a few months ago. Everything is slowly coming together except recovering on Battlefield. Half the time I aim my firefox at the ledge from below and Fox just bonks into the underside of the stage and falls to his death. Happens way less on FD. Is this just a timing thing or am I aiming wrong?

=== post by ShineBright on 2014-06-11 ===
It's the stage, not just you. Battlefield's ledges are shaped so the underside sticks out, and if you're too far under the stage when you launch, you hit it instead of snapping to the ledge. Two fixes:
[list]
[*]Don't fall so low before you up-B. Use your double jump later and start the firefox from closer to ledge height.
[*]If you're already low, aim more outward first (drift away from the stage) so your angle goes around the lip instead of into it.
[/list]
Go to training mode and try firefox from every position below each ledge. You'll find the dead zone pretty fast.

=== post by PlatformDrop on 2014-06-12 ===
[quote=ShineBright]If you're already low, aim more outward first[/quote]
This. Also, when you're high enough, just illusion to the ledge instead. People forget side-B grabs the ledge on Battlefield too and it's way faster than firefox.

=== post by CrouchCancel on 2014-06-13 ===
Spent an hour on it last night. Starting the up-B higher fixed most of it, and I'm mixing in short illusion now too. Thanks both! :)
