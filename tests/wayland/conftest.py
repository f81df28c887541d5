"""Fixtures for the Wayland end-to-end tests: one sway session and one user venv per test run.

The session (dbus-daemon, headless sway, waybar, mako, foot) runs as the unprivileged user
``psoasbreak-ci``, in a folder that user can read; each app gets folders of its own there. Without
root, that user or the programs, the tests are skipped, except on CI (``CI=true``), where that is a
broken setup and fails. When the run ends the session's logs (and screenshots of failures) are
copied to pytest's temporary folder, under ``wayland-logs*`` (with ``venv-build.log``, which ends
with how long building the venv took), and the session folder is removed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.wayland.session import (
    UserVenv,
    WaylandApp,
    WaylandSession,
    build_user_venv,
    give_to_user,
    make_shared_root,
    require_wayland_session,
    start_session,
)


@pytest.fixture(scope="session")
def wayland_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    require_wayland_session()
    root = make_shared_root()
    try:
        yield root
    finally:
        keep = tmp_path_factory.mktemp("wayland-logs")
        if (root / "session" / "logs").is_dir():
            shutil.copytree(root / "session" / "logs", keep, dirs_exist_ok=True)
        if (root / "venv-build.log").is_file():
            shutil.copy(root / "venv-build.log", keep)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def user_venv(wayland_root: Path) -> UserVenv:
    """The app, installed from a wheel of this checkout in a venv the session's user can run."""
    return build_user_venv(wayland_root / "venv")


@pytest.fixture(scope="session")
def wayland_session(wayland_root: Path, user_venv: UserVenv) -> Iterator[WaylandSession]:
    session = start_session(give_to_user(wayland_root / "session"))
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def new_app(
    wayland_session: WaylandSession, user_venv: UserVenv
) -> Iterator[Callable[[str, Mapping[str, Any]], WaylandApp]]:
    """``new_app(name, config)``: an app (not started yet) with its own folders and config.toml;
    use it as a context manager. ``name`` is short (it is in the app's socket path) and unique
    in the run. Anything still running at the end of the test is stopped."""
    wayland_session.check_alive()
    apps: list[WaylandApp] = []

    def make(name: str, config: Mapping[str, Any]) -> WaylandApp:
        app = WaylandApp(wayland_session, user_venv, name)
        app.write_config(config)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.stop(fail=False)
