"""The prompt stage 06 sends the teacher: the pairwise judge, asked once in each order."""

PAIRWISE = """You compare two answers to a question about Super Smash Bros. Melee. A reference answer written from a \
guide is given; prefer the answer that agrees with it, is correct, on topic and ends cleanly.

Question: {question}
Reference answer: {reference}

Answer 1: {first}

Answer 2: {second}

Which answer is better? Reply with one word: 1, 2, or tie."""
