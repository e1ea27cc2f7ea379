id: 4104
title: Needles and Patience: a complete Sheik guide
prefix: Guide
starter: NeedleStorm
forum: sheik
sticky: yes

=== post by NeedleStorm on 2014-03-10 ===
Hey everyone. I've played Sheik in tournament for about three years now, and every week someone in the IRC or at my local asks the same handful of questions. So this is my attempt at one thread that answers most of them. It isn't the final word on the character, but everything here is stuff I actually use in bracket, and I'll keep updating it as the thread goes.

This first post covers the overview and the basic movement. The following posts have the rest, so please let me finish before replying in the middle of a section :)

[heading=2]Index[/heading]
[list=1]
[*]Overview: why Sheik, strengths and weaknesses
[*]Movement and core techniques
[*]Neutral game (next post)
[*]Punishes, tech chasing and combos
[*]Edge-guarding
[*]Recovery and getting back to the stage
[*]Matchups
[*]Stage picks and strikes
[/list]

[heading=2]1. Overview[/heading]
Sheik is the most "honest" top tier in the game. She doesn't have a shine, she doesn't have a chain grab that takes a stock for free, and she doesn't have a single move that wins neutral on its own. What she has is a very quick toolkit with almost no bad options: fast tilts, a frame 3 jumpsquat, aerials that auto-cancel or L-cancel into very little lag, a grab game that turns into tech chases on half the cast, and a projectile that you can charge and hold onto for the whole stock.

[b]Strengths[/b]
[list]
[*]Down throw into tech chase on fast fallers and Captain Falcon. This is your bread and butter and it will win you games.
[*]Forward tilt and forward air juggles, especially against floaty characters.
[*]Needles give you a real ranged option and a great edge-guarding tool.
[*]Very solid dash dance and a useful medium-length wavedash.
[/list]

[b]Weaknesses[/b]
[list]
[*]Her recovery is predictable. Vanish is slow and the chain does [i]not[/i] grab ledges in Melee, so you will get edge-guarded hard by good players.
[*]Killing can be awkward. Lots of your damage comes from small hits, and you need to convert into an up smash, a fresh back air, or an edge-guard to actually take the stock.
[*]She is a middle-weight who falls at a medium speed, which means she eats combos from Fox, Falco and Marth for a long time.
[/list]

[heading=2]2. Movement and core techniques[/heading]
If you are new to competitive Melee, the core tech set for Sheik is the same as for everyone, but here's what actually matters for her:

[list]
[*][b]L-cancel every aerial.[/b] Sheik's aerials are fast, but missing an L-cancel on a forward air or back air turns a safe poke into a free grab for your opponent.
[*][b]SHFFL[/b] (short hop, fast fall, L-cancel) forward air and neutral air. A short hopped forward air that you fast fall and L-cancel is one of your main approach and pressure tools.
[*][b]Wavedash.[/b] Sheik's wavedash is not Luigi-long, but it is useful for adjusting spacing, wavedashing out of shield, and wavedashing back into down tilt or forward tilt.
[*][b]Dash dance.[/b] Her dash dance is one of the best in the game. Most of your neutral is dash dancing just outside the opponent's range, waiting for them to commit.
[*][b]Shield drop.[/b] On Battlefield and Yoshi's Story, learn to shield drop through platforms. Shield dropping into forward air or needles punishes people who try to pressure you on platforms.
[*][b]Crouch cancel.[/b] At low percent, crouching under weak hits (Fox's neutral air and down air, some of Marth's weak hits at very low percent) and answering with down tilt is a big part of the character.
[/list]

Practice these until you don't have to think about them. The rest of the guide assumes you can SHFFL and L-cancel consistently.

=== post by NeedleStorm on 2014-03-10 ===
[heading=2]3. Neutral game[/heading]
Sheik's neutral is about controlling space and waiting. You almost never want to be the one running in blindly. Your job is to make the opponent's approaches bad and then punish the one they mess up.

[heading=3]Needles[/heading]
Charge needles whenever you have a free moment: after you knock someone far away, when they are recovering from high up, at the start of the game if they are not rushing you. A full charge is stored, and you can cancel the charge by shielding. Having a full set of needles changes how the opponent must play, because a full charge hurts and can stop a recovery.

