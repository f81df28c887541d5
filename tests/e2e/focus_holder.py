"""A window that holds the keyboard focus during end-to-end tests.

Run as ``python focus_holder.py OUTPUT_FILE`` with ``QT_QPA_PLATFORM=xcb``. It shows a window
titled "focus-holder" whose only widget, a QLineEdit, has the focus. Every change of the text is
appended to OUTPUT_FILE as one line holding the whole current text, so a test that types with
``xdotool type`` can tell whether the keystrokes arrived here (and were not swallowed by a window
that took the focus).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

TITLE = "focus-holder"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {Path(argv[0]).name} OUTPUT_FILE", file=sys.stderr)
        return 2
    output = Path(argv[1])
    app = QApplication(argv[:1])
    app.setApplicationName(TITLE)

    line = QLineEdit()
    line.setObjectName("focusHolderLine")
    line.setWindowTitle(TITLE)
    line.resize(400, 40)

    def record(text: str) -> None:
        # One open/close per change: the test reads the file while we run.
        with output.open("a", encoding="utf-8") as out:
            out.write(text + "\n")

    line.textChanged.connect(record)
    output.write_text("", encoding="utf-8")
    line.show()
    line.activateWindow()
    line.setFocus()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
