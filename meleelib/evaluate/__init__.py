"""Stage 06: the model's answers before and after, the pairwise judge, and the report."""
