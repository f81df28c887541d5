"""Ready to publish: ``python -m build`` makes an sdist and a wheel that ``twine check --strict``
passes, and the sdist builds a working wheel with hatchling alone.

The sdist ships the compiled translations (``resources/translations/*.qm``) beside their sources,
so the build hook (hatch_build.py) has nothing to compile and asks for no PySide6: a wheel built
from the sdist in an isolated environment gets hatchling only, and still carries every language.

Cost: about 6 s here, a third of it the isolated build, whose pip fetches hatchling from the package
index (pip's cache, where it has one, saves the download on later runs).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, require_module

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

# Qt's .qm magic number: what QTranslator checks before it loads a file.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
PYSIDE6 = re.compile(r"^\s*pyside6\b", re.IGNORECASE)


def languages(root: Path) -> list[str]:
    """``psoasbreak_<lang>`` for each ``translations/*.ts`` under ``root``."""
    return sorted(p.stem for p in (root / "translations").glob("psoasbreak_*.ts"))


def build_requires(project: Path, hook: str = "get_requires_for_build_wheel") -> list[str]:
    """What hatchling's PEP 517 backend asks for, in ``project``, before it builds."""
    code = f"import json, hatchling.build as b; print(json.dumps(b.{hook}()))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    requires: list[str] = json.loads(done.stdout.splitlines()[-1])
    return requires


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) from the checkout, as ``python -m build`` makes them (the wheel from the
    unpacked sdist). No build isolation: the test environment has hatchling (the ``packaging``
    extra)."""
    require_module("build", "packaging")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (sdist,) = out.glob("psoasbreak-*.tar.gz")
    (wheel,) = out.glob("psoasbreak-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def unpacked(dists, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist unpacked, as pip or ``python -m build`` unpacks it (the files keep their times)."""
    sdist, _ = dists
    dest = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):
            archive.extractall(dest, filter="data")
        else:  # pragma: no cover - Python before 3.10.12/3.11.4
            archive.extractall(dest)
    (project,) = dest.iterdir()
    return project


@pytest.fixture(scope="module")
def rebuilt(unpacked, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(wheel, build's output): ``python -m build --wheel`` in the unpacked sdist, isolated, so
    the build environment has what the backend asks for and nothing else (pip fetches it)."""
    out = tmp_path_factory.mktemp("rebuilt")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(unpacked)],
        capture_output=True,
        text=True,
        check=False,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log
    (wheel,) = out.glob("psoasbreak-*.whl")
    return wheel, log


def test_twine_check_strict_passes_on_the_sdist_and_the_wheel(dists):
    require_module("twine", "packaging")
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2, done.stdout


def test_the_metadata_says_where_the_project_and_its_changelog_are(dists):
    _, wheel = dists
    with zipfile.ZipFile(wheel) as archive:
        info = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode()
    assert "Project-URL: Changelog, https://github.com/psoasbreak/psoasbreak/" in metadata
    assert "Project-URL: Homepage, https://github.com/psoasbreak/psoasbreak" in metadata
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "Classifier: Environment :: X11 Applications :: Qt" in metadata
    assert "Keywords: " in metadata
    # PyPI refuses License :: classifiers beside a License-Expression (PEP 639).
    assert "Classifier: License ::" not in metadata


def test_the_sdist_carries_the_changelog_and_the_compiled_translations(unpacked):
    assert (unpacked / "CHANGELOG.md").is_file()
    assert "GNU GENERAL PUBLIC LICENSE" in (unpacked / "LICENSE").read_text(encoding="utf-8")
    names = languages(unpacked)
    assert names == languages(ROOT), "the sdist's translations are not the checkout's"
    for name in names:
        qm = unpacked / "resources" / "translations" / f"{name}.qm"
        assert qm.is_file(), f"the sdist has no {qm.name}"
        assert qm.read_bytes()[:16] == QM_MAGIC, qm


def test_building_from_the_sdist_asks_for_no_pyside6(unpacked, tmp_path):
    with (unpacked / "pyproject.toml").open("rb") as f:
        static = tomllib.load(f)["build-system"]["requires"]
    assert not [r for r in static if PYSIDE6.match(r)], static
    for hook in ("get_requires_for_build_wheel", "get_requires_for_build_sdist"):
        requires = build_requires(unpacked, hook)
        assert not [r for r in requires if PYSIDE6.match(r)], (hook, requires)

    # Not vacuous: without a compiled catalogue the same sdist asks for PySide6 to make it.
    copy = tmp_path / unpacked.name
    shutil.copytree(unpacked, copy)
    (copy / "resources" / "translations" / f"{languages(copy)[0]}.qm").unlink()
    requires = build_requires(copy)
    assert [r for r in requires if PYSIDE6.match(r)], requires


def test_the_wheel_built_from_the_sdist_alone_carries_every_language(unpacked, rebuilt):
    wheel, log = rebuilt
    # The isolated environment got hatchling only: nothing about PySide6 was installed, and with
    # no PySide6 there the hook could not have compiled anything.
    assert "hatchling" in log, log
    assert "pyside6" not in log.lower(), log
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for name in languages(unpacked):
            path = f"psoasbreak/resources/translations/{name}.qm"
            assert path in names, name
            shipped = (unpacked / "resources" / "translations" / f"{name}.qm").read_bytes()
            assert archive.read(path) == shipped, name
