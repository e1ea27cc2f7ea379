"""Sharing on the Hugging Face Hub, opt-in: stage 04's dataset and the exported coach, each pushed as a repository.

The token is read from the environment only (`HF_TOKEN` by default), never from a profile or an argument.
"""
from __future__ import annotations

from pathlib import Path

from meleelib.paths import CARD, FUNNEL, PROVENANCE
from meleelib.secret import from_env

#: What a dataset repository gets from stage 04's folder: the card, the shared formats, the funnel and provenance.
DATASET_FILES = [CARD, "data/*.parquet", "messages/*.jsonl", "alpaca/*.json", FUNNEL, PROVENANCE]
#: What a model repository gets from the coach's folder: everything but the export's own marker.
MODEL_FILES = ["*.json", "*.safetensors", "*.jinja", "*.txt", "*.model", CARD]


class HubError(RuntimeError):
    """A push that cannot start; the message says what to set or run first."""


def push(folder: Path, repo: str, repo_type: str, *, private: bool = True, token_env: str = "HF_TOKEN") -> str:
    """Create `repo` (private unless told otherwise) if needed and upload `folder`'s shareable files; returns the
    repository's URL."""
    from huggingface_hub import HfApi
    folder = Path(folder)
    patterns = {"dataset": DATASET_FILES, "model": MODEL_FILES}.get(repo_type)
    if patterns is None:
        raise HubError(f"repo_type {repo_type!r} is unknown: use dataset or model.")
    if not (folder / CARD).is_file():
        what = "run stage 04 (04_clean)" if repo_type == "dataset" else "run `python -m meleelib export`"
        raise HubError(f"Nothing to push: {folder} has no README.md card; {what} first.")
    token = from_env(token_env, "Pushing needs a Hugging Face token with write access, which",
                     "export it, then run the command again. Nothing was uploaded.", HubError)
    if "/" not in repo:
        raise HubError(f"Repository {repo!r} needs the form owner/name, e.g. you/melee-coach.")
    api = HfApi(token=token)
    url = api.create_repo(repo, repo_type=repo_type, private=private, exist_ok=True)
    api.upload_folder(folder_path=str(folder), repo_id=repo, repo_type=repo_type, allow_patterns=patterns,
                      commit_message=f"meleelib: {repo_type} from {folder.name}")
    return str(url)
