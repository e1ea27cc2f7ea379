id: 4101
title: The Fox compendium: shine, lasers, edge-guards and every matchup
prefix: Guide
starter: ShineBright
forum: fox
sticky: yes

=== post by ShineBright on 2013-03-02 | edited 2013-04-12 ===
Hey all. I've been maining Fox since the GameCube was new, and every few weeks somebody posts "how do I get better with Fox" and gets five one-line answers that contradict each other. So I'm putting everything I know in one place. This is long on purpose. Fox is the character with the highest ceiling in the game and the lowest floor for your hands, so there is a lot to cover.

Quick disclaimer: none of this replaces playing. Read a section, go into training mode or find a friend, and do it until it's boring. Then do it in a match, lose because you got nervous, and do it some more. That's the whole secret.

[heading=2]Index[/heading]
[list=1]
[*]Intro and the neutral game (this post)
[*]The shine: multishine, waveshine, shine out of shield
[*]SHFFL'd aerials, L-canceling, up-throw up-air, drill/shine combos
[*]Tech chasing
[*]Edge-guarding: shine spike, bair, dair, ledge-hog
[*]Recovery: firefox angles, illusion, short side-B, ledge options
[*]Matchups part 1: Fox ditto, Falco, Marth, Sheik
[*]Matchups part 2: Jigglypuff, Peach, Captain Falcon, Ice Climbers, plus stage picks
[/list]

[i]Edit: all sections are up now. I'll keep fixing stuff people point out in the replies.[/i]

[heading=2]What Fox actually is[/heading]
Fox is the fastest character in the game that can also kill you from almost anywhere. He has one of the fastest dashes in the game, a 3-frame jumpsquat, one of the fastest fall speeds, a frame 1 move that is also a combo starter, and a kill move (up-smash) you can fire out of a run. The price is that he is light, falls fast enough to get combo'd by everyone, and his recovery is slow and readable. Fox games are decided by who gets the first hit and whether the Fox player converts it. A good Fox doesn't win neutral every time; he turns one win into 40 to 70 percent and a stock.

[heading=2]Movement first[/heading]
Before any combo, learn to move. The core movement pieces are:
[list]
[*][b]Dash dancing[/b]: Fox's initial dash is short and quick, so his dash dance is tight. Use it to bait whiffs and to stay just outside your opponent's range.
[*][b]Wavedashing[/b]: Fox's wavedash is short compared to Luigi or Ice Climbers, but it's quick. Its main jobs are out of shield, for spacing a grab or an up-tilt, and after shines (waveshine, later).
[*][b]Wavelanding[/b] on platforms: jump up through a platform and air dodge into it, or drop through and waveland back onto the lower one. On Battlefield and Yoshi's this is half your movement.
[*][b]Shield drop[/b]: drop through a platform straight out of shield. Lets you come down with a nair or bair on someone pressuring you from below.
[*][b]Run cancel / crouch[/b]: from a run you can crouch, then shine, up-smash or up-tilt. Running up-smash is a classic punish on whiffed moves.
[/list]

[heading=2]Neutral in a nutshell[/heading]
Your neutral tools, roughly in order of how often I use them:
[list=1]
[*][b]Short hop lasers[/b] to force the approach or add damage from range. Fox lasers do damage but no hitstun, so they annoy and rack up percent, they don't stop attacks.
[*][b]Dash dance into grab[/b] when they commit to a landing or an approach.
[*][b]SHFFL'd nair[/b] as a fast, low-commitment approach. It's quick and it leads into everything at low percent.
[*][b]Run up shield[/b] and shine out of shield when they throw something at you.
[*][b]Full hop / platform play[/b] to get over people and land a drill or a bair.
[/list]

The main thing newer Fox players do wrong is running at people with no plan. Fox's speed is a reason to be patient, not an excuse to approach every second. Let them swing, then punish.

=== post by ShineBright on 2013-03-02 ===
[heading=2]The shine[/heading]
Down-B, the Reflector. The single most important move in the character. The hitbox is out on frame 1, it reflects projectiles, it sends the opponent at a fixed, fairly low angle with set knockback, and you can jump out of it very early. Because the knockback doesn't grow with percent, a shine at 0% and a shine at 120% send the same distance. That's why it works as a combo starter early and as a stage-spike late.

[heading=3]Jump-cancel shine[/heading]
Shine on the ground, then press jump. Fox starts his jumpsquat and you're out of the shine. Everything below is built on this. Practice just shine into jump into short hop nair until it's automatic.

