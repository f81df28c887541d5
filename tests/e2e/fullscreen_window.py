"""A fullscreen window, as a presentation or a video call would show, for do-not-disturb tests.

Run as ``python fullscreen_window.py`` with ``QT_QPA_PLATFORM=xcb``: it shows a window titled
"fullscreen-window" with ``showFullScreen()`` (the window manager then sets
``_NET_WM_STATE_FULLSCREEN`` on it) and runs until terminated.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

TITLE = "fullscreen-window"


def main() -> int:
    app = QApplication([TITLE])
    app.setApplicationName(TITLE)
    label = QLabel("presenting")
    label.setWindowTitle(TITLE)
    label.showFullScreen()
    label.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
