"""Changing highlights and bookmarks, undoably, for every feature that shows them.

Highlights are made in the article (``ui/highlights/``) and on the printed page
(``ui/pages/``), edited in their note dialog and removed there or from the
*Highlights and bookmarks* view (``ui/bookmarks/``). Every such change goes
through :class:`MarkEdits`: it writes through the stores, pushes a command on
the one undo stack (Edit → Undo, ``Ctrl+Z``) and says what changed
(``changed``), so each view redraws what it shows without knowing who made the
change. It also carries the family's two requests between features that may
not import each other: show a highlight in its article (``revealRequested``)
and show a printed page (``pageRequested``).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from edicola.core.annotations.marks import Mark
from edicola.store.bookmarks import EXPORT_FORMAT, EXPORT_VERSION, Bookmark, BookmarkStore
from edicola.store.highlights import HighlightStore


class MarkEdits(QObject):
    changed = Signal(str, str)
    """(edition id, article id; "" for a highlight on a page alone) whose marks changed."""
    revealRequested = Signal(str)
    """A highlight's id: open its article and scroll to it."""
    pageRequested = Signal(str, int)
    """(edition id, page number): show that printed page."""

    def __init__(
        self, highlights: HighlightStore, bookmarks: BookmarkStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.highlights = highlights
        self.bookmarks = bookmarks
        self.undo_stack = QUndoStack(self)

    def made(self, mark: Mark) -> None:
        """A highlight was just made (by the caller, through the store): undoable now."""
        self.undo_stack.push(_Made(self, mark))

    def edit(self, mark: Mark, note: str, color: str) -> Mark:
        """Change a highlight's note and colour; returns it as it is now."""
        if (note, color) == (mark.note, mark.color):
            return mark
        command = _Edited(self, mark, note, color)
        self.undo_stack.push(command)
        return command.after or mark

    def remove_highlight(self, mark: Mark) -> None:
        self.undo_stack.push(_Removed(self, mark))

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        self.undo_stack.push(_BookmarkRemoved(self, bookmark))

    def announce(self, edition_id: str, article_id: str) -> None:
        self.changed.emit(edition_id, article_id)

    def _announce_mark(self, mark: Mark) -> None:
        self.changed.emit(mark.edition_id, mark.article_id)


def _text(source: str) -> str:
    return QCoreApplication.translate("MarkEdits", source)


class _Made(QUndoCommand):
    def __init__(self, edits: MarkEdits, mark: Mark) -> None:
        super().__init__(_text("highlight"))
        self.edits, self.mark = edits, mark
        self._first = True

    def redo(self) -> None:
        if self._first:  # made already; announced once it is on the stack
            self._first = False
        else:
            self.edits.highlights.restore(self.mark)
        self.edits._announce_mark(self.mark)

    def undo(self) -> None:
        self.edits.highlights.remove(self.mark.id)
        self.edits._announce_mark(self.mark)


class _Edited(QUndoCommand):
    def __init__(self, edits: MarkEdits, mark: Mark, note: str, color: str) -> None:
        super().__init__(_text("highlight change"))
        self.edits, self.before = edits, mark
        self.note, self.color = note, color
        self.after: Mark | None = None

    def redo(self) -> None:
        self.after = self.edits.highlights.edit(self.before.id, note=self.note, color=self.color)
        self.edits._announce_mark(self.before)

    def undo(self) -> None:
        self.edits.highlights.edit(self.before.id, note=self.before.note, color=self.before.color)
        self.edits._announce_mark(self.before)


class _Removed(QUndoCommand):
    def __init__(self, edits: MarkEdits, mark: Mark) -> None:
        super().__init__(_text("highlight deletion"))
        self.edits, self.mark = edits, mark

    def redo(self) -> None:
        self.mark = self.edits.highlights.remove(self.mark.id) or self.mark
        self.edits._announce_mark(self.mark)

    def undo(self) -> None:
        self.edits.highlights.restore(self.mark)
        self.edits._announce_mark(self.mark)


class _BookmarkRemoved(QUndoCommand):
    def __init__(self, edits: MarkEdits, bookmark: Bookmark) -> None:
        super().__init__(_text("bookmark removal"))
        self.edits, self.bookmark = edits, bookmark

    def redo(self) -> None:
        self.edits.bookmarks.remove(self.bookmark.article_id)
        self._announce()

    def undo(self) -> None:
        """Put it back as it was, its date included (the store's own import keeps it)."""
        entry = self.bookmark.to_json()
        entry.pop("available")
        document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "bookmarks": [entry]}
        self.edits.bookmarks.import_json(json.dumps(document), source="undo")
        self._announce()

    def _announce(self) -> None:
        article_id = self.bookmark.article_id
        self.edits.changed.emit(article_id.partition("/")[0], article_id)
