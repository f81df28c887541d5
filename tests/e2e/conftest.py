"""Fixtures for end-to-end tests: one X desktop per test session, a private environment per test.

The desktop (Xvfb + dbus-daemon + openbox + trayer) is started once; each test gets its own
HOME and XDG folders, so the app under test never sees another test's config, history or socket.
When the desktop's programs are missing the tests are skipped, except on CI (``CI=true``), where a
missing program is a broken setup and fails.

The command under test is the ``psoasbreak`` console script next to ``sys.executable``; set
PSOASBREAK_E2E_COMMAND to the path of another build (say, a PyInstaller binary) to test that.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xsession import AppEnv, FocusHolder, XSession, missing_tools, start_xsession
from tests.needs import unavailable


def _require_desktop_tools() -> None:
    missing = missing_tools()
    if missing:
        reason = (
            f"end-to-end tests need {', '.join(missing)}; "
            "install them with packaging/linux/install-system-deps --test"
        )
        unavailable(reason, "the X test session")


@pytest.fixture(scope="session")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    _require_desktop_tools()
    session = start_xsession(tmp_path_factory.mktemp("xsession"))
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def app_env(tmp_path: Path, xsession: XSession) -> Iterator[AppEnv]:
    """Environment for a ``psoasbreak`` subprocess; ``app_env.write_config({...})`` for settings."""
    xsession.check_alive()
    env = AppEnv(tmp_path, xsession)
    try:
        yield env
    finally:
        env.close()


@pytest.fixture
def focus_holder(tmp_path: Path, xsession: XSession) -> Iterator[FocusHolder]:
    """A running focus-holder window that is the active window with the keyboard focus."""
    holder = FocusHolder(xsession, tmp_path)
    try:
        yield holder.start()
    finally:
        holder.stop()


@pytest.fixture
def trayless_xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    """A desktop of its own with no system tray (Xvfb + dbus-daemon + openbox); the test may
    start one later with ``start_tray()``. One per test, since such a test changes it."""
    _require_desktop_tools()
    session = start_xsession(tmp_path_factory.mktemp("trayless"), tray=False)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def trayless_app_env(tmp_path: Path, trayless_xsession: XSession) -> Iterator[AppEnv]:
    """Like ``app_env``, on the desktop without a tray."""
    env = AppEnv(tmp_path, trayless_xsession)
    try:
        yield env
    finally:
        env.close()
