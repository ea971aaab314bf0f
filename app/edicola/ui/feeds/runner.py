"""Building a followed paper's edition off the GUI thread.

Each build runs ``run_recipe`` (the same code as ``edicola feeds build``) as a
pool job (:class:`edicola.tasks.pool.PoolJobs`) keyed by the paper, on a
daemon thread of its own: a build in flight must not keep a closing reader
alive. Every step is posted back to the GUI thread, so no widget is touched
from the worker. The bundle is imported by the caller, through the library's
import queue.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from edicola.core.feeds.papers import paper_folder, save_paper
from edicola.core.feeds.recipe import Recipe
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import DaemonThreads, PoolJobs

if TYPE_CHECKING:  # the build imports trafilatura & co. (~0.25 s): only when one runs
    from edicola.core.feeds.build import BuildResult, FeedProgress, Fetcher

STATE_DIR = ".edicola-feeds"


class _Stopped(Exception):
    """Raised from the progress callback to abandon a build (the reader is closing)."""


class FeedsRunner(QObject):
    started = Signal(str)  # paper id
    feedProgressed = Signal(str, object)  # paper id, FeedProgress
    built = Signal(str, str, int)  # paper id, bundle path ("" when nothing new), new articles
    failed = Signal(str, str)  # paper id, one-line message ("" when every feed failed)
    reported = Signal(str, object)  # paper id, BuildResult (before built or failed)
    renamed = Signal(str, object)  # paper id, Recipe: its sections named after their feeds

    def __init__(self, library_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_folder = library_folder
        self._jobs = PoolJobs(DaemonThreads("edicola-feeds"), self)

    def is_running(self, paper_id: str) -> bool:
        return self._jobs.busy(paper_id)

    def build(self, recipe: Recipe, day: date | None = None, name_sections: bool = False) -> bool:
        """Start building ``recipe``'s edition; False when a build of it is already running.
        ``name_sections``: first name the sections still titled after their feed's site
        after the feed's own title, and save the recipe (a paper made in the reader)."""
        if self.is_running(recipe.id) or self._jobs.stopping.is_set():
            return False
        self.started.emit(recipe.id)
        return self._jobs.start(
            lambda: self._work(recipe, day or date.today(), name_sections),
            lambda outcome: self._on_outcome(recipe.id, outcome),
            key=recipe.id,
        )

    def wait(self, timeout: float = 30.0) -> None:
        """Join every build (tests, and the window closing)."""
        self._jobs.wait(timeout)

    def stop(self, timeout: float = 3.0) -> None:
        """Abandon the builds in flight at their next step (nothing half-written stays:
        the bundle and the state are replaced atomically), and wait a little for them.
        Touches no Qt object: it may run while the window is being destroyed."""
        self._jobs.shutdown(timeout)

    def _work(self, recipe: Recipe, day: date, name_sections: bool) -> BuildResult:
        """On the worker: the build; its steps are posted to the GUI thread."""
        from edicola.core.feeds.build import run_recipe
        from edicola.net.feed_fetch import FeedFetcher

        out_dir = paper_folder(self.library_folder, recipe.id)
        fetcher = FeedFetcher(recipe.fetch)
        if name_sections:
            recipe = self._named(recipe, fetcher)

        def progress(event: FeedProgress) -> None:
            if self._jobs.stopping.is_set():
                raise _Stopped
            self._jobs.post(lambda: self.feedProgressed.emit(recipe.id, event))

        return run_recipe(
            recipe,
            fetcher,
            out_dir=out_dir,
            state_dir=out_dir / STATE_DIR / recipe.id,
            day=day,
            now=datetime.now(UTC),
            progress=progress,
        )

    def _named(self, recipe: Recipe, fetcher: Fetcher) -> Recipe:
        """On the worker: the sections named after their feeds, saved if that changed them."""
        from edicola.core.feeds.section_titles import named_sections

        named = named_sections(recipe, fetcher, datetime.now(UTC))
        if self._jobs.stopping.is_set():
            raise _Stopped
        if named != recipe:
            save_paper(self.library_folder, named)
            self._jobs.post(lambda: self.renamed.emit(recipe.id, named))
        return named

    def _on_outcome(self, paper_id: str, outcome: Outcome[BuildResult]) -> None:
        if not isinstance(outcome, Done):
            if isinstance(outcome.error, _Stopped):
                return
            exc = outcome.error  # one line for the reader, never a crash of the window
            self.failed.emit(paper_id, str(exc).splitlines()[0] if str(exc) else repr(exc))
            return
        result = outcome.value
        self.reported.emit(paper_id, result)
        if result.all_failed:
            self.failed.emit(paper_id, "")
            return
        path = str(result.bundle.path) if result.bundle is not None else ""
        self.built.emit(paper_id, path, result.new_articles)
