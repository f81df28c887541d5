"""Notice when a file is edited, by the operating system's file notifications (no polling).

Editors save in different ways: some write the file in place, many write a new file and rename it
over the old one (vim, gedit, VS Code), which ends the watch on the old file. So the folder is
watched too, and the file is watched again whenever it reappears. A save often arrives as several
notifications (truncate, write, rename, a temporary file coming and going): ``changed`` is emitted
once, when they have settled for ``SETTLE_MS``. The folder above is watched as well, so a
settings folder deleted and made again (a dotfile manager, a restored backup) is watched again
(issue 17); only our folder's coming and going there counts, not other apps' files.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

#: Long enough to cover an editor's truncate-then-write, short enough to feel immediate.
SETTLE_MS: Final = 250


class FileWatcher(QObject):
    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._watcher = QFileSystemWatcher(self)
        self._watcher.setObjectName("config-watcher")
        self._watcher.fileChanged.connect(self._noticed)
        self._watcher.directoryChanged.connect(self._noticed)
        self.settle = Timer(self, "config-settle", single_shot=True, interval_ms=SETTLE_MS)
        self.settle.timeout.connect(self._settled)

    def start(self) -> bool:
        """Begin watching; False (and a log line) when the folder cannot be watched."""
        try:
            # Creating the (empty) settings folder now means its later first file is noticed.
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot create %s to watch it: %s", self.path.parent, exc)
        watched = self._watch_folders()
        self._watch_file()
        if not watched:
            log.warning("cannot watch %s for edits; changes apply after a restart", self.path)
            return False
        return True

    def _folders(self) -> list[Path]:
        return sorted({self.path.parent, Path(os.path.realpath(self.path)).parent})

    def _watch_folders(self) -> bool:
        """Watch the folders (again, where one came back), and the folder above them; True when
        the settings folder itself is watched."""
        wanted = [*self._folders(), self.path.parent.parent]
        present = set(self._watcher.directories())
        missing = [str(f) for f in wanted if f.is_dir() and str(f) not in present]
        if missing:
            self._watcher.addPaths(missing)
        return str(self.path.parent) in self._watcher.directories()

    def stop(self) -> None:
        self.settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def watched(self) -> list[str]:
        return sorted(self._watcher.files() + self._watcher.directories())

    def _watch_file(self) -> None:
        name = str(self.path)
        if name not in self._watcher.files() and self.path.is_file():
            self._watcher.addPath(name)

    def _noticed(self, path: str) -> None:
        if path == str(self.path.parent.parent):
            # The folder above: only our folder coming back matters there.
            if str(self.path.parent) in self._watcher.directories():
                return
            if not self._watch_folders():
                return
        self._watch_file()
        self.settle.start()

    def _settled(self) -> None:
        self._watch_folders()
        self._watch_file()
        self.changed.emit()
