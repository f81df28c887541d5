"""Fixtures for the GNOME Shell end-to-end tests: one session and one user venv per test run
(the venv is the Wayland tests' own fixture when both run)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gnome.session import GnomeSession, require_gnome_session, start_gnome_session
from tests.wayland.session import UserVenv, build_user_venv, give_to_user, make_shared_root


@pytest.fixture(scope="session")
def gnome_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    require_gnome_session()
    root = make_shared_root("psoasbreak-gnome-")
    try:
        yield root
    finally:
        keep = tmp_path_factory.mktemp("gnome-logs")
        if (root / "session" / "logs").is_dir():
            shutil.copytree(root / "session" / "logs", keep, dirs_exist_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def gnome_venv(gnome_root: Path) -> UserVenv:
    return build_user_venv(gnome_root / "venv")


@pytest.fixture(scope="session")
def gnome_session(gnome_root: Path, gnome_venv: UserVenv) -> Iterator[GnomeSession]:
    session = start_gnome_session(give_to_user(gnome_root / "session"), gnome_venv)
    try:
        yield session
    finally:
        session.close()
