import json
import warnings
from textwrap import dedent

import pytest

from meleelib.generate.parse import Parsed, parse_pairs


def t(text: str) -> str:
    """A raw response written indented in this file."""
    return dedent(text).strip("\n")


def pairs(*qa):
    return [{"question": q, "answer": a} for q, a in qa]


SHINE = ("What does Fox's shine do on frame 1?", "It comes out on frame 1 and is invincible on that frame, "
         "so it beats anything that has not already hit him.")
WAVEDASH = ("How do you wavedash?", "Jump, then air-dodge diagonally into the ground before you leave jumpsquat.")
LCANCEL = ("What is an L-cancel?", "Pressing L, R or Z up to 7 frames before an aerial lands halves its landing lag.")

# (raw, finish_reason, expected pairs, dropped_truncated)
EXACT = [
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        Q: {WAVEDASH[0]}
        A: {WAVEDASH[1]}
        """), None, pairs(SHINE, WAVEDASH), 0, id="q-a-blank-lines"),
    pytest.param(f"Q: {SHINE[0]}\nA: {SHINE[1]}\nQ: {LCANCEL[0]}\nA: {LCANCEL[1]}", "stop",
                 pairs(SHINE, LCANCEL), 0, id="q-a-no-blank-lines"),
    pytest.param(t("""
        Question: Why do Falco players laser from a short hop?
        Answer: A short-hopped laser hits low enough to stop most ground approaches and leaves Falco free to act sooner.

        Question: Which stage do Falco mains usually ban against Jigglypuff?
        Answer: Dream Land, because its high ceiling and wide blast zones let Puff live for a very long time.
        """), None, pairs(
        ("Why do Falco players laser from a short hop?",
         "A short-hopped laser hits low enough to stop most ground approaches and leaves Falco free to act sooner."),
        ("Which stage do Falco mains usually ban against Jigglypuff?",
         "Dream Land, because its high ceiling and wide blast zones let Puff live for a very long time.")),
        0, id="question-answer-labels"),
    pytest.param(t("""
        Q1: What is Marth's tipper?
        A1: The tip of Falchion, which deals more damage and knockback than the rest of the blade.
        Q2: When should Marth use down-tilt?
        A2: As a fast, low poke when the opponent is standing just outside grab range.
        """), None, pairs(
        ("What is Marth's tipper?", "The tip of Falchion, which deals more damage and knockback than the rest of the blade."),
        ("When should Marth use down-tilt?", "As a fast, low poke when the opponent is standing just outside grab range.")),
        0, id="q1-a1"),
    pytest.param(t("""
        Question 1: What is a tech chase?
        Answer 1: Reading which way your opponent will tech or roll after a knockdown and covering it.

        Question 2: Which character is best known for tech chasing?
        Answer 2: Sheik, because her down-throw leads into regrabs at low percent.
        """), None, pairs(
        ("What is a tech chase?", "Reading which way your opponent will tech or roll after a knockdown and covering it."),
        ("Which character is best known for tech chasing?", "Sheik, because her down-throw leads into regrabs at low percent.")),
        0, id="question-n"),
    pytest.param(t("""
        1. Q: How does Captain Falcon recover from far away?
           A: He uses his double jump, then Falcon Dive, and can wall-jump when the stage allows it.
        2. Q: Why is Falcon's knee so strong?
           A: The sweet spot at the start of the kick is a powerful horizontal finisher.
        """), None, pairs(
        ("How does Captain Falcon recover from far away?",
         "He uses his double jump, then Falcon Dive, and can wall-jump when the stage allows it."),
        ("Why is Falcon's knee so strong?", "The sweet spot at the start of the kick is a powerful horizontal finisher.")),
        0, id="numbered-items"),
    pytest.param(t("""
        **Q:** What does Peach's float let her do?
        **A:** Hover at any height and throw out aerials without landing, so her attacks have almost no lag.

        **Q:** What is a turnip?
        **A:** An item Peach pulls from the ground with down-B; she can throw it at different angles.
        """), None, pairs(
        ("What does Peach's float let her do?",
         "Hover at any height and throw out aerials without landing, so her attacks have almost no lag."),
        ("What is a turnip?", "An item Peach pulls from the ground with down-B; she can throw it at different angles.")),
        0, id="bold-q"),
    pytest.param(t("""
        **Question:** How do Ice Climbers punish a grab?
        **Answer:** They chain-grab with desynced throws, often into a wobble or a handoff.
        """), None, pairs(("How do Ice Climbers punish a grab?",
                           "They chain-grab with desynced throws, often into a wobble or a handoff.")),
        0, id="bold-question"),
    pytest.param(t("""
        **Q1.** What is Sheik's needle storm used for?
        **A1.** Poking at a distance and covering the ledge when an opponent is recovering low.

        **Q2. Why do Sheik players like Pokemon Stadium?**
        Its flat main platform suits her tech chases, and the transformations rarely hurt her.
        """), None, pairs(
        ("What is Sheik's needle storm used for?", "Poking at a distance and covering the ledge when an opponent is recovering low."),
        ("Why do Sheik players like Pokemon Stadium?",
         "Its flat main platform suits her tech chases, and the transformations rarely hurt her.")),
        0, id="bold-q1-dot-and-unlabelled-answer"),
    pytest.param(t("""
        ### Question 1
        How should Fox edge-guard a Marth recovering low?

        ### Answer
        Stand at the ledge and drop down with a back air, or grab the ledge so his up-B has nothing to catch.

        ### Question 2
        Where does Fox want to fight on Battlefield?

        Under the side platforms, where he can waveland and shine through them.
        """), None, pairs(
        ("How should Fox edge-guard a Marth recovering low?",
         "Stand at the ledge and drop down with a back air, or grab the ledge so his up-B has nothing to catch."),
        ("Where does Fox want to fight on Battlefield?", "Under the side platforms, where he can waveland and shine through them.")),
        0, id="markdown-headings"),
    pytest.param(t("""
        Sure! Here are some questions about Jigglypuff:

        ## Q1: What is Rest?
        **Answer:**
        Jigglypuff's down-B. It kills very early if the hitbox connects, but leaves her asleep if it misses.

        ## Q2: How does Puff approach Fox?
        **Answer:**
        With wall-of-pain back airs, drifting in and out so Fox cannot shine her.

        Let me know if you want more Jigglypuff questions!
        """), "stop", pairs(
        ("What is Rest?", "Jigglypuff's down-B. It kills very early if the hitbox connects, but leaves her asleep if it misses."),
        ("How does Puff approach Fox?", "With wall-of-pain back airs, drifting in and out so Fox cannot shine her.")),
        0, id="heading-with-text-preamble-and-closing"),
    pytest.param(t(f"""
        Here are the pairs in the requested format:

        ```json
        {{"pairs": [
          {{"question": "{SHINE[0]}", "answer": "{SHINE[1]}"}},
          {{"question": "{LCANCEL[0]}", "answer": "{LCANCEL[1]}"}}
        ]}}
        ```

        I hope these help!
        """), "stop", pairs(SHINE, LCANCEL), 0, id="json-object-fenced-with-prose"),
    pytest.param(json.dumps([{"question": WAVEDASH[0], "answer": WAVEDASH[1]},
                             {"Question": " Is Final Destination a good counterpick for Ice Climbers? ",
                              "Answer": "Yes: the flat stage gives them room to chain-grab and nowhere for the opponent to hide."},
                             {"question": "What about Yoshi's Story?", "answer": ""}], indent=2), None, pairs(
        WAVEDASH, ("Is Final Destination a good counterpick for Ice Climbers?",
                   "Yes: the flat stage gives them room to chain-grab and nowhere for the opponent to hide.")),
        0, id="json-bare-array-capital-keys-empty-answer"),
    pytest.param('{"pairs": [{"question": "How do you multishine?", "answer": "Shine, jump-cancel it on frame 4,\n'
                 'then shine again before leaving the ground."}]}', None, pairs(
        ("How do you multishine?", "Shine, jump-cancel it on frame 4,\nthen shine again before leaving the ground.")),
        0, id="json-raw-newline-in-string"),
    pytest.param(t("""
        Sure! Here are some questions and answers based on the excerpt about Falco.

        Q: What is a pillar combo?
        A: Repeated down airs into shines against a fast faller, moving down like a pillar.

        Let me know if you need more!
        """), "stop", pairs(("What is a pillar combo?",
                             "Repeated down airs into shines against a fast faller, moving down like a pillar.")),
        0, id="preamble-and-closing-remark"),
    pytest.param(t("""
        Q: Should Marth chaingrab Fox on Final Destination?
        A: Yes, up-throw regrabs work until mid percents on a flat stage.
        I hope these questions help you study Marth!
        """), None, pairs(("Should Marth chaingrab Fox on Final Destination?",
                           "Yes, up-throw regrabs work until mid percents on a flat stage.")),
        0, id="closing-remark-without-blank-line"),
    pytest.param(t("""
        Q: How does Fox shine off the ledge to edge-guard?
        A: There are a few common options.

        - Drop from the ledge and shine the opponent into the blast zone.
        - Stand at the edge and time the shine as they come up.

        Either way, the shine's knockback angle sends them nearly horizontal.

        Q: What do you do when Peach floats at the ledge?
        A: Take the ledge or wait with a grab.
        """), None, pairs(
        ("How does Fox shine off the ledge to edge-guard?",
         "There are a few common options.\n\n- Drop from the ledge and shine the opponent into the blast zone.\n"
         "- Stand at the edge and time the shine as they come up.\n\n"
         "Either way, the shine's knockback angle sends them nearly horizontal."),
        ("What do you do when Peach floats at the ledge?", "Take the ledge or wait with a grab.")),
        0, id="bullet-list-in-answer"),
    pytest.param(t("""
        1. Q: How do you practice wavedashing?
           A: Build it up in steps:
           1. Jump and air-dodge into the ground at a low angle.
           2. Question your timing with frame-by-frame training mode.
           3. Add it to your movement until it is automatic.
        2. Q: What is a waveland?
           A: An air-dodge into a platform that slides you along it.
        """), None, pairs(
        ("How do you practice wavedashing?",
         "Build it up in steps:\n   1. Jump and air-dodge into the ground at a low angle.\n"
         "   2. Question your timing with frame-by-frame training mode.\n"
         "   3. Add it to your movement until it is automatic."),
        ("What is a waveland?", "An air-dodge into a platform that slides you along it.")),
        0, id="numbered-list-in-answer"),
    pytest.param(f"Q: {SHINE[0]}\r\nA: {SHINE[1]}\r\n\r\nQ: {WAVEDASH[0]}\r\nA: first line\r\nsecond line\r\n", None,
                 pairs(SHINE, (WAVEDASH[0], "first line\nsecond line")), 0, id="windows-line-endings"),
    pytest.param(t(f"""
        Q: Why does Marth's forward smash tipper matter?
        A: Quick tip: the Q&A on most Marth streams says the same thing. Plan A: space it for a tipper.
        Plan B: fall back to a grab if they shield.
        A: If they crouch-cancel, the tipper still kills them.

        Q: {LCANCEL[0]}
        A: {LCANCEL[1]}
        """), None, pairs(
        ("Why does Marth's forward smash tipper matter?",
         "Quick tip: the Q&A on most Marth streams says the same thing. Plan A: space it for a tipper.\n"
         "Plan B: fall back to a grab if they shield.\nA: If they crouch-cancel, the tipper still kills them."),
        LCANCEL), 0, id="q-and-a-inside-answer-text"),
    pytest.param(t("""
        Q: Explain the Ice Climbers wobble
        A: Nana holds the grabbed opponent while Popo pummels and she hits them, looping until they are ready to kill.
        """), None, pairs(("Explain the Ice Climbers wobble",
                           "Nana holds the grabbed opponent while Popo pummels and she hits them, looping until they are "
                           "ready to kill.")), 0, id="question-without-question-mark"),
    pytest.param(t("""
        Q1: Best counterpick against Jigglypuff?
        A: Final Destination.
        Q 2. Why?
        Answer 2: There are no platforms for her to hide on.
        Question 3) And against Peach?
        A3) Battlefield, for its platforms.
        """), None, pairs(("Best counterpick against Jigglypuff?", "Final Destination."),
                          ("Why?", "There are no platforms for her to hide on."),
                          ("And against Peach?", "Battlefield, for its platforms.")), 0, id="mixed-numbering"),
    pytest.param("   Q  :   What is  a  shine spike?   \n  A :    Shining an offstage opponent so they go straight down.  \n\n",
                 None, pairs(("What is  a  shine spike?", "Shining an offstage opponent so they go straight down.")),
                 0, id="extra-spaces"),
    pytest.param(t("""
        Q: What is an L-cancel? A: Pressing a shield button just before landing an aerial to halve its landing lag.
        Q: What is Plan A: against Sheik for Falco? A: Lasers to force her to approach.
        q: does jigglypuff have a wavedash?
        a: yes, but a short one.
        """), None, pairs(
        ("What is an L-cancel?", "Pressing a shield button just before landing an aerial to halve its landing lag."),
        ("What is Plan A: against Sheik for Falco?", "Lasers to force her to approach."),
        ("does jigglypuff have a wavedash?", "yes, but a short one.")), 0, id="inline-answers-and-lowercase"),
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        ---

        Q: {WAVEDASH[0]}
        A: {WAVEDASH[1]}

        ***
        """), None, pairs(SHINE, WAVEDASH), 0, id="horizontal-rules"),
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        Q: {WAVEDASH[0]}
        A: {WAVEDASH[1]}

        Q: Why should Captain Falcon
        """), "length", pairs(SHINE, WAVEDASH), 1, id="truncated-mid-question"),
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        Q: {WAVEDASH[0]}
        A: Jump, then air-dodge diagonally
        """), "length", pairs(SHINE), 1, id="truncated-mid-answer"),
    pytest.param(f'```json\n{{"pairs": [{{"question": "{SHINE[0]}", "answer": "{SHINE[1]}"}}, '
                 f'{{"question": "{LCANCEL[0]}", "answer": "{LCANCEL[1]}"}}, '
                 '{"question": "What beats Peach\'s down-smash?", "answer": "Shielding {and then', "length",
                 pairs(SHINE, LCANCEL), 1, id="json-truncated"),
    pytest.param(json.dumps({"pairs": [{"question": SHINE[0], "answer": SHINE[1]}]}), "length", pairs(SHINE), 0,
                 id="json-complete-despite-length"),
    pytest.param(t("""
        Q:
        A: An answer with no question.

        Q: What is Sheik's best move against Fox?
        A:

        Q: What does Falco's down-air do to grounded opponents?
        A: It pops them up for a follow-up, often a shine or a jab.
        """), None, pairs(("What does Falco's down-air do to grounded opponents?",
                           "It pops them up for a follow-up, often a shine or a jab.")), 0, id="empty-pairs-dropped"),
    pytest.param(t(f"""
        Here are three questions about Fox:

        1. **{SHINE[0]}**
        {SHINE[1]}

        **2. {WAVEDASH[0]}**
        {WAVEDASH[1]}

        3. **{LCANCEL[0]}**
        {LCANCEL[1]}
        """), "stop", pairs(SHINE, WAVEDASH, LCANCEL), 0, id="numbered-bold-questions-no-label"),
    pytest.param(t(f"""
        1. **{SHINE[0]}**
        {SHINE[1]}

        2. **{WAVEDASH[0]}**
        Jump, then air-dodge diagonally into
        """), "length", pairs(SHINE), 1, id="numbered-bold-cut-finish-known"),
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        Q: {WAVEDASH[0]}
        A: Jump, then air-dodge diagonally into the
        """), None, pairs(SHINE), 1, id="cut-off-finish-unknown"),
    pytest.param(t(f"""
        Q: {SHINE[0]}
        A: {SHINE[1]}

        Q: {WAVEDASH[0]}
        A: Jump, then air-dodge diagonally into the
        """), "stop", pairs(SHINE, (WAVEDASH[0], "Jump, then air-dodge diagonally into the")), 0,
                 id="finish-stop-trusts-the-last-pair"),
    pytest.param(json.dumps({"pairs": [{"question": SHINE[0], "answer": SHINE[1], "evidence": " comes out on frame 1 "},
                                       {"question": LCANCEL[0], "answer": LCANCEL[1], "evidence": ""}]}), "stop",
                 [{**pairs(SHINE)[0], "evidence": "comes out on frame 1"}, pairs(LCANCEL)[0]], 0,
                 id="json-with-evidence"),
    # Layouts other synthetic-data tools' parsers accept (tags, tables), and looser labels.
    pytest.param(f"<pair>\n<question>{SHINE[0]}</question>\n<answer>{SHINE[1]}</answer>\n</pair>\n"
                 f"<pair><question>{LCANCEL[0]}</question><answer>{LCANCEL[1]}</answer></pair>", "stop",
                 pairs(SHINE, LCANCEL), 0, id="pair-tags"),
    pytest.param(f"<q>{SHINE[0]}</q> <a>{SHINE[1]}</a>\n<q>{LCANCEL[0]}</q> <a>{LCANCEL[1][:20]}", "length",
                 pairs(SHINE), 1, id="short-tags-last-unclosed"),
    pytest.param(f"Here you go:\n\n| # | Question | Answer |\n|---|:---|---|\n| 1 | {SHINE[0]} | {SHINE[1]} |\n"
                 f"| 2 | **{LCANCEL[0]}** | {LCANCEL[1]} |\n\nHope these help!", "stop", pairs(SHINE, LCANCEL), 0,
                 id="markdown-table"),
    pytest.param(f"Q1 - {SHINE[0]}\nA1 - {SHINE[1]}\n\nQ2 – {LCANCEL[0]}\nA2 – {LCANCEL[1]}", "stop",
                 pairs(SHINE, LCANCEL), 0, id="dash-labels"),
    pytest.param(f"```\n1. Question: {SHINE[0]}\nAnswer: {SHINE[1]}\n\n2. Question: {LCANCEL[0]}\n"
                 f"Answer: {LCANCEL[1]}\n```", "stop", pairs(SHINE, LCANCEL), 0, id="numbered-blocks-in-a-fence"),
]


@pytest.mark.parametrize("raw, finish_reason, expected, dropped", EXACT)
def test_exact_pairs(raw, finish_reason, expected, dropped):
    parsed = parse_pairs(raw, finish_reason)
    assert parsed == Parsed(expected, None, dropped)


FOXES = [(f"Fox question {i}: what is the frame {i} option?", f"Answer {i}: shine on frame {i}.") for i in range(1, 13)]

# (raw, finish_reason, count, first, last, dropped_truncated)
LONG = [
    pytest.param("Here are 12 questions about Fox.\n\n" + "\n\n".join(f"**Q{i}.** {q}\n**A{i}.** {a}"
                 for i, (q, a) in enumerate(FOXES, 1)) + "\n\nFeel free to ask for more!", None,
                 12, FOXES[0], FOXES[-1], 0, id="twelve-bold-pairs"),
    pytest.param("\n".join(f"{i}. Question: {q}\n   Answer: {a}" for i, (q, a) in enumerate(FOXES, 1)), "length",
                 11, FOXES[0], FOXES[-2], 1, id="twelve-numbered-truncated"),
    pytest.param("```json\n" + json.dumps({"pairs": [{"question": q, "answer": a} for q, a in FOXES]}, indent=2)
                 + "\n```", "stop", 12, FOXES[0], FOXES[-1], 0, id="twelve-json"),
]


@pytest.mark.parametrize("raw, finish_reason, count, first, last, dropped", LONG)
def test_long_responses(raw, finish_reason, count, first, last, dropped):
    parsed = parse_pairs(raw, finish_reason)
    assert len(parsed.pairs) == count
    assert parsed.pairs[0] == pairs(first)[0] and parsed.pairs[-1] == pairs(last)[0]
    assert parsed.refusal is None and parsed.dropped_truncated == dropped


@pytest.mark.parametrize("raw, reason", [
    ("I'm sorry, but I can't help with that.", "I'm sorry, but I can't help with that."),
    ("As an AI, I cannot reproduce copyrighted guides. Please try another excerpt.",
     "As an AI, I cannot reproduce copyrighted guides."),
    ("Sure. Unfortunately I’m unable to write questions from this excerpt, since it is only a list of tournament results.",
     "Unfortunately I’m unable to write questions from this excerpt, since it is only a list of tournament results."),
    ('{"error": "I cannot create pairs from this text"}', '{"error": "I cannot create pairs from this text"}'),
])
def test_refusals(raw, reason):
    assert parse_pairs(raw) == Parsed([], reason, 0)


@pytest.mark.parametrize("raw", [
    "",
    "Here are some questions about Peach:\n\n",
    "Q: Can Jigglypuff be shined out of Rest?\nA: I'm sorry to say you can't: she is asleep, so just punish her.",
])
def test_not_refusals(raw):
    assert parse_pairs(raw).refusal is None


# ------------------------------------------------------------------ self-instruct: jobs, yield watch, report
from meleelib.generate import self_instruct  # noqa: E402
from meleelib.teacher import jobs  # noqa: E402


def chunk(i, character):
    return {"chunk_id": f"c{i}", "character": character, "guide_id": "g", "url": "u", "post_ids": [1],
            "text": f"Text {i} about {character}."}


def test_pick_chunks_shares_the_sample_over_characters_and_is_seeded():
    chunks = [chunk(i, "Fox") for i in range(20)] + [chunk(100 + i, "Peach") for i in range(3)]
    picked = self_instruct.pick_chunks(chunks, 6, seed=1)
    assert [c["character"] for c in picked].count("Peach") == 3 and len(picked) == 6
    assert picked == self_instruct.pick_chunks(chunks, 6, seed=1) and picked != self_instruct.pick_chunks(chunks, 6, seed=2)
    assert self_instruct.pick_chunks(chunks, None, seed=1) == chunks


def test_jobs_carry_variant_and_provenance_and_fence_the_text():
    job, = self_instruct.jobs([chunk(1, "Marth")], seed=0, max_tokens=200, temperature=0.5, structured=True)
    assert job.params == {"max_tokens": 200, "temperature": 0.5, "response_format": self_instruct.prompts.SCHEMA}
    assert job.meta["variant"] == self_instruct.prompts.draw_variant(0, "c1")  # seeded by the run's seed and the chunk
    assert job.meta["chunk_id"] == "c1" and job.meta["post_ids"] == [1]
    assert '"""\nText 1 about Marth.\n"""' in job.messages[1]["content"]


def test_variant_frequencies_follow_the_article():
    variants = [self_instruct.prompts.draw_variant(0, f"chunk-{i}") for i in range(6000)]
    assert sum(v.startswith("technical") for v in variants) / 6000 == pytest.approx(1 / 2, abs=0.03)
    for length in ("lengthy", "concise", "plain"):
        assert sum(v.endswith(length) for v in variants) / 6000 == pytest.approx(1 / 3, abs=0.03)


def result(i, text, finish="stop"):
    return jobs.Result(f"key{i}", {"chunk_id": f"c{i}", "character": "Fox", "variant": "general-plain",
                                      "guide_id": "g", "url": "u", "post_ids": []}, text, finish)


CHUNKS = {f"c{i}": "Fox can handle a laser by shielding. Waveshine: shine, then wavedash out of it, which also "
                   "works as shine out of shield." for i in range(10)}


def test_yield_watch_builds_pair_records_and_the_report():
    watch = self_instruct.YieldWatch("teacher-model", CHUNKS)
    assert watch(result(1, "Q: What is a waveshine?\nA: A shine cancelled into a wavedash.")) == 1
    assert watch(result(2, "I'm sorry, but I can't help with that.")) == 0
    pair = watch.pairs[0]
    assert pair["question"] == "What is a waveshine?" and pair["request_hash"] == "key1"
    assert pair["teacher_model"] == "teacher-model" and pair["chunk_id"] == "c1" and len(pair["pair_id"]) == 16
    row, = self_instruct.yield_report(watch.rows, {("Fox", "general-plain"): 3})
    assert row == {"character": "Fox", "variant": "general-plain", "chunks": 3, "responses": 2, "pairs": 1,
                   "usable": 1, "refusals": 1, "truncated": 0}


def test_the_early_warning_counts_usable_pairs_not_parsed_ones():
    """Eight responses that each parse into a pair, every one a question answered by itself or a copy: no pair is
    usable, and the warning fires although every response parsed."""
    watch = self_instruct.YieldWatch("m", CHUNKS, warn_after=8)
    with pytest.warns(UserWarning, match=r"(?s)LOW YIELD: the first 8 responses gave 1.00 pairs each, 0.12 of them "
                                         r"usable.*sanity 6, exact duplicates 1"):
        watch(result(0, "Q: How does Fox waveshine?\nA: Shine, then wavedash out of it."))
        watch(result(1, "Q: How does Fox waveshine?\nA: Shine, then wavedash out of it."))
        for i in range(2, 8):
            watch(result(i, "Q: How do you handle the laser?\nA: [Q: How do you handle the laser?]"))
    rows = self_instruct.yield_report(watch.rows, {("Fox", "general-plain"): 8})
    assert (rows[0]["pairs"], rows[0]["usable"]) == (8, 1)


def test_no_warning_when_the_pairs_are_usable():
    watch = self_instruct.YieldWatch("m", CHUNKS, warn_after=3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for i, answer in enumerate(["Shine, then wavedash out of it.", "Shielding handles a laser.",
                                    "Shine out of shield, then wavedash out of it."]):
            watch(result(i, f"Q: What should Fox do here, case {i}?\nA: {answer}"))
    assert sum(r["usable"] for r in watch.rows) == 3


def test_a_run_producing_nothing_warns_loudly_with_a_raw_response():
    watch = self_instruct.YieldWatch("m", CHUNKS, warn_after=5)
    with pytest.warns(UserWarning, match="(?s)LOW YIELD.*Lorem ipsum"):
        for i in range(5):
            watch(result(i, "Lorem ipsum, no pairs at all."))
