id: 4106
title: Floating to victory: a complete Peach guide
prefix: Guide
starter: TurnipTycoon
forum: peach
sticky: yes

=== post by TurnipTycoon on 2014-09-06 | edited 2014-09-08 ===
Hi everyone. I have played Peach in tournament for about five years now, and every week someone in the IRC asks me the same handful of questions: how do I float cancel, why does my down smash keep getting shield grabbed, and what do I even do against Marth. So I finally sat down and wrote it all out. This is long, and it will keep growing as I add update posts, so use the index below to jump around.

Peach is not a character you win with by being the fastest person in the room. She is slow on the ground, her dash is mediocre and her wavedash is short. What she has instead is the float, which gives her aerial mobility nobody else in the game has, plus a ridiculous down smash, turnips that let her control space from far away, and a recovery that is very hard to edge-guard. A good Peach plays patient, makes the opponent come to her, and punishes hard when they do.

[heading=2]Index[/heading]
[list=1]
[*]The float and float cancelling (this post)
[*]Neutral game and turnips (post 2)
[*]Punishes, combos and tech chasing (post 3)
[*]Edge-guarding and recovery (post 3)
[*]Matchups and stage picks (post 4)
[*]FAQ and updates (end of thread)
[/list]

[heading=2]The float[/heading]
If you hold the jump button after jumping, Peach stops at the height she was at and floats in place for about two and a half seconds. You can drift left and right at normal air speed while floating and you can attack at any point. Letting go of jump ends the float and she falls normally. You only get one float per airtime, so if you release it you cannot start it again until you land or get hit.

The most important version is the [b]ground float[/b]: press jump and hold down on the control stick during the jump squat while keeping the jump button held. Peach will float a hair above the floor instead of rising. To anyone watching, she looks like she is standing, but she is technically airborne, which means she can use aerials at ground level.

[heading=2]Float cancelling[/heading]
Here is the trick that makes Peach work. If Peach touches the ground while floating and in the middle of an aerial, the aerial ends and she lands without the aerial's landing lag. No L-cancel required, no lag at all. In practice this means you ground float, throw out an aerial, release the float (or just drift off a platform edge and back), and you get an instant aerial on the ground that you can follow with anything.

[list]
[*][b]FC nair[/b]: fast, hits all around her, and it is your best panic button. Also her best out of shield option on many characters when done as a jump-cancelled float.
[*][b]FC fair[/b]: strong and long, kills at high percent, and because there is no landing lag it is much safer on shield than people expect.
[*][b]FC bair[/b]: good spacing tool, decent range, great for walling a dash dancer.
[*][b]FC dair[/b]: multi-hit, drags people down, and is the classic lead-in to grab or down smash.
[*][b]FC uair[/b]: niche, but useful for catching people on platforms above you.
[/list]

Practice it on a CPU for a week. Ground float, nair, land, and repeat until you can do it in your sleep. Then practice fair and bair, which need a bit more attention to drift direction. The common mistake is letting go of the float too early, so that the aerial ends in the air and you get the full landing lag when you come down. Keep holding jump until the hitbox is out, then release.

[img alt="Side view diagram of Peach's ground float height compared with a standing Fox, with the float cancel landing frame marked"]https://example.org/peach/ground-float-diagram.png[/img]

You will still need normal L-cancelling for aerials done out of a regular short hop that is not floated, so do not skip that part of your tech practice either. Shield drop and regular wavedashing also matter; I cover where they fit in the next posts.

=== post by PlatformDrop on 2014-09-07 ===
Great start. Quick question: is ground float done with down on the stick or with down on the c-stick? I keep getting a normal short hop and I cannot tell what I am doing wrong.

=== post by TurnipTycoon on 2014-09-09 ===
[quote=PlatformDrop]is ground float done with down on the stick or with down on the c-stick?[/quote]
Control stick. Jump with X or Y, and make sure the control stick is held down from the start of the jump squat while the jump button is still held. If you are using tap jump it is awkward, turn it off. If you still get a short hop, you are probably pressing down a frame too late. Hold down first and then press jump, that is the easiest way to get it every time.

Now the second part of the guide.

[heading=2]Neutral game[/heading]
Peach's neutral is about covering space and making the opponent commit. Your main tools:

[list]
[*][b]Turnips[/b]. Down-B pulls a vegetable out of the ground. Most are ordinary turnips with a small face. Occasionally you get a stronger face, and very rarely the stitchface, which does enormous damage. Even rarer, you can pull a Mr. Saturn, a Bob-omb or a beam sword. Pull whenever you have space and the opponent is far away.
[*][b]FC aerials[/b], especially bair and fair, to wall out approaches.
[*][b]Down smash[/b], which is very fast, hits on both sides and does big damage. It is your best punish on whiffs at close range.
[*][b]Dash attack and down tilt[/b] as quick pokes, but do not spam them.
[*][b]Float over things[/b]. Peach can hover above a laser wall or a Marth dash dance and choose when to come down. Floating is slow, so do not do it every time, but it is a real option nobody else has.
[/list]

