id: 4206
title: Down smash keeps getting shield grabbed, what am I doing wrong?
prefix: Question
starter: CrouchCancel
forum: peach

=== post by CrouchCancel on 2014-10-12 ===
I picked up Peach a couple of months ago. Down smash is my favorite move, but at my weekly every decent player just shields it and grabs me. Is the move bad on shield, or am I using it wrong? I mostly throw it out when someone dashes in close.

=== post by TurnipTycoon on 2014-10-12 ===
The move is fine, the timing is the problem. Dsmash is a punish, not an approach or a wall. If they dash in and are already able to shield, you are guessing. Save it for things they cannot shield: landing lag, missed techs, whiffed smashes, people coming down on top of you after an aerial.

When you want to hit someone who is dashing in, use FC bair or FC nair instead. No landing lag means they are much safer if they get shielded.

=== post by WavelandWanda on 2014-10-13 ===
Also, space it. If the last hits connect with the tip of her dress on shield, a lot of characters cannot reach you with a grab. When you are right on top of them it is a free grab for everyone.

=== post by CrouchCancel on 2014-10-14 ===
That makes sense. So basically I should be throwing out FC aerials in neutral and only dsmash when they are stuck in lag. Going to try this at the next weekly. Thanks both :)

=== post by NeutralB on 2014-10-15 ===
One more: if they like to shield, pull a turnip and throw it at their shield, then grab. Once they start getting grabbed they stop sitting in shield, and your dsmash starts landing again.
