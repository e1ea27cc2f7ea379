"""The teacher shared by stages 03, 04 and 06: an OpenAI-compatible client with its settings, answer cache, budget,
pacing and the Batch API. The package's face is the client."""
from meleelib.teacher.client import Teacher, connect
from meleelib.teacher.settings import Settings, TeacherError, api_key

__all__ = ["Settings", "Teacher", "TeacherError", "api_key", "connect"]
