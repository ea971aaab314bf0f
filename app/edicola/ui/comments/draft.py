"""The comment in the box, kept as a draft in the library while the reader writes it.

Every keystroke restarts a short timer (:meth:`CommentDraft.schedule`); when
it fires, or when the panel must not lose the words (article change, editing
another comment, sending, closing), :meth:`CommentDraft.flush` saves the box
with ``CommentStore.save_draft`` (one UPDATE). The composer only edits text;
this object knows which stored comment the box holds and what it replies to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from edicola.core.comments.outbox import State
from edicola.store.comment_records import Comment, CommentError
from edicola.store.comments import CommentStore
from edicola.ui.comments.composer import CommentComposer
from edicola.ui.common.messages import error_text


class CommentDraft(QObject):
    def __init__(
        self,
        store: CommentStore,
        composer: CommentComposer,
        debounce_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._composer = composer
        self.article_id: str | None = None
        self.local_id: str | None = None  # the comment in the box, once saved
        self.parent_remote_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        """Save a moment from now (restarted by each keystroke)."""
        if self.article_id is not None:
            self._timer.start()

    def clear(self) -> None:
        """An empty box, replying to no one, for a new comment."""
        self.local_id = None
        self.set_parent(None, "")
        self._composer.set_note("")
        self._composer.set_text("")

    def load(self, comment: Comment, parent_author: str) -> None:
        """Put a stored comment in the box (``parent_author``: whom it replies to)."""
        self.local_id = comment.local_id
        self._composer.set_text(comment.text)
        self.set_parent(comment.parent_remote_id, parent_author)

    def set_parent(self, remote_id: int | None, author: str) -> None:
        """Reply to ``remote_id`` (by ``author``), or to no one (``None``)."""
        self.parent_remote_id = remote_id
        self._composer.set_replying_to(author if remote_id is not None else None)

    def flush(self) -> None:
        """Save the box now (the debounce timer, article change, close)."""
        self._timer.stop()
        if self.article_id is None:
            return
        text = self._composer.text()
        if self.local_id is None and not text.strip():
            return
        if self.local_id is not None and not text.strip():
            self._drop_empty()
            return
        try:
            self.local_id = self._save(text, self.local_id)
        except CommentError as exc:
            # The comment left our hands meanwhile (sent from the outbox):
            # keep the words as a new draft rather than lose them.
            self._composer.set_note(error_text(exc))
            self.local_id = None
            try:
                self.local_id = self._save(text, None)
            except CommentError as again:
                self._composer.set_note(str(again))

    def _save(self, text: str, local_id: str | None) -> str:
        assert self.article_id is not None
        return self._store.save_draft(
            self.article_id,
            text,
            local_id=local_id,
            author=self._composer.author.text().strip(),
            email=self._composer.email.text().strip(),
            parent_remote_id=self.parent_remote_id,
        )

    def _drop_empty(self) -> None:
        assert self.local_id is not None
        try:
            if self._store.get(self.local_id).state is State.DRAFT:
                self._store.delete(self.local_id)
                self.local_id = None
                return
        except CommentError:
            self.local_id = None
            return
        # A refused or queued comment emptied: keep it (empty) until Delete or Send.
        try:
            self._save("", self.local_id)
        except CommentError as exc:
            self._composer.set_note(error_text(exc))
            self.local_id = None
