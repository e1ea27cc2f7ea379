id: 4105
title: Back air walls and Rest setups: a Jigglypuff primer
prefix: Guide
starter: PoundForPound
forum: jigglypuff
sticky: yes

=== post by PoundForPound on 2013-07-08 ===
Hi all. There's a lot of bad information about Jigglypuff floating around, mostly "just rest lol" and "she's a cheap character". I've played her seriously for a bit over a year now and I wanted to put together a proper guide for newer players. Most people just call her Puff or Jiggs, so I'll use those names too.

This will be split over several posts. I'll add sections as I write them, so hold your replies for a bit if you can.

[heading=2]Index[/heading]
[list=1]
[*]What Puff is (and isn't)
[*]Movement and technique
[*]Neutral game: the back air wall
[*]Punishes and Rest setups
[*]Edge-guarding
[*]Recovery
[*]Matchups
[*]Stages
[/list]

[heading=2]1. What Puff is[/heading]
Jiggs is an air character. Her ground game is weak, her dash is slow, and her wavedash is short and not very useful. But in the air she's one of the most mobile characters in the game: she has five midair jumps, great air drift, and she can change direction in the air faster than almost anyone. Your whole game is built on that.

[b]Strengths[/b]
[list]
[*]Back air. Fast, good range, and it kills at high percent. This is your main tool and you'll use it more than everything else combined.
[*]Rest. Comes out almost instantly and kills at shockingly low percents. Every time your opponent is right next to you and can't act, Rest is an option.
[*]Edge-guarding. With six jumps total you can chase people very far off stage and still get back.
[*]Recovery. Lots of jumps and Pound make her very hard to kill off the side.
[/list]

[b]Weaknesses[/b]
[list]
[*]She is one of the lightest characters in the game. She dies off the top very early, often around 80-100% to a good up smash or up air.
[*]If your shield breaks, you die. Puff flies straight up out of the top blast zone. Never let your shield get low.
[*]Rest is a huge risk. If you miss, you're asleep for a long time and will eat a fully charged smash.
[*]Her ground options are bad, so she has trouble against characters that can wall her out with long-range moves (Marth especially).
[/list]

[heading=2]2. Movement and technique[/heading]
Puff's technique is a little different from the fast characters.
[list]
[*][b]Rising aerials.[/b] Jump and do your aerial right away, so the hitbox comes out as you go up. A rising back air is a great way to stop someone who wants to run in.
[*][b]Fast fall and L-cancel.[/b] Puff falls slowly, but you still need to fast fall and L-cancel aerials when you land. A SHFFL'd neutral air or back air is much safer than a floaty one.
[*][b]Waveland.[/b] Landing on platforms with an air dodge lets you land without lag. Good for getting onto Battlefield or Dream Land platforms for Rest setups.
[*][b]Jump drifting.[/b] Jump, drift forward, then drift back. This baits opponents into whiffing. Learn to do it instantly.
[*][b]Fast falling onto the stage.[/b] Floating down slowly in front of someone is how Puff gets hit. Once you've decided to land, fast fall and land away from them, or waveland onto a platform.
[*][b]Ledge options.[/b] Ledge drop, double jump, back air is a safe way to get back on stage while covering yourself. Mix it up with a ledge hop aerial and a normal get-up so people can't just wait for one thing.
[*][b]Shield drop.[/b] On platforms, shield drop into back air or Rest.
[/list]

=== post by PoundForPound on 2013-07-08 ===
[heading=2]3. Neutral game: the back air wall[/heading]
The classic Puff neutral: float just out of the opponent's range, wait for them to approach, and hit them with a back air as they come in. Then drift away and do it again.

[img alt="Diagram of Puff's back air spacing: Puff floats at the edge of the opponent's range and throws a back air as they approach"]https://example.org/img/puff-bair-wall.png[/img]

[heading=3]Back air[/heading]
Back air has good range and comes out fast. Use it:
[list]
[*]Rising, as someone dashes in toward you.
[*]As you fall back toward them, then drift away before landing.
[*]On shields at the very tip, then drift back out. Don't land in front of their shield.
[/list]

[heading=3]Neutral air and forward air[/heading]
Neutral air is a good approach and it's great when you're on top of someone. It also leads to Rest on fast fallers sometimes. Forward air has slightly more range in front of you and is good for edge-guarding, but back air is usually better.

[heading=3]Grab[/heading]
Your grab range is short, but grabs are good against people who shield your aerials too much. Back throw near the edge sets up edge-guards. Up throw and down throw can lead to Rest or aerials on some characters at low percent.

[heading=3]Pound[/heading]
Pound (side-B) does a lot of damage to shields. A Pound on a shield that's already low can break it. It's also a recovery tool. Don't use it much in neutral; it's slow.

[heading=3]Things not to do[/heading]
[list]
[*]Don't Rollout in neutral. It's very punishable.
[*]Don't Sing. Seriously.
[*]Don't run up and shield a lot. Your shield is your life.
[/list]

=== post by ShineBright on 2013-07-10 ===
[quote=PoundForPound]Neutral air is a good approach and it's great when you're on top of someone.[/quote]
Fox main here. When a Puff approaches with neutral air at low percent I just crouch cancel and down smash or shine. How do you play around crouch cancel? Feels like half your moves lose to it.

=== post by PoundForPound on 2013-07-11 | edited 2013-07-13 ===
[quote=ShineBright]How do you play around crouch cancel?[/quote]
Good question. Against crouch cancel:
[list]
[*]Don't approach with aerials at low percent. Wait for him to come to you, and space back air so it hits only with the tip.
[*]Grab him. Crouching Fox doesn't shield, so a grab beats it.
[*]Hit him with a stronger move when you know he's going to crouch. At higher percent crouch cancel doesn't work anymore.
[/list]

[heading=2]4. Punishes and Rest setups[/heading]
Puff's punishes mostly come from back air strings and Rest.

[heading=3]Wall of Pain[/heading]
When someone is off stage, chase them with back airs (or forward airs), using your jumps to follow them. Each hit pushes them further away. This is called the Wall of Pain. It works great on characters with bad recovery, especially Falcon and the spacies. Keep track of your jumps and save at least a couple to get back.

[heading=3]Rest setups[/heading]
Rest hits only when you're touching the opponent. The trick is getting them close to you and unable to act.

[spoiler=Rest setups (rough, depends on DI and character)]
[list]
[*][b]Up air into Rest:[/b] When someone is right above you and you're falling with them.
[*][b]Down air into Rest:[/b] Against fast fallers, down air hits several times; land and Rest before they can act.
[*][b]Up throw / down throw into Rest:[/b] On fast fallers at low percent. DI matters a lot.
[*][b]Neutral air into Rest:[/b] At low percent against fast fallers.
[*][b]Rest on a missed tech:[/b] If they land next to you and miss a tech, just Rest.
[*][b]Rest out of shield:[/b] If someone lands on your shield and is right next to you, jump out of shield and Rest.
[/list]
[/spoiler]

[heading=3]Rest punishes[/heading]
If you hit Rest, the opponent usually dies. If they don't, you're asleep and they'll come back and punish you. So make sure Rest will kill, or be near the edge. If you miss, hold your breath and try again next stock.

Here's a video of some of my Rest setups from a recent tournament:

[media=youtube]R3stP0undJx[/media]

=== post by Mod_Hal on 2013-07-12 ===
Pinned. Nice work, PoundForPound. Let's keep this thread useful.

=== post by PoundForPound on 2013-07-20 ===
[heading=2]5. Edge-guarding[/heading]
Puff is one of the best edge-guarders in the game because she can chase people very far off stage and come back.

The general rule: the further you can safely go, the less room they have. A lot of characters simply can't deal with a Puff sitting right next to them off stage with four jumps left. But every jump you spend going out is a jump you don't have coming back, so count them. I try to always keep two in reserve, more if I'm already at high percent and can't afford to get hit.

[heading=3]Against Fox and Falco[/heading]
[list]
[*]Go out with back air or forward air while they're charging up-B. They're stuck in place for a moment, and a back air there usually sends them far enough that they can't make it back.
[*]Their up-B has a hitbox once it starts moving, so don't float right next to them when it fires. Hit them before, or get out of the way and ledge-hog.
[*]If they side-B at ledge height, a well-timed ledge-hog or a rising aerial from the ledge stops it.
[*]If they try to go high and land on the stage, don't chase; wait under them and back air the landing.
[/list]

[heading=3]Against Marth[/heading]
His up-B is fast and has a big hitbox around him on the way up, so don't be in front of it. If he's low and has used his double jump, ledge-hog him. If he's high or still has his jump, back air him early, before he's close enough to reach the ledge. Be careful about going too deep while he still has his jump, because his down air will spike you.

[heading=3]Against Falcon[/heading]
Falcon's recovery is bad and he falls fast. Once he's off stage, go out and Wall of Pain him. His up-B can grab you if you're right in front of him, so hit him from the side or from above.

[heading=3]Against Sheik[/heading]
Sheik's Vanish takes a moment to start and is very predictable. Back air her before she can use it, or ledge-hog her when she's aiming for the ledge. Watch for needles coming at you as she recovers.

[heading=3]Against Peach[/heading]
Peach is hard to edge-guard. She can float, she has a parasol for extra height, and she can stall for a long time. Don't chase too far. Stay near the ledge, hit her when she commits to coming back, and be happy with the damage if you can't take the stock.

[heading=3]Against Ice Climbers[/heading]
If Nana is off stage alone, go for her. A single Climber recovers very poorly, and once Nana is gone Popo is much easier to deal with.

[heading=2]6. Recovery[/heading]
Puff has lots of jumps and a good recovery. Things to watch for:
[list]
[*]Don't waste your jumps. Drift back toward the stage first.
[*]Pound moves you a little forward and briefly stalls your fall. Use it to change your timing or to reach the ledge when you're just short.
[*]Be careful of spikes: Marth's down air, Falco's down air, and Fox's shine can all send you down or sideways where you can't recover.
[*]Mix up your return: sometimes go to the ledge, sometimes onto the stage, sometimes high.
[/list]

=== post by TipperTheory on 2013-07-25 ===
[quote=PoundForPound]Her ground options are bad, so she has trouble against characters that can wall her out with long-range moves (Marth especially).[/quote]
As a Marth main I'll agree with this, but I don't think it's as bad as people say. Hungrybox makes that matchup look pretty comfortable. Good Puffs just wait, and Marth has to come to them. Marth's forward air range is great, but Puff can float around it.

=== post by PoundForPound on 2013-07-28 ===
[quote=TipperTheory]Good Puffs just wait, and Marth has to come to them.[/quote]
That's true, good Puffs make Marth approach. I'll add that to the matchup section.

[heading=2]7. Matchups[/heading]
[list]
[*][b]Fox:[/b] Slightly Fox's favor in my opinion. He kills you early with up air and up smash, and up throw into up air is a real threat once you're past middle percent. Play patient, space back air at the tip, grab him when he crouches, and don't float above him for no reason. On the other hand he falls fast, which gives you Rest setups, and his recovery is easy to edge-guard if you go out with back air while he charges up-B.
[*][b]Falco:[/b] Lasers hurt and rack up damage, and they stop your floating. Get under or over them and wait for him to approach, because he has to come to you eventually. His down air spike is very dangerous for your recovery, so don't recover low and predictable. He falls even faster than Fox, so Rest setups work well, and his recovery is easy to Wall of Pain.
[*][b]Marth:[/b] Hard matchup. He out-ranges you on the ground and his forward air beats your back air if he spaces it. Be patient, make him approach, and punish his landing and any whiffed forward smash. His up smash, forward smash and up air kill you very early, so be extra careful above him once you're at middle percent.
[*][b]Sheik:[/b] About even. Her forward tilt juggles you and her needles make you come in. Don't float down in front of her. Back air her approaches, and punish her landing. She falls at a medium speed, so Rest is more of a read than a combo.
[*][b]Peach:[/b] Roughly even. Watch for her down smash and her float cancel aerials, which are very fast. Her recovery is good, so the games are long and patient. Don't get frustrated and start throwing out Rest.
[*][b]Captain Falcon:[/b] Good for Puff. He's big, falls fast and has a bad recovery, so Wall of Pain and Rest punishes on his aerials are strong. Watch out for his knee and his up air juggles; he can kill you early if you get careless.
[*][b]Ice Climbers:[/b] Good for Puff. Never let them grab you, because a grab can be a whole stock. Stay in the air, separate them with back air, and go after Nana off stage. Once she's gone Popo alone is not scary.
[*][b]Puff (ditto):[/b] Whoever commits first usually loses. Wait, space back air, and don't throw out Rest unless it's guaranteed. Games can be slow; that's fine.
[/list]

=== post by NeutralB on 2013-08-15 ===
[quote=PoundForPound]I'll add sections as I write them[/quote]
Still waiting on the stage section :) Which stage do you usually counterpick? I always go Dream Land but I'm not sure that's right.

