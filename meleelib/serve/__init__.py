"""Stage 07: the local engine, the bundled model, the coach exported and served, and pushes to the Hub."""
