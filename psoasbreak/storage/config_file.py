"""``config.toml``: read it forgivingly, write it without trampling the user's edits.

The file belongs to the user. Reading never fails (the reminder must run even with a broken
file); a file that is not TOML is moved aside, never overwritten or deleted, so nothing the user
typed is lost. Saving changes only the values that differ, through tomlkit, so comments, key order
and unknown keys stay as they were; and it replaces the file atomically, so a crash mid-save
leaves the old file or the new one, never half of each.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.core.settings import (
    DEFAULT_SETTINGS,
    KEYS,
    Settings,
    SettingsProblem,
    parse_settings,
    parse_value,
    refusable,
    settings_to_document,
)
from psoasbreak.storage.atomic import write_atomically

if TYPE_CHECKING:
    # tomlkit is for saving alone, so it is imported when a save happens, not at start-up: it
    # costs about 1.4 MB that an app which never saves its settings would carry all day.
    from tomlkit.items import Table
    from tomlkit.toml_document import TOMLDocument

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    # tomli is only installed on 3.10, so mypy run elsewhere with python_version 3.10 cannot see it.
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

#: ``SettingsProblem.key`` of a problem with the file as a whole rather than one key in it.
WHOLE_FILE: Final = ""

_HEADER: Final = (
    "psoasbreak settings. Edit them here or in the Settings window; the app applies changes.",
    "The README lists every key with its allowed values.",
)
_BOM: Final = "\ufeff"
#: A settings file is a few hundred bytes; anything this big is something else.
MAX_CONFIG_BYTES: Final = 1 << 20
_POSITION: Final = re.compile(r"line \d+")


@dataclass(frozen=True)
class LoadedConfig:
    """What was read: the settings in force, what was wrong, and where a broken file went."""

    settings: Settings
    problems: tuple[SettingsProblem, ...]
    moved_aside: Path | None


class ConfigFileError(Exception):
    """Saving did not happen; the message says why and what the user can do."""


def load_config(path: Path, now: datetime) -> LoadedConfig:
    """Read ``path``; a missing file means the defaults and is not created (saving creates it).

    ``now`` names a broken file that is moved aside (``config.toml.broken-YYYYmmdd-HHMMSS``).
    """
    return _load(path, lambda reason: _move_aside(path, now, reason))


def read_config(path: Path) -> LoadedConfig:
    """Read ``path`` again while the app runs, as ``load_config`` does, except that a file that
    is not valid TOML stays where it is: the user is probably still editing it, and moving it
    from under their editor would lose the next save. Its problem is reported with the key
    ``WHOLE_FILE`` (and the settings returned are the defaults, which the caller should not use).
    """
    return _load(
        path,
        lambda reason: _defaults_because(
            Message.of(
                QT_TRANSLATE_NOOP("Notices", "{file} is not valid TOML: {reason}."),
                file=path.name,
                reason=reason,
            )
        ),
    )


def _load(path: Path, unparsable: Callable[[str], LoadedConfig]) -> LoadedConfig:
    try:
        content = _read_regular_file(path)
    except FileNotFoundError:
        return LoadedConfig(DEFAULT_SETTINGS, (), None)
    except IsADirectoryError:
        return _defaults_because(
            Message.of(
                refusable(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} is a folder, not a file, so the settings could not be read; the "
                        "defaults are used. Move that folder elsewhere so psoasbreak can keep its "
                        "settings there.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} is a folder, not a file, so the settings could not be read.",
                    ),
                ),
                path=str(path),
            )
        )
    except OSError as exc:
        return _defaults_because(
            Message.of(
                refusable(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} could not be read ({error}); the defaults are used. Check the "
                        "file's permissions (it must be readable by you) and that its folder "
                        "exists.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} could not be read ({error}).",
                    ),
                ),
                path=str(path),
                error=str(exc.strerror or exc),
            )
        )
    try:
        data = _parse_toml(content)
    # Every way the parser can fail is a broken file: bad UTF-8 and TOML errors are ValueErrors,
    # and so is an integer of thousands of digits; brackets nested a few thousand deep overflow
    # the parser's recursion (issue 17).
    except (ValueError, RecursionError) as exc:
        return unparsable(_describe_parse_error(exc, content))
    settings, problems = parse_settings(data)
    return LoadedConfig(settings, tuple(problems), None)


def save_config(path: Path, settings: Settings) -> None:
    """Write ``settings`` to ``path``, touching only the values that change.

    A value already in the file that means the same (``30.0`` for 30, ``"Mon"`` for mon) keeps
    its spelling; a value that was invalid is replaced by the one in force. A key missing from
    the file is added only when it differs from its default, so a short file stays short.
    A new file gets every key, so the user sees what can be set. A symlinked file is written
    through the link (dotfile managers rely on it). Nothing is written when nothing changes.

    Raises ``ConfigFileError`` if the file cannot be read, is not valid TOML (it is then left
    for the user to fix, never overwritten) or cannot be written; ``ValueError`` if ``settings``
    is not valid, which is a bug in the caller.
    """
    import tomlkit

    _require_valid(settings)
    target = Path(os.path.realpath(path))
    old_text = _read_for_update(target)
    if old_text is None:
        document = _new_document(settings)
    else:
        document = _parse_for_update(target, old_text)
        _update_document(document, tomllib.loads(old_text), settings)
    new_text = tomlkit.dumps(document)
    _check_reads_back(new_text, old_text, settings)
    if new_text == old_text:
        return
    try:
        write_atomically(target, new_text.encode("utf-8"))
    except OSError as exc:
        raise ConfigFileError(
            f"The settings could not be saved to {target} ({exc.strerror or exc}). Check that "
            "you may write to that folder and that the disk is not full."
        ) from exc


def _read_regular_file(path: Path) -> bytes:
    """The file's bytes. Opened without blocking and checked to be a plain file of a sane size:
    a named pipe there would hang start-up forever, and ``/dev/zero`` would eat the memory."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "it is not a plain file (a pipe or a device?)", str(path))
        if info.st_size > MAX_CONFIG_BYTES:
            raise OSError(errno.EFBIG, f"it is larger than {MAX_CONFIG_BYTES} bytes", str(path))
        return stream.read(MAX_CONFIG_BYTES + 1)


