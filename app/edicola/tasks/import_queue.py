"""The one writer of the library in the reader: imports and removals, one at a time.

Downloads, opened files, feed editions and removals (retention, the reader's
"Remove edition") all go through one :class:`ImportQueue`, built on the
serial queue, so two writers never run at once. SQLite connections are not
shared between threads, so each job opens its own connection to the library
folder on the worker (WAL lets the window keep reading meanwhile) and closes
it after. An import is one transaction (:meth:`EditionStore.import_bundle`),
a removal too: each commits whole or not at all.

After each change that committed the queue emits ``libraryChanged`` with a
:class:`~edicola.store.changes.LibraryChange` (editions added, revised,
removed), *before* the job's own callback runs, so every view is up to date
when the caller acts on the result. Callbacks get the result (an
:class:`ImportResult`, or the removed ids) or the exception, on the thread
that owns the queue (the GUI thread), and may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from edicola.store.changes import LibraryChange
from edicola.store.editions import ImportResult
from edicola.store.library import Library
from edicola.tasks.outcome import Abandoned, Done, Outcome
from edicola.tasks.serial import SerialQueue

T = TypeVar("T")
Callback = Callable[[object], None]
"""Called with the job's result, or the exception it raised."""
Progress = Callable[[int, int], None]


class ImportAbandoned(Abandoned):
    """The queue shut down before this import started; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name}: not imported (the import was stopped before it began)")


class RemovalAbandoned(Abandoned):
    """The queue shut down before this removal started; nothing was removed."""

    def __init__(self, edition_ids: tuple[str, ...]) -> None:
        super().__init__(
            f"{', '.join(edition_ids)}: not removed (the removal was stopped before it began)"
        )


def change_of(result: ImportResult) -> LibraryChange:
    """What an import did to the library (nothing, when the revision was there)."""
    if result.status == "imported":
        return LibraryChange(added=(result.edition_id,))
    if result.status == "updated":
        return LibraryChange(revised=(result.edition_id,))
    return LibraryChange()


class ImportQueue(QObject):
    """Imports into (and removals from) the library in ``folder``, one at a time."""

    libraryChanged = Signal(object)  # LibraryChange, after each change that committed

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._serial = SerialQueue("edicola-import", self)

    @property
    def busy(self) -> bool:
        """A job is running or waiting."""
        return self._serial.busy

    def submit(
        self,
        path: Path,
        done: Callback,
        progress: Progress | None = None,
        **options: Any,
    ) -> None:
        """Import ``path`` (``options`` go to ``import_bundle``); ``done`` gets the
        :class:`ImportResult` or the exception (:class:`ImportAbandoned` after shutdown)."""

        def report(count: int, total: int) -> None:  # on the worker
            if progress is not None:
                self._serial.post(lambda: progress(count, total))

        def work() -> ImportResult:
            library = Library.open(self._folder)
            try:
                return library.editions.import_bundle(path, report, **options)
            finally:
                library.close()

        def finished(outcome: Outcome[ImportResult]) -> None:
            if isinstance(outcome, Done):
                self._announce(change_of(outcome.value))
                done(outcome.value)
            elif isinstance(outcome.error, Abandoned):
                done(ImportAbandoned(path))
            else:
                done(outcome.error)  # the stores' errors are user-facing one-liners

        self._serial.submit(work, finished)

    def submit_removal(self, edition_ids: Iterable[str], done: Callback) -> None:
        """Remove editions in one transaction; ``done`` gets the ids that were there
        (a tuple, in the order given) or the exception (:class:`RemovalAbandoned`)."""
        ids = tuple(dict.fromkeys(edition_ids))

        def work() -> tuple[str, ...]:
            library = Library.open(self._folder)
            try:
                return library.editions.delete_editions(ids)
            finally:
                library.close()

        def finished(outcome: Outcome[tuple[str, ...]]) -> None:
            if isinstance(outcome, Done):
                self._announce(LibraryChange(removed=outcome.value))
                done(outcome.value)
            elif isinstance(outcome.error, Abandoned):
                done(RemovalAbandoned(ids))
            else:
                done(outcome.error)

        self._serial.submit(work, finished)

    def submit_write(
        self,
        work: Callable[[Library], T],
        done: Callable[[Outcome[T]], None],
        change: Callable[[T], LibraryChange] | None = None,
    ) -> None:
        """Any other write (a sync merge, sync set-up): ``work(library)`` runs on the
        queue, on its own connection, between imports; ``done`` gets its outcome
        (``Failed(Abandoned())`` after shutdown), after ``libraryChanged`` with
        ``change(result)`` when that says something changed."""

        def run() -> T:
            library = Library.open(self._folder)
            try:
                return work(library)
            finally:
                library.close()

        def finished(outcome: Outcome[T]) -> None:
            if isinstance(outcome, Done) and change is not None:
                self._announce(change(outcome.value))
            done(outcome)

        self._serial.submit(run, finished)

    def shutdown(self) -> None:
        """Wait for the job under way (one transaction: it is never cut), hand it its
        outcome, and give the waiting ones :class:`ImportAbandoned` (or
        :class:`RemovalAbandoned`). Call on close; safe to call twice."""
        self._serial.shutdown()

    def _announce(self, change: LibraryChange) -> None:
        if change:
            self.libraryChanged.emit(change)
