"""``edicola search Q --json`` without click: the same output, and only the plain forms."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola import quick_search
from edicola.cli import cli
from edicola.testing.editions import make_edition_source


def _cli(library: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quick")
    lib = root / "lib"
    bundle = root / "e.edicola"
    _cli(lib, "build", str(make_edition_source(root / "src")), "-o", str(bundle))
    _cli(lib, "import", str(bundle))
    return lib


@pytest.mark.parametrize(
    "query", ["veicolo", "citta section:notizie", '"ponte nuovo"', "pon", "nothingatall", '"']
)
def test_the_quick_path_prints_what_click_prints(
    library: Path, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert quick_search.run(["--library", str(library), "search", query, "--json"]) == 0
    monkeypatch.undo()
    assert out.getvalue() == _cli(library, "search", query, "--json")
    for limit in (["--limit", "1"], ["--limit=1"]):
        out = io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        args = ["search", "--json", *limit, query]
        assert quick_search.run([f"--library={library}", *args]) == 0
        monkeypatch.undo()
        assert out.getvalue() == _cli(library, *args)


def test_only_the_plain_forms_take_the_quick_path(tmp_path: Path) -> None:
    env = {"EDICOLA_LIBRARY": "/lib"}
    assert quick_search.parse(["search", "q", "--json"], env) == (Path("/lib"), "q", True, 20)
    assert quick_search.parse(["search", "q", "--json"], {}) is None  # the default folder
    for args in (
        ["search", "q", "--json", "--limit", "0"],  # click explains the error
        ["search", "q", "--json", "--limit", "x"],
        ["search", "q", "--json", "--limit"],
        ["search", "q", "r", "--json"],
        ["search", "-q", "--json"],
        ["search", "--json"],
        ["list", "--json"],
        ["--verbose", "search", "q", "--json"],
    ):
        assert quick_search.parse(args, env) is None, args
    # Not a library (no file, or a schema before 0012): click's path opens or explains it.
    assert quick_search.run(["--library", str(tmp_path), "search", "q", "--json"]) is None
    assert quick_search.run(["--library", str(tmp_path), "search", "q"]) is None


def test_a_search_process_imports_neither_click_nor_dataclasses(library: Path) -> None:
    code = (
        "import sys\n"
        "from edicola import __main__\n"
        f"sys.argv = ['edicola', '--library', {str(library)!r}, 'search', 'ponte', '--json']\n"
        "try:\n"
        "    __main__.main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print(sorted({'click', 'dataclasses', 'typing', 'sqlite_utils'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.splitlines()[-1] == "[]"
    assert '"article_id"' in done.stdout