In the air, needles are thrown right away (no charge). Short hop needles and then fast falling is a decent way to harass characters that want to approach from the ground, and it's great against Falco's lasers at the same height. Don't throw them randomly though. Every needle you throw at someone who's ready to shield is a free approach for them.

[heading=3]Forward air[/heading]
Sheik's forward air is fast and has a nice disjoint above her. Use it:
[list]
[*]Out of a dash dance when they jump toward you.
[*]Retreating (fade back, L-cancel) to wall out approaches.
[*]As a short hop poke on shields. Spaced well and L-canceled it's hard to punish, but if you hit deep into the shield Fox will shine you.
[/list]

[heading=3]Down tilt and forward tilt[/heading]
Down tilt is your best grounded poke at close range and it pops the opponent up into follow-ups. At low percent on most characters down tilt leads to a regrab, another down tilt, or a forward air. Forward tilt has more reach and is what you use to juggle and to stuff people who approach from slightly above you. Forward tilt can be repeated on a lot of characters at low and middle percents, especially floaties.

[heading=3]Grab[/heading]
Your grab is the goal of most of your neutral, because the throws lead to tech chases. Dash grabs and pivot grabs out of dash dance both work well. Jump-cancel grabbing (jump, then grab during the jumpsquat) lets you grab out of a run without sliding as far.

[img alt="Diagram of Sheik's neutral spacing: needles at long range, forward air and forward tilt at mid range, down tilt and grab up close"]https://example.org/img/sheik-spacing-zones.png[/img]

The diagram above is how I think about it: far away is needle territory, mid range is forward air and forward tilt, close range is down tilt and grab. Your dash dance is how you move between those zones without committing.

[heading=3]Out of shield[/heading]
Sheik has no shine or quick up-B out of shield, so your out of shield game is mostly grab (especially jump-cancel grab) and neutral air. If someone lands on your shield and doesn't L-cancel, grab them. If they are spacing well, wavedash out of shield backward and reset, or shield drop on platforms.

=== post by PlatformDrop on 2014-03-12 ===
[quote=NeedleStorm]Every needle you throw at someone who's ready to shield is a free approach for them.[/quote]
This is so true, I main Falco and Sheiks on netplay just spam needles at me all day and I walk in with shield and get a grab. What do you do against Fox though? He can reflect them with shine and he runs faster than you.

Also what's the best way to learn the tech chase timing, it feels impossible online.

=== post by NeedleStorm on 2014-03-13 | edited 2014-03-15 ===
[quote=PlatformDrop]What do you do against Fox though?[/quote]
Against Fox I barely throw needles in neutral. I keep them charged for edge-guarding and for when he's far away and has to come to me. Then you dash dance and wait for him to overcommit. Tech chase timing is a lot easier offline, netplay delay makes it harder, so don't beat yourself up over it. More on that below.

[heading=2]4. Punishes, tech chasing and combos[/heading]
This is where Sheik wins games. Every grab you get on a fast faller should be worth 30-50% and possibly a stock.

[heading=3]The down throw tech chase[/heading]
Down throw puts Fox, Falco and Captain Falcon on the ground near you at low to middle percent. From there they have four options: tech in place, tech toward, tech away, or miss the tech (and then get up / roll / get-up attack). Sheik's job is to react, not guess. Watch for the animation:
[list=1]
[*]Tech in place: just walk up or dash in and regrab.
[*]Tech away: dash after them and regrab, or wavedash and grab if you're late.
[*]Tech toward (behind you): turn around and regrab, or pivot grab.
[*]Missed tech: you have a lot of time. Regrab is fine, or go for down tilt / a bigger hit if you know they'll get up late.
[/list]

Every regrab repeats the tech chase. Around middle percent down throw stops putting them in tech range, and then you switch to down throw into forward air, or down throw into up smash if they miss a tech near the ledge. Remember they can DI the throw, so watch which way they go.

[heading=3]Forward air strings[/heading]
At middle percents, forward air pops most characters up just a little. Against fast fallers you can often chain two or three forward airs if you fast fall after each one and follow their DI. Good players will SDI the hits and try to escape, so don't autopilot: look at where they go after each hit.

