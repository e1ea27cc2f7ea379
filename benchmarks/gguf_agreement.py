"""How faithful each GGUF weight type is: greedy answers from llama.cpp's server against the reference answers.

    python benchmarks/gguf_agreement.py --run demo [--quants f16 q8_0]          # against stage 06's "after" answers
    python benchmarks/gguf_agreement.py --stand-in QUESTIONS.jsonl [--n 12]      # no trained coach: see below

With a run, its coach is exported as GGUF at each weight type, served, and asked every prompt stage 06 answered
greedily, with stage 06's token limit; the answers are compared word for word (`chat.agreement`). Without a trained
coach, `--stand-in` takes the bundled SmolLM2 as an exported folder with the coach's chat template, and compares the
GGUF's greedy answers with plain transformers' greedy answers from that folder (float32), for the questions in a
JSONL file (a `question` field each, e.g. stage 03's qa_raw.jsonl). Prints identical answers and tokens/s per type.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openai import OpenAI  # noqa: E402

from meleelib import files  # noqa: E402
from meleelib.paths import RunPaths  # noqa: E402
from meleelib.qa_format import prompt_for  # noqa: E402
from meleelib.serve import bundled, chat, coach, engine, gguf  # noqa: E402


def stand_in(questions: list[str], max_tokens: int, folder: Path) -> list[dict]:
    """The bundled model as a coach folder, and transformers' greedy answers in stage 06's comparison format."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    shutil.copytree(bundled.export(Path("data/models/SmolLM2-135M-Instruct")), folder)
    tok = AutoTokenizer.from_pretrained(folder)
    tok.chat_template = coach.CHAT_TEMPLATE
    tok.save_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    rows = []
    for q in questions:
        ids = tok(prompt_for(q), return_tensors="pt").input_ids
        out = model.generate(ids, max_new_tokens=max_tokens, do_sample=False, eos_token_id=tok.eos_token_id)
        rows.append({"question": q, "decoding": "greedy",
                     "after": {"text": tok.decode(out[0, ids.shape[1]:], skip_special_tokens=True)}})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run")
    parser.add_argument("--stand-in", type=Path)
    parser.add_argument("--n", type=int, default=12)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--quants", nargs="+", default=["f16", "q8_0"])
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gguf-agreement-"))
    if args.run:
        paths = RunPaths.of(args.run)
        comparison = files.read_jsonl(paths.outputs / "comparison.jsonl")
        max_tokens = json.loads((paths.outputs / "metrics.json").read_text())["max_new_tokens"]
        make = lambda quant: gguf.export_run(paths, quant)
    else:
        questions = list(dict.fromkeys(r["question"] for r in files.read_jsonl(args.stand_in)))[:args.n]
        max_tokens, folder = args.max_tokens, tmp / "coach"
        comparison = stand_in(questions, max_tokens, folder)
        from transformers import AutoTokenizer
        add_bos = gguf.adds_bos(AutoTokenizer.from_pretrained(folder))
        make = lambda quant: gguf.convert(folder, tmp / f"coach-{quant}.gguf", quant, add_bos_token=add_bos)
    prompts = [r["question"] for r in comparison if r["decoding"] == "greedy"]
    print(f"{len(prompts)} greedy prompts, up to {max_tokens} tokens; reference: "
          f"{'stage 06 after' if args.run else 'transformers fp32 on the same folder'}")
    for quant in args.quants:
        path = make(quant)
        with engine.serve(path, n_parallel=4) as server:
            client = OpenAI(base_url=server.base_url, api_key="local", max_retries=0, timeout=600)
            start = time.monotonic()
            replies = [client.chat.completions.create(model=server.model, max_tokens=max_tokens, temperature=0,
                                                      messages=[{"role": "user", "content": q}]) for q in prompts]
            seconds = time.monotonic() - start
        served = {q: (r.choices[0].message.content or "").strip() for q, r in zip(prompts, replies)}
        same = chat.agreement(served, comparison)
        tokens = sum(r.usage.completion_tokens for r in replies)
        print(f"{quant:6s} {same['identical']:3d} of {same['compared']} identical  "
              f"{path.stat().st_size / 2**20:6.0f} MiB  {tokens / seconds:6.1f} tokens/s one at a time")


if __name__ == "__main__":
    main()
