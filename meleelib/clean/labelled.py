"""How well stage 04's checks catch realistic failures, measured on a hand-labelled set.

A labelled-set file (data/sample_site/labelled_pairs_*.yml) holds pairs written by hand the way teacher models fail,
each with a `kind` (good, contradiction, wrong_number, ...), and the passages they were written from. Every check of
the funnel runs on every pair against its own passage; the table says, per kind, how many bad pairs were caught (and
by which checks), and how many good pairs were wrongly rejected. The labels come from people, not from the checks'
own rules, so the figures mean something; tune on the dev file and quote the holdout file.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from meleelib.clean import grounding
from meleelib.clean.checks import mentions_guide, names_character, outside_name, parse_verdict, sanity, unknown_name
from meleelib.teacher.client import Teacher

DETERMINISTIC = ("sanity", "character", "grounding", "guide mentions", "outside names (list)", "unknown names")
JUDGES = ("faithfulness judge", "outside entities (judge)")


def load(path: Path) -> tuple[list[dict], dict[str, str]]:
    """The file's pairs, shaped like the funnel's (chunk_id 'post-<id>'), and chunk_id -> passage."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    passages = {f"post-{post}": text for post, text in data["passages"].items()}
    pairs = [{"pair_id": str(p["id"]), "chunk_id": f"post-{p['post']}", "character": p["character"],
              "variant": "labelled", "question": p["question"], "answer": p["answer"], "kind": p["kind"],
              "label": p["label"], "finish_reason": p.get("finish_reason")} for p in data["pairs"]]
    missing = sorted({p["chunk_id"] for p in pairs} - set(passages))
    if missing:
        raise ValueError(f"{path}: no passage for {missing[:5]}; each pair's post must be under `passages`.")
    return pairs, passages


def deterministic_flags(pairs: list[dict], passages: dict[str, str], *, characters=(), outside_names=(),
                        require_character: bool = False, min_chars: int = 10, max_chars: int = 2000,
                        grounding_min_overlap: float = grounding.MIN_OVERLAP) -> dict[str, dict[str, str | None]]:
    """check -> pair_id -> why it flags the pair (None: it passes). Each check sees every pair (no funnel order),
    with the funnel's settings; the specificity test weighs words over every passage of the file."""
    corpus = grounding.Corpus(passages.values())
    characters = list(characters) or sorted({p["character"] for p in pairs})
    out = {"sanity": {p["pair_id"]: sanity(p, min_chars, max_chars) for p in pairs}}
    if require_character:
        out["character"] = {p["pair_id"]: None if names_character(p, characters) else "names no character"
                            for p in pairs}
    out["grounding"] = {p["pair_id"]: grounding.verdict(p, passages[p["chunk_id"]], grounding_min_overlap, corpus)
                        for p in pairs}
    out["guide mentions"] = {p["pair_id"]: "mentions the source" if mentions_guide(p) else None for p in pairs}
    out["outside names (list)"] = {p["pair_id"]: outside_name(p, outside_names) for p in pairs}
    out["unknown names"] = {p["pair_id"]: unknown_name(p, passages[p["chunk_id"]], characters) for p in pairs}
    return out


def judge_flags(teacher: Teacher, pairs: list[dict], passages: dict[str, str], *, faithfulness_judge: bool,
                unparseable_verdict: str) -> tuple[dict[str, dict[str, str | None]], list]:
    """The LLM judges' flags on every pair (only the pairs the budget let through), and their reports (for cost)."""
    from meleelib.clean.funnel import judge_jobs  # the outside-entities prompt is the funnel's
    asks = {"outside entities (judge)": judge_jobs(pairs, teacher.settings.judge_max_tokens)}
    if faithfulness_judge:
        asks["faithfulness judge"] = grounding.judge_jobs(pairs, passages, teacher.settings.judge_max_tokens)
    out, reports = {}, []
    for check, jobs in asks.items():
        report = teacher.run(jobs, desc=f"{check} on the labelled set", progress=False)
        reports.append(report)
        out[check] = {}
        for r in report.results:
            verdict = parse_verdict(r.text) if not r.error else None
            out[check][r.meta["pair_id"]] = "fail" if (verdict or unparseable_verdict) == "fail" else None
    return out, reports