[heading=3]Using turnips[/heading]
Throwing a turnip straight at someone is fine but predictable. Better uses:

[list]
[*]Throw forward then follow it in. A turnip that hits or forces a shield gives you a free approach with FC dair or grab.
[*]Throw it up or down at a diagonal while floating, which makes it very hard to shield cleanly.
[*][b]Glide toss[/b]: roll and throw during the start of the roll. Peach slides while throwing, which lets you reposition and attack at once.
[*][b]Z-drop[/b] the turnip in the air, then catch it again by pressing A or Z as you fall into it. Dropping and catching lets you hold onto turnips in neutral without committing.
[*]Catch your opponent's turnip if they are Peach, or catch one that bounces off a shield. Catching items is a habit worth building.
[/list]

Most importantly, do not pull in front of a Fox or Falcon at mid range. The pull animation is long enough to get punished.

[heading=3]Shields and out of shield[/heading]
Peach does not have a shine or a frame-one escape out of shield, so you have to pick your OoS option carefully. Her good ones are shield grab, jump-cancelled up smash (very strong upward and it covers above her), FC nair out of a ground float, and her parasol (up-B) for people who land right on top of her. Against crossups, shield drop onto a platform into an FC aerial is strong on Battlefield and Yoshi's.

=== post by Mod_Hal on 2014-09-10 ===
Stickied. Nice work, TurnipTycoon. Please keep questions on topic, and use the Question prefix for separate help threads.

=== post by TurnipTycoon on 2014-09-14 | edited 2014-09-20 ===
Update: punishing, edge-guarding and recovery.

[heading=2]Punishes and combos[/heading]
Peach does not have long true combos on everyone the way spacies do, but she has reliable strings that do a lot of damage, and her down smash can do a third of a stock by itself. Her game is about getting one hit and turning it into a second or third through good reads.

[list]
[*][b]FC dair into grab[/b]. The multi-hit drags them down; the last hit leaves them close enough that you can grab or down smash. On shield, it is the start of a lot of pressure.
[*][b]FC nair into FC nair[/b] at low percent on fast fallers. Two or three in a row if they DI poorly.
[*][b]Down throw into uair or FC nair[/b] on Fox and Falco at low percent. At higher percent, forward or back throw to get them offstage.
[*][b]Fair into fair[/b] on floaty characters. On fast fallers, fair at mid percent sends them out far enough that you go straight to edge-guarding.
[*][b]Up smash[/b] on anyone landing on top of you or anyone standing on a platform above. It kills off the top of Yoshi's early.
[*][b]Down smash[/b] on missed techs.
[/list]

[heading=3]Tech chasing[/heading]
After forward or back throw at mid percent, most characters hit the ground. Watch for tech in place, tech away, tech toward, or no tech. Down smash covers tech in place, no tech, and some techs toward her because it hits both sides. If you see a tech away, dash and grab or dash attack. Do not panic and throw out a smash at the wrong moment; even a regrab is a good result because it resets the situation with you ahead.

[i]Edit: as WavelandWanda points out below, dsmash has real endlag. Against players who tech randomly, regrab and reset. Save dsmash for the option you have already seen them pick twice.[/i]

[spoiler=Punish cheat sheet]
[list]
[*]Fox / Falco, 0-40%: dthrow, FC nair or uair, regrab or dsmash.
[*]Fox / Falco, 40-90%: fthrow or bthrow, tech chase into dsmash.
[*]Fox / Falco, 90%+: fthrow offstage, edge-guard with turnip or bair.
[*]Marth, any: FC dair, grab, bthrow toward the ledge.
[*]Sheik: fair strings at low and mid percent, uair to finish off the top.
[*]Jigglypuff: fair, fair, fair. Uair to kill, or fair offstage.
[*]Captain Falcon: dthrow into uair or fair, punish his landing.
[*]Missed tech or landing lag on any character: dsmash.
[/list]
[/spoiler]

[heading=2]Edge-guarding[/heading]
Peach's edge-guarding is better than her reputation. She has tools for both high and low recoveries.

[list]
[*]Drop off the ledge and bair. Her bair has decent range and can be done at many heights thanks to the float.
[*][b]Turnips[/b]. Throw one down at someone recovering low. Many Fox and Falco players get hit by a turnip while in their firefox start-up.
[*]Down smash near the ledge hits people grabbing the ledge too low, and down tilt also reaches.
[*]Ledge-hog by dropping from the stage and grabbing the ledge before they do. Peach can float under the stage and then up-B back to the ledge if she overcommits.
[*]Float out and fair. It kills at high percent and is safe if you keep your float in reserve.
[/list]

[heading=2]Recovery[/heading]
Peach has one of the best recoveries in the game. Her options: double jump, float, up-B (parasol), and side-B (Peach bomber). A typical recovery uses a mix of these. The parasol is slow but covers a lot of height, and you can open and close it to control your descent. The Peach bomber covers horizontal distance but leaves her vulnerable.