[spoiler=Combo and follow-up list (rough percents, depends on DI)]
[list]
[*][b]Fox / Falco, 0-40%:[/b] down throw tech chase into regrab, repeat. On a missed tech, down tilt into regrab.
[*][b]Fox / Falco, 40-80%:[/b] down throw into forward air, forward air strings, down throw into up smash on a missed tech.
[*][b]Fox / Falco, high %:[/b] forward air or back air off stage, then edge-guard with needles.
[*][b]Captain Falcon, 0-60%:[/b] down throw tech chase works very well because he's heavy and falls fast. Finish with up smash or a fresh forward air into back air.
[*][b]Marth:[/b] forward tilt juggles at low %, down throw into forward air. Marth isn't tech-chasable the same way after a certain percent.
[*][b]Jigglypuff / Peach:[/b] forward tilt repeated, up tilt, forward air. Up smash or back air to kill, and check the top blast zone on the stage.
[/list]
[/spoiler]

[heading=3]Killing[/heading]
Your most reliable kill moves are up smash (out of a tech chase or a read), a fresh back air near the edge, and edge-guards. Forward smash is okay but slow. Vanish can kill if the explosion hits, but if you miss you're wide open, so it's mostly a hard read. Keep your back air fresh for the kill, don't use it to poke all stock long.

Here is a set from my local last month where I tried to show the tech chase reactions; the second game on Final Destination is the cleanest example:

[media=youtube]nDl5kTqW3Zo[/media]

=== post by Mod_Hal on 2014-03-14 ===
Stickied. Good work NeedleStorm. Please keep questions on topic, and if you want to argue about tiers, there's a thread for that.

=== post by NeedleStorm on 2014-03-20 ===
[heading=2]5. Edge-guarding[/heading]
Sheik is one of the best edge-guarders in the game, and most of it comes from needles plus good ledge-hogging.

[heading=3]Against Fox and Falco[/heading]
Fox and Falco have two ways back: the fast side-B (Illusion / Phantasm) or the charged up-B (Fire Fox / Fire Bird).
[list]
[*][b]Illusion/Phantasm at ledge height:[/b] stand at the edge and down tilt or forward tilt, or just be on the ledge so they hit the wall. Needles can also catch it.
[*][b]Up-B from below:[/b] during the charge they're a sitting duck. Throw needles, drop off with a back air or a forward air, or ledge-hog: grab the ledge right before the up-B would grab it, and they fall. Get invincibility by dropping off and grabbing the ledge again at the right time.
[*][b]Up-B to the stage:[/b] cover with a ledge-hop aerial or just wait on stage and punish the landing.
[/list]

[heading=3]Against Marth[/heading]
Marth's up-B is quick and grabs the ledge from below. Ledge-hog him if he is low enough, and if he's high, hit him with a back air before he has to up-B. Don't go too deep; Marth's down air spike punishes greedy edge-guards.

[heading=3]Against Falcon[/heading]
Falcon's recovery is very bad. A ledge-hog or a back air as he's drifting in takes most stocks. Be careful of his down-B being used as a stall and his up-B grab if you're standing near the edge.

[heading=3]Against Puff and Peach[/heading]
These are harder. They have lots of options and can stall offstage. Don't chase too far. Stay near the ledge with needles charged, make them use their jumps, and go for the kill with back air when they're low on options. Against Peach watch her float; against Puff watch for Pound.

[heading=2]6. Recovery[/heading]
Sheik's recovery is her biggest weakness, so mix it up. Your tools:
[list]
[*][b]Jumps and drift.[/b] Save your double jump as long as you safely can.
[*][b]Vanish (up-B).[/b] You can aim it at the ledge, onto the stage, or high onto a platform. The startup and the explosion both hit, and the end has a lot of lag, so landing on stage right next to someone is risky.
[*][b]Needles.[/b] Throwing needles while recovering can stop a greedy edge-guarder or make them shield.
[*][b]Chain (side-B).[/b] It does not tether to the ledge in Melee. It can stall for a split second and hit someone, but don't count on it.
[/list]

Mixups: go high sometimes and low other times, aim Vanish at the ledge sometimes and onto the stage other times, and ledge-snap from below when the opponent is standing on stage waiting for you high. If Fox is on the ledge, vanishing onto the stage is usually safer than trying to grab the ledge.

