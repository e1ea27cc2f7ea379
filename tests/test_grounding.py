import pytest

from meleelib.clean import grounding

PASSAGE = ("Fox's shine comes out on frame 1 and he leaves jumpsquat on frame 4, so shine out of shield beats "
           "unspaced aerials. Around eighty percent, waveshine combos stop working on Falco.")


def pair(answer, evidence=None):
    return {"question": "Why is Fox's shine out of shield strong?", "answer": answer,
            **({"evidence": evidence} if evidence is not None else {})}


@pytest.mark.parametrize("answer, evidence, reason", [
    ("The shine comes out on frame 1, so shine out of shield beats unspaced aerials.", None, None),
    ("Waveshine combos on Falco stop around 80 percent.", None, None),  # a number spelled out in the passage
    ("The shine comes out on frame 3, so shine out of shield beats unspaced aerials.", None, "number(s) 3"),
    ("Peach floats over the ledge and pulls a turnip before recovering.", None, "content words"),
    ("The shine comes out on frame 1 and beats unspaced aerials.", "Fox's shine comes out on frame 1", None),
    ("The shine comes out on frame 1 and beats unspaced aerials.", "Marth's tipper kills Fox early at the ledge",
     "evidence is not in its passage"),
    ("Shine out of shield beats unspaced aerials.", "Around eighty percent, waveshine combos stop working",
     "in its evidence"),
])
def test_grounding_verdicts(answer, evidence, reason):
    verdict = grounding.verdict(pair(answer, evidence), PASSAGE, 0.5)
    assert (verdict is None) if reason is None else (reason in verdict)


def test_the_threshold_is_honoured_and_checked():
    answer = pair("The shine beats unspaced aerials, and Marth should tipper Fox at the ledge.")
    assert grounding.verdict(answer, PASSAGE, 0.3) is None
    assert "under 90%" in grounding.verdict(answer, PASSAGE, 0.9)
    assert grounding.verdict(answer, None) == "its passage is unknown"
    with pytest.raises(ValueError, match="between 0 and 1"):
        grounding.verdict(answer, PASSAGE, 50)


def test_faithfulness_jobs_show_the_passage_and_skip_pairs_without_one():
    pairs = [{"pair_id": "p1", "chunk_id": "c1", "character": "Fox", **pair("Shine.")},
             {"pair_id": "p2", "chunk_id": "gone", "character": "Fox", **pair("Shine.")}]
    job, = grounding.judge_jobs(pairs, {"c1": PASSAGE}, max_tokens=8)
    assert PASSAGE in job.messages[0]["content"] and job.meta == {"pair_id": "p1"}
    assert job.messages[0]["content"].rstrip().endswith("Verdict:")
