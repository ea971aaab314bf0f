"""The plugin testers get is registered, and costs nothing to those who don't use it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_the_plugin_is_a_pytest11_entry_point() -> None:
    found = {e.name: e.value for e in entry_points(group="pytest11")}
    assert found.get("edicola") == "edicola.testing.plugin"


def test_loading_the_plugin_imports_no_qt_store_or_servers() -> None:
    code = (
        "import sys, edicola.testing.plugin\n"
        "heavy = ('PySide6', 'pytestqt', 'isso', 'edicola.store', 'edicola.ui', 'edicola.core')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_test_tools_stay_out_of_the_runtime_dependencies() -> None:
    project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
    runtime = " ".join(project["dependencies"]).lower()
    assert "pytest" not in runtime and "isso" not in runtime
    testing = project["optional-dependencies"]["testing"]
    assert {d.split(">")[0].split("=")[0] for d in testing} == {"pytest", "pytest-qt", "isso"}
    assert "edicola[testing]" in project["optional-dependencies"]["dev"]
