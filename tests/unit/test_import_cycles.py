"""No import cycle anywhere in the package, late imports inside functions included.

``history_commands`` once took its exit codes from ``cli``, which loads ``history_commands`` for
``stats``, ``export`` and ``import``: each module needed the other. The command line is now a
package (``cli.main``, ``cli.control``, ``cli.history``) whose modules take the codes from
``cli.exit_codes``. Checked on the source, as tests/unit/test_layers.py checks the layers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.unit.test_layers import PACKAGE, _imports


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, wherever in the file the import stands."""
    files = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {
        module: {name for name in _imports(path) if name in files and name != module}
        for module, path in files.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return groups


def test_the_package_has_no_import_cycle() -> None:
    graph = _import_graph()
    assert "psoasbreak.cli.history" in graph["psoasbreak.cli.main"]
    assert _cycles(graph) == []


def test_the_commands_need_nothing_from_the_parser() -> None:
    graph = _import_graph()
    for commands in ("psoasbreak.cli.history", "psoasbreak.cli.control"):
        assert "psoasbreak.cli.main" not in graph[commands]
        assert "psoasbreak.cli.exit_codes" in graph[commands]
    assert graph["psoasbreak.cli.exit_codes"] == set()


def test_the_check_finds_a_cycle() -> None:
    """Without this the test above would pass on a graph it cannot read."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_history_commands_import_first_and_alone() -> None:
    """Imported on its own (its package loads the parser, as any submodule's would), it loads
    fine: no half-initialised module on the way, which a cycle would give."""
    code = "import psoasbreak.cli.history as h\nprint(callable(h.run))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


def test_the_exit_codes_are_still_importable_from_the_command_line_module() -> None:
    from psoasbreak import cli
    from psoasbreak.cli import exit_codes

    # DESIGN §3: 0 ok, 1 error, 2 bad usage, 3 no running instance.
    assert (cli.EXIT_OK, cli.EXIT_ERROR, cli.EXIT_USAGE, cli.EXIT_NOT_RUNNING) == (0, 1, 2, 3)
    assert cli.EXIT_USAGE is exit_codes.EXIT_USAGE
