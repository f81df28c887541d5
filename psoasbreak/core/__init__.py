"""Pure-Python break logic: no Qt, no APScheduler (tests/unit/core/test_purity.py enforces it)."""