=== post by PoundForPound on 2013-08-17 ===
[quote=NeutralB]I always go Dream Land but I'm not sure that's right.[/quote]
It's right most of the time, but it depends on the matchup.

[heading=2]8. Stages[/heading]
Here's how I think about each legal stage:
[list]
[*][b]Dream Land:[/b] Puff's best stage in most matchups. The blast zones are huge, so you live a long time, and the platforms help you land and set up Rest. The downside is that your opponent lives longer too, so your kills have to come from Rest and edge-guards.
[*][b]Battlefield:[/b] Good. Platforms give you Rest setups and landing options, and the stage is small enough that edge-guards come up often. Shield dropping and wavelanding matter a lot here.
[*][b]Final Destination:[/b] Bad for Puff against Marth and Sheik, because there's nowhere to land except right in front of them. Decent against others, and fine against Falcon.
[*][b]Yoshi's Story:[/b] Small with a low ceiling, so you die early, but Rest and back air kill early too. I only like it against characters I'm confident against.
[*][b]Fountain of Dreams:[/b] Okay. The high ceiling helps survival, but the moving platforms can get in the way of your floating.
[*][b]Pokemon Stadium:[/b] Fine. It's wide with room to float, but the transformations change things; on some of them you have walls and odd shapes to play around.
[/list]

My general advice: counterpick Dream Land against most characters. Strike Final Destination against Marth and Sheik, and Yoshi's Story against Fox and Falco because their up airs kill you so early there.

That's the guide. Thanks for reading, and if you have questions, ask away. I'll keep updating it as I learn more.
