from pathlib import Path

import pytest

from meleelib.clean import checks, grounding, labelled, stage
from meleelib.scrape.xenforo import parse_thread

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data/sample_site"
DEV = SAMPLE / "labelled_pairs_dev.yml"


def sample_guides() -> list[dict]:
    """Every post of the built sample forum, read from its pages as stage 01 reads them, shaped like guides."""
    posts = []
    for page in sorted((SAMPLE / "threads").rglob("*.html")):
        posts += [{"post_id": p.post_id, "text": p.text} for p in parse_thread(page.read_text(), page.as_uri()).posts]
    return [{"guide_id": "sample", "url": "", "character": "", "starter": "", "posts": posts}]


def test_the_hand_written_curated_pairs_pass_the_deterministic_checks():
    """The demo's 64 curated pairs are good: at most two may be rejected, each against the posts it names."""
    guides = sample_guides()
    pairs = stage.curated_pairs(SAMPLE / "curated_pairs.yml", guides)
    passages = stage.passages(pairs, [], guides)
    corpus = grounding.Corpus({post["text"] for post in guides[0]["posts"]})
    rejected = {}
    for p in pairs:
        why = (checks.sanity(p) or ("mentions the source" if checks.mentions_guide(p) else None)
               or grounding.verdict(p, passages.get(p["chunk_id"]), corpus=corpus)
               or checks.unknown_name(p, passages.get(p["chunk_id"]), [p["character"]]))
        if why:
            rejected[p["pair_id"]] = (p["question"], why)
    assert len(pairs) == 64 and len(rejected) <= 2, rejected


def test_the_dev_file_loads_with_its_passages():
    pairs, passages = labelled.load(DEV)
    assert len(pairs) == 324 and all(p["chunk_id"] in passages for p in pairs)
    assert {p["label"] for p in pairs} == {"good", "bad"} and "contradiction" in {p["kind"] for p in pairs}


def test_a_pair_whose_post_has_no_passage_is_named(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text("passages: {1: Shine.}\npairs:\n- {id: a, character: Fox, post: 2, kind: good, label: good, "
                    "question: 'Why shine?', answer: 'It is fast.'}\n")
    with pytest.raises(ValueError, match="post-2"):
        labelled.load(path)


def test_the_table_counts_per_kind_and_names_what_nothing_catches():
    pairs = [{"pair_id": str(i), "kind": k, "label": "good" if k == "good" else "bad"}
             for i, k in enumerate(["good", "good", "wrong_number", "wrong_number", "contradiction"])]
    flags = {"sanity": {"0": "cut", "1": None, "2": None, "3": None, "4": None},
             "grounding": {"0": None, "1": None, "2": "number", "3": None, "4": None},
             "faithfulness judge": {"3": "fail"}}
    t = labelled.table(pairs, flags)
    rows = {r["kind"]: r for r in t["kinds"]}
    assert rows["good"]["caught"] == "1/2" and rows["good"]["flagged by"] == "sanity 1"
    assert rows["wrong_number"]["caught"] == "1/2" and rows["wrong_number"]["with judges"] == "2/2"
    assert t["missed"] == ["contradiction"] and t["bad caught"] == "1/3" and t["false reject rate"] == 0.5
    judge = next(c for c in t["checks"] if c["check"] == "faithfulness judge")
    assert (judge["pairs"], judge["flagged bad"], judge["recall"], judge["precision"]) == (1, 1, 1.0, 1.0)
    card = labelled.markdown([{"file": "x.yml", "pairs": 5, **t}])
    assert "| wrong_number | bad | 1/2 | 50% | 2/2 | grounding 1, faithfulness judge 1 |" in card
    assert "Caught by no check: contradiction" in card


def test_the_deterministic_checks_on_the_dev_file_catch_most_bad_pairs_and_few_good_ones():
    result, reports = labelled.measure(DEV)
    assert reports == [] and result["recall"] >= 0.7 and result["false reject rate"] <= 0.05, result["kinds"]


def test_stage_04_reports_the_cost_of_every_request_it_sent(fake, tmp_path):
    """Rewrites, both judges and the labelled set's judging: the reported cost is what every request cost."""
    from meleelib import teacher
    from meleelib.clean import stage

    sent = []
    t = teacher.Teacher(teacher.Settings(base_url=fake.url, model="teacher-model", stage="clean",
                                         price_per_million={"input": 1, "output": 1}), tmp_path / "teacher.sqlite")
    run_jobs = t.run

    def counting(jobs, *args, **kwargs):
        report = run_jobs(jobs, *args, **kwargs)
        sent.extend(report.results)
        return report
    t.run = counting
    pairs = [{"pair_id": "p1", "chunk_id": "c1", "character": "Fox", "variant": "general-plain", "finish_reason": "stop",
              "question": "What does the guide say about Fox's shine?", "answer": "The guide says shine comes out on "
              "frame 1, so use it out of shield."},
             {"pair_id": "p2", "chunk_id": "c1", "character": "Fox", "variant": "general-plain", "finish_reason": "stop",
              "question": "How fast is Fox's jumpsquat?", "answer": "Fox leaves jumpsquat on frame 3."}]
    passages = {"c1": "Fox's shine comes out on frame 1, so use it out of shield. Fox leaves jumpsquat on frame 3."}
    result, stats, measured = stage.run(pairs, ["Fox"], t, passages=passages, labelled_sets=[DEV], root=ROOT,
                                        faithfulness_judge=True, unparseable_verdict="pass")
    kinds = {r.meta.get("pair_id") for r in sent}
    assert {"p1", "p2", "fox-01"} <= kinds and len(sent) > 2 * 84  # the labelled set was judged twice over
    assert stats["labelled_usd"] > 0 and stats["usd"] == pytest.approx(sum(r.usd for r in sent), abs=1e-6)
    assert measured[0]["judged"] == ["outside entities (judge)", "faithfulness judge"]
