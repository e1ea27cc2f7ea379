"""Exact and near-duplicate pairs."""
from meleelib.clean import dedup
from tests.helpers import pair


def test_duplicates_keep_the_longest_answer():
    pairs = [pair(1, "How does Fox shine?", "Press down-B."),
             pair(2, "How does Fox shine?", "press down-B"),  # exact after normalising
             pair(3, "How does Fox shine out of shield and then waveshine?", "Press down-B out of shield, then jump and air dodge into the ground to waveshine."),
             pair(4, "How does Fox shine out of shield and then waveshine?", "Press down-B out of shield, then jump and air dodge into the ground to waveshine, every time."),
             pair(5, "How does Fox shine out of shield and then waveshine?", "Press down-B out of shield, then jump and air dodge into the ground to waveshine with Falco.",
                  character="Falco")]
    exact, near, clusters = dedup.duplicate_verdicts(pairs, threshold=0.7)
    assert set(exact) == {"p002"}
    assert near == {"p003": "near-duplicate of p004"}  # within Fox only: Falco's copy stays
    assert [p["pair_id"] for p in clusters[0]] == ["p004", "p003"]
