"""Where the shipped resources (icons, illustrations, exercises.toml) live.

The repository keeps them in a top-level ``resources/`` folder, but the wheel build copies that
folder to ``psoasbreak/resources/`` (pyproject.toml, ``force-include``), because an installed
package cannot reach outside its own directory. Looking in both places lets the same code run from
a checkout, an editable install and an installed wheel. No Qt here: core code uses it too.
"""

from __future__ import annotations

from pathlib import Path, PurePath

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> tuple[Path, ...]:
    """The folders searched, in order: the installed wheel's copy wins over a checkout."""
    return (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("icons", "psoasbreak.svg")``.

    Parts may hold ``/`` (exercises.toml stores ``"illustrations/stretch-left.svg"``). They must
    stay inside the resources folder, so a bad path in a data file cannot reach other files.
    """
    relative = PurePath(*parts) if parts else PurePath()
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource path must be relative and stay inside resources/: {relative}")
    roots = resource_roots()
    for root in roots:
        candidate = root / relative
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in roots)
    raise FileNotFoundError(
        f"psoasbreak resource {str(relative)!r} not found (searched {searched}); "
        "the installation looks incomplete: reinstall psoasbreak"
    )
