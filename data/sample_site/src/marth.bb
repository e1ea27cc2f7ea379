id: 4103
title: Spacing is everything: the Marth guide
prefix: Guide
starter: TipperTheory
forum: marth
sticky: yes

=== post by TipperTheory on 2013-08-18 ===
Welcome to the Marth guide. I have played Marth since the early days of this game and have been to more tournaments than I want to count, mostly losing to people who spaced better than me until I learned to do it myself. That is really the whole character: Marth wins by putting the tip of his sword exactly where his opponent is about to be. Everything below is about how to do that more often.

This guide assumes you know what wavedashing and L-cancelling are. If you don't, read the technique threads in the general forum first and come back.

[heading=2]Index[/heading]
[list=1]
[*]What Marth is and what he isn't (this post)
[*]Neutral: spacing, dash dancing and the forward-air (this post)
[*]Technique for Marth (post #2)
[*]Punishes: chaingrabs, tech chases and the Ken combo (post #5)
[*]Edge-guarding and recovery (page 2)
[*]Matchups and stage picks (page 2)
[/list]

[heading=2]What Marth is[/heading]
Marth has the best disjointed range among the top characters, a great grab range, a dash dance that lets him move in and out of range quickly, and kill moves that send people at brutal angles when they land with the tip. He is also heavy-ish and not a fast faller, which means he does not get comboed as hard as the spacies do, but he can be juggled.

What he is not:
[list]
[*][b]He is not a combo character like Fox or Falco.[/b] You will get strings, especially on fast fallers, but a lot of your damage comes one poke at a time.
[*][b]He is not safe up close.[/b] Inside your sword you are just a tall swordsman with slow-ish moves. Any time the opponent gets past your tip, you are in trouble.
[*][b]His recovery is good but predictable.[/b] He can come back from far away, but he mostly comes back the same way. Good edge-guarders know this.
[/list]

[heading=2]The tipper[/heading]
Marth's sword does more damage and much more knockback at the very tip. Hitting with the tip is called a "tipper." A tipper forward smash can kill a Fox around 80-100% near the ledge, depending on DI; a non-tipper forward smash will barely send him off stage. Spacing to hit with the tip is what separates a Marth who wins from one who just swings.

Tippers also matter for damage, shieldstun and pushback. A tipped forward-air on shield pushes them far enough that most characters cannot punish it. A non-tipper forward-air on shield often lets them shield grab you.

[heading=2]Neutral[/heading]
Neutral is about controlling the space right in front of your sword. The key tools:
[list]
[*][b]Dash dance.[/b] Marth's dash dance is excellent. Dash in and out at the edge of your opponent's range. You want them to commit to something (a dash attack, a jump, a grab) when you are just out of reach, then punish.
[*][b]Forward-air.[/b] Your main aerial. It covers a big arc in front of you and above you. Short hop fair with a fast fall and L-cancel is your bread and butter. Use it to wall people off when they approach and to poke shields when spaced.
[*][b]Down-tilt.[/b] Fast, long, low. Great for poking people who stand just outside your grab range. Also pokes people who are hanging on the ledge on some stages.
[*][b]Grab.[/b] Marth's grab is one of the longest in the game. Jump-cancel your grabs when running (jump and immediately grab) so that you get the standing grab with running range.
[*][b]Forward-tilt.[/b] Good range in an arc above you. It's good anti-air against people jumping at you from just above your reach.
[/list]

The hardest thing to teach in Marth neutral is patience. Your moves are good enough that you do not need to force interactions. Sit just outside their range, dash dance, and let them come to you. If they refuse, walk forward a bit and take space, and repeat. Marth players who run in and swing at everything lose to players who simply shield and grab.

=== post by TipperTheory on 2013-08-20 ===
[heading=2]Technique for Marth[/heading]
[heading=3]Wavedash[/heading]
Marth's wavedash is long and good. Use it out of shield to punish things that land near you; use wavedash back into a forward smash or a down-tilt to bait approaches and punish them from range. Waveland on platforms too.

[heading=3]Pivots[/heading]
A pivot is when you dash one way and then turn around into a standing action. The pivot forward smash is one of your best punishes: dash away from someone as they approach, pivot, forward smash as they run into the tip. This is how Marth gets those tipper kills in neutral. Pivot down-tilt and pivot grab are also useful.

[heading=3]L-cancel and SHFFL[/heading]
Same as everyone. Fair and nair are the main aerials you will SHFFL. Double fair out of a full hop is a good pressure option, but it's easy to get shield grabbed if you are not spaced.

[heading=3]Shield drop[/heading]
Hold shield on a platform and tap down on the control stick to drop through. Shield drop into fair or up-air is a great punish against people who attack your platform from below on Battlefield or Yoshi's Story.

[heading=3]Crouch cancel[/heading]
Hold down when you get hit by weak hits like Fox's nair or Falcon's nair at low percent. You will take the hit without being sent, then you can down-tilt or grab in response. It gets worse at higher percents as they start knocking you away.

[heading=3]Ledge-hog and ledge refresh[/heading]
Marth's ledge options are big for edge-guarding. Wavedash back off the edge to grab the ledge quickly, and refresh your ledge invincibility by dropping off and regrabbing. More in the edge-guard section.

[spoiler=Quick notes on frames and numbers (approximate)]
[list]
[*]Jumpsquat: 4 frames
[*]Forward-air: comes out fast and has low landing lag when L-cancelled
[*]Tipper forward smash kills Fox around 80-100% near the ledge
[*]Down-air: spike at the tip, in front of Marth, mid-swing
[*]Up-B: a little invincibility at the start, very punishable if it misses
[/list]
Don't take the percentages as gospel; DI and stage change everything.
[/spoiler]

=== post by NeedleStorm on 2013-08-22 ===
[quote=TipperTheory]A tipped forward-air on shield pushes them far enough that most characters cannot punish it.[/quote]
Sheik main here. I'd add that Sheik can often punish a fair on shield even when it's tipped if you don't L-cancel, or if you fair too close to the ground. Also, what do you suggest against Sheik's dash dance? She outpaces your moves if you swing on reaction.

=== post by Mod_Hal on 2013-08-23 ===
Stickied. Please keep matchup questions for this thread, and general help requests in the Question threads.

=== post by TipperTheory on 2013-08-28 ===
[quote=NeedleStorm]what do you suggest against Sheik's dash dance?[/quote]
Don't try to react to her dash dance; you lose that. Instead, take space with your own dash dance and down-tilt or forward-tilt at the edge of her range, and grab her when she stops to shield. Marth's grab range beats hers. If she starts jumping, fair and up-air from below. More in the matchup section.

[heading=2]Punishes[/heading]
[heading=3]Chaingrabs[/heading]
Marth can chaingrab fast fallers. On Fox and Falco at low percent, up throw or down throw and regrab; on Final Destination you can walk them all the way to the ledge and then finish with a tipper forward smash or a forward-air off stage. Chaingrabs depend a lot on DI and the exact percent, so practice on a human if you can. Against Captain Falcon, down throw sets up a tech chase and sometimes a follow-up up-air, but it is not a real chaingrab.

[heading=3]Tech chases[/heading]
When you get a knockdown (from a down-tilt, a throw, or an up-air that sends them to the ground), watch how they get up. They can tech in place, tech roll in, tech roll away, or miss the tech. With Marth's range, you can cover a lot of these with a dash grab or a forward smash.

[heading=3]Ken combo[/heading]
The Ken combo is forward-air, then down-air spike off the stage. Against fast fallers who are recovering near the ledge, hit them with a forward-air that sends them away from the stage, then follow with a down-air spike with the tip. It is hard to pull off consistently, but it kills at any percent.

[heading=3]Juggling[/heading]
Up-air is your main juggle tool against floaties (Peach, Jigglypuff) and fast fallers alike. Up-air into up-air is common. Up-smash through platforms on Battlefield kills early at high percent.

[spoiler=Basic combo and punish list]
[list=1]
[*]Up throw / down throw regrab, finish with tipper fsmash at the ledge (Fox, Falco, low %)
[*]Forward-air, down-air spike off stage (Ken combo)
[*]Down throw, tech chase into forward smash (Falcon, mid %)
[*]Up-air, up-air, up-air (floaties; watch their DI)
[*]Down-tilt, grab (most characters at low %)
[*]Forward throw off stage, edge-guard with fair or dtilt
[/list]
Practice the chaingrab on a human; CPUs don't DI like people.
[/spoiler]

=== post by KneeOfJustice on 2013-09-03 ===
[quote=TipperTheory]Sit just outside their range, dash dance, and let them come to you.[/quote]
Mostly agree, but as a Falcon main I'll say it: if you just stand at tip range and wait for me, I'll run up and grab you or knee you before you react. Mew2King doesn't just wait, he moves around a lot. Marth players who think they can just stand still lose to Falcon.

=== post by TipperTheory on 2013-09-10 ===
KneeOfJustice, fair enough. Waiting doesn't mean standing still. Dash dance and keep moving; the point is not to commit. I'll clarify in the Falcon section.

[heading=2]Edge-guarding[/heading]
Marth is one of the best edge-guarders in the game. His sword range and his ledge-hog options make a lot of recoveries fail.

Key ideas:
[list]
[*][b]Ledge-hog.[/b] When someone is about to up-B to the ledge, grab the ledge first so they can't. Against Fox and Falco up-B and Marth's own up-B, this is often the best option.
[*][b]Down-tilt the ledge.[/b] On some stages, Marth's down-tilt hits people who are hanging from the ledge or sweetspotting. Use it when they are about to grab the ledge.
[*][b]Forward-air off stage.[/b] Jump off and fair. It's a safe option against most recoveries, and it can set up the Ken combo.
[*][b]Tipper forward smash.[/b] When someone recovers high onto the stage, a tipper forward smash as they land will kill them at low percent.
[/list]

Against Fox and Falco, a common setup: stand near the ledge and wait for their up-B. If they go to the ledge, ledge-hog; if they go high, forward smash them; if they go low, down-tilt or jump off with a fair.

[img alt="Diagram of Marth edge-guard positions: ledge-hog, down-tilt at the ledge, and tipper fsmash for high recoveries"]https://example.org/marth/edgeguard-positions.png[/img]

[heading=2]Recovery[/heading]
Marth's recovery options are his double jump, Dancing Blade (side-B) for a small stall, and Dolphin Slash (up-B). The up-B goes mostly straight up (you can angle it a little) and has a strong hitbox at the start.

Tips:
[list]
[*]Don't burn your double jump early. Save it.
[*]Side-B can stall you in the air and change your timing slightly.
[*]Sweetspot the ledge with up-B. If they are hogging, go high or mix up your timing.
[*]DI up and in when you get hit off stage.
[/list]

Here's a video of me practicing edge-guards against a friend's Fox, with commentary:

[media=youtube]Qm7rT2vXk9A[/media]

=== post by DesyncDuo on 2013-09-14 ===
Ice Climbers main here. What stages do you pick against ICs? Most Marths I've played seem to take me to Final Destination and then lose there. I'm curious what you recommend.

=== post by TipperTheory on 2013-09-20 | edited 2013-09-22 ===
[quote=DesyncDuo]What stages do you pick against ICs?[/quote]
Good question. I'll start the matchup section with it.

[heading=2]Matchups[/heading]
[heading=3]Ice Climbers[/heading]
Stage picks against ICs:
[list]
[*][b]Strike/ban Final Destination.[/b] ICs love flat stages for their desyncs and grab setups.
[*][b]Pick Yoshi's Story or Battlefield.[/b] Platforms help you escape their grab game and give you up-air and up-smash through platforms to kill Nana early. Yoshi's Story is small, so your kills come earlier.
[*][b]Fountain of Dreams[/b] is also good, similar reasons.
[*][b]Dream Land[/b] is ok, but big blast zones help ICs survive.
[*][b]Pokemon Stadium[/b] has a lot of flat ground and the transformations can give them walls to work with. I don't pick it.
[/list]

How to play the matchup:
[list=1]
[*][b]Separate Nana.[/b] Forward-air Nana away, then go after Popo alone. His recovery is terrible without Nana.
[*][b]Don't get grabbed.[/b] ICs' grab game (including wobbling) can take a stock off a single grab. Don't shield too much near them.
[*][b]Stay at tip range.[/b] Your range beats theirs. Use down-tilt and forward-air to poke.
[*][b]Kill Nana off the top[/b] with up-air and up-smash.
[/list]

A note from the other side of the matchup, since DesyncDuo will probably keep me honest: the single worst thing you can do is hold shield in front of them. A lot of Marths panic when both climbers come at them with aerials and just shield, and that is exactly what they want. Wavedash back out of shield or jump away, then poke again from the tip.

[heading=3]Fox[/heading]
Fox is the matchup you will play most. He is faster than you, his lasers chip at you, and his shine pressure on your shield is scary. But you have the chaingrab, and one good grab near the middle of Final Destination can take him to the ledge and off the stage. In neutral, don't chase him. Dash dance, down-tilt when he runs in, and fair when he jumps. Crouch cancel his nair at low percent and grab him out of it. His up throw into up-air on you is his main kill setup, so DI it and don't get grabbed carelessly. Edge-guard his up-B with ledge-hog and down-tilt, and forward smash him when he goes high.

[heading=3]Falco[/heading]
His lasers are the problem. Don't just jump at him over and over; wavedash forward under the high ones, shield the low ones only when you have to, and use full hops to get over them when he commits to a laser. Once you're in range, he has a hard time out-spacing you. He also gets chaingrabbed, and his recovery is worse than Fox's: go for ledge-hogs and tipper forward smashes on his high recoveries. Watch out for his pillar combos; DI away from his shine.

[heading=3]Sheik[/heading]
The hardest one for me personally. She is fast, her down throw on you leads to big damage, and her needles make you approach. Don't try to out-react her dash dance. Take space with your own dash dance, poke with down-tilt and forward-tilt at the edge of her range, and grab her when she stops to shield. Your grab range wins if she is predictable. Edge-guard her up-B by waiting for where she reappears.

[heading=3]Jigglypuff[/heading]
Marth does well here. She wants to drift in and out of range with back-air, so fair walls and up-air from below are your tools. Don't chase her into the air with jumps; she wins that. Tipper forward smash and up-air kill her. Punish her landings, and be careful about shielding her aerials, because a shielded back-air can lead to a Rest if you shield grab badly.

[heading=3]Peach[/heading]
Peach floats at the height where your fair and forward smash connect, so forward smash her when she floats in low. Her down-smash is fast and strong, so don't sit next to her on shield. Up-air juggles on her are good. Her turnips can be caught and thrown back; don't get hit by a turnip and then eat a follow-up.

[heading=3]Captain Falcon[/heading]
Marth is generally favored, but as KneeOfJustice said, don't stand still. Keep dash dancing at the edge of his range, wall him with down-tilt and fair, and grab him when he runs into your tip. Down throw to tech chase him. Don't jump at him too much; his up-air and knee punish you hard.

[heading=3]Marth ditto[/heading]
Spacing war. Whoever spaces better wins. Down-tilt and forward-air are your main pokes, and grab range is even, so pivot grabs matter more than usual. Edge-guard each other's up-B with ledge-hogs.

[heading=2]Stage picks[/heading]
[list]
[*][b]Final Destination:[/b] Great for chaingrabs on spacies. Pick it against Fox and Falco.
[*][b]Battlefield:[/b] Platforms help your up-air and up-smash kills.
[*][b]Yoshi's Story:[/b] Small; you kill early. Good vs floaties and ICs.
[*][b]Dream Land:[/b] Big; helps you survive, but also keeps others alive.
[*][b]Fountain of Dreams:[/b] Similar to Battlefield.
[*][b]Pokemon Stadium:[/b] Flat and big; okay for Marth overall.
[/list]

That's the guide. I'll update as questions come in.

[i]Edit: added Ice Climbers stage picks and the full stage list.[/i]

=== post by NeutralB on 2013-09-28 ===
Great guide, bookmarked. The stage picks for ICs section fixed my counterpick strategy. Thanks.
