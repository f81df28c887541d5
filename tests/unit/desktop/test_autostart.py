"""Start at login: the XDG entry for real in a temporary XDG_CONFIG_HOME, Windows and macOS
through their seams."""

from __future__ import annotations

import configparser
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak import __version__
from psoasbreak.desktop.autostart import (
    COMMENT,
    LAUNCH_AGENT_ID,
    AutostartError,
    LaunchAgentAutostart,
    NullAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for_platform,
    desktop_entry_keys,
    exec_value,
    launch_command,
)

REPO = Path(__file__).resolve().parents[3]


def parse_exec(value: str) -> list[str]:
    """An Exec value back to arguments, as the Desktop Entry Specification says a launcher reads
    it: string escapes first, then quoting, then ``%%``. Written here independently of the code."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    args: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == " ":
            if current is not None:
                args.append("".join(current))
            current = None
            i += 1
        elif char == '"':
            current = current or []
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current.append(text[i])
                i += 1
            i += 1
        else:
            current = (current or []) + [char]
            i += 1
    if current is not None:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def xdg(tmp_path: Path) -> XdgAutostart:
    environ = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CONFIG_DIRS": f"{tmp_path / 'etc1'}:{tmp_path / 'etc2'}",
    }
    autostart = autostart_for_platform("linux", environ, tmp_path / "home")
    assert isinstance(autostart, XdgAutostart)
    return autostart


# -- XDG ------------------------------------------------------------------------------------------


def test_enable_writes_an_entry_that_starts_this_installation(xdg: XdgAutostart, tmp_path: Path):
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.path == tmp_path / "config" / "autostart" / "psoasbreak.desktop"
    assert xdg.is_enabled()
    entry = read_entry(xdg.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "psoasbreak"
    assert Path(entry["Icon"]).is_file()
    command = parse_exec(entry["Exec"])
    assert command == launch_command()
    assert Path(command[0]).is_absolute()
    # The entry really starts psoasbreak: run its command line (asking only for the version).
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"psoasbreak {__version__}"
    assert xdg.path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in xdg.path.parent.iterdir()] == ["psoasbreak.desktop"]


def test_disable_removes_the_entry_and_is_idempotent(xdg: XdgAutostart):
    xdg.enable()
    xdg.disable()
    assert not xdg.path.exists()
    assert not xdg.is_enabled()
    xdg.disable()
    assert not xdg.is_enabled()


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_turned_off_by_the_desktop_counts_as_off_and_enable_turns_it_on(
    xdg: XdgAutostart, line: str
):
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text(f"[Desktop Entry]\nType=Application\nExec=psoasbreak\n{line}\n")
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()
    assert line not in xdg.path.read_text()


def test_desktop_entry_keys_reads_the_entry_group_as_desktops_do():
    text = (
        "# written by hand\n"
        "[Desktop Action quit]\nHidden=true\n\n"
        "[Desktop Entry]\n  Type = Application \nName[de]=Pausen\nName=psoasbreak\n"
        "Exec=psoasbreak --flag=1\n# Hidden=true\nName=second\nnot a key\n"
        "[Desktop Action other]\nX-GNOME-Autostart-enabled=false\n"
    )
    assert desktop_entry_keys(text) == {
        "Type": "Application",
        "Name[de]": "Pausen",
        "Name": "psoasbreak",
        "Exec": "psoasbreak --flag=1",
    }
    assert desktop_entry_keys("Hidden=true\n[Other]\nType=Application\n") is None


def test_a_hidden_key_in_another_group_does_not_turn_the_entry_off(xdg: XdgAutostart):
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text(
        "[Desktop Entry]\nType=Application\nExec=psoasbreak\n[Desktop Action x]\nHidden=true\n"
    )
    assert xdg.is_enabled()
    xdg.path.write_bytes(b"[Desktop Entry]\nExec=\xff\n")  # not UTF-8: unreadable, so off
    assert not xdg.is_enabled()


def test_an_entry_written_by_another_tool_counts_as_on(xdg: XdgAutostart):
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text("[Desktop Entry]\nType=Application\nName=psoasbreak\nExec=psoasbreak\n")
    assert xdg.is_enabled()


def test_a_file_that_is_not_a_desktop_entry_counts_as_off(xdg: XdgAutostart):
    xdg.path.parent.mkdir(parents=True)
    xdg.path.write_text("not an entry at all")
    assert not xdg.is_enabled()
    xdg.enable()
    assert xdg.is_enabled()


def test_a_system_wide_entry_is_hidden_for_this_user_not_deleted(xdg: XdgAutostart, tmp_path: Path):
    system = tmp_path / "etc2" / "autostart" / "psoasbreak.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nType=Application\nExec=/usr/bin/psoasbreak\n")
    assert xdg.is_enabled()
    xdg.disable()
    assert not xdg.is_enabled()
    assert system.exists()
    assert read_entry(xdg.path)["Hidden"] == "true"
    xdg.enable()
    assert xdg.is_enabled()


def test_set_enabled_touches_nothing_when_it_already_matches(xdg: XdgAutostart):
    xdg.set_enabled(True)
    xdg.path.write_text(xdg.path.read_text() + "# the user's own note\n")
    xdg.set_enabled(True)
    assert "# the user's own note" in xdg.path.read_text()
    xdg.set_enabled(False)
    assert not xdg.path.exists()


def test_a_relative_xdg_config_home_is_ignored(tmp_path: Path):
    autostart = XdgAutostart.from_environment({"XDG_CONFIG_HOME": "relative"}, tmp_path)
    assert autostart.path == tmp_path / ".config" / "autostart" / "psoasbreak.desktop"


def test_an_unwritable_folder_is_an_error_the_user_can_act_on(tmp_path: Path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    autostart = XdgAutostart(blocker / "autostart")
    with pytest.raises(AutostartError, match=r"Could not write .*psoasbreak\.desktop") as raised:
        autostart.enable()
    # The tray translates the same words: a template with the path and the reason as values.
    said = raised.value.said
    assert said.template.startswith("Could not write {path} ({reason})")
    assert dict(said.args)["path"] == str(autostart.path)
    assert said.text == str(raised.value)


_ARG = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)


@given(st.lists(_ARG, min_size=1, max_size=4))
def test_exec_value_reads_back_as_the_same_arguments(command: list[str]):
    assert parse_exec(exec_value(command)) == command


def test_exec_value_quotes_only_what_needs_quoting():
    assert exec_value(["/usr/bin/psoasbreak"]) == "/usr/bin/psoasbreak"
    assert exec_value(["/home/a b/bin/psoasbreak"]) == '"/home/a b/bin/psoasbreak"'
    assert exec_value(["/opt/100%/python", "-m", "psoasbreak"]) == "/opt/100%%/python -m psoasbreak"
    assert exec_value(['/x/$HOME"q']) == '"/x/\\\\$HOME\\\\"q"'


def test_the_packaged_desktop_file_matches_the_autostart_entry():
    packaged = read_entry(REPO / "packaging" / "linux" / "psoasbreak.desktop")
    assert packaged["Name"] == "psoasbreak"
    assert packaged["Comment"] == COMMENT
    assert packaged["Exec"] == "psoasbreak"
    assert packaged["Icon"] == "psoasbreak"
    assert packaged["Type"] == "Application"


# -- the command ----------------------------------------------------------------------------------


def _program(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_launch_command_is_the_console_script_the_app_was_started_by(tmp_path: Path):
    script = _program(tmp_path / "venv" / "bin" / "psoasbreak")
    python = _program(tmp_path / "other" / "python3")
    assert launch_command(str(script), str(python), frozen=False) == [str(script)]


def test_launch_command_finds_the_script_beside_the_interpreter(tmp_path: Path):
    python = _program(tmp_path / "venv" / "bin" / "python3")
    script = _program(tmp_path / "venv" / "bin" / "psoasbreak")
    assert launch_command("-m", str(python), frozen=False) == [str(script)]


def test_launch_command_falls_back_to_the_module(tmp_path: Path):
    python = _program(tmp_path / "bin" / "python3")
    assert launch_command("/somewhere/__main__.py", str(python), frozen=False) == [
        str(python),
        "-m",
        "psoasbreak",
    ]


def test_a_frozen_build_starts_itself(tmp_path: Path):
    exe = _program(tmp_path / "dist" / "psoasbreak")
    assert launch_command("whatever", str(exe), frozen=True) == [str(exe)]


# -- Windows --------------------------------------------------------------------------------------


class FakeRunKey:
    def __init__(self, fail: bool = False) -> None:
        self.values: dict[str, str] = {}
        self.fail = fail

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, command_line: str) -> None:
        if self.fail:
            raise PermissionError(5, "Access is denied")
        self.values[name] = command_line

    def delete(self, name: str) -> None:
        if self.fail:
            raise PermissionError(5, "Access is denied")
        self.values.pop(name, None)


def test_windows_writes_and_removes_the_run_value():
    key = FakeRunKey()
    autostart = WindowsAutostart(key, [r"C:\Program Files\psoasbreak\psoasbreak.exe"])
    assert not autostart.is_enabled()
    autostart.enable()
    assert key.values == {"psoasbreak": r'"C:\Program Files\psoasbreak\psoasbreak.exe"'}
    assert autostart.is_enabled()
    autostart.disable()
    assert key.values == {}
    assert not autostart.is_enabled()
    autostart.disable()


def test_windows_errors_name_the_key():
    autostart = WindowsAutostart(FakeRunKey(fail=True), ["psoasbreak.exe"])
    with pytest.raises(AutostartError, match=r"CurrentVersion\\Run"):
        autostart.enable()
    with pytest.raises(AutostartError, match="Task Manager"):
        autostart.disable()


# -- macOS ----------------------------------------------------------------------------------------


def test_macos_writes_a_launch_agent_that_runs_at_load(tmp_path: Path):
    autostart = autostart_for_platform("darwin", {}, tmp_path)
    assert isinstance(autostart, LaunchAgentAutostart)
    assert not autostart.is_enabled()
    autostart.enable()
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_ID}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == LAUNCH_AGENT_ID
    assert agent["ProgramArguments"] == launch_command()
    assert agent["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()


def test_macos_a_disabled_or_broken_agent_counts_as_off(tmp_path: Path):
    autostart = LaunchAgentAutostart(tmp_path, ["/Applications/psoasbreak"])
    autostart.path.write_bytes(plistlib.dumps({"Label": LAUNCH_AGENT_ID, "Disabled": True}))
    assert not autostart.is_enabled()
    autostart.path.write_text("not a plist")
    assert not autostart.is_enabled()


# -- choosing -------------------------------------------------------------------------------------


def test_each_platform_gets_its_own_entry(tmp_path: Path):
    assert isinstance(autostart_for_platform("win32", {}, tmp_path), WindowsAutostart)
    assert isinstance(autostart_for_platform("freebsd14", {}, tmp_path), XdgAutostart)
    null = autostart_for_platform("sunos5", {}, tmp_path)
    assert isinstance(null, NullAutostart)
    assert not null.is_enabled()
    null.disable()
    with pytest.raises(AutostartError, match="not supported"):
        null.enable()


def test_this_platform_is_supported():
    assert not isinstance(
        autostart_for_platform(sys.platform, {}, Path("/nonexistent")), NullAutostart
    )
