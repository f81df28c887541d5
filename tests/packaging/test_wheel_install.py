"""The Python package as users get it: ``python -m build`` makes the sdist and, from it, the
wheel; the wheel goes into a fresh virtual environment outside the checkout (with its
dependencies from the package index), and that installation runs end to end under Xvfb.

Cost: about 15 s here, downloads included (the dependencies, PySide6-Essentials above all,
come from the package index; pip's cache, where it has one, saves the download on later runs).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from tests.e2e.xsession import RunningApp
from tests.packaging.conftest import ROOT

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) built as ``python -m build`` does: the wheel from the unpacked sdist.

    No build isolation: the test environment already has hatchling (the ``test`` extra), and an
    isolated build would fetch it from the index on every run.
    """
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (sdist,) = out.glob("psoasbreak-*.tar.gz")
    (wheel,) = out.glob("psoasbreak-*.whl")
    return sdist, wheel


def test_the_sdist_carries_what_a_rebuild_and_the_desktop_files_need(dists):
    sdist, _ = dists
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    expected = {
        "pyproject.toml",
        "README.md",
        "resources/icons/psoasbreak.svg",
        "resources/exercises.toml",
        "packaging/linux/psoasbreak.desktop",
        "packaging/linux/io.github.psoasbreak.Psoasbreak.metainfo.xml",
        "packaging/linux/install-desktop-files",
        "packaging/linux/make-icons",
        "packaging/pyinstaller/psoasbreak.spec",
    }
    assert expected <= names, expected - names


def test_the_wheel_declares_the_command_and_its_dependencies(dists):
    _, wheel = dists
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode()
        entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "psoasbreak = psoasbreak.cli:main" in entry_points
    # Names in METADATA may be normalised (pyside6-essentials).
    assert re.search(r"^Requires-Dist: PySide6[-_]Essentials\b", metadata, re.M | re.I), metadata
    assert not [n for n in names if n.startswith("tests/")], "tests leaked into the wheel"
    # Built from the sdist: the translations' sources made it there, and compiled into the wheel.
    for ts in (ROOT / "translations").glob("psoasbreak_*.ts"):
        assert f"psoasbreak/resources/translations/{ts.stem}.qm" in names, ts.name


def test_the_installed_wheel_runs_end_to_end(dists, app_env, tmp_path):
    _, wheel = dists
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # The test's own pip installs into the new environment (pip --python): faster than seeding
    # pip into it. The dependencies come from the index (pip's cache after the first run).
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    where = subprocess.run(
        [str(python), "-c", "import psoasbreak; print(psoasbreak.__file__)"],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), f"imported {where}, not the installed wheel"
    assert not Path(where).is_relative_to(ROOT)

    app_env.command = str(env_dir / "bin" / "psoasbreak")
    with RunningApp(app_env) as app:
        result = app.cli_ok("status", "--json")
        status = json.loads(result.stdout)
        assert status["state"] == "working"
        assert status["next_break_at"] is not None
        quit_result = app.cli("quit")
        assert quit_result.returncode == 0, quit_result.stderr
        assert app.wait_exit() == 0
