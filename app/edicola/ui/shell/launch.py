"""What ``edicola`` (no subcommand) runs, kept light: checks that need no window first.

No display: one line, before Qt would abort. A reader already running on the
library: hand the work over before loading the reader's thousand modules, so a
double-clicked bundle reaches the open window in a fraction of a second.
Otherwise :func:`edicola.ui.shell.application.run_reader`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from edicola.ui.shell.display_check import display_problem
from edicola.ui.shell.single_instance import hand_over_to_reader, running_reader


def launch_reader(library_dir: Path, open_bundle: Path | None = None) -> int:
    """Open the reader (or hand over to the one running); the exit status."""
    problem = display_problem()
    if problem is not None:
        print(f"edicola: {problem}", file=sys.stderr)
        return 1
    pid = running_reader(library_dir)
    if pid is not None:
        return hand_over_to_reader(library_dir, open_bundle, pid)
    from edicola.ui.shell.application import run_reader

    return run_reader(library_dir, open_bundle=open_bundle)