=== post by WavelandWanda on 2014-03-26 ===
[quote=NeedleStorm]Forward smash is okay but slow.[/quote]
I have to disagree a bit here. Forward smash is slow, sure, but it's very strong at the ledge on fast fallers and it's a great option on a read against a missed tech. Watch how Mew2King uses it near the ledge. It's not as reliable as up smash but it has a place.

Also I don't agree that you should never go deep against Marth. If he burns his double jump, a back air offstage is very good.

=== post by NeedleStorm on 2014-04-02 ===
[quote=WavelandWanda]I have to disagree a bit here.[/quote]
Fair point, I probably undersold forward smash. I'll leave the guide as is but add: forward smash is a good option on a missed tech near the edge, or as a read. I still wouldn't use it in neutral. And yes, against a Marth without his double jump, going deep is fine. My warning was for when he still has his jump.

[heading=2]7. Matchups[/heading]
Short version of each. I might expand these later.

[list]
[*][b]Fox:[/b] Roughly even, maybe slightly in Fox's favor. He wants to get you with up throw into up air and to shine through your neutral. You want grabs, because each grab is a tech chase. Crouch cancel his neutral air at low percent. Edge-guard him hard, he dies to needles and ledge-hogs.
[*][b]Falco:[/b] Lasers are annoying. Shield or crouch them, use your dash dance and wait for him to approach. Down throw tech chase works great. Watch for his down air spike when you recover low.
[*][b]Marth:[/b] He out-ranges you. Don't fight his forward air and forward smash head on. Play around the tip of his sword, dash dance, and punish his landings. His up-B is good but you can ledge-hog it when he's low.
[*][b]Sheik (ditto):[/b] Needles, down tilt, forward air. Whoever wins the grab war usually wins. Tech chasing works on Sheik too but less than on spacies.
[*][b]Jigglypuff:[/b] Patience. Don't jump at her, she wins that. Forward tilt her landing, use needles to make her come to you, and grab her when she lands close to you. Rest punishes: up smash.
[*][b]Peach:[/b] Her down smash beats your shield pressure and her float is tricky. Forward tilt and up tilt juggles, down throw into forward air, and don't shield too much.
[*][b]Captain Falcon:[/b] Good for Sheik. He's heavy and falls fast, so your tech chase and edge-guards are great. Avoid his knee and his up air juggles.
[*][b]Ice Climbers:[/b] Avoid getting grabbed at all costs, because a grab can be a stock. Separate them with needles and forward air, then kill the one that's alone.
[/list]

=== post by TechChaseTim on 2014-09-03 ===
[quote=NeedleStorm]Sheik's job is to react, not guess.[/quote]
I've been practicing this for a month (started Sheik in August) and I still can't react. I just guess and get punished by tech away. Any tips? Also what stages should I pick? Sorry if this was answered, I searched first.

=== post by NeedleStorm on 2014-09-05 ===
[quote=TechChaseTim]I just guess and get punished by tech away.[/quote]
No worries, everyone starts by guessing. A few tips:
[list]
[*]Watch your opponent's character, not yours. Each character has a different look for tech in place vs. tech away.
[*]Practice with a friend or with a CPU on a level that techs randomly. It's boring but it works.
[*]Stand slightly behind where you think they'll land after the throw so you can react in either direction.
[*]If you can't react, cover tech away with a dash and tech in place with a quick regrab; those are the most common.
[/list]

[heading=2]8. Stage picks and strikes[/heading]
[list]
[*][b]Final Destination:[/b] Great for tech chasing and for Fox/Falco/Falcon. Nothing to escape to. Avoid against Marth.
[*][b]Battlefield:[/b] Fine in most matchups. Platforms help you escape juggles and let you shield drop.
[*][b]Yoshi's Story:[/b] Small, low ceiling. Good against floaties since up smash kills early, and against Falcon.
[*][b]Dream Land:[/b] Huge stage, floaties live forever. Usually strike this against Puff and Peach.
[*][b]Fountain of Dreams:[/b] The side platforms move up and down. Decent in most matchups; learn where the platforms are before you try to shield drop.
[*][b]Pokemon Stadium:[/b] Wide, with transformations that can change the matchup for a while. Playable, but spacies like the room to run.
[/list]

For strikes: against Fox, strike Dream Land and Pokemon Stadium if you're worried about his running. Against Puff, strike Dream Land. Against Marth, strike Final Destination. That should cover most of it. Thanks for reading, and keep the questions coming.
