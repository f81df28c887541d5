"""The storage retry timer exists only while something waits, and brings held outcomes home.

Read-only is made by SQLite itself (``PRAGMA query_only`` on the history's own connection), which
refuses writes for root too; the retry fires by hand (``timer.timeout.emit()``) instead of after
its real 5 s delay.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.scheduling.retry import RetryTimer
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.storage.safe_recorder import SafeRecorder

AT = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def live_timers(owner: RetryTimer) -> list[QTimer]:
    return owner.findChildren(QTimer)


def test_no_timer_exists_until_armed_and_none_after_it_fires(qtbot) -> None:
    retry = RetryTimer()
    assert live_timers(retry) == [] and not retry.armed
    retry.start(0.01)
    assert len(live_timers(retry)) == 1 and retry.armed
    retry.start(0.02)  # re-arming reuses the one timer
    assert len(live_timers(retry)) == 1
    with qtbot.waitSignal(retry.due, timeout=2000):
        pass
    assert not retry.armed
    qtbot.waitUntil(lambda: live_timers(retry) == [], timeout=2000)


def test_stop_deletes_the_timer(qtbot) -> None:
    retry = RetryTimer()
    retry.start(60)
    retry.stop()
    assert not retry.armed
    qtbot.waitUntil(lambda: live_timers(retry) == [], timeout=2000)
    with qtbot.assertNotEmitted(retry.due, wait=50):
        pass


def test_read_only_history_is_retried_by_the_timer_until_saved(qtbot, tmp_path) -> None:
    path = tmp_path / "history.sqlite3"
    database = HistoryDatabase.open(path)
    retry, told = RetryTimer(), []
    recorder = SafeRecorder(database, lambda: HistoryDatabase.open(path), path)
    retry.due.connect(recorder.flush)
    recorder.attach(retry, told.append)
    assert not retry.armed

    database._conn.execute("PRAGMA query_only = ON")
    event = BreakEvent(AT, Outcome.COMPLETED, "stretch", 60)
    recorder.record(event)
    assert recorder.pending == (event,) and retry.armed
    assert [n.title for n in told] == ["Break history not saved"]

    retry.timer.timeout.emit()  # still read-only: held, armed again
    assert recorder.pending == (event,) and retry.armed

    database._conn.execute("PRAGMA query_only = OFF")
    retry.timer.timeout.emit()
    assert recorder.pending == () and not retry.armed
    qtbot.waitUntil(lambda: live_timers(retry) == [], timeout=2000)
    assert (told[-1].title, told[-1].text, told[-1].problem) == (
        "Break history saved again",
        f"The break history {path} can be written again; nothing was lost.",
        False,
    )
    recorder.close()
    with HistoryDatabase.open(path) as db:
        assert db.events() == [event]


def test_tray_notify_is_announced_and_harmless_without_a_tray(qtbot) -> None:
    from PySide6.QtGui import QIcon

    from psoasbreak.ui.tray import TrayIcon

    tray = TrayIcon(QIcon(), QIcon())
    with qtbot.waitSignal(tray.notified) as blocker:
        tray.notify("Settings problem", "break_seconds = 5000 is out of range")
    assert blocker.args == ["Settings problem", "break_seconds = 5000 is out of range"]
