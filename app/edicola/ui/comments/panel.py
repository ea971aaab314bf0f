"""The Comments panel under an article: the thread, the reader's own comments, the box.

Drafts are never lost: the box is kept as a draft a moment after each
keystroke (:class:`CommentDraft`), and changing article, editing another
comment, sending and closing the window all flush it first, so there is no
Save button. Opening an article puts its latest draft back in the box.

The thread is the copy cached in the library (it reads offline) with "as of"
its fetch time; Refresh fetches in the background (:class:`ThreadFetcher`)
and never blocks. Send queues the comment in the outbox and tells the
delivery (``outboxChanged``); the reader's comments show their state in plain
words and, while the store allows, can be edited, deleted or sent again.
"""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.comments.outbox import EDITABLE, IllegalTransition, State
from edicola.core.themes import Theme
from edicola.net.comment_delivery import server_guard
from edicola.store.comment_records import Comment, CommentError
from edicola.store.comments import CommentStore
from edicola.ui.comments.composer import CommentComposer
from edicola.ui.comments.draft import CommentDraft
from edicola.ui.comments.fetch import ThreadFetcher
from edicola.ui.comments.pending_server import PendingServerRow
from edicola.ui.comments.server_dialog import CommentsServerDialog
from edicola.ui.comments.thread import CommentsList, remote_ids, walk, when
from edicola.ui.common.messages import error_text, message_text

DEBOUNCE_MS = 300
COLLAPSED_KEY = "comments/collapsed"
#: Opening an article refetches its thread when the cached copy is older than this.
STALE_AFTER_S = 10 * 60


