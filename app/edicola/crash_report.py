"""What happens to an error nobody expected: a report on disk, one calm line for the user.

Known problems (a bad bundle, a failing server) have their own messages; this
is the net under everything else, so that no traceback ever reaches a reader
or a script, and a developer still gets the whole story in a file.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from edicola import __version__
from edicola.paths import APP_NAME


def report_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def write_report(exc: BaseException, folder: Path | None = None) -> Path | None:
    """Write the traceback of ``exc`` to a timestamped file; None if that fails too."""
    folder = folder or report_dir()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"error-{stamp}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        details = "".join(traceback.format_exception(exc))
        path.write_text(f"Edicola {__version__}\n{details}", "utf-8")
    except OSError:
        return None
    return path


def describe(exc: BaseException, report: Path | None) -> str:
    """The one line a person sees."""
    where = f" (details in {report})" if report else ""
    return f"unexpected error: {type(exc).__name__}: {exc}{where}"
