"""Every prompt stage 04 sends the teacher: the rewrite that removes a mention of the source, and the judges of
outside entities and of faithfulness to the passage. Each ends where the model's answer begins."""
from __future__ import annotations

from meleelib.qa_format import ANSWER, QUESTION, pair_text

REWRITE = f"""Rewrite the question and answer below so that neither mentions a guide, a thread, an excerpt, an author \
or where the advice came from. Keep every piece of game advice. Reply with exactly two lines, "{QUESTION} ..." and \
"{ANSWER} ...".

Example
{pair_text("Which stages does the guide tell Falco to strike against Fox?",
           "The guide says to strike Pokemon Stadium and Fountain of Dreams, because the author finds Fox's recovery "
           "too strong there.")}
Rewritten
{pair_text("Which stages should Falco strike against Fox?",
           "Strike Pokemon Stadium and Fountain of Dreams: Fox's recovery is too strong there.")}

{pair_text("{question}", "{answer}")}
Rewritten"""

OUTSIDE_ENTITIES = f"""You review question-and-answer pairs about {{character}} in Super Smash Bros. Melee (GameCube).
Does the pair mention anything from outside the game itself, such as real players, tournaments, guide writers, \
forum members or websites?
Reply with one word: fail if it does, pass if it does not.

{pair_text("{question}", "{answer}")}
Verdict:"""

FAITHFUL = f"""Passage about {{character}} in Super Smash Bros. Melee:
\"\"\"
{{passage}}
\"\"\"

Check the answer below against the passage. Take each claim it makes (a move, a number, a when, a do or a don't) and \
look for it in the passage. A claim the passage contradicts, or never makes, is unsupported, even if it is true of \
the game.
First write one or two short sentences naming any unsupported claim. Then, alone on the last line, write one \
word: pass if every claim is supported, fail if any is not.

{pair_text("{question}", "{answer}")}
Your reason, then Verdict:"""
