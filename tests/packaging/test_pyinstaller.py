"""packaging/pyinstaller: the one-folder app built for real on Linux answers ``status`` under
Xvfb; and the Windows and macOS icon files build.py writes are well formed.

Cost: the build takes about 20 s (PyInstaller's cache makes later builds a little faster);
starting and quitting the frozen app about 2 s.
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.e2e.xsession import RunningApp
from tests.packaging.conftest import ROOT

HERE = ROOT / "packaging" / "pyinstaller"


# The icon tests take pytest-qt's ``qapp``: build.py would otherwise create a QGuiApplication,
# and a later widget test in the same process needs a QApplication.
def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pyinstaller_build", HERE / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder app, built outside the checkout; returns its folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed: pip install -e '.[packaging]' installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must build the PyInstaller app: {reason}", pytrace=False)
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, str(HERE / "build.py"), "--dist", "dist", "--work", "work"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out / "dist" / "psoasbreak"


@pytest.mark.e2e
@pytest.mark.slow
def test_the_frozen_app_starts_and_answers_status(frozen_app, app_env):
    internal = frozen_app / "_internal"
    # The resources are where assets.py looks in a frozen app.
    assert (internal / "psoasbreak" / "resources" / "icons" / "psoasbreak.svg").is_file()
    assert (internal / "psoasbreak" / "resources" / "exercises.toml").is_file()
    for ts in (ROOT / "translations").glob("psoasbreak_*.ts"):
        qm = internal / "psoasbreak" / "resources" / "translations" / f"{ts.stem}.qm"
        assert qm.is_file(), f"{qm.name} is missing from the frozen app"
    # Lean: no QML/Quick, no PDF, no GTK stack, and Qt's translations only for our languages.
    bundled = {p.name for p in internal.rglob("*")}
    assert not {n for n in bundled if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Pdf"))}
    assert not {n for n in bundled if n.startswith(("libgtk-3", "libqgtk3"))}
    languages = ("en", *(ts.stem.split("_", 1)[1] for ts in (ROOT / "translations").glob("*.ts")))
    assert {p.name for p in internal.rglob("qtbase_*.qm")} <= {
        f"qtbase_{lang}.qm" for lang in languages
    }

    app_env.command = str(frozen_app / "psoasbreak")
    with RunningApp(app_env, name="frozen") as app:
        status = json.loads(app.cli_ok("status", "--json").stdout)
        assert status["state"] == "working"
        assert status["today"]["goal"] == 6
        app.wait_for(app.tray_embedded, 20, "the frozen app's tray icon in trayer")
        assert app.cli("quit").returncode == 0
        assert app.wait_exit() == 0


def test_the_windows_icon_holds_every_size_as_png(qapp):
    build = load_build_script()
    data = build.ico_bytes(build.render_pngs(build.ICO_SIZES))
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(build.ICO_SIZES))
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
        assert (height or 256, planes, bits) == (width or 256, 1, 32)
    assert sizes == sorted(build.ICO_SIZES)


def test_the_macos_icon_holds_every_size_as_png(qapp):
    build = load_build_script()
    data = build.icns_bytes(build.render_pngs(build.ICNS_TYPES))
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        png_width = struct.unpack_from(">I", data, offset + 8 + 16)[0]
        assert build.ICNS_TYPES[png_width] == kind
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert kinds == list(build.ICNS_TYPES.values())
