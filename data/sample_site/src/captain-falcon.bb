id: 4107
title: Show me your moves: the Captain Falcon handbook
prefix: Guide
starter: KneeOfJustice
forum: captain-falcon
sticky: yes

=== post by KneeOfJustice on 2014-03-02 | edited 2014-03-05 ===
Welcome to the Falcon handbook, or the C. Falcon handbook if you prefer. I have been maining Captain Falcon since the early days of the game, and I have played him in tournament for most of that time. The old guides on this board are from before people understood how important movement and tech chasing are for him, so here is a fresh one.

Falcon is the most exciting character in Melee to watch, and he is also one of the most honest. He has the fastest run in the game, great aerials, a strong grab game, and a knee that kills from nowhere. In exchange he is big, he falls fast, he gets combo'd by almost everyone, and his recovery is easy to edge-guard. You win as Falcon by controlling space with your movement, getting the first hit, and turning that hit into a stock. You lose by running in without a plan.

[heading=2]Index[/heading]
[list=1]
[*]Movement and basic tech (this post)
[*]Neutral game and approaches (second post)
[*]Punishes, combos and tech chasing (third post)
[*]Edge-guarding, recovery, matchups and stages (fourth post)
[/list]

[heading=2]Movement[/heading]
Falcon's movement is his neutral. Before you learn a single combo, learn to move.

[list]
[*][b]Dash dancing[/b]. Falcon's initial dash covers a lot of ground. Dash back and forth at the edge of your opponent's range, and wait for them to commit. Most of your neutral wins come from whiff punishing a move they threw out because you were dancing just outside of it.
[*][b]Wavedashing[/b]. Falcon's wavedash is medium length. Use it out of shield, to reposition without turning around, and to get to the ledge quickly.
[*][b]Running and run cancel[/b]. Once Falcon is running, he is committed. You can crouch to cancel a run, or shield, but learn to do short dash dances instead of full runs in neutral.
[*][b]Ledge dash[/b]. Drop from the ledge, double jump, and airdodge onto the stage. Falcon gets back on stage very fast with this. It takes practice, but it is worth it.
[/list]

[heading=2]Basic tech[/heading]
[list]
[*][b]L-cancel[/b] every aerial you land with. Falcon's knee and stomp have big landing lag; an L-cancel halves it. Missing L-cancels is how Falcons get shield grabbed.
[*][b]SHFFL[/b]: short hop, aerial, fast fall, L-cancel. Practice it with nair and uair, which are your most used aerials at short range.
[*][b]Shield drop[/b] on platforms to get down quickly with an aerial or to escape pressure.
[*][b]Crouch cancel[/b] light hits at low percent and punish with a grab or dtilt.
[/list]

=== post by NeutralB on 2014-03-03 ===
This is going to be great. Question before the rest: do you recommend L-cancelling with a trigger press or with Z? My hands hurt after long sessions.

=== post by KneeOfJustice on 2014-03-06 ===
[quote=NeutralB]do you recommend L-cancelling with a trigger press or with Z?[/quote]
Z works fine if you are not pressing it for grabs at the same time. Some people light-press the trigger so the click never hits. Whatever is comfortable; just make sure it is consistent.

Here is the neutral post.

[heading=2]Neutral game[/heading]
Falcon's neutral is a mix of movement, reads and punishing whiffs. He is not the best at pressuring shields, so he has to get hits by making people commit first.

[heading=3]Your tools[/heading]
[list]
[*][b]Nair[/b]. Two hits, covers him well, and is the most reliable approach aerial. SHFFL nair into jab, into grab, or into another nair on shield.
[*][b]Uair[/b]. Great for anti-air and combos. Falcon's uair starts up fast and has a good hitbox above him.
[*][b]Bair[/b]. Strong, decent range, great out of a turnaround. Good for walling and for edge-guarding.
[*][b]Knee (fair)[/b]. The sweetspot is a narrow window at the start of the move and a narrow hitbox at the knee. When it hits, it kills. When it misses, you get the sourspot, which does little. Use it in combos and on reads, not as a general approach.
[*][b]Stomp (dair)[/b]. A strong meteor. Off a platform or at the ledge it is a great kill move, and on stage it bounces people up into follow-ups.
[*][b]Grab[/b]. Dash grab is very fast and covers a lot of distance. Many of your hits start with grab.
[*][b]Dtilt[/b] and [b]ftilt[/b]. Good pokes; ftilt is great on people coming toward you.
[*][b]Jab[/b]. Jab, jab, jab without holding to avoid rapid jab is a good quick option. Rapid jab is very punishable; avoid it.
[/list]

