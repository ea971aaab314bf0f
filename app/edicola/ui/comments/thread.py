"""The list under an article: its comment thread as last fetched, then the reader's own.

Comment texts are shown as Isso's own widget shows them: Markdown rendered
and sanitised (:mod:`edicola.core.comments.markup`), so ``**bold**`` is bold
while ``<b>`` reads as typed, and nothing remote is loaded (no images).
Headers and notes are **plain text** (``Qt.TextFormat.PlainText`` labels).
The thread is cached with ``plain=1`` (raw text as typed).
Replies are indented under what they answer. Each card has its buttons
(Reply on the thread's comments; Edit, Delete, Send on the reader's own while
the store still allows it), all reachable with Tab.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edicola.core.comments.markup import render_comment
from edicola.core.comments.outbox import EDITABLE, State
from edicola.store.comment_records import Comment
from edicola.ui.comments.labels import state_label

INDENT = 28
MAX_DEPTH = 4


def when(seconds: float | None) -> str:
    """A timestamp as the interface locale writes it, short form."""
    if not seconds:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(seconds))
    return QLocale().toString(stamp, "d MMMM yyyy, HH:mm")


def walk(thread: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """(depth, comment) for every comment of an Isso listing, replies under parents."""
    stack: list[tuple[int, Any]] = [(0, c) for c in reversed(thread.get("replies") or [])]
    while stack:
        depth, item = stack.pop()
        if not isinstance(item, Mapping):
            continue
        yield depth, item
        stack.extend((depth + 1, c) for c in reversed(item.get("replies") or []))


def remote_ids(thread: Mapping[str, Any] | None) -> set[int]:
    """The ids of the comments in a cached thread (none for no thread)."""
    ids: set[int] = set()
    if thread is None:
        return ids
    for _depth, item in walk(thread):
        try:
            ids.add(int(item["id"]))
        except (KeyError, TypeError, ValueError):
            continue
    return ids


def _rendered(text: str, parent: QWidget, name: str) -> QLabel:
    """A comment's text, Markdown rendered and sanitised; long runs wrap."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)  # links are shown, not followed from here
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setText(render_comment(text))
    return label


def _plain(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setText(text)
    return label


class CommentCard(QFrame):
    """One comment: who and when, its state if it is the reader's, the text, buttons."""

    def __init__(self, header: str, text: str, depth: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.header = _plain(header, self, "commentHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.source = text  # as typed; ``text`` shows it rendered
        self.text = _rendered(text, self, "commentText")
        # Who and when, then the buttons, on one line: the text reads right under it.
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.header, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(min(depth, MAX_DEPTH) * INDENT + 4, 6, 4, 6)
        self._layout.setSpacing(2)
        self._notes = 0
        self._layout.addLayout(self.buttons)
        self._layout.addWidget(self.text)
        self.setAccessibleName(header)
        self.setAccessibleDescription(text)

    def add_note(self, text: str, name: str) -> QLabel:
        """A line under the header (state, reason), in the order added."""
        label = _plain(text, self, name)
        self._notes += 1
        self._layout.insertWidget(self._notes, label)
        return label

    def add_button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        self.buttons.addWidget(button)
        return button


class CommentsList(QScrollArea):
    replyRequested = Signal(int, str)  # remote id, author
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    sendRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsList")
        self.setAccessibleName(self.tr("Comments on this article"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: dict[str, CommentCard] = {}  # "remote:<id>" / "local:<uuid>"
        self._content = QWidget(self)
        self._content.setObjectName("commentsListContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addStretch(1)
        self.setWidget(self._content)

    def clear(self) -> None:
        self.cards.clear()
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_comments(
        self,
        thread: Mapping[str, Any] | None,
        own: list[Comment],
        *,
        has_server: bool,
        mine: set[int],
    ) -> None:
        """Render the cached ``thread`` (None: never fetched) and the reader's ``own``."""
        self.clear()
        items = list(walk(thread)) if thread is not None else []
        if thread is not None and not items:
            self._add_note(self.tr("No comments yet."))
        for depth, item in items:
            self._add_remote(depth, item, mine)
        if own:
            self._add_note(self.tr("Your comments"), "commentsOwnHeading", bold=True)
        for comment in own:
            self._add_own(comment, has_server)

    def _insert(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def _add_note(self, text: str, name: str = "commentsNote", bold: bool = False) -> None:
        label = _plain(text, self._content, name)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self._insert(label)

    def _add_remote(self, depth: int, item: Mapping[str, Any], mine: set[int]) -> None:
        try:
            remote_id = int(item["id"])
        except (KeyError, TypeError, ValueError):
            return
        author = html.unescape(str(item.get("author") or "")).strip() or self.tr("Anonymous")
        header = f"{author} · {when(_float(item.get('created')))}"
        if remote_id in mine:
            header += " · " + self.tr("you")
        card = CommentCard(header, str(item.get("text") or ""), depth, self._content)
        reply = card.add_button(
            self.tr("Reply"), "commentReply", self.tr("Reply to %1").replace("%1", author)
        )
        reply.clicked.connect(lambda: self.replyRequested.emit(remote_id, author))
        self.cards[f"remote:{remote_id}"] = card
        self._insert(card)

    def _add_own(self, comment: Comment, has_server: bool) -> None:
        name = comment.author or self.tr("You")
        header = f"{name} · {when(comment.updated_at)}"
        if comment.parent_remote_id is not None:
            header += " · " + self.tr("reply")
        card = CommentCard(header, comment.text, 0, self._content)
        card.setProperty("state", comment.state.value)
        label = state_label(comment.state, has_server, comment.server_reason)
        state = card.add_note(label, "commentState")
        font = state.font()
        font.setItalic(True)
        state.setFont(font)
        if comment.state is State.REFUSED and comment.server_reason:
            card.add_note(
                self.tr("Reason: %1").replace("%1", comment.server_reason), "commentReason"
            )
        state.setAccessibleName(self.tr("State: %1").replace("%1", state.text()))
        local_id = comment.local_id
        if comment.state in EDITABLE:
            edit = card.add_button(self.tr("Edit"), "commentEdit", self.tr("Edit this comment"))
            edit.clicked.connect(lambda: self.editRequested.emit(local_id))
            delete = card.add_button(
                self.tr("Delete"), "commentDelete", self.tr("Delete this comment")
            )
            delete.clicked.connect(lambda: self.deleteRequested.emit(local_id))
        if comment.state in (State.DRAFT, State.REFUSED):
            send = card.add_button(self.tr("Send"), "commentSendOwn", self.tr("Send this comment"))
            send.clicked.connect(lambda: self.sendRequested.emit(local_id))
        self.cards[f"local:{local_id}"] = card
        self._insert(card)


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
