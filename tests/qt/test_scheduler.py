"""The QtScheduler fix (DESIGN §5): one owned timer, one wake-up per due job, silence after shutdown."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QTimer

from psoasbreak.scheduling.scheduler import BreakScheduler


@pytest.fixture
def scheduler(qtbot):
    sched = BreakScheduler()
    yield sched
    sched.shutdown()


def _soon(ms: int) -> datetime:
    return datetime.now(timezone.utc) + timedelta(milliseconds=ms)


def test_twenty_reschedules_still_wake_once(qtbot, scheduler):
    timeouts: list[int] = []
    scheduler.scheduler.qtimer.timeout.connect(lambda: timeouts.append(1))
    fired: list[int] = []
    scheduler.due.connect(lambda: fired.append(1))
    for step in range(20):
        scheduler.arm(_soon(150 + 10 * step))
    with qtbot.waitSignal(scheduler.due, timeout=3000):
        pass
    # Nothing else is pending: the owned timer is idle, and no stray chain fires later.
    qtbot.wait(400)
    assert fired == [1]
    assert not scheduler.scheduler.qtimer.isActive()
    # One run to re-plan after the burst of add_job wake-ups, one to run the due job.
    assert len(timeouts) <= 2
    assert scheduler.scheduler.get_jobs() == []


def test_the_scheduler_owns_exactly_one_timer(qtbot, scheduler):
    before = scheduler.scheduler.qtimer
    for step in range(20):
        scheduler.arm(_soon(60_000 + step))
    assert scheduler.scheduler.qtimer is before
    assert isinstance(before, QTimer)
    assert before.isSingleShot()
    # add_job wakes the scheduler at once (0 ms); once it has run, the one timer is armed for the
    # last instant asked for, about a minute ahead, not for any earlier one.
    qtbot.waitUntil(lambda: before.remainingTime() > 55_000, timeout=2000)
    assert before.remainingTime() <= 60_100
    assert len(scheduler.scheduler.get_jobs()) == 1


def test_nothing_fires_after_shutdown(qtbot):
    sched = BreakScheduler()
    for step in range(20):
        sched.arm(_soon(100 + step))
    sched.shutdown()
    assert not sched.scheduler.qtimer.isActive()
    with qtbot.assertNotEmitted(sched.due, wait=400):
        pass


def test_disarm_cancels_the_pending_wakeup(qtbot, scheduler):
    scheduler.arm(_soon(150))
    scheduler.arm(None)
    assert scheduler.armed_at is None
    with qtbot.assertNotEmitted(scheduler.due, wait=400):
        pass


def test_a_late_wakeup_still_fires(qtbot, scheduler):
    """After a suspend the due time is in the past; the job must run, not be dropped as a misfire."""
    with qtbot.waitSignal(scheduler.due, timeout=2000):
        scheduler.arm(datetime.now(timezone.utc) - timedelta(minutes=10))


def test_jobs_run_on_the_qt_thread(qtbot, scheduler):
    import threading

    threads: list[threading.Thread] = []
    scheduler.due.connect(lambda: threads.append(threading.current_thread()))
    with qtbot.waitSignal(scheduler.due, timeout=2000):
        scheduler.arm(_soon(50))
    assert threads == [threading.main_thread()]


def test_rearming_from_inside_due_keeps_the_new_wakeup(qtbot, scheduler):
    """The session re-arms while the job that woke it is still running (a prompt opens and arms
    its deadline): that new wake-up must survive the finished job's clean-up."""
    fired: list[int] = []

    def on_due():
        fired.append(1)
        if len(fired) == 1:
            scheduler.arm(_soon(100))

    scheduler.due.connect(on_due)
    scheduler.arm(_soon(50))
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=3000)
    assert scheduler.armed_at is None
    assert scheduler.scheduler.get_jobs() == []


# -- the local wall-clock jobs: working-hours boundaries and midnight, in the local zone ----------


@pytest.fixture
def berlin(monkeypatch):
    """The process's local zone is Europe/Berlin (CET/CEST) for the test."""
    import time as time_module

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def _fires(scheduler, job_id, after, count=3):
    job = scheduler.local_job(job_id)
    assert job is not None, job_id
    times, previous, now = [], None, after
    for _ in range(count):
        moment = job.trigger.get_next_fire_time(previous, now)
        times.append(moment.astimezone(timezone.utc))
        previous, now = moment, moment
    return times


def test_working_hours_boundaries_are_named_cron_jobs_in_the_local_zone_across_dst(
    qtbot, scheduler, berlin
):
    from datetime import time

    from psoasbreak.scheduling.scheduler import HOURS_END_JOB, HOURS_START_JOB

    scheduler.follow_working_hours([0, 1, 2, 3, 4], time(9, 0), time(17, 30))
    assert {job.name for job in scheduler.scheduler.get_jobs()} >= {HOURS_START_JOB, HOURS_END_JOB}
    # Friday 26 March 2027 is CET (UTC+1); Europe/Berlin moves to CEST (UTC+2) on Sunday 28.
    friday_evening = datetime(2027, 3, 26, 18, 0, tzinfo=timezone.utc)
    utc = timezone.utc
    assert _fires(scheduler, HOURS_START_JOB, friday_evening) == [
        datetime(2027, 3, 29, 7, 0, tzinfo=utc),  # Monday 09:00 CEST
        datetime(2027, 3, 30, 7, 0, tzinfo=utc),
        datetime(2027, 3, 31, 7, 0, tzinfo=utc),
    ]
    assert _fires(scheduler, HOURS_END_JOB, friday_evening, 1) == [
        datetime(2027, 3, 29, 15, 30, tzinfo=utc)
    ]
    scheduler.follow_working_hours([], time(9, 0), time(17, 0))  # working hours off
    assert scheduler.local_job(HOURS_START_JOB) is None
    assert scheduler.local_job(HOURS_END_JOB) is None


