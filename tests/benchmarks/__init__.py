"""Benchmarks: scripts run by hand (``python -m tests.benchmarks.run_all``), never by pytest."""
