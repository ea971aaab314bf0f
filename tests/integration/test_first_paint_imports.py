"""What the reader imports before its first frame (issue 21: cold start ≤ 0.5 s CPU).

The reader runs as ``edicola --library DIR`` (offscreen) on a library holding an
edition, with ``EDICOLA_STARTUP_PROBE=modules``: at its first paint it prints every
module imported so far and quits. Signature checking, HTTP dates, the jail's
worker protocol, the Newsstand's catalogs, importing bundles and crash reports
are loaded when first used, never for the first frame. Not a timing test: what
was imported is the point.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library
from edicola.ui.shell.startup_probe import (
    LIST_MODULES,
    MODULES_PREFIX,
    PREFIX,
    STARTUP_PROBE_ENV,
)

LEFT_FOR_LATER = (
    "cryptography",  # minisign: only to make a key or check a signature
    "email.utils",  # backoff: only for a Retry-After date
    "multiprocessing.connection",  # the jail: its first worker starts after the paint
    "dateutil.tz",  # sqlite-utils' CLI recipes (dateutil.parser is registered lazily)
    "edicola.core.catalog.minisign",
    "edicola.store.catalogs",  # Library.catalogs: the Newsstand's, built after the paint
    "edicola.core.catalog.opds",
    "edicola.store.edition_import",  # writing an edition
    "edicola.core.bundle.reader",  # reading a bundle file
    "edicola.core.print.pages",
    "edicola.crash_report",  # only when something goes wrong
    "edicola.ui.newsstand.controller",  # the views the first frame does not show
)


def _modules_at_first_paint(library: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: LIST_MODULES}
    done = subprocess.run(
        [sys.executable, "-m", "edicola", "--library", str(library)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # timing-ok: a hang guard, about 100x a start
    )
    lines = done.stdout.splitlines()
    assert any(line.startswith(PREFIX + " ") for line in lines), done.stderr[-2000:]
    listed = [line.split()[1:] for line in lines if line.startswith(MODULES_PREFIX + " ")]
    assert listed, f"no module list (exit {done.returncode}): {done.stderr[-2000:]}"
    return set(listed[0])


def test_the_first_frame_leaves_what_it_does_not_need_for_later(
    library: Library, edition_source: Path, tmp_path: Path
) -> None:
    library.editions.import_bundle(build_edition(edition_source, tmp_path / "bundle").path)
    library.close()
    modules = _modules_at_first_paint(library.folder)
    assert {"edicola.ui.app", "edicola.store.editions", "sqlite_utils"} <= modules
    assert [name for name in LEFT_FOR_LATER if name in modules] == []
