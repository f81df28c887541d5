"""A window that holds the keyboard focus during end-to-end tests.

Run as ``python focus_holder.py OUTPUT_FILE [--text TEXT] [--cursor N]`` with
``QT_QPA_PLATFORM=xcb``. It shows a window titled "focus-holder" whose only widget, a QLineEdit,
has the focus; ``--text`` fills it in first and ``--cursor`` puts the text cursor at that position
(default: the end), as in an app the user is in the middle of editing.

OUTPUT_FILE gets one JSON line per state of the field: ``{"text": …, "cursor": …, "at": …}`` with
the whole current text, the cursor position and the wall time (seconds since the epoch) of the
change; the first line is the state at start. A test that types with ``xdotool type`` can tell
whether the keystrokes arrived here (and were not swallowed by a window that took the focus),
whether they landed at the cursor, and when.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

TITLE = "focus-holder"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=Path(argv[0]).name)
    parser.add_argument("output", type=Path, metavar="OUTPUT_FILE")
    parser.add_argument("--text", default="")
    parser.add_argument("--cursor", type=int, default=None)
    args = parser.parse_args(argv[1:])
    output: Path = args.output
    app = QApplication(argv[:1])
    app.setApplicationName(TITLE)

    line = QLineEdit()
    line.setObjectName("focusHolderLine")
    line.setWindowTitle(TITLE)
    line.resize(400, 40)
    line.setText(args.text)
    line.setCursorPosition(len(args.text) if args.cursor is None else args.cursor)

    last: list[tuple[str, int]] = []

    def record() -> None:
        # Typing a character emits both textChanged and cursorPositionChanged, with the same state.
        state = (line.text(), line.cursorPosition())
        if last == [state]:
            return
        last[:] = [state]
        entry = {"text": state[0], "cursor": state[1], "at": time.time()}
        # One open/close per change: the test reads the file while we run.
        with output.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    output.write_text("", encoding="utf-8")
    record()
    line.textChanged.connect(record)
    line.cursorPositionChanged.connect(record)
    line.show()
    line.activateWindow()
    line.setFocus()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
