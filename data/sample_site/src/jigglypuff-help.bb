id: 4205
title: How do I stop whiffing Rest?
prefix: Question
starter: CrouchCancel
forum: jigglypuff

=== post by CrouchCancel on 2014-11-03 ===
Trying Puff as a second character. My problem: I go for Rest maybe five times a game, hit it once, and get up smashed every other time. Watching videos, good Puffs seem to land it whenever they want. How do you know when it will connect?

=== post by PoundForPound on 2014-11-03 ===
Five times a game is your problem, honestly. Rest only hits when you're basically touching them, so it should come at the end of something: a down air or up air on a fast faller, a missed tech right next to you, or someone landing on your shield. If you're guessing whether they're in range, don't press it. Go read the Rest setups spoiler in the guide sticky.

=== post by WavelandWanda on 2014-11-04 ===
Also learn which characters it works on. Against Fox and Falco the setups are real because they fall fast. Against Peach or another Puff most Rests are reads, and a miss means a full charged smash, so save them for when it kills.

=== post by CrouchCancel on 2014-11-06 ===
[quote=PoundForPound]If you're guessing whether they're in range, don't press it.[/quote]
Makes sense. Only went for it off down air last night and landed two out of three. Thanks!
