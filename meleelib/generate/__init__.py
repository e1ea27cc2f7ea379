"""Stage 03: self-instruct. The prompts sent to the teacher, the parser of its answers, and the jobs and early
warning of the stage.
"""
