"""Stage 05's entry point (`python -m meleelib.train`) with a probe: each rank writes the questions of its first
training batch to $PROBE_DIR/rank<RANK>.json. Run under torchrun by test_train's several-processes rehearsal."""
import json
import os
import runpy
import sys
from pathlib import Path

from transformers import Trainer

_step = Trainer.training_step


def training_step(self, model, inputs, *args, **kwargs):
    if not getattr(self, "_probed", False):
        self._probed = True
        texts = self.processing_class.batch_decode(inputs["input_ids"])
        Path(os.environ["PROBE_DIR"], f"rank{os.environ.get('RANK', '0')}.json").write_text(json.dumps(texts))
    return _step(self, model, inputs, *args, **kwargs)


if __name__ == "__main__":  # run by torchrun; importing it (pytest collects every module) changes nothing
    Trainer.training_step = training_step
    sys.argv = ["meleelib.train", *sys.argv[1:]]
    runpy.run_module("meleelib.train", run_name="__main__")
