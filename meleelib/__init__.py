"""meleelib: community Melee guides in, a fine-tuned coach out. One module per pipeline stage."""
from meleelib.config import RunPaths, load_profile

__all__ = ["RunPaths", "load_profile"]
__version__ = "0.1.0"
