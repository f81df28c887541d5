"""Resources ship inside the wheel: an installed (non-editable) copy finds them without a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("psoasbreak-*.whl")
    return built


def test_wheel_carries_every_resource(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "psoasbreak/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped, "resources/ is empty"
    assert shipped <= names, shipped - names


def test_wheel_carries_the_compiled_translations(wheel):
    """The build hook (hatch_build.py) compiles each translations/*.ts into a .qm in the wheel."""
    import zipfile

    languages = sorted(p.stem for p in (ROOT / "translations").glob("psoasbreak_*.ts"))
    from psoasbreak.ui.translation import SHIPPED_LANGUAGES

    assert languages == sorted(f"psoasbreak_{language}" for language in SHIPPED_LANGUAGES)
    with zipfile.ZipFile(wheel) as archive:
        for name in languages:
            data = archive.read(f"psoasbreak/resources/translations/{name}.qm")
            # Qt's .qm magic number: what QTranslator checks before it loads a file.
            assert data[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"), name


def test_installed_wheel_finds_its_resources_outside_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    # What is checked here (locating resources, loading exercises) needs no dependency, so the
    # venv holds psoasbreak alone, from the wheel, and the checkout is not on the path.
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            "--force-reinstall",
            str(wheel),
        ],
        check=True,
    )
    code = (
        "import psoasbreak, psoasbreak.assets as a\n"
        "from psoasbreak.core.exercises import ExerciseLibrary\n"
        "lib = ExerciseLibrary.load_default()\n"
        "print(psoasbreak.__file__)\n"
        "print(a.resource_path('icons', 'psoasbreak.svg'))\n"
        "print(','.join(lib.ids))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    out = subprocess.run(
        [str(python), "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert str(env_dir) in out[0], out
    assert out[1].startswith(str(env_dir)) and "psoasbreak/resources/icons" in out[1]
    assert {"stretch", "breathing"} <= set(out[2].split(","))