def _defaults_because(message: Message) -> LoadedConfig:
    return LoadedConfig(DEFAULT_SETTINGS, (SettingsProblem(WHOLE_FILE, message),), None)


def _parse_toml(content: bytes) -> dict[str, Any]:
    # Windows editors like to start UTF-8 files with a byte order mark, which TOML forbids.
    data: dict[str, Any] = tomllib.loads(content.decode("utf-8").removeprefix(_BOM))
    return data


def _describe_parse_error(exc: Exception, content: bytes) -> str:
    if isinstance(exc, UnicodeDecodeError):
        before = content[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return f"it is not UTF-8 text (at line {line}, column {column})"
    if isinstance(exc, RecursionError):
        return "its tables or arrays are nested too deeply to read"
    text = str(exc)
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if not _POSITION.search(text) and lineno is not None:
        text = f"{text} (at line {lineno}, column {colno})"
    return text


def _move_aside(path: Path, now: datetime, reason: str) -> LoadedConfig:
    try:
        aside = _free_name(path, now)
        path.rename(aside)
    except OSError as exc:
        return _defaults_because(
            Message.of(
                refusable(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} is not valid TOML: {reason}. It could not be moved aside "
                        "({error}), so it is left as it is; the defaults are used until you fix "
                        "it.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "{path} is not valid TOML: {reason}. It could not be moved aside "
                        "({error}), so it is left as it is.",
                    ),
                ),
                path=str(path),
                reason=reason,
                error=str(exc.strerror or exc),
            )
        )
    message = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is "
                "lost; the defaults are used. Fix that file and move it back, or change any "
                "setting to start a new file.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is "
                "lost.",
            ),
        ),
        path=str(path),
        reason=reason,
        aside=str(aside),
    )
    return LoadedConfig(DEFAULT_SETTINGS, (SettingsProblem(WHOLE_FILE, message),), aside)


def _free_name(path: Path, now: datetime) -> Path:
    # Two broken saves within one second must not overwrite the first one set aside.
    stem = f"{path.name}.broken-{now:%Y%m%d-%H%M%S}"
    candidate = path.with_name(stem)
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate


def _require_valid(settings: Settings) -> None:
    reread, problems = parse_settings(settings_to_document(settings))
    if problems or reread != settings:
        details = " ".join(p.message for p in problems) or f"{settings!r} is not canonical."
        raise ValueError(f"refusing to save invalid settings: {details}")


