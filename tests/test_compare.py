"""Stage 06's measurements on a tiny 4-bit model with a trained adapter, and its report."""
import json

import numpy as np
import pytest
from markupsafe import escape

from meleelib import qa_format
from meleelib.clean import dataset
from meleelib.evaluate import compare, report
from tests.helpers import PAIRS, make_project


def test_after_stops_and_matches_the_reference_before_does_not(trained):
    models, test = trained
    rows, metrics = compare.compare(models, test, n_held_out=2, max_new_tokens=24, repetition_penalty=1.2)
    assert len(rows) == 2 * (3 + 2)
    held = [r for r in rows if r["kind"] == "held_out" and r["decoding"] == "greedy"]
    assert [r["after"]["text"] for r in held] == [a for _, a in PAIRS[:2]]
    assert all(r["after"]["stopped"] and r["after"]["rouge_l"] == 1.0 for r in held)
    assert metrics["greedy"]["after"]["stop_rate"] > metrics["greedy"]["before"]["stop_rate"]
    loss = metrics["held_out_loss"]
    assert loss["after"] < loss["before"] and loss["delta_ci95"][1] < 0
    assert metrics["perplexity"]["after"] == pytest.approx(np.exp(loss["after"]))
    assert json.loads(json.dumps(metrics))["held_out_loss"]["delta_ci95"] == list(loss["delta_ci95"])  # as written


def test_the_adapter_is_off_only_inside_before(trained):
    models, _ = trained
    with models.before():
        off = compare.generate(models, [PAIRS[0][0]], sample=False, max_new_tokens=12)[0].text
    on = compare.generate(models, [PAIRS[0][0]], sample=False, max_new_tokens=12)[0].text
    assert on == PAIRS[0][1] and off != on


def test_bleed_is_counted_without_a_backstop():
    a = compare.Answer("Shine.\n" + qa_format.pair_text("And Falco?", "Laser."), 12, stopped=False, bled=True)
    assert a.cleaned == "Shine." and qa_format.NEXT_QUESTION.search(a.text)
    assert not qa_format.NEXT_QUESTION.search("Use the Q-tip: no.")
    assert compare.rates([a, compare.Answer("Fine.", 3, True, False)]) == {"stop_rate": 0.5, "bleed_rate": 0.5,
                                                                          "mean_tokens": 7.5}


def test_intervals():
    assert compare.bootstrap_ci(np.array([-1.0] * 10)) == (-1.0, -1.0)
    lo, hi = compare.bootstrap_ci(np.random.default_rng(0).normal(-0.5, 1, 400))
    assert lo < -0.5 < hi and hi - lo < 0.3
    skewed = np.random.default_rng(1).exponential(1.0, 60)  # BCa shifts the interval towards the long tail
    lo, hi = compare.bootstrap_ci(skewed)
    assert hi - skewed.mean() > skewed.mean() - lo


def test_missing_adapter_and_empty_test_split_name_the_stage(tmp_path):
    with pytest.raises(compare.CompareError, match=r"run stage 05 \(05_train_qlora\)"):
        compare.load(tmp_path / "adapter")
    processed, _ = make_project(tmp_path, test=[])
    with pytest.raises(dataset.DatasetError, match=r"0 test rows.*re-run 03 and 04"):
        compare.test_rows(processed)


def test_report_is_self_contained_and_escapes_answers(tmp_path):
    from meleelib import plots
    plots.training_curves([{"step": 1, "loss": 2.0}, {"step": 1, "eval_loss": 2.5}], tmp_path / "training_loss.png")
    answer = {"text": "<script>x</script>\nQ: more?", "cleaned": "", "tokens": 5, "stopped": False, "bled": True,
              "rouge_l": 0.5}
    rows = [{"kind": "article", "question": q, "reference": None, "decoding": d, "before": answer, "after": answer}
            for q in compare.ARTICLE_QUESTIONS for d in ("greedy", "sampled")]
    rate = {"stop_rate": 0.0, "bleed_rate": 1.0}
    metrics = {"held_out_loss": {"before": 2.0, "after": 1.0, "delta": -1.0, "delta_ci95": (-1.2, -0.8)},
               "perplexity": {"before": 7.4, "after": 2.7}, "greedy": {"before": rate, "after": rate},
               "sampled": {"before": rate, "after": rate}, "rouge_l_greedy": {"before": 0.1, "after": 0.2},
               "n_held_out": 0, "max_new_tokens": 5, "repetition_penalty": 1.2}
    measured = [{"file": "holdout.yml", "pairs": 9, "kinds": [
        {"kind": "contradiction", "label": "bad", "pairs": 4, "caught": "1/4", "rate": 0.25, "with judges": "2/4",
         "rate with judges": 0.5, "flagged by": "grounding 1"}],
        "checks": [{"check": "faithfulness judge", "pairs": 9, "flagged good": 2, "flagged bad": 1, "precision": 1 / 3,
                    "recall": None}], "missed": ["generic"], "bad caught": "1/4", "good rejected": "0/5",
        "bad caught with judges": "2/4", "good rejected with judges": "2/5", "judged": ["faithfulness judge"]}]
    page = report.render("t", metrics, rows, {"base_model": "m", "steps": 3}, [], tmp_path,
                         {"adapter": "a", "labelled_sets": measured})
    assert "catch realistic failures: holdout.yml" in page and ">33%<" in page and ">1/4<" in page
    assert "Caught by no check: generic" in page and "labelled_sets" not in page  # the table, not the raw list
    assert "<script>x</script>" not in page and escape("<script>x</script>") in page
    assert page.count("data:image/png;base64,") == 1 and "funnel.png" in page  # the missing figure is named
    assert "-1.000 [-1.200, -0.800]" in page and "bled into Q:" in page
