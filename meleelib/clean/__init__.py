"""Stage 04: the funnel of checks and judges, grounding, duplicates, the labelled set that measures them, and the
dataset on disk.
"""
