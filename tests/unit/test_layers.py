"""The import contracts of DESIGN §2, checked on the source (every import statement, those inside
functions and under TYPE_CHECKING too), so a layer cannot lean on another by a late import.

core/ decides and imports nothing but itself; the edges (desktop/, scheduling/, storage/) report
facts and never reach up into the windows or the app layer; ui/ shows and never touches storage;
only the app layer (shell/) and the composition root (app.py) know everything.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "psoasbreak"
QT_AND_SCHEDULER = {"PySide6", "shiboken6", "apscheduler"}
#: What an edge may take from core/: values and interfaces, no rules.
CORE_VALUES = {
    "psoasbreak.core.clock",
    "psoasbreak.core.messages",
    "psoasbreak.core.events",
    "psoasbreak.core.quiet",
    "psoasbreak.core.away",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # ``from psoasbreak.core import session`` imports a module by its name.
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _layer(layer: str) -> dict[str, set[str]]:
    return {
        str(path.relative_to(PACKAGE.parent)): _imports(path)
        for path in sorted((PACKAGE / layer).rglob("*.py"))
    }


def _under(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _violations(layer: str, forbidden) -> list[str]:
    bad = []
    for module, names in _layer(layer).items():
        bad += [f"{module} imports {name}" for name in sorted(names) if forbidden(name)]
    return bad


def test_every_layer_is_seen():
    for layer in ("core", "ui", "desktop", "scheduling", "storage", "shell"):
        assert _layer(layer), layer
    assert "psoasbreak/core/session.py" in _layer("core")


def test_core_imports_only_itself():
    """No Qt, no APScheduler, no storage, no desktop: every rule testable with the FakeClock."""

    def forbidden(name: str) -> bool:
        top = name.split(".")[0]
        if top in QT_AND_SCHEDULER:
            return True
        return _under(name, "psoasbreak") and not _under(
            name, "psoasbreak.core", "psoasbreak.assets"
        )

    assert _violations("core", forbidden) == []


def test_ui_never_touches_storage_the_edges_or_the_app_layer():
    def forbidden(name: str) -> bool:
        if _under(name, "psoasbreak.scheduling.timer"):  # the one Timer seam serves every layer
            return False
        return name.split(".")[0] == "apscheduler" or _under(
            name,
            "psoasbreak.storage",
            "psoasbreak.desktop",
            "psoasbreak.scheduling",
            "psoasbreak.shell",
            "psoasbreak.app",
        )

    assert _violations("ui", forbidden) == []


@pytest.mark.parametrize("layer", ["desktop", "scheduling"])
def test_edges_report_facts_and_take_only_values_from_core(layer):
    def forbidden(name: str) -> bool:
        if _under(name, "psoasbreak.ui", "psoasbreak.shell", "psoasbreak.app"):
            return True
        if _under(name, "psoasbreak.core"):
            return not any(_under(name, value) for value in CORE_VALUES)
        return False

    assert _violations(layer, forbidden) == []


def test_storage_never_reaches_up():
    def forbidden(name: str) -> bool:
        top = name.split(".")[0]
        return top in QT_AND_SCHEDULER or _under(
            name, "psoasbreak.ui", "psoasbreak.shell", "psoasbreak.app", "psoasbreak.desktop"
        )

    assert _violations("storage", forbidden) == []


def test_only_the_command_line_starts_the_app():
    importers = [
        module
        for layer in ("core", "ui", "desktop", "scheduling", "storage", "shell")
        for module, names in _layer(layer).items()
        if any(_under(name, "psoasbreak.app") for name in names)
    ]
    assert importers == []


def test_the_check_sees_a_late_import_inside_a_function(tmp_path):
    """The contract would be empty if a function-level or TYPE_CHECKING import were missed."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from psoasbreak.ui.tray import TrayIcon\n"
        "def f():\n    from psoasbreak.storage import database\n    import PySide6.QtCore\n",
        encoding="utf-8",
    )
    assert {"psoasbreak.ui.tray", "psoasbreak.storage", "PySide6.QtCore"} <= _imports(sample)


def test_every_qt_timer_goes_through_the_timer_seam():
    """No QTimer is built, and no static single-shot armed, outside scheduling/timer.py."""
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "scheduling" / "timer.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("QTimer", "singleShot"):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}")
    assert bad == []


def test_no_assert_in_production_code():
    """`python -O` drops asserts: a check that matters must be a real one."""
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assert)
    ]
    assert found == []
