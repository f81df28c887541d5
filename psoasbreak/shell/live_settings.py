"""Settings that apply live: from the Settings window, and from edits of ``config.toml``.

``SettingsStore`` decides what an edit means (storage/settings_store.py has the rules); this
module connects it to the Qt side: the file watcher, the window, and the messages the user sees.
``apply`` (``App.apply_settings``) brings new settings into force in the session and the tray.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.file_watch import FileWatcher
from psoasbreak.storage.config_file import ConfigFileError
from psoasbreak.storage.settings_store import Change, Refusal, SettingsStore

if TYPE_CHECKING:  # imported when the window first opens: it costs ~60 ms at start-up (issue 9)
    from psoasbreak.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

NOT_APPLIED_TITLE = QT_TRANSLATE_NOOP("Notices", "Settings file not applied")
NOTE_TITLE = QT_TRANSLATE_NOOP("Notices", "Settings")


class LiveSettings(QObject):
    def __init__(
        self,
        store: SettingsStore,
        apply: Callable[[Settings], None],
        tell: Callable[[str, Message], None],
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``tell(title, said)`` reaches the user (tray message, translated there); this module
        logs as well (in English)."""
        super().__init__(parent)
        self.store = store
        self._apply = apply
        self._tell = tell
        self._icon = icon
        self.dialog: SettingsDialog | None = None
        self.watcher = FileWatcher(store.path, self)
        self.watcher.changed.connect(self.file_changed)

    @property
    def current(self) -> Settings:
        return self.store.current

    def start(self) -> None:
        """Begin watching the file; edits from now on apply live."""
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            # close() alone leaves a hidden window (and every widget in it) alive until exit.
            dialog.close()
            dialog.deleteLater()

    # -- the window ----------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Show the Settings window; a second request brings the open one to the front."""
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from psoasbreak.ui.settings_dialog import SettingsDialog

        shown = self.store.refresh_login()
        dialog = SettingsDialog.ask(shown, self._save, self.store.path, self._icon)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _save(self, settings: Settings) -> str | None:
        try:
            change = self.store.save(settings)
        except ConfigFileError as exc:
            log.warning("settings not saved: %s", exc)
            return str(exc)
        log.info("settings saved from the Settings window")
        self._bring_in(change)
        return None

    # -- the file ------------------------------------------------------------------------

    def file_changed(self) -> None:
        """The watcher saw the file change: apply a valid edit, refuse and explain a bad one."""
        result = self.store.reload()
        if result is None:
            return
        if isinstance(result, Refusal):
            said = Message.of(
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "Your edit of {file} was not applied: {reasons} The settings in force stay as "
                    "they were until the file is fixed.",
                ),
                file=self.store.path.name,
                reasons=result.said,
            )
            log.warning("%s: %s", NOT_APPLIED_TITLE, said.text)
            self._tell(NOT_APPLIED_TITLE, said)
            return
        if result.settings is not None:
            log.info("applied an edit of %s", self.store.path)
            if self.dialog is not None:
                self.dialog.show_settings(result.settings)
        self._bring_in(result)

    def _bring_in(self, change: Change) -> None:
        for note in change.said:
            log.warning("settings: %s", note.text)
            self._tell(NOTE_TITLE, note)
        if change.settings is not None:
            self._apply(change.settings)
