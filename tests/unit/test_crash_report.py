"""The net under unexpected errors: a report file and one line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from edicola.crash_report import describe, write_report

ROOT = Path(__file__).resolve().parents[2]


def test_report_holds_the_traceback(tmp_path: Path) -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        report = write_report(exc, tmp_path)
        line = describe(exc, report)
    assert report is not None and "Traceback" in report.read_text("utf-8")
    assert line.startswith("unexpected error: KeyError") and str(report) in line
    assert "\n" not in line


_BROKEN_LIST = """
import sys
from pathlib import Path
from edicola.store.editions import EditionStore
from edicola.store.library import Library
Library.open(Path(sys.argv[1])).close()  # `list` reads an existing library only
def explode(self, publication_id=None):
    raise RuntimeError("a bug nobody foresaw")
EditionStore.editions = explode
sys.argv = ["edicola", "--library", sys.argv[1], "list"]
from edicola.__main__ import main
main()
"""


def test_cli_turns_an_unexpected_error_into_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _BROKEN_LIST, str(tmp_path / "library")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert result.returncode == 70
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("edicola: unexpected error: RuntimeError: a bug nobody foresaw")
    report = Path(line.split("(details in ")[1].rstrip(")"))
    assert "a bug nobody foresaw" in report.read_text("utf-8")
