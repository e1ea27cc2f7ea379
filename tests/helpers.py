"""Test helpers that build things offline: a Llama-2-like tokenizer (no Hub download)."""
from __future__ import annotations

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def llama_like_tokenizer():
    """A tokenizer that behaves like Llama-2's where it matters here: its post-processor puts `<s>` before every
    sequence tokenised with special tokens (as TRL and stage 06 tokenise prompts), `</s>` is EOS and `<unk>` exists.
    A byte-level BPE trained on the sample forum, so any text encodes without <unk> and decodes back exactly."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast
    special = ["<unk>", "<s>", "</s>"]
    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    corpus = [p.read_text(encoding="utf-8", errors="ignore") for p in sorted((ROOT / "data/sample_site").rglob("*"))
              if p.suffix in (".html", ".yml", ".md") and p.is_file()]
    bpe.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=2000, special_tokens=special, show_progress=False,
                                                        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    bos = bpe.token_to_id("<s>")
    bpe.post_processor = processors.TemplateProcessing(single="<s> $A", pair="<s> $A <s> $B", special_tokens=[
        ("<s>", bos)])
    return PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                   model_max_length=4096)
