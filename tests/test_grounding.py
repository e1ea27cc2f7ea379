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


LIST = ("Fox's jumpsquat is 3 frames. His shine hits on frame 1. "
        "Pound is slow, so don't use it much in neutral. Wavedash back out of shield when they cross up. "
        "Keep two jumps in reserve offstage.")


@pytest.mark.parametrize("answer, reason", [
    ("Fox's jumpsquat is 3 frames.", None),
    ("Fox's jumpsquat is 1 frame.", "said of something else"),  # the shine's number
    ("Offstage, keep two jumps in reserve.", None),
    ("Offstage, keep three jumps in reserve.", "number 3"),  # spelled out, and the jumpsquat's
    ("Pound is fast, so use it in neutral.", "says 'fast' where its passage says 'slow'"),
    ("Pound isn't fast, so don't use it much in neutral.", None),  # "not fast" says "slow"
    ("It is already out by frame 1.", None),  # the shine, as "it": not said of something else
])
def test_each_sentence_is_checked_against_its_own_window(answer, reason):
    verdict = grounding.verdict(pair(answer), LIST)
    assert (verdict is None) if reason is None else (reason in verdict), verdict


def test_words_every_passage_uses_do_not_count_as_support():
    corpus = grounding.Corpus([f"Fox should stay patient against opponent {i} and adapt." for i in range(9)] + [PASSAGE])
    generic = pair("Stay patient and adapt to the opponent, Fox.")
    assert grounding.verdict(generic, PASSAGE + " Stay patient, adapt to the opponent, Fox.", 0.5, None) is None
    assert "generic" in grounding.verdict(generic, PASSAGE + " Stay patient, adapt to the opponent, Fox.", 0.5, corpus)


GUIDE = ("Recovery\nFirefox goes in eight directions. On Battlefield, illusion to the ledge when you are high enough, "
         "because it is faster than firefox.\n\nPound\nPound does a lot of damage to shields. A Pound on a low shield "
         "can break it. It is also a recovery tool. Don't use it much in neutral; it's slow.")


@pytest.mark.parametrize("answer, reason", [
    # a short reply is read with the sentence after it, as a reader does
    ("No need. Illusion to the ledge instead on Battlefield; it's faster than firefox.", None),
    ("Not always. Firefox goes in eight directions, so mix the angle up.", None),
    # a count of the answer's own list is not a claim about the passage; a count that is wrong for it still is
    ("Two things about Pound:\n- it damages shields a lot\n- it breaks a low shield", None),
    ("Five things about Pound:\n- it damages shields a lot\n- it breaks a low shield", "number(s) 5"),
    ("Pound is good for three things: shield damage, breaking low shields, and recovery.", None),
    ("Pound is good for two things: shield damage, breaking low shields, and recovery.", "number(s) 2"),
    ("Firefox, illusion and Pound all recover; on Battlefield illusion is the faster of the three.", None),
])
def test_replies_list_counts_and_paragraphs_are_read_as_a_reader_would(answer, reason):
    verdict = grounding.verdict(pair(answer), GUIDE)
    assert (verdict is None) if reason is None else (reason in verdict), verdict


def test_a_sentence_whose_best_matches_miss_its_source_is_read_against_their_paragraph():
    """Rare words pick the window ("Pound" in every sentence), common ones carry the claim ("slow", "neutral")."""
    passage = ("Pound\nPound does a lot of damage to shields. A Pound on a low shield can break it. Pound is also a "
               "recovery tool. Don't use it much in neutral; it's slow.\n\nNeutral\nBack air is your best move.")
    corpus = grounding.Corpus([f"Be slow and patient in neutral, player {i}." for i in range(9)] + [passage])
    answer = pair("Pound breaks shields. Pound is slow, so don't lean on it in neutral.")
    assert grounding.verdict(answer, passage, 0.5, corpus) is None


FALCON = "Never chase Falcon offstage with shine spikes when he recovers high. Fox has one of the fastest dashes, a " \
         "3-frame jumpsquat and a frame 1 shine."


@pytest.mark.parametrize("answer, reason", [
    ("Chase Falcon offstage with shine spikes when he recovers high.", "says plainly what its passage negates"),
    # a sentence with a negation of its own keeps the passage's polarity somewhere
    ("Not when he recovers high: chase Falcon offstage with shine spikes only when he's low.", None),
    # each place a number is written is read on its own: this 1 sits where the passage has the 3
    ("Fox has a 1-frame jumpsquat, and his shine comes out on frame 1.", "the number 1 is said of something else"),
    ("Fox has a 3-frame jumpsquat, and his shine comes out on frame 1.", None),
])
def test_polarity_and_numbers_are_read_where_they_are_written(answer, reason):
    verdict = grounding.verdict(pair(answer), FALCON)
    assert (verdict is None) if reason is None else (reason in verdict), verdict
