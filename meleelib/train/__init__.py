"""Stage 05: QLoRA fine-tuning with TRL (trainer), model loading (models) and the EOS contract. `python -m
meleelib.train` runs it without the notebook.
"""
