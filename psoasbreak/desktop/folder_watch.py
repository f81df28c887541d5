"""Notice changes in the sync folder by the operating system's file notifications (no polling).

Sync tools deliver a file by writing a temporary file and renaming it over the old one
(Syncthing, Nextcloud, Dropbox), which the folder's watch sees. The folder may not be there yet
(a sync tool that has not made it, a disk not mounted): then the nearest folder above it that
exists is watched, so its coming back is noticed too, and the watches move down as it appears.
Several notifications of one delivery are settled into one ``changed``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

#: A delivery is a few notifications within milliseconds; this joins them into one read.
SETTLE_MS: Final = 300


class FolderWatch(QObject):
    """Watches ``folder`` (and its parents while it is missing); ``changed`` once per burst."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        # Made when a folder is first watched: each watcher holds one of the user's inotify
        # instances (128 by default on Linux), and most users never set a sync folder.
        self._watcher: QFileSystemWatcher | None = None
        self.settle = Timer(self, "sync-folder-settle", single_shot=True, interval_ms=SETTLE_MS)
        self.settle.timeout.connect(self._settled)

    @property
    def watched(self) -> list[str]:
        if self._watcher is None:
            return []
        return sorted(self._watcher.directories() + self._watcher.files())

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (None: nothing, and the watcher's inotify instance is given back)
        and every file in it."""
        self._folder = folder
        if folder is None and self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
            self.settle.stop()
            return
        self._rewatch()

    def _rewatch(self) -> None:
        wanted: set[str] = set()
        if self._folder is not None:
            wanted = self._paths(self._folder)
        if self._watcher is None:
            if not wanted:
                return
            self._watcher = QFileSystemWatcher(self)
            self._watcher.setObjectName("sync-folder-watcher")
            self._watcher.directoryChanged.connect(self._noticed)
            self._watcher.fileChanged.connect(self._noticed)
        current = set(self._watcher.directories() + self._watcher.files())
        gone = sorted(current - wanted)
        new = sorted(wanted - current)
        if gone:
            self._watcher.removePaths(gone)
        if new:
            failed = self._watcher.addPaths(new)
            if failed:
                log.info("cannot watch %s for deliveries", ", ".join(failed))

    @staticmethod
    def _paths(folder: Path) -> set[str]:
        """The folder and its files when it is there, else the nearest folder above it."""
        if folder.is_dir():
            try:
                files = {str(p) for p in folder.iterdir() if p.is_file()}
            except OSError:
                files = set()
            return {str(folder), *files}
        for above in folder.parents:
            if above.is_dir():
                return {str(above)}
        return set()

    def _noticed(self, _path: str) -> None:
        self.settle.start()

    def _settled(self) -> None:
        self._rewatch()  # a folder that appeared, a new machine's file
        self.changed.emit()
