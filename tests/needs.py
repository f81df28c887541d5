"""What a test does when this machine lacks a program it needs."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(reason: str, ci_needs: str) -> NoReturn:
    """Skip (a developer's machine may lack it), except on CI (``CI=true``), where a missing
    program is a broken setup: fail, saying that CI must provide ``ci_needs``."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide {ci_needs}: {reason}", pytrace=False)
    pytest.skip(reason)