def test_local_midnight_is_a_job_and_follows_a_new_zone(qtbot, scheduler, berlin, monkeypatch):
    import time as time_module

    from psoasbreak.scheduling.scheduler import MIDNIGHT_JOB

    scheduler.follow_midnight()
    noon = datetime(2027, 7, 1, 10, 0, tzinfo=timezone.utc)
    assert _fires(scheduler, MIDNIGHT_JOB, noon, 1) == [
        datetime(2027, 7, 1, 22, 0, tzinfo=timezone.utc)  # 00:00 CEST
    ]
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time_module.tzset()
    scheduler.local_zone_changed()
    assert _fires(scheduler, MIDNIGHT_JOB, noon, 1) == [
        datetime(2027, 7, 1, 15, 0, tzinfo=timezone.utc)  # 00:00 JST
    ]


def test_a_local_job_only_emits_its_signal(qtbot, scheduler):
    from psoasbreak.scheduling.scheduler import MIDNIGHT_JOB

    scheduler.follow_midnight()
    job = scheduler.local_job(MIDNIGHT_JOB)
    with qtbot.waitSignal(scheduler.day_changed, timeout=1000):
        job.func()


@pytest.mark.parametrize(
    ("tz", "midnight_utc"),
    [
        ("JST-9", datetime(2027, 7, 1, 15, 0, tzinfo=timezone.utc)),  # POSIX, no IANA name
        ("CET-1CEST,M3.5.0,M10.5.0/3", datetime(2027, 7, 1, 22, 0, tzinfo=timezone.utc)),
        ("Europe/Berln", datetime(2027, 7, 2, 0, 0, tzinfo=timezone.utc)),  # misspelt: UTC
    ],
)
def test_a_zone_without_an_iana_name_follows_the_c_librarys_offsets(
    qtbot, scheduler, monkeypatch, tz, midnight_utc
):
    """Issue 17: such a TZ stopped the app; the local jobs now run on the offsets time gives."""
    import time as time_module

    from psoasbreak.scheduling.scheduler import MIDNIGHT_JOB

    monkeypatch.setenv("TZ", tz)
    time_module.tzset()
    try:
        scheduler.follow_midnight()
        noon = datetime(2027, 7, 1, 10, 0, tzinfo=timezone.utc)
        assert _fires(scheduler, MIDNIGHT_JOB, noon, 1) == [midnight_utc]
    finally:
        monkeypatch.undo()
        time_module.tzset()


def test_the_c_library_zone_crosses_dst_like_the_named_one(qtbot, scheduler, monkeypatch):
    """A POSIX rule for Central Europe gives the same working-hours starts as Europe/Berlin
    across the spring change (Friday 26 to Monday 29 March 2027)."""
    import time as time_module
    from datetime import time

    from psoasbreak.scheduling.scheduler import HOURS_START_JOB

    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time_module.tzset()
    try:
        scheduler.follow_working_hours([0, 1, 2, 3, 4], time(9, 0), time(17, 0))
        friday_evening = datetime(2027, 3, 26, 18, 0, tzinfo=timezone.utc)
        assert _fires(scheduler, HOURS_START_JOB, friday_evening, 2) == [
            datetime(2027, 3, 29, 7, 0, tzinfo=timezone.utc),
            datetime(2027, 3, 30, 7, 0, tzinfo=timezone.utc),
        ]
    finally:
        monkeypatch.undo()
        time_module.tzset()


def test_programme_sessions_are_cron_jobs_on_their_days_across_dst(qtbot, scheduler, berlin):
    """Strength on Mon/Wed/Fri at 12:30 and mobility daily at 09:00, local: the first fires after
    Berlin's spring change are at the same wall-clock time, an hour earlier in UTC."""
    from datetime import time

    scheduler.follow_programme(
        {"strength": ((0, 2, 4), time(12, 30)), "mobility": (tuple(range(7)), time(9, 0))}
    )
    utc = timezone.utc
    friday_evening = datetime(2027, 3, 26, 18, 0, tzinfo=utc)  # CET; CEST from Sunday 28
    assert _fires(scheduler, "programme-strength", friday_evening) == [
        datetime(2027, 3, 29, 10, 30, tzinfo=utc),  # Monday 12:30 CEST
        datetime(2027, 3, 31, 10, 30, tzinfo=utc),  # Wednesday
        datetime(2027, 4, 2, 10, 30, tzinfo=utc),  # Friday
    ]
    assert _fires(scheduler, "programme-mobility", friday_evening) == [
        datetime(2027, 3, 27, 8, 0, tzinfo=utc),  # Saturday 09:00 CET
        datetime(2027, 3, 28, 7, 0, tzinfo=utc),  # Sunday 09:00 CEST
        datetime(2027, 3, 29, 7, 0, tzinfo=utc),
    ]
    assert scheduler.next_programme_session("strength") is not None
    job = scheduler.local_job("programme-strength")
    with qtbot.waitSignal(scheduler.programme_due, timeout=1000) as blocker:
        job.func(*job.args)
    assert blocker.args == ["strength"]
    scheduler.follow_programme({})  # the programme turned off
    assert scheduler.local_job("programme-strength") is None
    assert scheduler.local_job("programme-mobility") is None
    assert scheduler.next_programme_session("strength") is None


def test_a_snoozed_session_falls_due_once_more(qtbot, scheduler):
    scheduler.snooze_programme("mobility", _soon(30))
    with qtbot.waitSignal(scheduler.programme_due, timeout=3000) as blocker:
        pass
    assert blocker.args == ["mobility"]