def _rate(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def table(pairs: list[dict], flags: dict[str, dict[str, str | None]]) -> dict:
    """Per kind: pairs, caught by the deterministic checks (for good pairs: wrongly rejected), caught with the
    judges too, and which checks flagged how many; per check: good and bad pairs flagged, precision and recall
    over every bad pair; and the kinds nothing catches."""
    kinds = sorted({p["kind"] for p in pairs}, key=lambda k: (k != "good", k))
    rules = [c for c in flags if c in DETERMINISTIC]

    def hit(p, checks):
        return any(flags[c].get(p["pair_id"]) for c in checks)

    rows = []
    for kind in kinds:
        mine = [p for p in pairs if p["kind"] == kind]
        by_rules, by_any = sum(hit(p, rules) for p in mine), sum(hit(p, flags) for p in mine)
        per_check = {c: sum(bool(flags[c].get(p["pair_id"])) for p in mine) for c in flags}
        rows.append({"kind": kind, "label": mine[0]["label"], "pairs": len(mine),
                     "caught": f"{by_rules}/{len(mine)}", "rate": _rate(by_rules, len(mine)),
                     "with judges": f"{by_any}/{len(mine)}", "rate with judges": _rate(by_any, len(mine)),
                     "flagged by": ", ".join(f"{c} {n}" for c, n in per_check.items() if n) or "-"})
    bad = [p for p in pairs if p["label"] != "good"]
    good = [p for p in pairs if p["label"] == "good"]
    checks = []
    for c, f in flags.items():
        seen_bad = [p for p in bad if p["pair_id"] in f]
        flagged_bad = sum(bool(f[p["pair_id"]]) for p in seen_bad)
        flagged_good = sum(bool(f.get(p["pair_id"])) for p in good)
        checks.append({"check": c, "pairs": len(f), "flagged good": flagged_good, "flagged bad": flagged_bad,
                       "precision": _rate(flagged_bad, flagged_bad + flagged_good),
                       "recall": _rate(flagged_bad, len(seen_bad))})
    caught = sum(hit(p, rules) for p in bad)
    caught_any = sum(hit(p, flags) for p in bad)
    false = sum(hit(p, rules) for p in good)
    false_any = sum(hit(p, flags) for p in good)
    return {"kinds": rows, "checks": checks,
            "missed": [r["kind"] for r in rows if r["label"] != "good" and r["rate with judges"] == 0],
            "bad caught": f"{caught}/{len(bad)}", "recall": _rate(caught, len(bad)),
            "good rejected": f"{false}/{len(good)}", "false reject rate": _rate(false, len(good)),
            "bad caught with judges": f"{caught_any}/{len(bad)}", "recall with judges": _rate(caught_any, len(bad)),
            "good rejected with judges": f"{false_any}/{len(good)}",
            "false reject rate with judges": _rate(false_any, len(good)), "judged": [c for c in flags if c in JUDGES]}


def measure(path: Path, teacher: Teacher | None = None, *, faithfulness_judge: bool = False,
            unparseable_verdict: str = "fail", **settings) -> tuple[dict, list]:
    """The whole measurement of one file: its table (see `table`) with the file's name, and the judges' reports.
    Without a teacher only the deterministic checks run."""
    pairs, passages = load(path)
    flags = deterministic_flags(pairs, passages, **settings)
    reports = []
    if teacher is not None:
        judged, reports = judge_flags(teacher, pairs, passages, faithfulness_judge=faithfulness_judge,
                                      unparseable_verdict=unparseable_verdict)
        flags |= judged
    return {"file": Path(path).name, "pairs": len(pairs), **table(pairs, flags)}, reports


def markdown(results: list[dict]) -> str:
    """The tables as a markdown section for the dataset card (empty without results)."""
    if not results:
        return ""
    pct = lambda v: "-" if v is None else f"{v:.0%}"  # noqa: E731
    out = ["\n## How well the cleaning checks catch realistic failures\n",
           "Every check of the funnel run on a hand-labelled set of pairs written the way teacher models fail "
           "(good pairs, and bad ones of several kinds), each against its own passage. For a bad kind, `caught` is "
           "the recall; for good pairs it is the false rejects. `with judges` adds the LLM judges, which are only as "
           "good as the model behind them (on the demo, the 135M teacher).\n"]
    for res in results:
        out += [f"\n### {res['file']} ({res['pairs']} pairs)\n",
                f"Deterministic checks: {res['bad caught']} bad pairs caught ({pct(res['recall'])}), "
                f"{res['good rejected']} good pairs rejected ({pct(res['false reject rate'])}). With judges "
                f"({', '.join(res['judged']) or 'none run'}): {res['bad caught with judges']} caught, "
                f"{res['good rejected with judges']} good rejected. Caught by no check: "
                f"{', '.join(res['missed']) or 'none'}.\n",
                "| kind | label | caught | rate | with judges | flagged by |", "|---|---|---|---|---|---|"]
        out += [f"| {r['kind']} | {r['label']} | {r['caught']} | {pct(r['rate'])} | {r['with judges']} | "
                f"{r['flagged by']} |" for r in res["kinds"]]
        out += ["", "| check | flagged good | flagged bad | precision | recall |", "|---|---|---|---|---|"]
        out += [f"| {c['check']} | {c['flagged good']} | {c['flagged bad']} | {pct(c['precision'])} | "
                f"{pct(c['recall'])} |" for c in res["checks"]]
    return "\n".join(out) + "\n"