[heading=3]How to approach[/heading]
Do not approach. Really. The best approach Falcon has is not approaching and baiting the opponent into a mistake. Dash dance at the edge of their range, run in and out, threaten a grab, and when they throw out a move, punish the end of it.

When you do have to go in, mix up between SHFFL nair, dash grab, running shield and wavedash back. If you always do the same thing, they will shield and punish. Avoid raptor boost (side-B) and Falcon kick (down-B) as approaches; they are very easy to punish on shield. A Falcon punch in neutral is a taunt. Use it only when your opponent is completely stuck, like at the end of a long combo when they are falling helplessly or far offstage.

[heading=3]Defense[/heading]
Falcon is combo food. Learn DI and SDI for every character's main combo starters. Keep your shield, but do not sit in it for long; Falcon's main out of shield options are wavedash, shield grab and a jump-cancelled nair. Shield grab is usually the best of those because his grab range is good.

=== post by Mod_Hal on 2014-03-07 ===
Pinned. Please use the Question prefix for help threads, and keep discussion here about the guide itself.

=== post by KneeOfJustice on 2014-03-11 ===
Update: punishes, combos and tech chasing. This is where the character actually lives.

[heading=2]Combos and punishes[/heading]
Falcon's combos are about reading DI. Every time you hit someone, check where they go and chase with the right aerial. You cannot memorise a single combo and expect it to work; you must react.

[list]
[*][b]Uair strings[/b] on fast fallers. Uair into uair into knee at low to mid percent, and into a stomp to bring them back down.
[*][b]Nair to grab[/b] or nair to uair on most of the cast at low percent.
[*][b]Stomp to knee[/b]. Stomp onstage bounces them up; short hop knee them as they rise. Also stomp at the ledge sends them down past the stage.
[*][b]Knee to stomp[/b] is a meme combo, but it happens when they DI poorly off a knee that sends them right under a platform.
[*][b]Up throw or down throw into uair or knee[/b]. On Fox and Falco at low percent, down throw often leads to a knee or an uair string depending on their DI.
[/list]

[heading=3]Tech chasing[/heading]
Falcon's down throw sends them low enough that at mid percent many characters land and must tech. This is where Falcon's speed shines: watch their tech, run to them, and regrab. A regrab repeats the whole situation. On spacies you can keep doing this across the stage until they make a bad choice, then punish with a knee, stomp or dash attack. Do not be greedy. A regrab is better than a whiffed smash.

Watch for four options: tech in place, tech toward, tech away, and no tech. Tech in place is often punished by regrab or dtilt. Tech away needs you to run further, so start moving as soon as they land. No tech can be punished with a jab reset or a grab on the getup.

[spoiler=Punish list by character]
[list]
[*][b]Fox / Falco[/b]: dthrow, react to tech, regrab; at low percent dthrow into uair strings into knee.
[*][b]Marth[/b]: uthrow into uair, knee at mid percent. Stomp near the ledge.
[*][b]Sheik[/b]: dthrow tech chase, knee on landing. Keep tech chasing until she is high enough to kill with a knee, and be patient.
[*][b]Jigglypuff[/b]: up air and nair juggles, knee on the way down. Do not overextend.
[*][b]Peach[/b]: uair to stomp, and punish her float-cancelled aerials with grab.
[*][b]Ice Climbers[/b]: separate and kill Nana with a knee, then focus Popo.
[/list]
[/spoiler]

[img alt="Diagram showing Falcon's down throw tech chase options: tech in place, tech toward, tech away and no tech, with the best follow-up for each"]https://example.org/falcon/dthrow-techchase.png[/img]