[heading=3]Multishine[/heading]
Shine, jump-cancel, and shine again during jumpsquat before you actually leave the ground. Repeat. It's a tech skill drill more than a real technique in matches, but once you can multishine at a steady rhythm your hands will never fail you on any of the easier shine stuff. Do it for five minutes before every practice session. Don't worry about being frame-perfect, worry about being consistent.

Where it does matter in matches: shine-shine on a shielding opponent (two shines in a row on shield) and shine-shine on someone in hitstun at low percent.

[heading=3]Waveshine[/heading]
Shine, jump-cancel, wavedash. Because the opponent is sent horizontally and you slide along with them, you can follow up:
[list]
[*][b]Waveshine into up-smash[/b]: the classic kill. On spacies and Falcon it's a big hit at mid percent.
[*][b]Waveshine into grab[/b]: safe at low percent, sets up throws and tech chases.
[*][b]Waveshine into up-tilt[/b]: low percent, leads to up-air juggles.
[*][b]Waveshine into shine[/b]: on fast-fallers at low percent you can waveshine-shine across the stage and push them toward the edge.
[/list]
Wavedash toward them after the shine, not away. The angle you air dodge at decides how far you slide. Shallow angle = long slide. Practice against a CPU standing still and see which follow-up lands from each distance.

[heading=3]Shine out of shield[/heading]
Fox can jump out of shield, and you can shine during the jumpsquat. Jumpsquat is 3 frames and the shine hits on frame 1, so you're hitting people on frame 4 out of shield. That beats almost every unsafe aerial and a lot of things people think are safe. Good uses:
[list]
[*]Against a Falco or Fox drill that wasn't spaced or L-canceled properly.
[*]Against a Captain Falcon who lands a knee or nair right on your shield.
[*]Against Sheik's nair or f-tilt when she's in range.
[*]Against Peach float cancel aerials if she's too close.
[/list]
Shine OoS and then waveshine into a follow-up, or just jump out and nair. Don't do it if they're spaced at the tip of a sword, it'll whiff and you eat a punish. Shine range is small.

[spoiler=Frame data I actually use (from memory, double check against the frame data thread)]
[list]
[*]Jumpsquat: 3 frames
[*]Shine: hitbox on frame 1, jump-cancelable after the first few frames
[*]Shine out of shield: effectively frame 4
[*]Nair: comes out around frame 4
[*]Up-smash: fast startup, under 10 frames, your main grounded kill move
[*]L-cancel window: press L/R/Z within the 7 frames before landing
[*]Landing lag, normal then L-canceled: nair 15 / 7, up-air 18 / 9, dair 18 / 9, bair 20 / 10, fair 22 / 11
[/list]
The L-cancel numbers are the important part. A missed L-cancel on bair is twenty frames where you are a free grab.
[/spoiler]

=== post by PillarPilot on 2013-03-03 ===
Great start. I'm a Falco player mostly but I pick up Fox for some matchups, so this is perfect timing.

[quote=ShineBright]Fox lasers do damage but no hitstun, so they annoy and rack up percent, they don't stop attacks.[/quote]
This is the part Falco players always get wrong when they switch. Do you short hop laser on the way up or fast fall after the laser? I feel like my Fox lasers are way less safe than my Falco ones.

=== post by ShineBright on 2013-03-04 ===
[quote=PillarPilot]Do you short hop laser on the way up or fast fall after the laser?[/quote]
Both, depending on what you want. A short hop laser where you fast-fall right after the laser comes out gives you a low laser and you're back on the ground fast. That's the one I use 90% of the time. Fox lasers are much less safe than Falco's because they don't make people flinch, so treat them as damage and positioning, not as a wall. Against people who want to wait, lasers make them come to you. Against people who are already coming at you, stop lasering and get ready to shield or dash back.

Now the offense.

[heading=2]SHFFL'd aerials and L-canceling[/heading]
SHFFL: short hop, aerial, fast-fall, L-cancel. Fox does all his aerials this way on the ground. If you're not L-canceling every aerial that lands, stop everything and fix that first. L-canceling halves landing lag, and on Fox the difference between 18 frames and 9 frames is the difference between getting punished and comboing.

