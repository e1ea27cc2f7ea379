"""Stage 06's report: one self-contained HTML page (figures inlined) that opens in any browser.
The markup is templates/report.html.j2; Jinja2 escapes every value put into it."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from meleelib import files
from meleelib.paths import FUNNEL_FIGURE, LOSS_FIGURE, RunPaths

#: The manifest's training figures the report shows, in this order, each only if stage 05 recorded it.
TRAINING = ("steps", "tokens_seen", "tokens_per_s", "padding_fraction", "wall_s", "eval_loss_before", "eval_loss_best",
            "device", "compute_dtype", "mfu", "peak_memory_gb", "peak_rss_gb")


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
ENV.filters["pct"] = pct
TEMPLATE = ENV.get_template("report.html.j2")
MACROS = TEMPLATE.module  # rendered without `run`, the template only defines its macros


def image(path: Path, alt: str) -> str:
    """A PNG inlined as a data URI, or a note when the stage that draws it has not run."""
    data = base64.b64encode(Path(path).read_bytes()).decode() if Path(path).is_file() else None
    return MACROS.image(alt, path, data)


def headline(m: dict) -> list[list[str]]:
    """The headline table's rows, formatted: metric, before, after, change (with its 95% interval for the loss)."""
    loss = m["held_out_loss"]
    lo, hi = loss["delta_ci95"]
    rows = [["Held-out answer loss (mean NLL per token)", f"{loss['before']:.3f}", f"{loss['after']:.3f}",
             f"{loss['delta']:+.3f} [{lo:+.3f}, {hi:+.3f}]"],
            ["Perplexity", f"{m['perplexity']['before']:.1f}", f"{m['perplexity']['after']:.1f}", ""]]
    for decoding in ("greedy", "sampled"):
        for key, label in (("stop_rate", "Stop rate"), ("bleed_rate", "Bleed rate")):
            b, a = m[decoding]["before"][key], m[decoding]["after"][key]
            rows.append([f"{label} ({decoding})", pct(b), pct(a), f"{100 * (a - b):+.0f} points"])
    r = m["rouge_l_greedy"]
    rows.append(["ROUGE-L vs reference (greedy)", f"{r['before']:.3f}", f"{r['after']:.3f}",
                 f"{r['after'] - r['before']:+.3f}"])
    return rows


def metrics_table(m: dict) -> dict[str, dict]:
    """Before and after side by side, unformatted: stop and bleed rates per decoding, held-out loss and ROUGE-L."""
    return {c: {**{f"{d} {k}": m[d][c][k] for d in ("greedy", "sampled") for k in ("stop_rate", "bleed_rate")},
                "held-out loss": m["held_out_loss"][c], "ROUGE-L": m["rouge_l_greedy"][c]}
            for c in ("before", "after")}


def write(paths, metrics: dict, rows: list[dict], manifest: dict, provenance: dict) -> Path:
    """Write stage 06's answers, its metrics and the standalone report (with stage 04's funnel and the figures);
    return the report's path."""
    files.write_jsonl(paths.comparison, rows)
    files.write_text(paths.metrics, json.dumps(metrics, indent=2))
    funnel = json.loads(paths.funnel.read_text())
    files.write_text(paths.report, render(paths.run, metrics, rows, manifest, funnel, paths.figures, provenance))
    return paths.report


def article_section(rows: list[dict]) -> str:
    """The article's prompts, greedy then sampled, before and after side by side (notebook 06 shows it inline)."""
    return MACROS.article(rows)


def render(run: str, metrics: dict, rows: list[dict], manifest: dict, funnel: list[dict], figures: Path,
           provenance: dict, sample: int = 8) -> str:
    return TEMPLATE.render(
        run=run, metrics=metrics, headline=headline(metrics), rows=rows, manifest=manifest, funnel=funnel,
        held_out=[r for r in rows if r["kind"] == "held_out" and r["decoding"] == "greedy"][:sample],
        training=[(k, manifest[k]) for k in TRAINING if k in manifest], provenance=provenance,
        loss_figure=image(Path(figures) / LOSS_FIGURE, "training and validation loss"),
        funnel_figure=image(Path(figures) / FUNNEL_FIGURE, "cleaning funnel per character"),
        when=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


if __name__ == "__main__":
    import sys
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else RunPaths.of("demo").report  # [SCREENSHOT] may follow
    shot = Path(sys.argv[2]) if len(sys.argv) > 2 else target.with_name("report_screenshot.png")
    from meleelib.browser_check import check_report
    result = check_report(target, shot)
    print(result)
    sys.exit(1 if result["broken"] or not result["images"] else 0)
