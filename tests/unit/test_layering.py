"""The house rules that keep the core reusable: no Qt below app/core and app/store."""

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
