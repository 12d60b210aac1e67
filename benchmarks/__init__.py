"""Benchmarks of factbot at up to millions of facts, each figure beside a baseline of the same run.

Run ``python -m benchmarks --facts 1000000``; see README.md ("Benchmarks") and RESULTS.md.
Never run as tests (tests/unit/test_benchmarks.py checks that the code itself works).
"""
