"""The house rules that keep the core reusable: no Qt in core/ and store/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app" / "edicola"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_store_never_import_qt_or_ui() -> None:
    offenders = []
    for package in ("core", "store"):
        for path in (APP / package).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(
                    ("PySide6", "shiboken6", "edicola.ui", "edicola.net", "edicola.cli")
                ):
                    offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, offenders


def test_widgets_never_write_sql() -> None:
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        text = path.read_text("utf-8")
        for keyword in ("INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE", ".execute("):
            if keyword in text:
                offenders.append(f"{path.relative_to(APP)}: {keyword.strip()}")
    assert not offenders, offenders


def test_importing_the_core_loads_no_qt() -> None:
    """Import every core and store module in a fresh interpreter and look at sys.modules."""
    modules = sorted(
        ".".join(("edicola", *p.relative_to(APP).with_suffix("").parts))
        for package in ("core", "store")
        for p in (APP / package).rglob("*.py")
        if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=APP.parent
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def _ui_modules() -> dict[str, Path]:
    modules = {}
    for path in (APP / "ui").rglob("*.py"):
        parts = path.relative_to(APP).with_suffix("").parts
        if parts[-1] == "__init__":
            continue  # packages re-export nothing in ui/; their modules are the nodes
        modules[".".join(("edicola", *parts))] = path
    return modules


def _ui_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The ui modules ``path`` imports, at run time or for type checking alike."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found & modules.keys()


def _first_loop(graph: dict[str, set[str]]) -> list[str]:
    """One import loop in ``graph`` (its modules, in order), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (loop := visit(target)):
                return loop
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (loop := visit(module)):
            return loop
    return []


def test_no_import_loops_inside_ui() -> None:
    """The frame, the reader and the features import each other one way only."""
    modules = _ui_modules()
    graph = {m: _ui_imports(p, modules) - {m} for m, p in modules.items()}
    assert len(graph) > 50 and sum(map(len, graph.values())) > 100  # the graph is real
    assert _first_loop(graph) == []


def test_the_loop_finder_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _first_loop(graph) == ["a", "b", "c", "a"]
    assert _first_loop({"a": {"b"}, "b": set()}) == []


def test_only_the_shell_and_the_app_import_the_main_window() -> None:
    """Features reach the window through the seam (``ui/shell/seam.py``), never MainWindow."""
    allowed = APP / "ui" / "shell"
    offenders = []
    for path in APP.rglob("*.py"):
        if path.is_relative_to(allowed) or path == APP / "ui" / "app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            if any(n.startswith("edicola.ui.shell.main_window") for n in names):
                offenders.append(str(path.relative_to(APP)))
    assert offenders == []
