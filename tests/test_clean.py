
import pytest

from meleelib import teacher
from meleelib.clean import checks, funnel, stage
from tests.helpers import pair


@pytest.mark.parametrize("question, answer, reason", [
    ("How does Fox waveshine out of shield?", "Shine out of shield, then wavedash to keep pressure.", None),
    ("What should Fox do after a blocked aerial?", "", "empty answer"),
    ("Fox?", "Shine.", "length outside"),
    ("Fox edge-guards with down-air here.", "Yes, and he should also use bair.", "not a question"),
    ("How should Fox recover from below?", "Firefox to the ledge, angled low, and then", "cut off"),
    ("Why shine?", "Why shine?", "repeats the question"),
    ("How should Fox beat Ice Climbers?", "Can you separate Nana yet? Which stage would you pick?", "asks questions"),
    ("Why does Fox shine out of shield?", "Why shine? It comes out on frame 1, before their aerial.", None),
    ("How should Fox recover from below?", "Firefox to the ledge, angled low, and then up", "cut off"),
    ("What does Fox do here?", "[insert answer here]", "placeholder"),
])
def test_sanity(question, answer, reason):
    verdict = checks.sanity(pair(1, question, answer, finish_reason="length"))
    assert (verdict is None) if reason is None else (reason in verdict)


@pytest.mark.parametrize("text, named", [
    ("How does Puff rest after up-throw?", True), ("Can the ICs wobble Fox?", True),
    ("When should C. Falcon knee?", True), ("Why does Nana desync?", True),
    ("How do you tech chase?", False), ("Is the piccolo icy?", False),
])
def test_character_relevance_counts_aliases(text, named):
    assert checks.names_character(pair(1, text, "Because of the timing."), ["Jigglypuff", "Ice Climbers",
                                                                           "Captain Falcon", "Fox"]) is named


@pytest.mark.parametrize("question, answer, flagged", [
    ("What does the guide recommend against Peach?", "Stay patient.", True),
    ("Which stage should Falco pick?", "According to the author, Dream Land.", True),
    ("How does Marth space?", "The OP says to tipper forward smash at max range.", True),
    ("How does Fox recover?", "This thread suggests a low firefox.", True),
    ("What is the text about?", "The text is about Ice Climbers.", True),
    ("What should Sheik use as a guide-post on Yoshi's Story?", "The shy guy on the left platform.", False),
    ("How does Peach float cancel?", "Float just above the stage, then cancel with a down-air.", False),
    ("When should Falco laser?", "Adjust according to the percent: low lasers early, full hops late.", False),
    ("How should Falco use lasers?", "As the Falco main who wrote this puts it, lasers make them move first.", True),
    ("Can Puff Rest out of shield?", "Yes, it's in the Rest spoiler: jump out of shield and Rest.", True),
    ("How does Peach pressure?", "Her neutral update lists float-cancelled dair first.", True),
])
def test_guide_mention_detector(question, answer, flagged):
    assert checks.mentions_guide(pair(1, question, answer)) is flagged


@pytest.mark.parametrize("text, verdict", [
    ("pass", "pass"), ("Pass", "pass"), ("FAIL.", "fail"), ("pass - no outside names", "pass"),
    ("Verdict: **Fail**", "fail"), ("  failed", "fail"), ("I think it passes.", "pass"),
    ("maybe", None), ("", None), (None, None), ("pass or fail, hard to say", None),
])
def test_lenient_verdicts(text, verdict):
    assert checks.parse_verdict(text) == verdict


def test_outside_names_are_proper_nouns():
    assert checks.outside_name(pair(1, "How did Mango beat Fox?", "With lasers."), ["Mango"]) == "Mango"
    assert checks.outside_name(pair(1, "What is a mango?", "A fruit."), ["Mango"]) is None


def test_empty_input_or_nothing_left_stops_with_the_funnel(tmp_path):
    with pytest.raises(funnel.CleanError, match="'input' step"):
        funnel.Funnel([]).check()
    f = funnel.Funnel([pair(1, "Fox?", "x")])
    f.apply("sanity", {"p001": "too short"})
    with pytest.raises(funnel.CleanError, match=r"(?s)'sanity' step.*input +1 -> 1.*sanity +1 -> 0.*min_chars"):
        f.check()


