"""Fixtures for the KDE Plasma end-to-end tests: one session and one user venv per test run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kde.session import KdeSession, require_kde_session, start_kde_session
from tests.wayland.session import UserVenv, build_user_venv, give_to_user, make_shared_root


@pytest.fixture(scope="session")
def kde_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    require_kde_session()
    root = make_shared_root("psoasbreak-kde-")
    try:
        yield root
    finally:
        keep = tmp_path_factory.mktemp("kde-logs")
        if (root / "session" / "logs").is_dir():
            shutil.copytree(root / "session" / "logs", keep, dirs_exist_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def kde_venv(kde_root: Path) -> UserVenv:
    return build_user_venv(kde_root / "venv")


@pytest.fixture(scope="session")
def kde_session(kde_root: Path, kde_venv: UserVenv) -> Iterator[KdeSession]:
    session = start_kde_session(give_to_user(kde_root / "session"), kde_venv)
    try:
        yield session
    finally:
        session.close()