class CommentsPanel(QWidget):
    outboxChanged = Signal()

    def __init__(
        self,
        store: CommentStore,
        settings: QSettings,
        fetcher: ThreadFetcher,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        auto_fetch: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.setAccessibleName(self.tr("Comments"))
        self._store = store
        self._settings = settings
        self._dragged = 0  # the height the reader dragged the panel to, if they did
        self._watching = False
        self._fetcher = fetcher
        self._auto_fetch = auto_fetch
        self.article_id: str | None = None
        self.publication_id = ""
        self.thread_uri = ""
        self.declared_server: str | None = None
        self.publication_title = ""
        self.server: str | None = None
        self.pending_server: str | None = None

        header = self._build_header()
        # Where comments go and who said so; a change waits here for the reader's yes.
        self.origin = QLabel(self)
        self.origin.setObjectName("commentsOrigin")
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending = PendingServerRow(self)
        self.pending_label = self.pending.label
        self.accept_button = self.pending.accept_button
        self.keep_button = self.pending.keep_button

        self.list = CommentsList(self)
        self.composer = CommentComposer(settings, self)
        self.draft = CommentDraft(store, self.composer, debounce_ms, self)
        self.body = QWidget(self)
        self.body.setObjectName("commentsBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list, 1)
        body.addWidget(self.composer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.origin)
        layout.addWidget(self.pending)
        layout.addWidget(self.body, 1)
        self._connect()

        # Collapsed until the reader opens it once: the article comes first.
        expanded = str(settings.value(COLLAPSED_KEY, "true")).lower() != "true"
        self.toggle.setChecked(expanded)
        self._on_toggle_toggled(expanded)
        self._update_header()

    def _build_header(self) -> QHBoxLayout:
        """Show/hide with the count, "as of" the thread's fetch, Refresh, the server."""
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("commentsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(self.tr("Show or hide the comments"))
        self.as_of = QLabel(self)
        self.as_of.setObjectName("commentsAsOf")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("commentsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the comments"))
        self.refresh_button.setAutoDefault(False)
        self.server_button = QPushButton(self.tr("Comment server…"), self)
        self.server_button.setObjectName("commentsServer")
        self.server_button.setAutoDefault(False)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.as_of, 1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.server_button)
        return header

    def _connect(self) -> None:
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.refresh_button.clicked.connect(self.refresh)
        self.server_button.clicked.connect(self._on_server_button_clicked)
        self.accept_button.clicked.connect(self.accept_pending_server)
        self.keep_button.clicked.connect(self.reject_pending_server)
        self.composer.textEdited.connect(self._on_composer_edited)
        self.composer.identityEdited.connect(self._on_composer_edited)
        self.composer.sendClicked.connect(self.send)
        self.composer.replyCancelled.connect(self._on_reply_cancelled)
        self.list.replyRequested.connect(self.reply_to)
        self.list.editRequested.connect(self.edit_comment)
        self.list.deleteRequested.connect(self.delete_comment)
        self.list.sendRequested.connect(self.send_comment)
        self._fetcher.fetched.connect(self._on_fetcher_fetched)
        self._fetcher.failed.connect(self._on_fetcher_failed)

    # -- article -----------------------------------------------------------------
    def set_article(
        self,
        article_id: str | None,
        publication_id: str = "",
        thread_uri: str = "",
        declared_server: str | None = None,
        publication_title: str = "",
    ) -> None:
        """Show ``article_id``'s comments (saving the box for the previous one first)."""
        self.flush()
        self.article_id = self.draft.article_id = article_id
        self.publication_id = publication_id
        self.thread_uri = thread_uri
        self.declared_server = declared_server
        self.publication_title = publication_title or publication_id
        self.draft.clear()
        if article_id is None:
            self.reload()
            return
        self._load_settings()
        comments = self._store.for_article(article_id)
        drafts = [c for c in comments if c.state is State.DRAFT]
        if drafts:
            self._load_into_box(max(drafts, key=lambda c: (c.updated_at, c.seq)))
        self.reload(comments)
        if self._auto_fetch and self.server:
            cached = self._store.cached_thread(self.server, thread_uri)
            if cached is None or time.time() - cached[1] > STALE_AFTER_S:
                self.refresh()

    def _load_settings(self) -> None:
        settings = self._store.settings(self.publication_id)
        self.server = settings.server
        self.composer.set_limit(settings.max_length)
        self.composer.set_has_server(self.server is not None)
        if settings.server:
            self.origin.setText(
                self.tr("Comments go to %1 (%2)")
                .replace("%1", settings.server)
                .replace("%2", message_text(settings.origin))
            )
        else:
            self.origin.setText("")
        self.pending_server = settings.pending_server
        if settings.pending_server:
            self.pending.set_server(settings.pending_server)
        self._show_server_rows()

    def _show_server_rows(self) -> None:
        expanded = not self.body.isHidden() and self.article_id is not None
        self.origin.setVisible(expanded and bool(self.origin.text()))
        self.pending.setVisible(expanded and self.pending_server is not None)

    def accept_pending_server(self) -> None:
        """The reader accepts the publication's new comment server; queued comments go there."""
        if self.publication_id and self._store.accept_pending_server(self.publication_id):
            self.publication_settings_changed()
            self.outboxChanged.emit()
            if self.server:
                self.refresh()

    def reject_pending_server(self) -> None:
        """The reader keeps the current comment server."""
        if self.publication_id and self._store.reject_pending_server(self.publication_id):
            self.publication_settings_changed()

    def reload(self, comments: list[Comment] | None = None) -> None:
        """Render the cached thread and the reader's comments (``comments``: just read)."""
        if self.article_id is None:
            self.list.clear()
            self._update_header()
            return
        thread: dict[str, Any] | None = None
        if self.server:
            cached = self._store.cached_thread(self.server, self.thread_uri)
            if cached is not None:
                thread = cached[0]
        shown = remote_ids(thread)
        if comments is None:
            comments = self._store.for_article(self.article_id)
        own = [
            c
            for c in comments
            if c.local_id != self.draft.local_id
            and not (c.state is State.PUBLISHED and c.remote_id in shown)
        ]
        mine = {c.remote_id for c in comments if c.remote_id}
        self.list.show_comments(thread, own, has_server=self.server is not None, mine=mine)
        self._update_header(thread)

    def _update_header(self, thread: dict[str, Any] | None = None) -> None:
        count = len(remote_ids(thread))
        title = self.tr("Comments")
        if count:
            title = self.tr("Comments (%1)").replace("%1", str(count))
        self.toggle.setText(title)
        has_article = self.article_id is not None
        self.refresh_button.setEnabled(has_article and self.server is not None)
        self.server_button.setEnabled(has_article)
        if not has_article:
            self.as_of.setText("")
        elif self.pending_server is not None:
            self.as_of.setText(self.tr("New comment server to confirm"))
        elif self.server is None:
            self.as_of.setText(self.tr("No comment server"))
        elif self._fetcher.is_busy(self.server, self.thread_uri):
            self.as_of.setText(self.tr("Refreshing…"))
        else:
            cached = self._store.cached_thread(self.server, self.thread_uri)
            if cached is None:
                self.as_of.setText(self.tr("Not fetched yet"))
            else:
                self.as_of.setText(self.tr("as of %1").replace("%1", when(cached[1])))

    # -- the box -------------------------------------------------------------------
    def flush(self) -> None:
        """Save the box now (the debounce timer, article change, close)."""
        self.draft.flush()

    def send(self) -> None:
        """Send pressed: save, queue (or show why not), clear the box."""
        if self.article_id is None or not self.composer.can_send():
            return
        self.flush()
        if self.draft.local_id is None:
            return
        try:
            comment = self._store.queue(self.draft.local_id)
        except (CommentError, IllegalTransition) as exc:
            self.composer.set_note(error_text(exc))
            return
        if comment.state is State.REFUSED:
            self.composer.set_note(self.tr("Not sent: %1").replace("%1", comment.server_reason))
            return
        self.draft.clear()
        self.reload()
        self.outboxChanged.emit()

    def focus_box(self) -> None:
        self.toggle.setChecked(True)
        self.composer.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reply_to(self, remote_id: int, author: str) -> None:
        self.draft.set_parent(remote_id, author)
        self.draft.schedule()
        self.focus_box()

    def _load_into_box(self, comment: Comment) -> None:
        self.draft.load(comment, self._author_of(comment.parent_remote_id))
        if comment.state is State.REFUSED and comment.server_reason:
            self.composer.set_note(
                self.tr("Not accepted: %1 — edit it and send again.").replace(
                    "%1", comment.server_reason
                )
            )
        else:
            self.composer.set_note("")

    def _author_of(self, remote_id: int | None) -> str:
        if remote_id is None:
            return ""
        for _depth, item in walk(self._cached() or {}):
            if item.get("id") == remote_id:
                return html.unescape(str(item.get("author") or "")) or self.tr("Anonymous")
        return self.tr("a comment")

    # -- the reader's comments ----------------------------------------------------
    def edit_comment(self, local_id: str) -> bool:
        """Put one of the reader's comments in the box (taking it out of the line)."""
        self.flush()
        try:
            comment = self._store.get(local_id)
            if comment.state is State.QUEUED:
                comment = self._store.unqueue(local_id)
                self.outboxChanged.emit()
        except (CommentError, IllegalTransition):
            self.composer.set_note(
                self.tr("This comment is being sent and can no longer be changed.")
            )
            self.reload()
            return False
        if comment.state not in EDITABLE:
            return False
        self._load_into_box(comment)
        self.reload()
        self.focus_box()
        return True

    def delete_comment(self, local_id: str) -> bool:
        if not self.confirm_delete():
            return False
        try:
            self._store.delete(local_id)
        except CommentError as exc:
            self.composer.set_note(error_text(exc))
            self.reload()
            return False
        if local_id == self.draft.local_id:
            self.draft.clear()
        self.reload()
        self.outboxChanged.emit()
        return True

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete comment"),
            self.tr("Delete this comment? Its text cannot be recovered."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def send_comment(self, local_id: str) -> None:
        """Send one of the reader's drafts or refused comments (list, outbox)."""
        in_box = local_id == self.draft.local_id
        if in_box:
            self.flush()
        try:
            comment = self._store.queue(local_id)
        except (CommentError, IllegalTransition) as exc:
            self.composer.set_note(error_text(exc))
            return
        if comment.state is State.REFUSED:
            self.composer.set_note(self.tr("Not sent: %1").replace("%1", comment.server_reason))
        elif in_box:
            self.draft.clear()
        self.reload()
        self.outboxChanged.emit()

    def comment_state_changed(self, local_id: str, state: str) -> None:
        """The delivery moved a comment: redraw if it is one of this article's."""
        if self.article_id is None:
            return
        ours = any(c.local_id == local_id for c in self._store.for_article(self.article_id))
        if not ours:
            return
        self.reload()
        if state == State.PUBLISHED and self._auto_fetch and self.server:
            self.refresh()

    def publication_settings_changed(self) -> None:
        """The server or limit changed (dialog, settings): show the new situation."""
        if self.article_id is not None:
            self._load_settings()
        self.reload()

    # -- thread ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch the thread in the background; the cached copy stays on screen meanwhile."""
        if self.article_id is None or not self.server:
            return
        settings = self._store.settings(self.publication_id)
        self._fetcher.fetch(self.server, self.thread_uri, server_guard(settings, self.server))
        self._update_header(self._cached())

    def _cached(self) -> dict[str, Any] | None:
        if not self.server:
            return None
        cached = self._store.cached_thread(self.server, self.thread_uri)
        return None if cached is None else cached[0]

    def _on_fetcher_fetched(self, server: str, uri: str, data: object) -> None:
        if isinstance(data, dict):
            self._store.cache_thread(server, uri, data)
        if server == self.server and uri == self.thread_uri:
            self.reload()

    def _on_fetcher_failed(self, server: str, uri: str, reason: str) -> None:
        if server == self.server and uri == self.thread_uri:
            self._update_header(self._cached())
            self.as_of.setText(
                self.as_of.text() + " · " + self.tr("could not refresh: %1").replace("%1", reason)
            )

    # -- slots -------------------------------------------------------------------------
    def _on_composer_edited(self) -> None:
        self.draft.schedule()

    def _on_reply_cancelled(self) -> None:
        self.draft.set_parent(None, "")
        self.draft.schedule()

    def _on_toggle_toggled(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self._show_server_rows()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._settings.setValue(COLLAPSED_KEY, "false" if expanded else "true")
        self.setMaximumHeight(16_777_215 if expanded else self.toggle.sizeHint().height() + 12)
        self.fit_splitter()

    def fit_splitter(self) -> None:
        """Opened, the panel gets room, at most a third of the window unless the reader
        dragged it taller; collapsed, the article takes all but its header."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        if not self._watching:  # the reader's own drags (setSizes does not emit it)
            splitter.splitterMoved.connect(self._on_splitter_moved)
            self._watching = True
        sizes = splitter.sizes()
        index = splitter.indexOf(self)
        total = sum(sizes)
        if self.toggle.isChecked():
            third = max(self.minimumSizeHint().height(), self.window().height() // 3)
            want = min(self._dragged or third, total - 120)
            if sizes[index] == want:
                return
        else:
            want = self.maximumHeight()
        if index < 0 or total <= 0:
            return
        others = [i for i in range(len(sizes)) if i != index]
        sizes[index] = want
        for i in others:
            sizes[i] = (total - want) // len(others)
        splitter.setSizes(sizes)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        if self.toggle.isChecked():
            self._dragged = self.height()

    def _on_server_button_clicked(self) -> None:
        if self.article_id is None:
            return
        dialog = CommentsServerDialog(
            self.publication_title,
            self.declared_server,
            self._store.settings(self.publication_id).server,
            self,
        )
        if dialog.exec() != CommentsServerDialog.DialogCode.Accepted:
            return
        self.apply_server_choice(dialog.choice())

    def apply_server_choice(self, choice: str | None) -> None:
        """Store the override (None: the publication's own, '': none) and deliver."""
        self._store.set_server(self.publication_id, choice)
        self.publication_settings_changed()
        self.outboxChanged.emit()
        if self.server:
            self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.composer.set_theme(theme)
