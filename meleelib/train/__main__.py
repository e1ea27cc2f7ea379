"""`python -m meleelib.train` or `accelerate launch -m meleelib.train`: stage 05 without the notebook."""
from __future__ import annotations

import argparse
import json
import os

from meleelib.config import load_profile
from meleelib.paths import RunPaths
from meleelib.train.trainer import Settings, train


def main(argv=None) -> None:
    """`python -m meleelib.train` or `accelerate launch -m meleelib.train`: stage 05 without the notebook."""
    parser = argparse.ArgumentParser(prog="meleelib.train", description=main.__doc__)
    parser.add_argument("--profile", default="demo")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE")
    args = parser.parse_args(argv)
    profile = load_profile(args.profile, args.set)
    paths = RunPaths.of(profile["run"])
    manifest = train(Settings.of(profile.get("train_qlora", {})), paths.processed, paths.outputs, paths.models,
                     profile)
    if int(os.environ.get("RANK", 0)) == 0:
        print(json.dumps({k: manifest[k] for k in ("steps", "tokens_per_s", "eval_loss_before", "eval_loss_best")}))


main()
