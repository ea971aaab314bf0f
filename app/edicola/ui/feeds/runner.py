"""Building a followed paper's edition off the GUI thread.

Each build runs ``run_recipe`` (the same code as ``edicola feeds build``) on a
worker thread of its own; every step is sent back as a queued signal, so no
widget is touched from the worker. The bundle is imported by the caller, on
the GUI thread, because the library's connection belongs there.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from edicola.core.feeds.build import FeedProgress, run_recipe
from edicola.core.feeds.papers import paper_folder
from edicola.core.feeds.recipe import Recipe
from edicola.net.feed_fetch import FeedFetcher

STATE_DIR = ".edicola-feeds"


class _Stopped(Exception):
    """Raised from the progress callback to abandon a build (the reader is closing)."""


class FeedsRunner(QObject):
    started = Signal(str)  # paper id
    feedProgressed = Signal(str, object)  # paper id, FeedProgress
    built = Signal(str, str, int)  # paper id, bundle path ("" when nothing new), new articles
    failed = Signal(str, str)  # paper id, one-line message ("" when every feed failed)

    def __init__(self, library_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_folder = library_folder
        self._threads: dict[str, threading.Thread] = {}
        self._stopping = threading.Event()

    def is_running(self, paper_id: str) -> bool:
        thread = self._threads.get(paper_id)
        return thread is not None and thread.is_alive()

    def build(self, recipe: Recipe, day: date | None = None) -> bool:
        """Start building ``recipe``'s edition; False when a build of it is already running."""
        if self.is_running(recipe.id):
            return False
        thread = threading.Thread(
            target=self._work,
            args=(recipe, day or date.today()),
            name=f"feeds-{recipe.id}",
            daemon=True,  # a build in flight must not keep a closing reader alive
        )
        self._threads[recipe.id] = thread
        self.started.emit(recipe.id)
        thread.start()
        return True

    def wait(self, timeout: float = 30.0) -> None:
        """Join every build (tests, and the window closing)."""
        for thread in list(self._threads.values()):
            thread.join(timeout)

    def stop(self, timeout: float = 3.0) -> None:
        """Abandon the builds in flight at their next step (nothing half-written stays:
        the bundle and the state are replaced atomically), and wait a little for them."""
        self._stopping.set()
        self.wait(timeout)

    def _work(self, recipe: Recipe, day: date) -> None:
        out_dir = paper_folder(self.library_folder, recipe.id)

        def progress(event: FeedProgress) -> None:
            if self._stopping.is_set():
                raise _Stopped
            self._emit(self.feedProgressed, recipe.id, event)

        try:
            result = run_recipe(
                recipe,
                FeedFetcher(recipe.fetch),
                out_dir=out_dir,
                state_dir=out_dir / STATE_DIR / recipe.id,
                day=day,
                now=datetime.now(UTC),
                progress=progress,
            )
        except _Stopped:
            return
        except Exception as exc:  # one line for the reader, never a crash of the window
            message = str(exc).splitlines()[0] if str(exc) else repr(exc)
            self._emit(self.failed, recipe.id, message)
            return
        if result.all_failed:
            self._emit(self.failed, recipe.id, "")
            return
        path = str(result.bundle.path) if result.bundle is not None else ""
        self._emit(self.built, recipe.id, path, result.new_articles)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        # The window may have closed (and deleted this runner) while the build ran.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)
