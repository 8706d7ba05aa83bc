"""Performance tooling: a synthetic archive (corpus.py) and the benchmark of the production stack (bench.py)."""