RAW = [pair(1, "What does the guide say about Fox's shine?", "It says shine is frame 1 and beats grabs."),
       pair(2, "How did Mango edge-guard Fox?", "With a back-air below the ledge.", chunk="c2"),
       pair(3, "How should Fox punish a missed tech?", "Read the roll and up-smash.", chunk="c2"),
       pair(4, "How should Fox punish a missed tech?", "Read the roll and up-smash.", chunk="c3"),
       pair(5, "How does Marth chain grab Fox?", "Down-throw, then regrab as Fox lands.", character="Marth", chunk="m1"),
       pair(6, "What does the guide say about Fox's example?", "The guide says this is an example of shine.", chunk="c1"),
       pair(7, "How does Fox recover from low?", "Firefox at a 45 degree angle to the ledge.", chunk="c2")]
PASSAGES = {"c1": "Fox's shine is frame 1, so it beats grabs and is the example every guide gives.",
            "c2": "After a missed tech, read the roll and up-smash. Mango edge-guarded with a back-air below the "
                  "ledge. Firefox to the ledge at an angle.",
            "c3": "After a missed tech, read the roll and up-smash.",
            "m1": "Marth's chain grab on Fox: down-throw, then regrab as Fox lands."}


@pytest.mark.parametrize("fake", [dict(fail_first=2, fail_status=429, retry_after="0.05")], indirect=True)
def test_funnel_with_judges_under_429s_and_a_rerun_pays_for_nothing(fake, tmp_path):
    def run():
        t = teacher.Teacher(teacher.Settings(base_url=fake.url, model="teacher-model",
                                             price_per_million={"input": 1, "output": 1}), tmp_path / "teacher.sqlite")
        return funnel.clean(RAW, ["Fox", "Marth"], t, passages=PASSAGES, outside_names=["Mango"])
    result, stats = run()
    steps = {r["pair_id"]: r["rejected_step"] for r in result.rejected}
    reasons = {r["pair_id"]: r["rejected_reason"] for r in result.rejected}
    assert steps["p002"] == "outside entities" and steps["p004"] == "exact duplicates"
    assert steps["p007"] == "grounding" and "45" in reasons["p007"]  # a number its chunk does not hold
    # a faithful rewrite is kept; one that copies the prompt's example (the fake teacher does, asked about one) is not
    rewritten = next(p for p in result.pairs if p["pair_id"] == "p001")
    assert "guide" not in rewritten["question"].lower() and rewritten["original"]["question"] == RAW[0]["question"]
    assert steps["p006"] == "guide mentions" and reasons["p006"].startswith("the rewrite drifted from the pair")
    assert all(p["judge_verdicts"]["outside_entities"].lower().startswith("pass") for p in result.pairs)
    # judges come before de-duplication, and the two identical pairs ask the judge the same: one request
    assert stats["judge"]["sent"] == 3 and stats["judge"]["cache_hits"] == 1 and stats["rewrites"]["sent"] == 2
    answered = sum(fake.answered.values())
    again, stats2 = run()
    assert sum(fake.answered.values()) == answered and stats2["judge"]["cache_hits"] == 4
    assert [p["pair_id"] for p in again.pairs] == [p["pair_id"] for p in result.pairs]


