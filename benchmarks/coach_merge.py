"""Which merge of the adapter is the coach stage 06 measured? Each way of folding the LoRA adapter into a plain model
is compared with stage 06's "after" model (the 4-bit NF4 base with the adapter on): held-out answer loss, and the
share of greedy answers identical to stage 06's greedy "after" answers, over the same prompts.

    python benchmarks/coach_merge.py [RUN]      # after `make demo` (RUN defaults to demo)

Prints one row per merge and dtype, side by side in one run.
"""
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meleelib.evaluate import compare  # noqa: E402
from meleelib.paths import RunPaths  # noqa: E402
from meleelib.serve import coach  # noqa: E402


def main(run: str = "demo") -> None:
    paths = RunPaths.of(run)
    adapter = paths.outputs / "adapter"
    metrics = json.loads((paths.outputs / "metrics.json").read_text())
    rows = [json.loads(line) for line in (paths.outputs / "comparison.jsonl").read_text().splitlines()]
    greedy = [r for r in rows if r["decoding"] == "greedy"]
    test = compare.test_rows(paths.processed)[:metrics["n_held_out"]]
    print(f"stage 06 after (4-bit + adapter): held-out loss {metrics['held_out_loss']['after']:.4f}, "
          f"{len(greedy)} greedy answers of at most {metrics['max_new_tokens']} tokens")
    print(f"{'merge':<12}{'dtype':<6}{'held-out loss':>14}{'|Δ| vs 06':>11}{'identical greedy':>18}{'seconds':>9}")
    for merge in coach.MERGES:
        for dtype in ("bf16", "fp32"):
            start = time.monotonic()
            model, tok, manifest = coach.merged(adapter, paths.models, merge, dtype)
            tok.padding_side = "left"
            models = compare.Models(model.eval(), tok, adapter, manifest)
            loss = float(compare.answer_losses(models, test).mean())
            answers = compare.generate(models, [r["question"] for r in greedy], sample=False,
                                       max_new_tokens=metrics["max_new_tokens"])
            same = sum(a.text == r["after"]["text"] for a, r in zip(answers, greedy))
            print(f"{merge:<12}{dtype:<6}{loss:>14.4f}{abs(loss - metrics['held_out_loss']['after']):>11.4f}"
                  f"{f'{same}/{len(greedy)}':>18}{time.monotonic() - start:>9.0f}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
