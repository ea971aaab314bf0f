"""What ``edicola`` (no subcommand) runs, kept light: checks that need no window first.

No display: one line, before Qt would abort. A reader already running on the
library: hand the work over before loading the reader's thousand modules, so a
double-clicked bundle reaches the open window in a fraction of a second.
Otherwise :func:`edicola.ui.shell.application.run_reader`, with the reader's
Qt-free half imported before PySide6 (:func:`import_qt_free_first`).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from edicola.ui.shell.display_check import display_problem

READER_LOCK = "reader.lock"
"""``single_instance.LOCK_NAME``, named here so that looking for it needs no Qt (a
test compares the two)."""

QT_FREE_FIRST = ("edicola.store.library", "edicola.core.jail")
"""The reader's modules that never import PySide6, and everything they import:
sqlite-utils (with click and pluggy), Markdown, the stores, the jail's parent side.
(What the first frame does not need, e.g. ``cryptography``, ``multiprocessing``, the
Newsstand's catalogs, is imported on first use: tests/integration/test_first_paint_imports.py.)"""


def import_qt_free_first(library_dir: Path) -> None:
    """Import :data:`QT_FREE_FIRST` before PySide6 is (issue 21: about 50 ms CPU of
    the start). PySide6 reads the source of every module imported after it, looking
    for ``PySide6`` in it (``shibokensupport.feature.feature_imported``), about 230 files
    here; modules already imported are never read. Skipped when a reader may hold
    the library (its lock file exists): a hand-over needs none of them."""
    if (library_dir / READER_LOCK).exists():
        return
    for name in QT_FREE_FIRST:
        importlib.import_module(name)


def launch_reader(library_dir: Path, open_bundle: Path | None = None) -> int:
    """Open the reader (or hand over to the one running); the exit status."""
    problem = display_problem()
    if problem is not None:
        print(f"edicola: {problem}", file=sys.stderr)
        return 1
    import_qt_free_first(library_dir)
    from edicola.ui.shell.single_instance import hand_over_to_reader, running_reader

    pid = running_reader(library_dir)
    if pid is not None:
        return hand_over_to_reader(library_dir, open_bundle, pid)
    from edicola.ui.shell.application import run_reader

    return run_reader(library_dir, open_bundle=open_bundle)
