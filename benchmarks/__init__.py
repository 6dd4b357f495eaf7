"""Benchmarks: each `*_bench.py` module here has a `main()` that prints its figures (`make bench`)."""
