"""Fixtures for the packaging tests: the validators they need, and the end-to-end desktop.

The wheel-install and PyInstaller tests run the built app under the same X session as
tests/e2e, with the same fixtures (imported here, so this folder gets its own session-wide
desktop when it runs alone or alongside tests/e2e).
"""

from __future__ import annotations

import shutil
from pathlib import Path

# Re-exported fixtures: pytest finds fixtures by name in a conftest's namespace.
from tests.e2e.conftest import app_env, xsession  # noqa: F401
from tests.needs import unavailable

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def require_tool(program: str, package: str) -> str:
    """The path of ``program``; skips the test when it is missing, except on CI, where it fails."""
    path = shutil.which(program)
    if path is None:
        reason = (
            f"{program} ({package}) is not installed; "
            "install it with packaging/linux/install-system-deps --test"
        )
        unavailable(reason, program)
    return path


def require_module(module: str, extra: str) -> None:
    """Skips the test when the Python module (a command run as ``python -m``) is missing, except
    on CI, where it fails; ``extra`` names the extra of pyproject.toml that installs it."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        reason = f"{module} is not installed: pip install -e '.[{extra}]' installs it"
        unavailable(reason, module)
