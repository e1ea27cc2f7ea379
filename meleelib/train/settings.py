"""Stage 05's settings: the profile's `train_qlora` section, checked before the series starts. No torch here, so
the runner can check a profile in a moment."""
from __future__ import annotations

import warnings
from dataclasses import dataclass

from meleelib.config import ProfileError, settings

#: The article's settings; `recipe: article` lays these over the profile.
ARTICLE_RECIPE = {"lora_r": 64, "lora_alpha": 16, "lora_dropout": 0.3, "compute_dtype": "fp16"}
RECIPES = ("default", "article")


@dataclass
class Settings:
    """Stage 05's parameters, as in the profile's `train_qlora` section."""

    base_model: str = "bundled"
    hf_token_env: str | None = None
    recipe: str = "default"
    compute_dtype: str = "auto"
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    lora_target_modules: str | list = "all-linear"
    max_length: int = 256
    batch_size: int = 8
    grad_accum: int = 1
    learning_rate: float = 2e-4
    epochs: float = 3
    max_steps: int = -1
    warmup_steps: float = 0.05
    eval_steps: int = 10
    save_steps: int = 10
    gradient_checkpointing: bool = False
    resume: bool = True
    seed: int = 0

    @classmethod
    def of(cls, section: dict) -> Settings:
        """The settings from a profile section: an unknown key, a wrong type or an unknown recipe is an error."""
        s = settings(cls, "train_qlora", section)
        if s.recipe == "seed":  # the old name, easily taken for the random seed
            warnings.warn("train_qlora.recipe: seed is now called `article`; seed still works but will go.",
                          FutureWarning, stacklevel=2)
            s.recipe = "article"
        if s.recipe not in RECIPES:
            raise ProfileError(f"train_qlora.recipe {s.recipe!r} is unknown: use {' or '.join(RECIPES)}.")
        if s.recipe == "article":
            for key, value in ARTICLE_RECIPE.items():
                setattr(s, key, value)
        return s


# ------------------------------------------------------------------ data