=== post by PoundForPound on 2014-03-13 ===
[quote=KneeOfJustice]Jigglypuff: up air and nair juggles, knee on the way down. Do not overextend.[/quote]
This undersells how bad that matchup is. Puff walls Falcon all day with bair, and one missed knee is a rest to the face. Hungrybox makes every Falcon look lost. Any tips beyond "don't overextend"?

=== post by KneeOfJustice on 2014-03-18 ===
[quote=PoundForPound]Any tips beyond "don't overextend"?[/quote]
You are right, it is a bad matchup. I expanded it in the matchups below. Here is the final post.

[heading=2]Edge-guarding[/heading]
Falcon's edge-guarding is simple but effective.

[list]
[*][b]Ledge-hog[/b]. Drop from the stage and grab the ledge before they do. Against Fox and Falco recovering low with up-B, hog the ledge and they are in trouble.
[*][b]Stomp[/b] off the ledge. Fall off the stage, stomp them, and double jump back. A good stomp kills almost anyone.
[*][b]Knee[/b] offstage on people recovering high or from far away.
[*][b]Bair[/b] from the ledge: drop, double jump bair, and grab the ledge back.
[/list]

[heading=2]Recovery[/heading]
Falcon's recovery is his biggest weakness. Falcon dive (up-B) goes fairly high and grabs the ledge, but is predictable. Mix up:

[list]
[*]Recover low and up-B to the ledge.
[*]Recover high and drift onto stage.
[*]Double jump late instead of early to avoid edge-guards.
[*]Up-B onto the stage instead of to the ledge when they are hogging.
[/list]
DI and SDI are the key to surviving. You cannot recover from a bad position if you have not DIed well.

[heading=2]Matchups[/heading]
[heading=3]Fox[/heading]
Fast, he combos you hard, and shine spikes are devastating. Keep away from the ledge, wall with nair, and punish his landings with uair and grab. Dthrow tech chase is strong here.

[heading=3]Falco[/heading]
Lasers stop your approach. Crouch, shield or jump over. Falco's pillars hit Falcon very hard. DI his dair properly. Falco falls fast and dies to your knee and stomp.

[heading=3]Marth[/heading]
Marth's range and chaingrabs make this hard. Avoid Final Destination. Dash dance out of his range and punish his whiffs with nair or grab.

[heading=3]Sheik[/heading]
Sheik's dthrow regrabs on Falcon hurt. Avoid getting grabbed; when you hit her, knee and stomp her offstage.

[heading=3]Jigglypuff[/heading]
Very hard. Puff's bair outranges most of what you have. Do not jump at her in the air, stay on the ground, punish her landings with grab or uair, and be very patient. Never throw out a laggy move when you are close to her. Pick Final Destination or Pokemon Stadium to limit her ability to drift around platforms.

[heading=3]Peach[/heading]
Good for Falcon. She is easy to combo, and you can punish her float-cancelled aerials with grab. Don't get hit by down smash.

[heading=3]Ice Climbers[/heading]
Hard. Their grabs will kill you. Separate them with knee, bair and stomps, and kill Nana first.

[heading=3]Falcon ditto[/heading]
Whoever gets the first hit usually wins. Be patient and punish the first mistake.

[heading=2]Stages[/heading]
[list]
[*][b]Battlefield[/b]: good for Falcon, platforms help your combos.
[*][b]Dream Land[/b]: good. High ceiling helps your survival; big blast zones mean you need knees to kill.
[*][b]Final Destination[/b]: good against Puff and Peach, bad against Marth and Sheik.
[*][b]Yoshi's Story[/b]: small, you die early. Strike against Fox.
[*][b]Fountain of Dreams[/b]: fine, platforms move.
[*][b]Pokemon Stadium[/b]: good for Falcon, big stage for movement.
[/list]

[media=youtube]kN3e0fJusT1[/media]

That is a recent set I played at a regional. Watch the tech chases and edge-guards.

=== post by CrouchCancel on 2014-03-21 ===
[quote=KneeOfJustice]A regrab is better than a whiffed smash.[/quote]
This finally clicked for me. I kept going for dash attack on every tech read and getting punished. Thanks a lot for the guide!