How to practice:
[list=1]
[*]Short hop. Fox's short hop is tiny, tap the jump button, don't press it.
[*]Press the aerial immediately.
[*]Fast-fall (tap down) at the peak of your jump. On Fox you can fast-fall almost straight away on a short hop.
[*]Hit L, R or Z a few frames before you touch the ground. Turn on the L-cancel feedback in training packs if you use them, otherwise watch if Fox flashes white on landing.
[/list]

What each aerial is for:
[list]
[*][b]Nair[/b]: fast, lingering hitbox. The approach aerial and the early combo starter. Late nair is weak and sets up grabs and shines.
[*][b]Up-air[/b]: two hits, the second one kills. Your juggle tool and your kill move off throws.
[*][b]Dair (drill)[/b]: multi-hit, low knockback. Hits them, you land, you shine or grab. The main shield pressure and combo tool.
[*][b]Bair[/b]: strong single hit, big reach behind you. Edge-guards and a solid spacing tool.
[*][b]Fair[/b]: multi-hit, mostly for poking and the occasional edge-guard. I use it the least.
[/list]

[heading=2]Up-throw up-air[/heading]
Grab, up-throw, jump and up-air. This is how Fox kills floaties and mid-weights without going for a risky up-smash. Timing changes per character because of weight and fall speed. Rough guide:
[list]
[*]On Peach, Jigglypuff and Marth it works at most percents where they can't reach the ground first. Around 90 to 110% it kills off the top on small stages. On Battlefield or Yoshi's, grab them on a platform and up-throw from there, it kills much earlier.
[*]On Fox and Falco the timing is completely different. They fall so fast that you jump almost immediately after the throw, and at low percent they get out before you're there. Mid percent is the sweet spot, and on a platform it becomes a real kill option. At very high percent they're just sent too far up.
[*]On Captain Falcon and Sheik it's situational. I prefer down-throw or up-throw into a read.
[/list]
Read their DI. If they DI away, you need to follow with a slight drift. If they DI in, you're usually right under them. Practice on a CPU with each DI.

[heading=2]Drill / shine combos[/heading]
Land a drill, L-cancel, then shine. The dair keeps them near you, the shine pops them out at a fixed angle, and from there you waveshine into whatever is appropriate. This is the "drill-shine" everyone talks about.

[img alt="Diagram of Fox drill into shine into waveshine into up-smash on Final Destination, with arrows showing where the opponent ends up after each hit"]https://example.org/img/fox-drill-shine-chain.png[/img]

Key points:
[list]
[*]Works great at low to mid percent on spacies and Falcon.
[*]At higher percent opponents can SDI out of the drill, so mix it up with nair and bair.
[*]Against characters with a good crouch cancel (Falcon, Peach, Sheik at low percent), a drill into their crouch gets punished. Wait until they're at higher percent or bait the crouch with lasers.
[/list]

[spoiler=Combo list for practice]
[list=1]
[*]Drill, shine, waveshine, up-smash (spacies, Falcon, mid percent)
[*]Nair, shine, waveshine, grab (low percent, anyone)
[*]Up-throw, up-air (floaties, 60 to 110%)
[*]Drill, shine, jump, up-air (low percent spacies, they get popped up)
[*]Waveshine, up-tilt, up-air, up-air (spacies at 0 to 40%)
[*]Shine, bair (offstage, finishing move)
[*]Down-throw, regrab or shine on missed tech (spacies, floaties)
[/list]
Do each of these 20 times on both sides of Final Destination before using them in a match.
[/spoiler]

=== post by Mod_Hal on 2013-03-05 ===
Stickied. This is going to be the reference thread for the Fox forum, so keep questions on topic and please don't bump it just to say "thanks". Use the like button for that. :)

=== post by PlatformDrop on 2013-03-09 ===
Been working through the drill-shine section on netplay.

[quote=ShineBright]At higher percent opponents can SDI out of the drill, so mix it up with nair and bair.[/quote]
What is "higher" in practice? Against Falco I'm landing drills at 50% and the shine just whiffs because he's already gone. Is this SDI or am I just late? Also what do you do after a drill-shine on Falco if the waveshine up-smash doesn't connect?

=== post by ShineBright on 2013-03-10 ===
[quote=PlatformDrop]Against Falco I'm landing drills at 50% and the shine just whiffs because he's already gone.[/quote]
At 50% on Falco it should still work if you're hitting the last hits of the drill and L-canceling. Most likely you're landing the drill too early in your jump and he's getting knocked away by the first hits. Try to hit the drill low, just above his head, as you fall. If you're late, he'll be out of hitstun before the shine comes out. Around 80% or so a good player will SDI some of the drill away, but at that point you want to go for different stuff anyway. After drill-shine on Falco at mid percent, try waveshine into up-smash or waveshine into up-tilt, up-air. If nothing lands, you're back in neutral with him close to you, which is still fine.

