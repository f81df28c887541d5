"""Finding shipped resources from a checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from psoasbreak import assets
from psoasbreak.assets import resource_path, resource_roots

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site-packages-like tree: <tmp>/psoasbreak/ next to a checkout-style <tmp>/resources/."""
    package = tmp_path / "psoasbreak"
    package.mkdir()
    monkeypatch.setattr(assets, "_PACKAGE_DIR", package)
    return tmp_path


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_finds_shipped_files_from_this_checkout() -> None:
    assert resource_path("exercises.toml").is_file()
    assert resource_path("icons", "psoasbreak.svg").is_file()
    assert resource_path("illustrations/stretch-left.svg").is_file()
    assert resource_path().is_dir()


def test_installed_wheel_copy_wins(fake_layout: Path) -> None:
    _write(fake_layout / "psoasbreak" / "resources" / "icons" / "a.svg", "wheel")
    _write(fake_layout / "resources" / "icons" / "a.svg", "checkout")
    assert resource_path("icons", "a.svg").read_text(encoding="utf-8") == "wheel"
    assert resource_roots()[0] == fake_layout / "psoasbreak" / "resources"


def test_falls_back_to_the_checkout(fake_layout: Path) -> None:
    _write(fake_layout / "resources" / "exercises.toml", "checkout")
    assert resource_path("exercises.toml") == fake_layout / "resources" / "exercises.toml"


def test_missing_resource_says_what_and_where(fake_layout: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        resource_path("icons", "nope.svg")
    message = str(caught.value)
    assert "icons/nope.svg" in message.replace("\\", "/")
    assert str(fake_layout / "psoasbreak" / "resources") in message
    assert str(fake_layout / "resources") in message
    assert "reinstall" in message


@pytest.mark.parametrize("parts", [("..", "pyproject.toml"), ("icons/../../x",), ("/etc/passwd",)])
def test_paths_outside_resources_are_refused(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        resource_path(*parts)


def test_wheel_build_puts_resources_where_assets_looks() -> None:
    # assets.py assumes this mapping; if the packaging changes, this test points at assets.py.
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include["resources"] == "psoasbreak/resources"


@pytest.mark.parametrize("name", ["psoasbreak.svg", "psoasbreak-paused.svg"])
def test_icons_are_square_svg(name: str) -> None:
    root = ET.fromstring(resource_path("icons", name).read_text(encoding="utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 64 64"


def test_assets_does_not_import_qt() -> None:
    code = (
        "import sys, psoasbreak.assets, psoasbreak.core.exercises as e; "
        "e.ExerciseLibrary.load_default(); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'apscheduler'))]; "
        "sys.exit(repr(bad) if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
