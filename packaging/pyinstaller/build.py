#!/usr/bin/env python3
"""Build psoasbreak as a one-folder app with PyInstaller.

    python packaging/pyinstaller/build.py [--dist DIR] [--work DIR]

Run it with a Python that has psoasbreak's dependencies and PyInstaller (``pip install -e
'.[packaging]'``, or ``pip install . pyinstaller``). It builds for the system it runs on:
``DIR/psoasbreak/psoasbreak`` on Linux, ``DIR\\psoasbreak\\psoasbreak.exe`` (and
``psoasbreak-cli.exe``) on Windows, ``DIR/psoasbreak.app`` on macOS. DIR defaults to ``dist/`` in
the current folder; PyInstaller's scratch files go to ``build/`` there (``--work``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import struct
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SVG = ROOT / "resources" / "icons" / "psoasbreak.svg"
# Windows shows 16-256 px icons (Explorer, taskbar, tray); each size is a PNG inside the .ico.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# macOS .icns: each size under its OSType (the PNG-payload types, macOS 10.7 and later).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_pngs(sizes: Iterable[int], svg: Path = SVG) -> dict[int, bytes]:
    """Our SVG as PNG files of the given square sizes, rendered by Qt offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {svg}")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(buffer.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (ICONDIR, one ICONDIRENTRY per image, then the data).

    Written by hand: Qt's ico writer stores a single image per file.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' magic and total length, then (OSType, length, PNG) per size."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icon(fmt: str, out: Path) -> Path:
    if fmt == "ico":
        out.write_bytes(ico_bytes(render_pngs(ICO_SIZES)))
    else:
        out.write_bytes(icns_bytes(render_pngs(ICNS_TYPES)))
    return out


def compile_translations() -> None:
    """Make resources/translations/*.qm from translations/*.ts, as the wheel build does
    (hatch_build.py), so a fresh checkout's frozen app speaks every shipped language."""
    hook = ROOT / "hatch_build.py"
    if not hook.is_file():
        return
    spec = importlib.util.spec_from_file_location("hatch_build", hook)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # it imports hatchling's hook interface
    except ImportError as exc:
        if not any((ROOT / "resources" / "translations").glob("*.qm")):
            raise SystemExit(
                f"cannot compile the translations ({exc}): pip install hatchling"
            ) from exc
        return  # the catalogues an earlier build made are there
    module.compile_translations(ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="where the app goes")
    parser.add_argument("--work", type=Path, default=Path("build"), help="PyInstaller's scratch")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)

    compile_translations()
    env = dict(os.environ)
    fmt = {"win32": "ico", "darwin": "icns"}.get(sys.platform)
    if fmt is not None:
        env["PSOASBREAK_ICON"] = str(write_icon(fmt, args.work.resolve() / f"psoasbreak.{fmt}"))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={args.dist.resolve()}",
        f"--workpath={args.work.resolve()}",
        str(HERE / "psoasbreak.spec"),
    ]
    done = subprocess.run(command, env=env, check=False)
    if done.returncode != 0:
        return done.returncode
    program = (
        args.dist.resolve() / "psoasbreak" / ("psoasbreak.exe" if fmt == "ico" else "psoasbreak")
    )
    print(f"built {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