[heading=2]Tech chasing[/heading]
Tech chasing is following up after a knockdown. After many of Fox's throws and hits, the opponent lands on the ground and has to choose: tech in place, tech roll toward you, tech roll away from you, or miss the tech and lie down. If they miss the tech they then pick from getting up, rolling either way, or a get-up attack.

Fox tech chases well because he's fast enough to get to any of those options in time. Down-throw is your best tech chase throw at low percent on spacies and Falcon: they land right in front of you and you can grab, shine or up-smash whichever option they take.

How to do it:
[list=1]
[*]Throw them. Don't move until you see their option. Reacting is the goal, guessing is a backup.
[*]If they tech in place: dash in and grab or shine them during the end of the tech animation.
[*]If they tech roll away: dash after them and grab. A roll is long enough for Fox to run it down.
[*]If they tech roll toward you: they end up behind you, so turn around and grab, or wavedash back and up-smash.
[*]If they miss the tech: shine them (they get "reset") or go for a fast up-smash on the getup.
[/list]

Things to watch:
[list]
[*]Every character has a slightly different tech roll length. Learn their animations in training mode with a CPU set to tech randomly.
[*]Opponents often develop habits. The first few tech chases in a set tell you which way they like to roll. Keep track.
[*]Don't commit too early. Good players will hold a direction and wait a frame to see where you're going. The later you commit, the better.
[/list]

A regrab tech chase chain on Falcon or Falco at low percent can take them from 0 to 60% before you even think about a kill move. It's one of the most rewarding things you'll learn.

=== post by ShineBright on 2013-03-10 ===
[heading=2]Edge-guarding[/heading]
This is where Fox gets his stocks. Most characters have a bad or readable recovery, and Fox's speed and shine let him cover nearly all of it.

