id: 4108
title: Two climbers, one brain: the Ice Climbers guide
prefix: Guide
starter: DesyncDuo
forum: ice-climbers
sticky: yes

=== post by DesyncDuo on 2015-01-10 ===
Hey all. I have been playing Ice Climbers in tournament for a few years and it is about time the ICs board had a proper guide. Most of what you find about Icies online is either about wobbling or about how unfair the grab game is. That is a small part of the character. The real ICs game is keeping Nana alive, using two characters' worth of hitboxes to control space, and getting a grab safely so you can turn it into a stock.

Ice Climbers are unusual. You control Popo directly; Nana is controlled by the game. When both are together, Nana copies your inputs with a small delay, which means every move you do comes out twice. When Nana is separated, she is run by the AI and she can do all kinds of stupid things. Both climbers are light, and they have poor mobility compared to the fast characters. But together they do a lot of damage, their grab punishes are the scariest in the game, and their blizzard can wall out almost anyone.

[heading=2]Index[/heading]
[list=1]
[*]Basics: Nana, movement and tech (this post)
[*]Neutral game and spacing (second post)
[*]Grabs, chaingrabs and desyncs (third post)
[*]Edge-guarding and recovery (fourth post)
[*]Matchups and stages (fifth post)
[/list]

[heading=2]Nana[/heading]
Nana is the most important thing in this guide. If she dies, you are left with Solo Popo, who has terrible recovery, no chaingrabs and weak damage. Your job at every moment is to keep her close and alive.

[list]
[*]Do not let her get separated from you. If she is hit away, move toward her instead of running off.
[*]Know her AI. When separated, she shields a lot, sometimes attacks on her own, and will try to move back to Popo. She will not always tech when you want her to.
[*]If she falls offstage, she might recover with her own up-B, which is weak. Try to get close so you can help her back.
[*]Nana has her own damage percent and gets launched on her own. After a big hit she will often land far from Popo, so regrouping comes first.
[/list]

[heading=2]Movement and tech[/heading]
Icies' dash is slow, but their wavedash is long and slides nicely. Many ICs players wavedash for most of their movement on the ground. Nana follows you, so be careful not to wavedash off the stage with her behind you.

[list]
[*][b]L-cancel[/b] every aerial. Both climbers L-cancel if you do; if you miss it, both of you are stuck in lag.
[*][b]SHFFL[/b] nair and bair are your main aerial pokes.
[*][b]Shield drop[/b] on platforms. Nana follows, but she can get separated on platforms; learn where she ends up.
[*][b]Dash dancing[/b] is slow but still useful for baiting at the edge of your range.
[/list]

=== post by NeedleStorm on 2015-01-11 ===
Looking forward to this. As a Sheik player I have always been told ICs beat me. Is that true or just internet talk?

=== post by DesyncDuo on 2015-01-14 | edited 2015-01-15 ===
[quote=NeedleStorm]As a Sheik player I have always been told ICs beat me. Is that true or just internet talk?[/quote]
It is in the ICs' favor, but not as much as people think. I go over it in the matchup post. The short version: Sheik's needles and fair separate the climbers well, but once ICs grab her, she takes a lot of damage. Now the second section.

[heading=2]Neutral game[/heading]
Icies' neutral is about controlling space without letting Nana get separated. The main tools:

[list]
[*][b]Blizzard (down-B)[/b]. Both climbers breathe a wall of ice that freezes people in front. It is your best move to stop approaches at mid range and works great at the ledge.
[*][b]Ice shot (neutral B)[/b]. Slow-moving ice blocks that slide along the ground. Good for making people jump, and a good desync starter.
[*][b]Dtilt[/b]. Both climbers hit low and fast. A good poke, and at low percent it sets up grabs.
[*][b]Nair[/b]. Covers both sides, great at short range.
[*][b]Bair[/b]. Good spacing aerial; it has decent range for ICs.
[*][b]Fair[/b]. A spike. Hard to land on stage but deadly offstage.
[*][b]Up smash[/b] and [b]forward smash[/b]. Strong, hit twice thanks to Nana, and kill at reasonable percent.
[*][b]Grab[/b]. The main goal. Everything else you do in neutral is about getting a grab.
[/list]

