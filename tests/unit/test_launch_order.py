"""``edicola`` imports the reader's Qt-free half before PySide6 (issue 21).

PySide6 reads the source of every module imported after it; the launcher
imports the stores, sqlite-utils and Markdown first, unless a reader may already
hold the library (a hand-over needs none of it). Run in a fresh interpreter:
what was imported is the point.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from edicola.ui.shell import launch, single_instance

PROBE = """
import sys
from pathlib import Path
from edicola.ui.shell.launch import import_qt_free_first
import_qt_free_first(Path(sys.argv[1]))
print(*(name in sys.modules for name in ("PySide6", "sqlite_utils", "edicola.store.library")))
"""


def _imported(library_dir: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(library_dir)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,  # timing-ok: a hang guard, about 100x an import
    )
    return done.stdout.strip()


def test_the_lock_is_looked_for_under_the_reader_s_own_name() -> None:
    assert launch.READER_LOCK == single_instance.LOCK_NAME


def test_the_qt_free_half_comes_first_and_brings_no_qt(tmp_path: Path) -> None:
    assert _imported(tmp_path) == "False True True"


def test_a_library_a_reader_may_hold_loads_nothing_before_the_hand_over(tmp_path: Path) -> None:
    (tmp_path / launch.READER_LOCK).write_text("4242\nhost\nedicola\n")
    assert _imported(tmp_path) == "False False False"
