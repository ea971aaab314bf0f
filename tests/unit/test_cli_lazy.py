"""The command line imports a command's module only when that command runs."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import COMMAND_MODULES, cli
from edicola.store.library import Library


def test_the_table_names_every_command_of_every_module() -> None:
    for module_name, names in COMMAND_MODULES.items():
        module = importlib.import_module(f"edicola.cli.{module_name}")
        assert sorted(c.name or "" for c in module.COMMANDS) == sorted(names), module_name


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for names in COMMAND_MODULES.values():
        for name in names:
            assert f"\n  {name} " in result.output


def test_search_imports_neither_the_validator_nor_the_network_code() -> None:
    code = (
        "import sys\n"
        "from edicola.cli import cli\n"
        "cli.get_command(None, 'search')\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(done.stdout.split())
    assert "edicola.cli.search" in loaded
    assert not {"jsonschema", "edicola.cli.newsstand", "edicola.net.downloader"} & loaded


def test_a_search_in_a_current_library_skips_sqlite_utils(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib").close()
    code = (
        "import sys\n"
        "from edicola.cli import cli\n"
        "try:\n"
        f"    cli(['--library', {str(tmp_path / 'lib')!r}, 'search', 'ponte', '--json'])\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print('sqlite_utils' in sys.modules, 'jsonschema' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split()[-2:] == ["False", "False"]
    assert done.stdout.lstrip().startswith("[]")