def test_rewrites_and_judging_share_one_cap(fake, tmp_path):
    """Stage 04 asks the teacher twice (rewrites, then the judge): one budget covers both."""
    def teacher_with(cap, folder):
        settings = teacher.Settings(base_url=fake.url, model="teacher-model", stage="clean", max_usd=cap,
                                    price_per_million={"input": 1, "output": 1})
        return teacher.Teacher(settings, folder / "teacher.sqlite")
    pairs = [pair(i, f"What does the guide say about Fox's option number {i}?", f"It says to use option {i}.")
             for i in range(6)] + [pair(10 + i, f"How should Fox punish option {i}?", f"Up-smash after option {i}.")
                                   for i in range(6)]
    passages = {"c1": "Fox: " + " ".join(f"Use option {i}, and up-smash after option {i}." for i in range(6))}
    full = teacher_with(None, tmp_path / "free")
    funnel.clean(pairs, ["Fox"], full, passages=passages)
    cost = full.budget.spent
    assert cost > 0
    t = teacher_with(cost / 2, tmp_path / "capped")
    result, stats = funnel.clean(pairs, ["Fox"], t, passages=passages, unparseable_verdict="pass")
    assert stats["rewrites"]["sent"] > 0  # the rewrites spent from the cap...
    assert t.budget.spent <= cost / 2 and stats["undone"]  # ...and the judge only what they left
    assert stats["budget"]["spent_usd"] == pytest.approx(t.budget.spent)
    reasons = {r["rejected_reason"] for r in result.rejected}
    assert reasons & {"not judged (budget)", "not rewritten (budget)"}


@pytest.mark.parametrize("rewrite, kept", [
    (("Which stages should Falco strike against Fox?",  # the rewrite prompt's own example, copied
      "Strike Pokemon Stadium and Fountain of Dreams: Fox's recovery is too strong there."), False),
    (("How should Marth space his forward smash against Fox?", "Tipper forward smash at max range."), True),
])
def test_a_rewrite_must_stay_the_same_pair(rewrite, kept):
    original = pair(1, "How should Marth space his forward smash against Fox, according to the guide?",
                    "The OP says to tipper forward smash at max range.")
    verdict = funnel.drift(original, {"question": rewrite[0], "answer": rewrite[1]})
    assert (verdict is None) if kept else verdict.startswith("the rewrite drifted from the pair")


def test_hand_written_pairs_name_their_post_and_get_its_text_as_passage(tmp_path):
    path = tmp_path / "pairs.yml"
    path.write_text("- {character: Fox, question: 'How does Fox shine?', answer: 'Press down-B.', post: 7}\n"
                    "- {character: Fox, question: 'Why waveshine?', answer: 'It keeps pressure.', post: [7, 8]}\n")
    guides = [{"guide_id": "g", "url": "u", "posts": [{"post_id": 7, "text": "Shine with down-B."},
                                                       {"post_id": 8, "text": "Waveshine keeps pressure."}]}]
    one, both = stage.curated_pairs(path, guides)
    assert one["post_ids"] == [7] and one["guide_id"] == "g" and both["post_ids"] == [7, 8]
    text = stage.passages([one, both], [{"chunk_id": "c9", "text": "a chunk"}], guides)
    assert text[one["chunk_id"]] == "Shine with down-B." and "Waveshine" in text[both["chunk_id"]]
    assert text["c9"] == "a chunk"
    path.write_text("- {character: Fox, question: 'How does Fox shine?', answer: 'Press down-B.'}\n")
    with pytest.raises(funnel.CleanError, match="need character, question, answer and post"):
        stage.curated_pairs(path, guides)


@pytest.mark.parametrize("answer, passage, name", [
    ("Regrab instead, the safer, Armada-style approach.", "Armada regrabs on tech chases.", None),
    ("Regrab instead, the safer, Armada-style approach.", "Regrab on tech chases.", "Armada-style"),
    ("Copy the Mango-Zain style of edge-guarding.", "Mango edge-guards low.", "Mango-Zain"),
    ("Up-B to the ledge, then L-cancel your first aerial.", "Recover low.", None),
    ("Drop your shield, then Up Smash out of a Wavedash.", "Shield drop into up-smash.", None),  # the game's words
    ("PewPewU's bair is the model here.", "Drop, bair.", "PewPewU"),  # a handle, even opening a sentence
    ("Dair drags them down.", "Drop, bair.", None),
])
def test_a_hyphenated_name_is_known_when_each_of_its_names_is(answer, passage, name):
    assert checks.unknown_name(pair(1, "How should Peach tech chase?", answer), passage, ["Peach"]) == name
