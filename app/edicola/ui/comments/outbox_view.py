"""The Outbox view: every comment not yet delivered, across all editions.

One row per comment (article, state in plain words, the start of the text,
last change) with the actions the store allows: open its article, edit it
in the article's comment box, delete it, send it now. The view reads the
store and emits requests; the comments controller carries them out, so the
panel and this view never disagree about a comment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.core.comments.outbox import DELIVERED, EDITABLE, State
from edicola.net.isso_client import NOT_CONTACTED
from edicola.store.comment_records import Comment
from edicola.store.comments import CommentStore
from edicola.ui.comments.labels import state_label
from edicola.ui.comments.thread import when

EXCERPT = 80
ID_ROLE = Qt.ItemDataRole.UserRole


def undelivered(store: CommentStore) -> list[Comment]:
    """Comments still ours to deliver, in the order they will go (drafts last)."""
    comments = [c for c in store.all() if c.state not in DELIVERED]
    return sorted(comments, key=lambda c: (c.state is State.DRAFT, c.seq))


class OutboxView(QWidget):
    openRequested = Signal(str)  # article id
    editRequested = Signal(str)  # local id
    deleteRequested = Signal(str)
    sendRequested = Signal(str)

    def __init__(self, store: CommentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.setAccessibleName(self.tr("Comment outbox"))
        self._store = store
        self.comments: list[Comment] = []
        title = QLabel(self.tr("Comments not yet delivered"), self)
        title.setObjectName("outboxTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.empty = QLabel(self.tr("Nothing waiting: every comment has been delivered."), self)
        self.empty.setObjectName("outboxEmpty")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outboxList")
        self.tree.setAccessibleName(self.tr("Comments not yet delivered"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Article"), self.tr("State"), self.tr("Comment"), self.tr("Changed")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.open_button = self._button(self.tr("&Open article"), "outboxOpen", self._on_open)
        self.edit_button = self._button(self.tr("&Edit"), "outboxEdit", self._on_edit)
        self.delete_button = self._button(self.tr("&Delete"), "outboxDelete", self._on_delete)
        self.send_button = self._button(self.tr("Send &now"), "outboxSend", self._on_send)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.delete_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reload()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Read the outbox again, keeping the selected comment selected."""
        selected = self.selected()
        self.comments = undelivered(self._store)
        self.tree.clear()
        servers: dict[str, bool] = {}
        for comment in self.comments:
            if comment.publication_id not in servers:
                servers[comment.publication_id] = (
                    self._store.settings(comment.publication_id).server is not None
                )
            label = state_label(
                comment.state, servers[comment.publication_id], comment.server_reason
            )
            if comment.state is State.REFUSED and comment.server_reason:
                label += " — " + comment.server_reason
            elif comment.server_reason.endswith(NOT_CONTACTED):  # a server it may not reach
                label = comment.server_reason
            text = " ".join(comment.text.split())
            if len(text) > EXCERPT:
                text = text[: EXCERPT - 1] + "…"
            item = QTreeWidgetItem([comment.thread_title, label, text, when(comment.updated_at)])
            item.setData(0, ID_ROLE, comment.local_id)
            item.setToolTip(2, comment.text)
            self.tree.addTopLevelItem(item)
            if comment.local_id == (selected.local_id if selected else None):
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not self.comments)
        self.tree.setVisible(bool(self.comments))
        self._update_buttons()

    def selected(self) -> Comment | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        local_id = item.data(0, ID_ROLE)
        return next((c for c in self.comments if c.local_id == local_id), None)

    def select(self, local_id: str) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == local_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        comment = self.selected()
        self.open_button.setEnabled(comment is not None)
        editable = comment is not None and comment.state in EDITABLE
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.send_button.setEnabled(
            comment is not None and comment.state in (State.DRAFT, State.REFUSED, State.QUEUED)
        )

    def _on_current_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_item_activated(self, *_args: object) -> None:
        self._on_open()

    def _on_open(self) -> None:
        comment = self.selected()
        if comment is not None:
            self.openRequested.emit(comment.article_id)

    def _on_edit(self) -> None:
        comment = self.selected()
        if comment is not None:
            self.editRequested.emit(comment.local_id)

    def _on_delete(self) -> None:
        comment = self.selected()
        if comment is not None:
            self.deleteRequested.emit(comment.local_id)

    def _on_send(self) -> None:
        comment = self.selected()
        if comment is not None:
            self.sendRequested.emit(comment.local_id)