[heading=3]Shine spike[/heading]
When someone is recovering horizontally near the ledge (Fox's firefox, Falco's firebird, Falcon's up-B, even a Marth at the right height), run off the ledge and shine them. The shine sends them at a low, nearly horizontal angle with set knockback, so it doesn't matter what percent they're at. If they're below the ledge, they usually can't recover. Jump out of the shine and get back to the stage with your double jump or a firefox. Mistimed shine spikes are a good way to lose your own stock, so practice them.

Shine spike works best against:
[list]
[*]Fox and Falco below the ledge, especially when they're charging up-B.
[*]Captain Falcon recovering low.
[*]Peach or Puff recovering low and close, although it's harder because they float.
[/list]

[heading=3]Bair[/heading]
For anyone recovering high or from a distance. Jump off the stage and bair them as they come back. Fox's bair has good knockback and a decent angle. If they're recovering high, bair them further out. This works well against Marth, Sheik and Puff. Stay aware of your own jumps. Bair offstage, then double jump back. If you've used your double jump, you need a firefox and a prayer.

[heading=3]Dair offstage[/heading]
The drill isn't a spike, but it drags people down. Against someone recovering from below with a slow up-B, a drill can push them even lower and set up a second hit. It's also good against characters that try to grab the ledge and then have trouble (Sheik after a bad Vanish). It's risky, though. You can lose your own stock, so only do it when you're sure you have a way back.

[heading=3]Ledge-hog[/heading]
Grab the ledge while they're recovering to it. This means they can't grab it and they fall. Fox can ledge drop, double jump back and regrab the ledge for invincibility frames, which lets you stall until they're out of options. This beats characters that have to grab the ledge (Marth, Falcon, Fox, Falco). Mix it up: ledge-hog, drop and bair, or stay on stage and up-smash them as they come up.

[heading=3]General tips[/heading]
[list]
[*]Know which characters can only recover one way. Falcon is very predictable. Marth has limited angles. Sheik has a lot of angles.
[*]Lasers from the ledge do damage to someone taking a long way back. No hitstun, but free percent is free percent.
[*]Cover the most likely option. If they have to firefox from below, stand at the ledge and wait to shine or ledge-hog.
[/list]

=== post by KneeOfJustice on 2013-03-14 ===
Falcon main here, good stuff overall. Minor disagreement on the edge-guard part.

[quote=ShineBright]Captain Falcon recovering low.[/quote]
A Falcon who knows what he's doing won't recover low against Fox unless he's forced to. We recover high, drift around, and use our double jump late. Against that, shine spike is a read, not a punish. I'd say the best edge-guard vs Falcon is actually just ledge-hog and bair, and being ready for up-B sweetspots. When I lose to Fox, it's usually because he covered my up-B with a well-placed bair, not a shine.

=== post by ShineBright on 2013-03-20 ===
[quote=KneeOfJustice]I'd say the best edge-guard vs Falcon is actually just ledge-hog and bair, and being ready for up-B sweetspots.[/quote]
Fair, and that's probably right against good Falcons. The shine spike is the jackpot when they mess up and come in low, but your bread and butter is ledge-hog, bair and reading when they'll double jump. I'll keep the section as it is, because at most local levels Falcons do end up low a lot.

[heading=2]Recovery[/heading]
Fox's recovery is fast horizontally but very readable. Your job is to make it unreadable. Here's what you have:

[heading=3]Firefox (up-B)[/heading]
Fox charges for about two-thirds of a second, then launches in any direction you hold. It grabs the ledge if you aim right, and you land helpless if you hit the stage. Key points:
[list]
[*]Aim at the ledge from below to sweetspot it. Aim too high and you land on stage, where you're vulnerable.
[*]Vary your angles. Sometimes go straight to the ledge, sometimes onto the stage, sometimes high. A predictable firefox is a dead Fox.
[*]Use the platforms. If you're high, firefox onto a side platform instead of the ledge. People camping the edge usually don't cover it.
[*]You can hit people with the fire while you're charging it. It won't save you against a good edge-guard, but it can break a bad one.
[/list]

[heading=3]Illusion (side-B)[/heading]
Fox dashes horizontally. It's fast and it can grab the ledge. The trick is the short version: press B again during the dash to stop it early. That makes your side-B harder to read and lets you stop short of people waiting at the ledge.
[list]
[*]Illusion at ledge height when you're close. It's the fastest way back.
[*]Short illusion onto the stage to avoid someone ledge-hogging.
[*]Don't use illusion below the ledge. You'll go under the stage and die.
[/list]

[heading=3]Ledge options[/heading]
Once you've grabbed the ledge, you're not safe yet. You have:
[list]
[*]Neutral getup: slow, easy to punish.
[*]Roll: goes behind someone standing close. Readable if overused.
[*]Jump: go high. Can be covered by up-air or up-smash.
[*]Getup attack: fine if they're standing right on top of you.
[*]Ledge drop and jump, then waveland onto stage (ledge-dash). This is the strongest getup option. You keep your ledge invincibility for part of it and you're back on stage with all options.
[*]Ledge drop into double jump aerial: ledge drop, jump up, and bair or nair someone standing at the edge.
[/list]
Practice the ledge-dash. It's one of the things that separates a good Fox from a decent one.

[media=youtube]Fx7shN3bQwL[/media]

That's a short video I recorded showing firefox angles and the ledge-dash on Battlefield and FD. It's not pretty, but it shows all of the options at normal speed.


=== post by TipperTheory on 2013-04-02 ===
Marth main checking in, since you promised matchups and I'd like to know what I'm up against. :D

[quote=ShineBright]Ledge drop and jump, then waveland onto stage (ledge-dash). This is the strongest getup option.[/quote]
Agreed, this is the one I hate covering. When a Fox ledge-dashes well, the best I can do is sit out of range with my sword and wait. What do Fox players actually worry about against Marth? From my side it feels like one grab on FD and the Fox is dead, but I also feel like I'm losing every scramble.

=== post by ShineBright on 2013-04-05 ===
[quote=TipperTheory]From my side it feels like one grab on FD and the Fox is dead, but I also feel like I'm losing every scramble.[/quote]
That's pretty much the matchup summed up from both sides. Here's the first half of the matchup section, Marth included.

[heading=2]Matchups part 1[/heading]
[heading=3]Fox (ditto)[/heading]
Even by definition, but the ditto is its own world. Both Foxes die to a single shine offstage and both can take a stock from one grab. Things to know:
[list]
[*]Lasers matter more here than anywhere else because the other Fox doesn't want to sit still. Use them to force jumps and then chase the jump with up-air.
[*]Shine wins a lot of close exchanges because it comes out on frame 1, but the other Fox has the same move. Whoever shines first wins, so don't shine in a scramble you're not sure about. Shield instead and shine out of shield.
[*]Up-throw up-air and waveshine up-smash are your kill moves. Down-throw into tech chase regrabs at low percent.
[*]Edge-guard with shine spike when they're below the ledge. Every ditto has at least one stock that ends this way.
[/list]
Stages: I like Pokemon Stadium and Battlefield. Yoshi's is fine but it's coin-flippy.

[heading=3]Falco[/heading]
Close to even, I'd say very slightly in Fox's favour, but the Falco has to play his game very well. Falco's lasers stop you, yours don't stop him. That's the matchup in one line. Don't try to outlaser him. Instead:
[list]
[*]Get under his lasers. Crouch them, powershield them if you can, or go under platforms where his full hop lasers don't reach.
[*]Punish his approaches. Falco's drill and shine pressure on shield is strong, but a drill that isn't spaced right gets shine OoS'd.
[*]Edge-guard hard. Falco's recovery is one of the worst among the top characters. A shine or bair below the ledge usually takes the stock.
[*]Watch out for his pillars (drill, shine, drill, shine). Don't hold shield too long, jump out or shine out the moment you see a gap.
[/list]
Stages: Pokemon Stadium and Dream Land. Avoid FD if you can, the lack of platforms makes his lasers a lot better.

[heading=3]Marth[/heading]
Close, and I think Fox has a small edge if he plays patient. Marth chaingrabs Fox on flat ground and kills him with tipper forward smash and up-B at fairly low percents. Marth's recovery, though, is limited and his combo game on Fox is DI-dependent.
[list]
[*]Don't get grabbed on FD. Ever. A grab on FD is often 0 to death. On platform stages you can DI to a platform and escape.
[*]Use your speed. Marth's sword is big but his movement is readable. Dash dance at max range and punish his whiffs with grab, nair or running up-smash.
[*]Up-throw up-air kills Marth at mid-high percent. On Battlefield and Yoshi's, up-throw off the top platform kills early.
[*]Edge-guard him with bair and ledge-hog. His up-B has limited angles. If he's below the ledge and out of jumps, you can shine spike or drop down and bair.
[/list]
Stages: Battlefield and Yoshi's. Strike FD every time, and I usually strike Fountain of Dreams too.

[heading=3]Sheik[/heading]
Roughly even, maybe slightly in Fox's favour. Sheik's down-throw leads to tech chase regrabs on Fox, and her needles and f-tilt are annoying at mid range. On the other hand, Sheik's recovery is readable (Vanish only goes so far) and Fox can combo her very well.
[list]
[*]Avoid getting grabbed at low percent. Sheik down-throw into regrab chains can take you from 0 to 60 plus.
[*]Approach with SHFFL nair and drill. Don't approach with full hops into her up-air.
[*]Crouch cancel matters at low percent on her side. Respect it.
[*]Edge-guard aggressively. If she Vanishes from below the ledge, wait at the ledge and shine spike or up-smash her when she reappears.
[/list]
Stages: Battlefield, Dream Land and Pokemon Stadium. Avoid FD if possible, the chaingrabs are nastier there.

=== post by ShineBright on 2013-04-05 ===
[heading=2]Matchups part 2[/heading]
[heading=3]Jigglypuff[/heading]
Fox wins this one fairly clearly, but only if you're patient. Puff wants to float at the edge of your range and bair you as you come in. Don't feed her that. Lasers do a lot here: she has to approach, and she can't really stop them.
[list]
[*]Up-throw up-air kills her at mid percent, especially off the top platform on Battlefield or Yoshi's. This is your main kill move.
[*]Don't jump into her. Her bair covers a big area. Let her come down, then punish landing with up-smash or up-air.
[*]Don't get rested. Rest comes out very fast. Don't shine or drill her at close range with no plan, she can rest out of certain things.
[*]Edge-guarding Puff is hard because she floats. Make her land on stage instead and punish that.
[/list]
Stages: Final Destination and Pokemon Stadium. Strike Dream Land, Puff loves the high ceiling and side blast zones.

[heading=3]Peach[/heading]
Fox favoured, but Peach has big damage potential. Her down-smash in your shield or on your crouch hurts a lot, and her float lets her hang right over you. Fox punishes Peach hard though: her weight makes up-throw up-air very consistent.
[list]
[*]Lasers stop her from just waiting in float. She'll have to commit.
[*]Shine out of shield if she's float canceling aerials onto your shield at close range.
[*]Up-throw up-air is the kill. Drill-shine works at low percent if she doesn't crouch cancel.
[*]Watch the turnips. She'll throw them and follow up. Don't grab turnips blindly, and don't stand where she can down-smash you.
[/list]
Stages: Final Destination for uthrow uair combos and Pokemon Stadium. Strike Yoshi's, it's too cramped for Fox against her.

[heading=3]Captain Falcon[/heading]
Fox has a slight advantage. Falcon combos Fox really hard and his knee kills you off the side early. On the other hand, his recovery is predictable and Fox's shine and waveshine stuff works great on him.
[list]
[*]Waveshine into up-smash kills him at mid percent.
[*]Drill-shine at low percent, but watch the crouch cancel. Don't drill him when he can CC and punish.
[*]Edge-guard with bair and ledge-hog. Like KneeOfJustice said, shine spike is a read.
[*]Don't let him get grabs. Falcon's down-throw into knee on Fox is quick.
[/list]
Stages: Final Destination and Yoshi's. He likes Battlefield and Pokemon Stadium for his platform juggles.

[heading=3]Ice Climbers[/heading]
Fox favoured if you separate them. Ice Climbers chaingrab Fox to death off one grab. Wobbling and other chaingrabs kill you from 0 if the Climbers player is good. Play it like this:
[list]
[*]Separate Nana. Shine her away, knock her offstage, or kill her. Ice Climbers without Nana are much weaker.
[*]Lasers are good. They put damage on both Climbers, and Nana in particular is bad at dealing with them.
[*]Don't get grabbed. Ever.
[*]Edge-guard: if Nana is separated, Popo's recovery is weak and you can kill him easily.
[/list]
Stages: Battlefield and Pokemon Stadium. Avoid FD, Climbers chaingrabs are too good there.

[heading=2]Stage picks overall[/heading]
[list]
[*]Battlefield: great for Fox in general, platforms help his movement and up-throw up-air on platforms kills early.
[*]Final Destination: great against floaties (Peach, Puff), bad against chaingrabbers (Marth, Sheik, Ice Climbers).
[*]Yoshi's Story: small, Fox kills early but dies early too. Good against Marth, risky against Falco and Peach.
[*]Dream Land: big. Fox lives longer here but has trouble killing floaties. Strike against Puff.
[*]Fountain of Dreams: platforms move, annoying for Fox's juggles. I usually strike it.
[*]Pokemon Stadium: great for Fox, the layout suits his movement and lasers.
[/list]

=== post by WavelandWanda on 2013-04-08 ===
This is the best Fox resource on the site, no contest. The matchup section alone fixed half my Peach games, I was going for drill-shine at 10% and getting crouch-cancel down-smashed every single time. :(

One question though. After watching a bunch of Mango's Fox sets from last year, he seems to go for way fewer lasers than you recommend against Puff and just runs at her. Is that a style thing or is the laser game overrated in that matchup? And do you have a practice routine you'd recommend for the whole guide? There's so much here I don't know where to start.

=== post by ShineBright on 2013-04-10 ===
[quote=WavelandWanda]Is that a style thing or is the laser game overrated in that matchup?[/quote]
Mostly style. Some Foxes are very aggressive and they're good enough to get away with it, because they can react to a Puff's bair and punish it on the spot. If you're not at that level yet, lasers are the safer way to force her to come in. They're not a win condition, they're a way to make her make decisions. Once you're comfortable punishing her whiffs, you can cut back on them and pressure more. Try both and see what your hands like.

[heading=2]Practice routine[/heading]
Here's what I'd do, roughly 45 minutes a day:
[list=1]
[*]5 minutes of multishine. Just get your hands warm.
[*]10 minutes of SHFFL'd aerials on both sides of the stage, L-canceling every one. Nair, drill, bair, in that order.
[*]10 minutes of waveshine follow-ups on a standing CPU: up-smash, grab, up-tilt. Mix the distance.
[*]10 minutes of recovery: firefox angles from different positions, short illusion, ledge-dash from both ledges.
[*]10 minutes of the combo list in the spoiler in post four.
[/list]
Then play people. Friendlies, netplay, anything. Don't just grind tech, it doesn't mean much until you use it under pressure. And record your sets. Watching yourself lose is the fastest way to stop losing the same way.

Thanks everyone for the feedback so far. I'll add a section on shield pressure and platform movement once I've written it up properly. Keep the questions coming.
