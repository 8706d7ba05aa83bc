"""Development tools: the synthetic corpus, the benchmark and the load test (README, Performance).

A separate app, installed only when wanted (``ARCHIVE_BENCHMARKS``, on by default with debug): nothing
that serves the archive imports it.
"""
