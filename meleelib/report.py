"""Stage 06's report: one self-contained HTML page (figures inlined) that opens in any browser."""
from __future__ import annotations

import base64
import html
from datetime import datetime, timezone
from pathlib import Path

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em;margin-bottom:.2em} h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;margin:.8em 0;width:100%} th,td{border:1px solid #ddd;padding:.35em .6em;
vertical-align:top;text-align:left} th{background:#f4f4f4} td.num{text-align:right;white-space:nowrap}
.answer{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:13px}
.tag{display:inline-block;border-radius:3px;padding:0 .4em;margin-right:.3em;font-size:12px;color:#fff}
.stop{background:#3a7d44} .limit{background:#b58900} .bleed{background:#c0392b}
.muted{color:#666;font-size:13px} img{max-width:100%;border:1px solid #eee}
details{margin-top:.3em} summary{cursor:pointer;color:#555;font-size:13px}
"""


def esc(value) -> str:
    return html.escape(str(value))


def image(path: Path, alt: str) -> str:
    """A PNG inlined as a data URI, or a note when the stage that draws it has not run."""
    if not Path(path).is_file():
        return f'<p class="muted">({esc(alt)}: figure not found at {esc(path)})</p>'
    data = base64.b64encode(Path(path).read_bytes()).decode()
    return f'<img alt="{esc(alt)}" src="data:image/png;base64,{data}">'


def table(head: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    cells = lambda row, tag: "".join(f'<{tag}{" class=num" if i in numeric else ""}>{c}</{tag}>'
                                     for i, c in enumerate(row))
    return (f"<table><tr>{cells(head, 'th')}</tr>"
            + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows) + "</table>")


def tags(answer: dict) -> str:
    out = '<span class="tag stop">stopped</span>' if answer["stopped"] else '<span class="tag limit">hit limit</span>'
    return out + ('<span class="tag bleed">bled into Q:</span>' if answer["bled"] else "")


def answer_cell(answer: dict) -> str:
    cell = f'{tags(answer)}<div class="answer">{esc(answer["text"]) or "<i>(empty)</i>"}</div>'
    if answer["bled"]:
        cell += f'<details><summary>cleaned view (cut at the next "Q:")</summary><div class="answer">' \
                f'{esc(answer["cleaned"])}</div></details>'
    return cell


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def headline(m: dict) -> str:
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
    out = table(["metric", "before", "after", "change (95% CI)"], rows, {1, 2, 3})
    j = m.get("judge")
    if j:
        shares = ", ".join(f"{k} {j[k]} ({pct(j[k] / j['n'])}, CI {pct(j[k + '_ci95'][0])}-{pct(j[k + '_ci95'][1])})"
                           for k in ("win", "tie", "loss"))
        out += (f"<p><b>Pairwise judge</b> ({esc(m.get('judge_model', ''))}, {j['n']} held-out questions, each "
                f"asked in both orders; a split decision counts as a tie): after {shares}. "
                f"Unparseable replies: {j['unparseable_replies']}.</p>")
    return out


def article_section(rows: list[dict]) -> str:
    out = []
    for decoding in ("greedy", "sampled"):
        body = [[f"<b>{esc(r['question'])}</b>", answer_cell(r["before"]), answer_cell(r["after"])]
                for r in rows if r["kind"] == "article" and r["decoding"] == decoding]
        out.append(f"<h3>{decoding}</h3>" + table(["prompt", "before", "after"], body))
    return "".join(out)


def held_out_section(rows: list[dict], n: int) -> str:
    body = []
    for r in [r for r in rows if r["kind"] == "held_out" and r["decoding"] == "greedy"][:n]:
        scores = lambda c: f'<div class="muted">ROUGE-L {r[c]["rouge_l"]:.2f} · loss {r["loss"][c]:.2f}</div>'
        body.append([f"<b>{esc(r['question'])}</b><div class='answer muted'>{esc(r['reference'])}</div>",
                     answer_cell(r["before"]) + scores("before"), answer_cell(r["after"]) + scores("after")])
    return table(["question and reference", "before", "after"], body)


def render(run: str, metrics: dict, rows: list[dict], manifest: dict, funnel: list[dict], figures: Path,
           provenance: dict, sample: int = 8) -> str:
    m = manifest
    training = table(["figure", "value"], [[k, esc(m.get(k))] for k in (
        "steps", "tokens_seen", "tokens_per_s", "padding_fraction", "wall_s", "eval_loss_before", "eval_loss_best",
        "device", "compute_dtype", "mfu", "peak_memory_gb", "peak_rss_gb") if k in m])
    data = table(["step", "in", "out", "removed"], [[esc(f["step"]), f["in"], f["out"], f["removed"]]
                                                     for f in funnel], {1, 2, 3})
    prov = table(["", ""], [[esc(k), f'<span class="answer">{esc(v)}</span>'] for k, v in provenance.items()])
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>meleelib report: {esc(run)}</title>
<style>{STYLE}</style></head><body>
<h1>Before and after fine-tuning: run <code>{esc(run)}</code></h1>
<p class="muted">Base model <code>{esc(m.get("base_model"))}</code> without its LoRA adapter (before) and with it
(after), both in 4-bit NF4. Answers stop at the EOS token alone, with no stop string, so the stop and bleed rates are
honest. Generated {when}.</p>
<h2>Headline</h2>{headline(metrics)}
<p class="muted">Loss: {metrics["n_held_out"]} test-split answers, change = after - before with a 95% bootstrap
interval over questions. Rates over every prompt (the article's and the held-out ones), max
{metrics["max_new_tokens"]} new tokens; sampling uses repetition penalty {metrics["repetition_penalty"]}.</p>
<h2>The article's prompts</h2>{article_section(rows)}
<h2>Held-out questions (greedy)</h2>{held_out_section(rows, sample)}
<h2>Training (stage 05)</h2>{image(figures / "training_loss.png", "training and validation loss")}{training}
<h2>Data (stage 04)</h2>{image(figures / "funnel.png", "cleaning funnel per character")}{data}
<h2>Provenance</h2>{prov}
</body></html>
"""


PROBE = """<script>addEventListener("load", () => { const imgs = [...document.images];
document.title = "images " + imgs.length + " broken " + imgs.filter(i => !i.complete || !i.naturalWidth).length; });
</script>"""


def browser_check(page: Path, screenshot: Path, browser: str = "chromium") -> dict:
    """Open the report in headless Chromium: count images the browser failed to draw, and take a screenshot."""
    import re
    import shutil
    import subprocess
    import tempfile
    exe = shutil.which(browser)
    if exe is None:
        raise FileNotFoundError(f"{browser} is not installed: `apt-get install chromium` (Debian), then re-run.")
    flags = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=5000"]
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.html"
        probe.write_text(Path(page).read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
        dom = subprocess.run([*flags, "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*flags, "--window-size=1200,2400", f"--screenshot={screenshot}", Path(page).resolve().as_uri()],
                   capture_output=True, timeout=120, check=True)
    found = re.search(r"<title>images (\d+) broken (\d+)</title>", dom)
    if not found:
        raise RuntimeError("The browser did not run the image probe; is the page valid HTML?")
    return {"images": int(found[1]), "broken": int(found[2]), "screenshot": str(screenshot)}


if __name__ == "__main__":
    import sys
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "outputs/demo/report.html")
    result = browser_check(target, target.with_name("report_screenshot.png"))
    print(result)
    sys.exit(1 if result["broken"] or not result["images"] else 0)