Mixups matter more than the tools themselves. Float high and come down with an FC aerial. Float low and up-B to the ledge at the last moment. Go straight up and land on a platform. Use side-B as a fake, then double jump. Do not recover the same way twice in a row or a good player will stand there with a smash ready.

=== post by WavelandWanda on 2014-09-16 ===
[quote=TurnipTycoon]Down smash covers tech in place, no tech, and some techs toward her because it hits both sides.[/quote]
I disagree a little. Dsmash is great in tech chases, but it has enough endlag that a good Fox will shine OoS if you throw it out on a read that was wrong and they shielded. I would rather regrab on most tech chases and keep dsmash for the obvious no-techs. Armada style play, basically: regrab and reset until you get the clean kill.

=== post by TurnipTycoon on 2014-09-20 ===
[quote=WavelandWanda]I would rather regrab on most tech chases and keep dsmash for the obvious no-techs.[/quote]
Fair point, and I think it depends on the opponent. Against a player who techs randomly, regrab. Against someone with a habit you have already spotted, dsmash it. I will edit the tech chase section to make that clearer.

Here is the matchup section.

[heading=2]Matchups[/heading]
[heading=3]Fox[/heading]
Fox is fast, shines your aerials on shield, and juggles you with uair. Stay near the middle of the stage and do not float high above him for too long. Your main tools are FC bair and dair to stuff his approaches, turnips to make him commit, and dsmash for his landings. Fox cannot chaingrab Peach, but his uthrow into uair chains can kill her early. Patience is everything.

[heading=3]Falco[/heading]
Lasers are annoying, but you can float over them and drift toward him. Crouch under some and shield others. When he approaches with dair, shield and punish with jump-cancelled up smash. His pillar combos are weaker on Peach than on spacies, so do not let the reputation scare you.

[heading=3]Marth[/heading]
This is the hard one. Marth's range and sword disjoint beat most of Peach's approaches, and he juggles her well. Fight at mid range, use turnips to force him to shield, and look for openings to FC dair into grab. Do not go to Final Destination against Marth; platforms help you escape his pressure.

[heading=3]Sheik[/heading]
Sheik has strong grab punishes and needles that cover a lot of space, and her tilts are fast. Stay out of her dtilt range, punish her needles with turnips or approach with FC bair. Sheik's down throw on Peach leads into long follow-ups, so avoid getting grabbed at low percent.

[heading=3]Jigglypuff[/heading]
A good matchup for Peach. Her fair kills Puff early, dsmash punishes missed rests, and turnips make Puff's spacing game hard. Final Destination is a strong pick because Puff has no platforms to stall on.

[heading=3]Captain Falcon[/heading]
Falcon's knee and stomp hurt, and his combos on Peach are long. But Falcon has to approach, and Peach's FC aerials wall him well. Punish his landing after a whiffed knee with dsmash or grab.

[heading=3]Ice Climbers[/heading]
Separate the climbers. Dsmash hits both at once, and turnips are good at catching Nana when she is separated. Do not let them grab you.

[heading=2]Stages[/heading]
[list]
[*][b]Battlefield[/b]: good. Platforms help your float and shield drop game.
[*][b]Dream Land[/b]: good, the high ceiling keeps you alive.
[*][b]Final Destination[/b]: good against Puff, risky against Marth and Sheik.
[*][b]Yoshi's Story[/b]: small, and you die off the top early. Strike against Fox.
[*][b]Fountain of Dreams[/b]: fine, platforms move so watch them.
[*][b]Pokemon Stadium[/b]: fine. The transformations can help or hurt.
[/list]

[media=youtube]pEaChFl0at7[/media]

That is a set from last month at my local where I tried to use most of what is in this guide. Commentary on some of the key moments is in the description.

=== post by TechChaseTim on 2014-09-23 ===
[quote=TurnipTycoon]Fox cannot chaingrab Peach, but his uthrow into uair chains can kill her early.[/quote]
This is exactly what happened to me last weekend. How do you DI out of it? I play Sheik but my friend mains Peach and I would love to give her advice.

=== post by TurnipTycoon on 2014-09-27 ===
[quote=TechChaseTim]How do you DI out of it?[/quote]
DI the up throw away from the direction he is facing, then DI each uair toward the side of the stage you want to go to and out. Also SDI away from him during the uair hits. Most important: don't jump immediately after the throw, because that is exactly what Fox wants. Airdodge or wait, then use your float to get out.

Small update (FAQ):

[list]
[*][b]Should I use Toad?[/b] Rarely. It is a counter that sends spores out. Use it against multi-hit moves or as a punish on a predictable aerial, but not as your main defense.
[*][b]What is the best way to practice float cancels?[/b] Twenty minutes a day of ground float into each aerial, both directions, plus turnip pulls in between. After two weeks it will be natural.
[*][b]Which controller settings?[/b] Turn off tap jump and use X or Y for jumping. Rumble off.
[*][b]Do I need to learn wavedash?[/b] Yes, but Peach's is short. Use it mostly for small repositions and for wavedashing out of shield.
[/list]

Thanks to everyone for the feedback. I will keep adding things as people ask.
