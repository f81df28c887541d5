"""packaging/linux: the desktop entry, the AppStream metainfo, the icons and the per-user
installer, checked with the real validators and a real install into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from psoasbreak import __version__
from psoasbreak.desktop.autostart import XdgAutostart
from tests.packaging.conftest import LINUX, ROOT, require_tool

APP_ID = "io.github.psoasbreak.Psoasbreak"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# The placeholder repository the metainfo's URLs point at (see the comment in that file).
RAW_URL = "https://raw.githubusercontent.com/psoasbreak/psoasbreak/main/"


def validate_desktop_file(path: Path) -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    # It exits 0 for hints too; any line it prints is a finding we want fixed.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_menu_entry_passes_desktop_file_validate():
    validate_desktop_file(LINUX / "psoasbreak.desktop")


def test_the_autostart_template_is_what_the_app_writes_and_it_validates(tmp_path):
    template = subprocess.run(
        [sys.executable, str(LINUX / "make-autostart-entry")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (tmp_path / "template.desktop").write_text(template, encoding="utf-8")
    validate_desktop_file(tmp_path / "template.desktop")

    # The entry the app writes for "Start at login", with a path that needs quoting in Exec=.
    app_entry = XdgAutostart(tmp_path / "autostart", command=["/opt/my apps/bin/psoasbreak"])
    app_entry.enable()
    validate_desktop_file(app_entry.path)
    written = app_entry.path.read_text(encoding="utf-8")
    assert '\nExec="/opt/my apps/bin/psoasbreak"\n' in written
    assert _other_keys(written) == _other_keys(template)


def _other_keys(entry: str) -> list[str]:
    """The entry's lines but Exec= and Icon=, which name this installation's paths."""
    return [line for line in entry.splitlines() if not line.startswith(("Exec=", "Icon="))]


def test_the_metainfo_passes_appstreamcli_validate():
    tool = require_tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Warnings and errors fail the test; infos (e.g. the newer <developer> tag, unknown to
    # AppStream 0.16 but required by Flathub) and pedantic notes do not.
    assert not re.search(r"^[EW]: ", done.stdout, re.MULTILINE), done.stdout


def test_the_metainfo_describes_this_release_and_real_screenshots():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == "psoasbreak.desktop"
    versions = [r.get("version") for r in component.iter("release")]
    assert versions[0] == __version__, versions
    images = [image.text or "" for image in component.iter("image")]
    assert images, "no screenshots"
    for url in images:
        assert url.startswith(RAW_URL), url
        assert (ROOT / url.removeprefix(RAW_URL)).is_file(), f"{url} names no file in the repo"


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_install_desktop_files_installs_everything_and_uninstall_leaves_nothing(tmp_path):
    data = tmp_path / "data"
    (data / "applications").mkdir(parents=True)
    (data / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    before = _tree(data)
    program = Path(sys.executable).parent / "psoasbreak"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data),
        "HOME": str(tmp_path / "home"),
        "PATH": f"{program.parent}{os.pathsep}{os.environ.get('PATH', os.defpath)}",
    }
    script = str(LINUX / "install-desktop-files")
    subprocess.run([script], env=env, check=True, capture_output=True, text=True)

    desktop = data / "applications" / "psoasbreak.desktop"
    validate_desktop_file(desktop)
    assert f"\nExec={program}\n" in desktop.read_text(encoding="utf-8")
    metainfo = data / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    hicolor = data / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / "psoasbreak.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "psoasbreak.svg").read_bytes()
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "psoasbreak.png") == (size, size)
    # The PNGs are drawn, not blank: the tile's teal fills the middle, its rounded corners
    # leave the image's corner transparent.
    image = QImage(str(hicolor / "48x48" / "apps" / "psoasbreak.png"))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(4, 24).name() == "#1f8a7a"

    # Installing again (an upgrade) is fine; uninstalling removes all of it.
    subprocess.run([script], env=env, check=True, capture_output=True)
    subprocess.run([script, "--uninstall"], env=env, check=True, capture_output=True)
    assert _tree(data) == before


def test_install_desktop_files_says_what_to_do_without_pyside6(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [str(LINUX / "install-desktop-files"), "--python", "/bin/false"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "cannot import PySide6" in done.stderr and "--python" in done.stderr
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("size", [16, 512])
def test_make_icons_draws_the_svg(tmp_path, size):
    subprocess.run(
        [sys.executable, str(LINUX / "make-icons"), str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "psoasbreak.png"
    assert png_size(png) == (size, size)