[heading=3]Approaching[/heading]
Icies do not have a great approach. They are slow, and a bad approach gets Nana hit. Good approaches are spaced bair or nair, dtilt, and the occasional wavedash in to grab. When you do approach, make sure Nana is right behind you so her hits also land.

Bait them into approaching you instead. Blizzard and ice shot at mid range make people come to you. When they commit, shield, then grab out of shield.

[heading=3]Defense[/heading]
ICs are light and easy to kill. Shield a lot, but be careful: your shield protects Popo, and Nana might be in a different spot. Shield grab out of shield is your best punish. Crouch cancel also works against weak hits at low percent, and it keeps Nana with you.

[spoiler=Nana survival checklist]
[list]
[*]After any big hit: move toward Nana first, then think about the opponent.
[*]Before recovering: check where Nana is. If she is far away, recover to her side.
[*]On platforms: be careful with shield drops. She might not follow.
[*]When she is separated: use her as a second hitbox. She will attack on her own; don't waste that.
[*]If she dies: play safe, wait for your next stock, and don't try chaingrabs with Solo Popo.
[/list]
[/spoiler]

=== post by Mod_Hal on 2015-01-15 ===
Stickied. Please note that wobbling legality is a tournament organiser question; check your local ruleset rather than arguing about it in this thread.

=== post by DesyncDuo on 2015-01-20 ===
Update: grabs, chaingrabs and desyncs.

[heading=2]Grabs and chaingrabs[/heading]
This is where Ice Climbers get their reputation. Once you grab with both climbers together, you can chaingrab almost the entire cast.

[list]
[*][b]Handoffs[/b]. Popo throws, Nana grabs, and you alternate. Down throw and forward throw are the usual chaingrab throws. Done right, the opponent cannot escape until you choose to kill.
[*][b]Wobbling[/b]. Popo holds the opponent in a grab while Nana keeps hitting them, which keeps them stuck indefinitely. It is an infinite, and many tournaments ban it or cap it. Learn the handoffs whether or not your region allows it.
[*][b]Kill moves after a grab[/b]: down throw into up smash, forward smash, or a spiked fair offstage.
[/list]

Practice handoffs on every character. Their weights and fall speeds are different, so the timing differs. Some characters (Jigglypuff, Peach) are harder to chaingrab than fast fallers like Fox and Falco.

[heading=2]Desyncs[/heading]
A desync happens when Popo and Nana do different things. Normally Nana copies your inputs a few frames late. When you give an input at a time when Popo can act but Nana cannot, she will do something different or do the move at a different time.

[list]
[*][b]Ice shot desync[/b]. Fire an ice shot, and during the lag of Popo's shot input another move. Nana will do it later.
[*][b]Blizzard desync[/b]. Similar idea; use blizzard and have Nana come out with a different move.
[*][b]Ledge desync[/b]. When Popo is hanging on the ledge and Nana is not, she will act differently.
[/list]

Desyncs let you cover two options at once, and they are essential for hard matchups. Do not overdo them in the beginning; get the basics down first.

[img alt="Timeline chart comparing Popo's and Nana's inputs frame by frame during an ice shot desync, showing the gap where Nana performs a separate move"]https://example.org/ics/desync-timeline.png[/img]

=== post by WavelandWanda on 2015-01-22 ===
[quote=DesyncDuo]Some characters (Jigglypuff, Peach) are harder to chaingrab than fast fallers like Fox and Falco.[/quote]
Worth saying more clearly: those floaty characters still get chaingrabbed, the timing is just different and less forgiving. I saw Fly Amanita regrab Puff off down throw a lot at a local a while ago. Also, the desync section could use a video, it is hard to visualise from text.

