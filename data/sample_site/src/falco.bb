id: 4102
title: Lasers, pillars and patience: the Falco guide
prefix: Guide
starter: PillarPilot
forum: falco
sticky: yes

=== post by PillarPilot on 2014-03-09 ===
Hey all. The old Falco thread on this board is from before half the current tech was common knowledge, and every week somebody new asks the same five questions in the help threads. So here is my attempt at a complete guide, written for someone who can already wavedash and L-cancel a little and wants to know [i]what to actually do[/i] with the bird. I have been maining Falco in regional tournaments for about four years, and most of this comes from losing a lot and then slowly losing less.

I will post the guide in chunks over the next few weeks and keep this index updated. Ask questions in the thread; if something comes up a lot I will fold the answer into the relevant section.

[heading=2]Index[/heading]
[list=1]
[*]Why Falco, and what he is bad at (this post)
[*]Lasers and the neutral game (this post)
[*]Core techniques: SHFFL, shine, wavedash, shield drop (post #2)
[*]Punishes, pillars and combos (post #5)
[*]Edge-guarding and recovery (page 2)
[*]Matchups and stage picks (page 2)
[/list]

[heading=2]Why Falco?[/heading]
Falco has the best projectile in the game for controlling space, a down-air that spikes off stage and pops people up on stage, a shine that comes out on frame 1, and a back-air that kills. His combo game on fast fallers is absurd. If you like the idea of forcing your opponent to approach you and then punishing them for half their stock, he is your character.

The downsides are real, though, and you should know them up front:
[list]
[*][b]Recovery.[/b] Falco falls fast and his Fire Bird is slow to start. Once you are knocked far off stage you are guessing, and good players will win that guess a lot.
[*][b]He is light and falls fast.[/b] That means he gets comboed and chaingrabbed hard. Marth, Sheik, Fox and Captain Falcon can all take big chunks off one grab or one hit.
[*][b]His ground speed is average.[/b] His dash is fine, his wavedash is decent, but he does not have Fox's raw speed, so you win by controlling space, not by outrunning people.
[*][b]Five-frame jumpsquat.[/b] Everything that starts with a jump (short hop aerials, jump-cancelled shine, jumping out of shield) is a little slower than on Fox. Multishining is much harder, and you should not build your game around it.
[/list]

[heading=2]Lasers and the neutral game[/heading]
Falco's lasers are the heart of his neutral. Unlike Fox's, they cause hitstun and make the opponent flinch, which means a laser that connects gives you a free moment to approach, and a laser that gets shielded still pushes them into shield and lets you move in behind it.

The basic tool is the [b]short hop laser[/b] (SHL): short hop, press B, fast fall. Fast falling is the important part. If you fast fall right after the laser comes out, the shot travels low enough to hit most of the cast standing, and you land quickly so you are ready to act. A full hop laser is mostly useless because it flies over people. Once the single version is comfortable, learn the [b]short hop double laser[/b]: shoot once on the way up, once on the way down, then fast fall. It covers more time and is great when you want to stay at range.

What lasers are for, in order of importance:
[list=1]
[*][b]Making them move.[/b] Your opponent cannot just stand at mid range and wait while you fire at them. They have to jump, shield, or approach. All three give you information.
[*][b]Covering your approach.[/b] Laser, then dash in behind it. If they shield the laser you are already in range for a grab or a shine on shield. If they get hit you can follow with a dash attack, a grab, or a short hop aerial.
[*][b]Stopping approaches.[/b] A laser right as a Fox or Falcon starts a dash toward you stops them cold. Time it to their movement, not to your own rhythm.
[*][b]Damage.[/b] Last and least. Laser damage adds up, but if you are just shooting to rack up percent you are not thinking about the next step.
[/list]

The most common beginner mistake is laser spam from across the stage with no plan. Good players will wait for your landing lag and punish, or they just jump the lasers and come at you from above. Vary the rhythm. Sometimes shoot and retreat, sometimes shoot and wavedash in, sometimes do a fake short hop with no laser at all and see who flinches.

Up close, Falco's neutral is about short hop aerials and dash dancing. Short hop nair and bair are your safest pokes. Your down-tilt has good range and leads to follow-ups at low percent. Your jab is fast and can be used to interrupt people who try to sit in front of you. Do not throw out forward smash in neutral unless you have a read; it is a committal move.

[img alt="Diagram of a short hop double laser: first shot on the rise, second on the way down, then fast fall"]https://example.org/falco/sh-double-laser.png[/img]

More to come. Next section is the technique stuff.

=== post by PillarPilot on 2014-03-11 | edited 2014-03-15 ===
[heading=2]Core techniques[/heading]
This section is not a full tech tutorial (there are good ones in the general forum), just how each technique matters for Falco specifically.

[heading=3]SHFFL and L-cancelling[/heading]
Short hop, fast fall, L-cancel. Every aerial you use on stage should be L-cancelled. Falco's down-air and back-air have real landing lag, and L-cancelling cuts it in half. The difference between an L-cancelled dair on shield and a missed one is the difference between you continuing pressure and you getting grabbed. If you are still missing L-cancels in matches, practice SHFFL dair on a CPU shield in training mode until you stop thinking about it.

Timing tip: press L, R or Z a few frames before you touch the ground. Falco falls so fast when fast falling that the window feels earlier than on floaty characters.

[heading=3]Shine[/heading]
Falco's reflector (the shine) hits on frame 1 and is invincible on that first frame, and you can jump out of it a few frames after it starts. It sends the opponent upward rather than to the side like Fox's, which is the reason his combo game looks the way it does. Uses:
[list]
[*][b]Shine out of shield.[/b] When something weak hits your shield, release shield and shine. Frame 1 makes this one of your fastest punishes.
[*][b]Shield pressure.[/b] SHFFL dair into shine on shield, then jump out and do it again, or jump out and grab, or wavedash back. Mix your ending.
[*][b]Interrupting.[/b] When you are being pressured and see a gap, shine. It beats almost everything that is not already active.
[*][b]Combo starter.[/b] Shine pops people up for a follow-up aerial. More in the punish section.
[/list]
Do not overuse jump-cancelled shine in the middle of stage as a "safe" move. It is not safe on block; a good opponent will shield and grab you.

[heading=3]Wavedash and waveland[/heading]
Falco's wavedash is decent: not long, but usable. Use it to reposition after a laser, to back off an approach while staying facing forward, and out of shield to punish. Wavelanding on Battlefield and Yoshi's platforms is a big part of his platform game: drop onto the platform with a slight airdodge, then laser or shine off it.

[heading=3]Shield drop[/heading]
On platforms, hold shield and tap down on the control stick to drop through. You go straight into the air with all your aerial options, which makes shield drop back-air or up-air a great punish against people attacking your platform from below. It is also the best way to escape platform camping from Marth and Peach.

[heading=3]Other stuff worth learning[/heading]
[list]
[*][b]Crouch cancel[/b] (hold down when hit by weak moves) to stop a hit and shine or grab back. Works well at low percent against things like Fox's nair.
[*][b]Jump-cancel grab.[/b] Running grabs are slow; jump and grab in the first frames to get a standing grab out of a run.
[*][b]Ledge dash.[/b] Drop from ledge, double jump, airdodge onto stage. Gets you back onto the stage with invincibility if done fast enough.
[/list]

[spoiler=Quick frame notes (approximate, test it yourself)]
[list]
[*]Shine: hits frame 1, jump-cancellable a few frames later
[*]Jumpsquat: 5 frames (Fox has 3)
[*]L-cancelling halves an aerial's landing lag
[*]Dair: spike off stage, pops grounded opponents up for a shine or another dair
[*]Bair: Falco's main kill move along with up-smash and dair off stage
[/list]
These are the numbers you actually need to know. Everything else is feel.
[/spoiler]

[i]Edit: fixed the shield drop explanation, and clarified that jumpsquat also delays jump-out-of-shield.[/i]

=== post by Mod_Hal on 2014-03-12 ===
Stickied. Good start, PillarPilot. Please keep questions about the guide in this thread and general help in the Question threads.

=== post by PlatformDrop on 2014-03-13 ===
[quote=PillarPilot]Do not overuse jump-cancelled shine in the middle of stage as a "safe" move. It is not safe on block; a good opponent will shield and grab you.[/quote]
This one hurts because it is exactly what I do. What should I be doing after a dair on shield instead? If I just wavedash back people dash in and grab me anyway. I feel like every option loses once they know I'm going for it.

Also thanks for the laser section, I never fast fell my lasers and now I see why they kept going over Sheik's head.

=== post by PillarPilot on 2014-03-16 ===
[quote=PlatformDrop]What should I be doing after a dair on shield instead?[/quote]
Every option loses to something, that is how pressure works. The point is to not be predictable. After a dair on shield you can: shine, jump out and dair again, jump out and grab, wavedash back and laser, wavedash in and grab, or just shine and jab. If they keep dashing in after your wavedash back, wavedash back and immediately dash forward with a jab or a down-tilt. If they shield grab your shines, start doing dair, shine, wait, grab. The key is watching what they do and changing it the next time.

[heading=2]Punishes, pillars and combos[/heading]
This is where Falco shines (sorry). The basic idea: Falco's shine sends upward, his down-air sends downward, and fast fallers bounce between those two like a yo-yo. That's the "pillar."

[heading=3]The pillar[/heading]
Against Fox and Falco at low percent: hit them with dair on the ground or in the air, land with an L-cancel, shine as they pop up, jump-cancel the shine, dair again. Repeat until they get too high, then finish with an up-air, a back-air, or an up-smash. Against Captain Falcon it also works but the rhythm is a little different because he is heavier. Against floaties like Peach and Jigglypuff, pillars do not really work; the dair does not pop them up in the right way and they fall too slowly.

DI matters a lot here. If they DI away, you need to wavedash or dash after them before the shine. If they DI in, the shine might hit them behind you and send them the wrong way; turn around or go for a grab instead.

[heading=3]Grab game[/heading]
Down throw is your main throw at low percent. On fast fallers it leads into shine, dair or up-air depending on percent and DI. At higher percent, down throw becomes a tech chase: they land, and you read whether they tech in place, roll in, roll away or stay down. Forward and back throws are mostly for putting people off stage. Up throw is rarely used except to set up an up-air juggle on floaties.

[heading=3]Kill moves[/heading]
[list]
[*][b]Back-air[/b] kills off the side, especially near the ledge.
[*][b]Up-smash[/b] and [b]up-air[/b] kill off the top, usually at higher percent.
[*][b]Down-air[/b] off stage is a spike and kills at almost any percent if they can't recover.
[*][b]Forward smash[/b] has decent range and kills, but is a read, not a neutral tool.
[/list]

[spoiler=Starter combo list]
[list=1]
[*]SHFFL dair, shine, SHFFL dair, shine, up-air (fast fallers, 0-40%)
[*]Down throw, shine, dair, shine, bair (fast fallers, low %)
[*]Down-tilt, up-air (most characters at low %)
[*]Laser, dash attack, up-air (use it when they are frozen by a laser)
[*]Shine, double jump up-air, up-air (off stage juggle on Fox and Falco)
[*]Up-throw, up-air, up-air (floaties; watch their DI)
[/list]
Practice the first one until you can do it on both sides of the CPU without looking at your hands.
[/spoiler]

Here's a video I recorded of the basic pillar and the down throw follow-ups, training mode only, nothing fancy:

[media=youtube]pL1r9xKq3wF[/media]

=== post by WavelandWanda on 2014-03-22 ===
[quote=PillarPilot]Up throw is rarely used except to set up an up-air juggle on floaties.[/quote]
I think you undersell up throw a bit. On platform stages it is a great way to get people on top of a platform, where you can hit them with an up-air from below or tech chase on the platform, especially on Battlefield and Yoshi's. Mango does this constantly and it is why his Battlefield Falco looks so scary.

Otherwise this is really solid. Looking forward to the edge-guard part.

=== post by PillarPilot on 2014-04-02 ===
WavelandWanda, good point; I'll add the up throw onto platforms to the grab section. Now for the two sections that decide most of your close games.

[heading=2]Edge-guarding[/heading]
Falco is a very good edge-guarder because his dair is a spike, his bair has long range, and his lasers can harass people who are recovering from a distance.

General principles:
[list]
[*][b]Be patient.[/b] Most edge-guards fail because the Falco jumps off too early. Watch what they use (double jump, up-B, side-B) before you commit.
[*][b]Use lasers.[/b] When someone is far away, a laser forces them to use an option earlier or stops them from getting closer. Against Fox and Falco who are drifting toward the ledge, laser them to make them use up-B before they want to.
[*][b]Ledge-hog.[/b] Against characters with predictable recoveries (Fox up-B, Falco up-B, Marth up-B to the ledge), grabbing the ledge when they are about to grab it makes them fall. If they get invincibility on the ledge first, you lose that one.
[*][b]Dair them.[/b] If they are recovering low, jump off and dair. It does not need to be deep; a short drop-off dair is enough.
[*][b]Bair them.[/b] If they are coming from the side, a drop-off bair usually works and is safer than dair because you can recover right after.
[/list]

Against Fox, a common setup is to stand near the ledge, laser when he is far, then either ledge-hog or drop off and bair when he starts Fire Fox. Against Marth and Sheik, wait for their up-B, then punish where they end up. Against Puff and Peach it is mostly about not getting hit by their aerials and hitting them with back-air repeatedly; they will come back eventually, but you can take a lot of damage off them in the process.

[heading=2]Recovering as Falco[/heading]
Your recovery is bad. Accept it and make it unpredictable.

Your options:
[list]
[*][b]Double jump.[/b] Falco's double jump is very high. Do not burn it early if you don't have to; it is your best tool for coming back from above.
[*][b]Falco Phantasm (side-B).[/b] Fast horizontal movement. You can shorten it by pressing B again during the move, which is a huge mixup: people expect you to go all the way to the ledge, you stop short, they miss their hit.
[*][b]Fire Bird (up-B).[/b] Slow startup, but you can angle it. Aim for the ledge, the stage, or high onto the stage depending on where the edge-guarder is.
[/list]

Mixups:
[list=1]
[*]Phantasm at ledge height to grab the ledge. Fast, but predictable if you do it every time.
[*]Phantasm high onto the stage. Gets you over ledge-hoggers.
[*]Shortened Phantasm. Stop short of their hitbox, then double jump or up-B.
[*]Up-B to the ledge. The sweetspot is forgiving but slow.
[*]Up-B high onto the stage. Risky but sometimes they are waiting at the ledge.
[/list]

Also: DI is everything. When you are hit off stage, DI up and in where possible so you are not sent to the side blast zone. Falco survives vertical hits poorly but dies horizontally even faster if you DI badly.

=== post by TurnipTycoon on 2014-04-05 ===
Good guide overall. As a Peach main, I want to ask a specific one: what do you tell Falcos to do about turnips? Most Falcos I play at locals either shoot lasers into my turnips and get hit, or they try to shine them back and it does nothing useful. I'm curious what the Falco side thinks is correct.

=== post by PillarPilot on 2014-04-12 | edited 2014-04-14 ===
[quote=TurnipTycoon]what do you tell Falcos to do about turnips?[/quote]
Perfect question to start the matchup section with.

[heading=2]Matchups[/heading]
[heading=3]Peach[/heading]
The turnip is what makes Peach hard for Falco to laser camp. Here is how I play around it:
[list=1]
[*][b]Deny the pull.[/b] Peach pulls a turnip from the ground, which takes time. Lasers at mid range make pulling risky, because getting hit out of the pull gives you free damage and she does not get the turnip. Laser her when she is standing still.
[*][b]Catch them.[/b] When a turnip comes at you in the air, you can catch it by pressing Z as it reaches you. On the ground, shield it; once it bounces off and lands, you can pick it up. Once you have it, throw it back at her, or hold it so she cannot pick it up again.
[*][b]Don't trade with turnips.[/b] If she is holding a turnip and you short hop laser right in front of her, she throws it into your landing and walks in behind it. Respect the turnip when she has one in hand: laser from further out, or bait the throw and punish her while she has nothing.
[*][b]Beat her float.[/b] Peach will float over your lasers. Up-air and up-tilt from below are your tools; her float aerials are strong, so be careful about attacking straight into her down-air.
[*][b]Stay out of down-smash range.[/b] Peach's down-smash is fast and does a lot of damage. Do not shine or grab right next to her when she is grounded and has options.
[/list]
Peach is floaty, so pillars don't work on her. Your damage comes from lasers, uair juggles, and back-air. Kill her with back-air off the side, up-air off the top at high percent, or a dair spike when she is recovering low. Her recovery is slow but floaty, so edge-guarding her is more about hitting her repeatedly than about one hit.

[heading=3]Fox[/heading]
Fox is faster than you. Lasers stop his approach, pillars combo him hard, and he combos you hard back. Avoid getting grabbed near the ledge and be patient. Laser his recovery and ledge-hog.

[heading=3]Falco ditto[/heading]
Laser war. Usually the person who shields lasers better and then punishes approaches wins. Pillars work both ways, so DI away from shines.

[heading=3]Marth[/heading]
Marth's grab range and chaingrabs on fast fallers make this one painful. Stay out of his fair range, laser him, and do not get grabbed near the ledge on Final Destination. His recovery is predictable, so edge-guard hard.

[heading=3]Sheik[/heading]
Sheik's down throw leads to big follow-ups on you. Laser her to force her to approach, then punish her landing. She can trade needles with your lasers at distance, so don't just sit there shooting.

[heading=3]Jigglypuff[/heading]
Lasers stop her drifting approach, but she can weave around them. Don't chase her into the air; let her come to you, then punish with up-air and bair. Watch out for Rest after you shield her aerials.

[heading=3]Captain Falcon[/heading]
Lasers and pillars work great on him, but he punishes you very hard. Stay patient, laser his approach, don't jump into his knee.

[heading=3]Ice Climbers[/heading]
Separate Nana from Popo with lasers and aerials, then kill whichever is alone. Avoid getting grabbed; their grab game is very dangerous.

[heading=2]Stage picks[/heading]
[list]
[*][b]Battlefield:[/b] Good all-round stage. Platforms help you escape juggles and give you platform tech chases.
[*][b]Yoshi's Story:[/b] Small, so your kill moves kill earlier, and your pillars take people off stage fast. Good vs floaties.
[*][b]Dream Land:[/b] Large blast zones help you survive, but also keep floaties alive.
[*][b]Fountain of Dreams:[/b] Similar to Battlefield but with moving platforms.
[*][b]Pokemon Stadium:[/b] Wide, good for laser camping. The transformations can help or hurt.
[*][b]Final Destination:[/b] Good for lasers, bad vs Marth and Sheik chaingrabs. Strike it vs them.
[/list]

That's the guide. I'll keep updating it as questions come in. Thanks for reading.

[i]Edit: added Ice Climbers and stage list.[/i]

=== post by CrouchCancel on 2014-04-20 ===
This is the best Falco guide on the board. The turnip section fixed my Peach matchup at locals already, thank you. Bookmarked.
