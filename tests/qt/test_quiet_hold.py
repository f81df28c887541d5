"""A break held back by do-not-disturb, as the tray shows it: the tooltip says why it waits."""

from __future__ import annotations

from psoasbreak.core.quiet import QuietReason
from psoasbreak.core.session import State
from tests.qt.conftest import build_rig


class FakeQuiet:
    """Do-not-disturb as the test sets it (the real sources are tested in tests/unit/desktop)."""

    def __init__(self) -> None:
        self.reason: QuietReason | None = None

    def quiet_reason(self) -> QuietReason | None:
        return self.reason


def test_the_tray_says_why_a_due_break_waits_and_the_prompt_follows(qtbot, tmp_path):
    quiet = FakeQuiet()
    rig = build_rig(tmp_path, quiet=quiet)
    try:
        quiet.reason = QuietReason.FULLSCREEN
        rig.due_now()
        assert rig.session.state is State.WORKING
        assert rig.presenter.prompt is None
        status_line = rig.tray.menu.actions()[0].text()
        assert status_line == "Break waiting: a fullscreen window is active"
        assert "Break waiting: a fullscreen window is active" in rig.tray.tray.toolTip()

        quiet.reason = None
        rig.due_now()  # the once-a-minute re-check
        assert rig.session.state is State.PROMPTING
        assert rig.presenter.prompt is not None and rig.presenter.prompt.isVisible()
        assert rig.tray.menu.actions()[0].text() == "Time for a break"
    finally:
        rig.close()