=== post by DesyncDuo on 2015-01-27 ===
[quote=WavelandWanda]Also, the desync section could use a video, it is hard to visualise from text.[/quote]
Added at the bottom of this post. Thanks. And yes, floaties can be chaingrabbed; I only meant the timing is tighter.

[heading=2]Edge-guarding[/heading]
Icies' edge-guarding is solid, mostly because of blizzard and their spike.

[list]
[*][b]Blizzard at the ledge[/b]. Covers the ledge well and freezes people trying to grab it. Fox and Falco recovering with up-B often get hit.
[*][b]Fair spike[/b]. Drop off the ledge and fair. Kill.
[*][b]Ledge-hog[/b]. Grab the ledge first. Nana might not follow, so be careful.
[*][b]Ice shot[/b] at the ledge for people trying to get up with roll or getup attack.
[/list]

[heading=2]Recovery[/heading]
The ICs' recovery depends completely on Nana.

[list]
[*][b]Belay (up-B)[/b]. Popo throws Nana up and she pulls him up. It goes very high, but only when she is close and alive. Without Nana, Popo barely leaves the ground.
[*][b]Squall hammer (side-B)[/b]. Both climbers spin and move horizontally. Press B repeatedly to gain some height.
[*][b]Double jump[/b]. Use it late to avoid edge-guards.
[/list]

Mix up your recovery by going high, going low, and using the squall hammer to move horizontally before you belay. Predictable Icies die to any edge-guard.

[media=youtube]iCeD3sYnC2q[/media]

Here is a short clip with the ice shot and blizzard desyncs in slow motion.

=== post by PillarPilot on 2015-01-29 ===
Good read. Quick one: any matchup notes for Falco? Lasers wreck my ICs friend and I would like to point him somewhere.

=== post by DesyncDuo on 2015-02-03 ===
[quote=PillarPilot]any matchup notes for Falco?[/quote]
Here is the matchup post. Falco is the first one.

[heading=2]Matchups[/heading]
[heading=3]Falco[/heading]
Lasers separate the climbers and Nana takes a lot of them. Stay low, shield lasers, and move forward with wavedash. Use ice shot to make him jump, then shield his dair and grab. Once you grab him, he dies.

[heading=3]Fox[/heading]
Fox can shine Nana away, and his speed lets him pick off a separated climber. Stay together, punish his landing with up smash, and grab him when he lands on your shield.

[heading=3]Sheik[/heading]
Good for ICs. Needles separate the climbers, but Sheik has trouble getting in without risking a grab. Be patient and grab her when she commits.

[heading=3]Marth[/heading]
Marth's sword hits both climbers at once, and his range is a problem. Avoid fighting at his preferred spacing; make him approach with blizzard and ice shot, and shield grab.

[heading=3]Jigglypuff[/heading]
Puff's bair separates the climbers, and she can rest Nana. Stay on the ground, wait for her to land, and grab her.

[heading=3]Peach[/heading]
Peach's dsmash hits both climbers and her turnips pick off Nana. Stay patient and shield grab her float-cancelled aerials when they are not spaced well.

[heading=3]Captain Falcon[/heading]
Falcon's knee kills Nana, but his approach is risky. Stay together, punish his landing, and grab him.

[heading=2]Stages[/heading]
[list]
[*][b]Final Destination[/b]: the best ICs stage. No platforms for your opponent to escape your chaingrabs.
[*][b]Pokemon Stadium[/b]: good, mostly flat.
[*][b]Dream Land[/b]: okay, big blast zones.
[*][b]Battlefield[/b]: okay, platforms are a problem for Nana.
[*][b]Yoshi's Story[/b]: small and the platforms make it hard to keep Nana with you. Strike it.
[*][b]Fountain of Dreams[/b]: the platforms move, which makes it hard. Strike against Fox.
[/list]

That is the guide. Thanks for reading, and feel free to ask questions below.
