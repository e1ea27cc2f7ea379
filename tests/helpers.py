"""Small builders shared by several test modules: paths, pairs, a tiny project for stage 05, teacher jobs,
XenForo pages and a Llama-2-like tokenizer built offline. Fixtures live in conftest.py; this holds plain functions and data."""
from __future__ import annotations

import functools
import json
from pathlib import Path

from datasets import Dataset, DatasetDict

from meleelib import teacher
from meleelib.qa_format import completion_for, prompt_for
from meleelib.teacher.jobs import Job
from meleelib.train import trainer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_site"
PRICES = {"input": 1.0, "output": 2.0}


def sample_page(path: str) -> str:
    return (SAMPLE / path).read_text(encoding="utf-8")


def pair(i, question, answer, character="Fox", chunk="c1", **extra):
    return {"pair_id": f"p{i:03d}", "chunk_id": chunk, "character": character, "variant": "general-plain",
            "question": question, "answer": answer, "finish_reason": "stop", **extra}


PAIRS = [("How should Fox punish a shielded Marth forward smash?", "Shine out of shield, then up-smash."),
         ("Which stage should Falco pick against Peach?", "Final Destination, for the lasers."),
         ("What beats Sheik's needles?", "Power shield them, then dash in."),
         ("How does Jigglypuff edge-guard Fox?", "Back-air him as he rises.")]
HELD_OUT = [("Where should Marth stand against Ice Climbers?", "Outside grab range, spacing forward-air."),
            ("What stops Captain Falcon's knee?", "Crouch cancel at low percent.")]


def rows(pairs):
    return Dataset.from_dict({"prompt": [prompt_for(q) for q, _ in pairs], "completion": [completion_for(a) for _, a in pairs],
                              "question": [q for q, _ in pairs]})


def make_project(tmp_path, train_pairs=PAIRS, validation=HELD_OUT[:1], test=HELD_OUT[1:]):
    processed, outputs = tmp_path / "processed", tmp_path / "outputs"
    DatasetDict({"train": rows(train_pairs), "validation": rows(validation), "test": rows(test)}).save_to_disk(
        str(processed / "dataset"), num_shards={"train": 1, "validation": 1, "test": 1})
    return processed, outputs


def train_settings(tiny, **overrides):
    base = dict(base_model=str(tiny), lora_r=16, lora_alpha=32, lora_dropout=0.0, max_length=64, batch_size=2,
                learning_rate=1e-2, epochs=1, max_steps=6, warmup_steps=0, eval_steps=3, save_steps=3)
    return trainer.Settings.of({**base, **overrides})


def make(fake, tmp_path, **kw):
    settings = teacher.Settings(**{"base_url": fake.url, "model": "teacher-model", "price_per_million": PRICES,
                                   "max_concurrency": 4, "timeout_s": 10, "max_retries": 6, "poll_s": 0.01, **kw})
    return teacher.Teacher(settings, tmp_path / "teacher.sqlite")


def jobs(n, **params):
    return [Job([{"role": "user", "content": f"chunk {i}"}], {"max_tokens": 64, **params}, {"i": i})
            for i in range(n)]


def xf2_post(pid, author, body, n=1, extra=""):
    return f"""<article class="message message--post js-post" data-author="{author}" data-content="post-{pid}" id="js-post-{pid}">
    <span class="u-anchorTarget" id="post-{pid}"></span>
    <header class="message-attribution"><time class="u-dt" datetime="2015-01-0{n}T10:00:00+0000" data-time="1">x</time>
    <ul class="message-attribution-opposite"><li><a>#{n}</a></li></ul></header>
    <div class="message-userContent"><article class="message-body"><div itemprop="text"><div class="bbWrapper">{body}</div></div></article></div>
    {extra}</article>"""


def xf2_thread(posts, pages="", title='<a class="labelLink"><span class="label">Data</span></a><span class="label-append">&nbsp;</span>Marth frame data'):
    return f"""<html id="XF"><body><div class="p-title"><h1 class="p-title-value">{title}</h1></div>
    <div class="p-description"><a class="username" data-user-id="3">Tipper</a></div>{pages}
    <div class="block--messages">{''.join(posts)}</div></body></html>"""


@functools.cache
def llama_like_tokenizer():
    """A tokenizer shaped like Llama-2's `tokenizer.json`: BPE over "▁"-marked words with byte fallback (<0x00> to
    <0xFF>), `<unk>` 0, `<s>` 1, `</s>` 2, and a post-processor that puts `<s>` before every sequence tokenised with
    special tokens (as TRL and stage 06 tokenise prompts). Trained on the sample forum, offline; llama.cpp's converter
    reads it as it reads Llama-2's."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast
    special = ["<unk>", "<s>", "</s>"]
    words = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")  # as Llama-2 prepends to each text
    trained = Tokenizer(models.BPE(unk_token="<unk>"))
    trained.pre_tokenizer = words
    decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                 decoders.Strip(" ", 1, 0)])
    corpus = [p.read_text(encoding="utf-8", errors="ignore") for p in sorted((ROOT / "data/sample_site").rglob("*"))
              if p.suffix in (".bb", ".yml", ".md") and p.is_file()]
    trained.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=2000, special_tokens=special,
                                                            show_progress=False))
    learnt = json.loads(trained.to_str())["model"]
    # Llama-2's layout: the specials, then a token per byte (what byte fallback spells unknown text with), then BPE
    order = [*special, *(f"<0x{i:02X}>" for i in range(256)),
             *sorted((w for w in learnt["vocab"] if w not in special), key=learnt["vocab"].get)]
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in learnt["merges"]]
    bpe = Tokenizer(models.BPE({w: i for i, w in enumerate(order)}, merges, unk_token="<unk>", byte_fallback=True,
                               fuse_unk=True))
    bpe.pre_tokenizer = words
    bpe.decoder = decoder
    bpe.post_processor = processors.TemplateProcessing(single="<s> $A", pair="<s> $A <s> $B",
                                                       special_tokens=[("<s>", bpe.token_to_id("<s>"))])
    return PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                   model_max_length=4096)
