id: 4204
title: Puff just walls me out with back air, how do I get in as Sheik?
prefix: Question
starter: NeutralB
forum: sheik

=== post by NeutralB on 2014-10-12 ===
There's a Jigglypuff at my local who I can't beat. Every time I dash in she does a rising back air, drifts away, and does it again. If I jump at her I get hit, if I shield she just floats around. I end up throwing needles for the whole match and losing on time. How are you supposed to get in?

=== post by NeedleStorm on 2014-10-12 ===
Short answer: you mostly don't get in, you let her come to you. Dash dance just outside her back air range so she whiffs it, then punish where she lands with forward tilt or a grab. Needles are fine, but throw them when she's committed to a direction, not when she's waiting for them. Don't jump at her from below, ever.

=== post by PoundForPound on 2014-10-13 ===
Puff main here, so take this as what I hate to see :) A Sheik who stays grounded, doesn't chase, and forward tilts my landing. Puff has very few good options once she lands right next to you, so a grab or a forward tilt on her landing is huge.

=== post by NeutralB on 2014-10-15 ===
[quote=NeedleStorm]Dash dance just outside her back air range so she whiffs it[/quote]
Played her again last night and just stopped approaching. Won one game out of three, which is one more than usual. Thanks!