def _read_for_update(target: Path) -> str | None:
    try:
        return target.read_bytes().decode("utf-8").removeprefix(_BOM)
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        raise _broken_file_error(target, "it is not UTF-8 text") from exc
    except OSError as exc:
        raise ConfigFileError(
            f"The settings could not be saved: {target} could not be read "
            f"({exc.strerror or exc}), and psoasbreak will not replace a file it cannot read. "
            "Fix its permissions, or move it away."
        ) from exc


def _parse_for_update(target: Path, text: str) -> TOMLDocument:
    import tomlkit
    import tomlkit.exceptions

    try:
        tomllib.loads(text)
        return tomlkit.parse(text)
    except (tomlkit.exceptions.TOMLKitError, ValueError, RecursionError) as exc:
        raise _broken_file_error(target, _describe_parse_error(exc, text.encode())) from exc


def _broken_file_error(target: Path, reason: str) -> ConfigFileError:
    return ConfigFileError(
        f"The settings could not be saved: {target} is not valid TOML ({reason}), and "
        "psoasbreak does not overwrite it. Fix the file or move it away, then change the "
        "setting again."
    )


def _new_document(settings: Settings) -> TOMLDocument:
    import tomlkit

    document = tomlkit.document()
    for line in _HEADER:
        document.add(tomlkit.comment(line))
    document.add(tomlkit.nl())
    for key, value in settings_to_document(settings).items():
        if isinstance(value, Mapping):
            document[key] = _table(value)
        else:
            document[key] = value
    return document


def _table(values: Mapping[str, object]) -> Table:
    import tomlkit

    table = tomlkit.table()
    for key, value in values.items():
        table[key] = value
    return table


def _update_document(document: TOMLDocument, old: Mapping[str, object], settings: Settings) -> None:
    from tomlkit.items import AoT, Table

    # settings_to_document puts the tables last, so a plain key added here never lands in one.
    for key, wanted in settings_to_document(settings).items():
        target = getattr(settings, key)
        if KEYS[key].kind == "table":
            _update_table(document, old, key, target, cast(Mapping[str, object], wanted))
            continue
        if _already_means(key, old, target):
            continue
        if isinstance(document.item(key) if key in document else None, (Table, AoT)):
            # Overwriting a table with a plain value in place would pull later keys into it.
            del document[key]
        document[key] = wanted


def _update_table(
    document: TOMLDocument,
    old: Mapping[str, object],
    key: str,
    target: object,
    wanted: Mapping[str, object],
) -> None:
    """Bring the file's ``[key]`` table to ``target`` (``wanted`` in the file's form), value by
    value inside it, so its comments and unknown keys stay; a table the file lacks is added only
    when ``target`` is not its default, and a value that is not a table is replaced whole."""
    from tomlkit.items import InlineTable, Table

    old_table = old.get(key)
    if old_table is None:
        if target != KEYS[key].default:
            document[key] = _table(wanted)
        return
    container = document.item(key)
    if not isinstance(old_table, Mapping) or not isinstance(container, (Table, InlineTable)):
        del document[key]
        document[key] = _table(wanted)
        return
    for name, value in wanted.items():
        if not _already_means(f"{key}.{name}", old_table, getattr(target, name), stored_key=name):
            container[name] = value


def _already_means(
    key: str, old: Mapping[str, object], target: object, stored_key: str | None = None
) -> bool:
    """Whether the file's value for ``key`` (or its absence) already reads back as ``target``.
    ``stored_key``: the name ``key`` has in ``old``, when ``old`` is a table (``start`` for
    ``working_hours.start``)."""
    name = key if stored_key is None else stored_key
    if name not in old:
        return target == KEYS[key].default
    value, problems = parse_value(key, old[name])
    return not problems and value == target


def _check_reads_back(new_text: str, old_text: str | None, settings: Settings) -> None:
    # A last guard before touching the user's file: tomlkit edits are structural, and a value
    # placed after a table header would silently change meaning.
    new_data = tomllib.loads(new_text)
    reread, _ = parse_settings(new_data)
    unknown_kept = old_text is None or all(
        new_data.get(key) == value
        for key, value in tomllib.loads(old_text).items()
        if key not in {f.name for f in fields(Settings)}
    )
    if reread != settings or not unknown_kept:
        raise ConfigFileError(
            "The settings could not be saved: updating the existing file would have changed "
            "its meaning. Please report this as a bug; the file was left untouched."
        )
