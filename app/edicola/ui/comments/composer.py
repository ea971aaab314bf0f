"""The box where the reader writes a comment or a reply, and who they comment as.

It only edits text and shows limits: the panel decides what a keystroke
means for the store (a debounced draft save), so this widget holds no
comment state beyond "replying to whom". The name and optional email are
remembered in QSettings (``comments/author``, ``comments/email``). The
counter shows the characters left under the publication's limit and turns to
the theme's warning colour near it; Send is disabled when the text is empty
or over the limit. Ctrl+Enter sends.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.comments.outbox import DEFAULT_MAX_LENGTH
from edicola.core.themes import Theme

AUTHOR_KEY = "comments/author"
EMAIL_KEY = "comments/email"


def near_limit(limit: int) -> int:
    """Remaining characters at which the counter starts warning."""
    return max(10, limit // 10)


class CommentComposer(QWidget):
    textEdited = Signal()
    identityEdited = Signal()
    sendClicked = Signal()
    replyCancelled = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentComposer")
        self._settings = settings
        self._limit = DEFAULT_MAX_LENGTH
        self._theme: Theme | None = None
        self.level = "ok"

        self.local_only = QLabel(
            self.tr("This publication has no comment server; your comments are kept here."),
            self,
        )
        self.local_only.setObjectName("commentsLocalOnly")
        self.local_only.setWordWrap(True)
        self.local_only.hide()
        self._build_reply_bar()
        self.note = QLabel(self)
        self.note.setObjectName("commentComposerNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self._build_box()
        row = self._build_send_row()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.local_only)
        layout.addWidget(self.reply_bar)
        layout.addWidget(self.note)
        layout.addWidget(self.box)
        layout.addLayout(row)
        self._update_counter()

    def _build_reply_bar(self) -> None:
        """ "Replying to …" with Cancel reply, shown only while the box holds a reply."""
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("commentReplyTo")
        self.reply_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_reply = QPushButton(self.tr("Cancel reply"), self)
        self.cancel_reply.setObjectName("commentCancelReply")
        self.cancel_reply.setAutoDefault(False)
        self.cancel_reply.clicked.connect(self.replyCancelled)
        self.reply_bar = QWidget(self)
        self.reply_bar.setObjectName("commentReplyBar")
        reply_row = QHBoxLayout(self.reply_bar)
        reply_row.setContentsMargins(0, 0, 0, 0)
        reply_row.addWidget(self.reply_label, 1)
        reply_row.addWidget(self.cancel_reply)
        self.reply_bar.hide()

    def _build_box(self) -> None:
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("commentBox")
        self.box.setAccessibleName(self.tr("Your comment"))
        self.box.setPlaceholderText(self.tr("Write a comment… (Ctrl+Enter sends)"))
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(56)
        self.box.setMaximumHeight(84)
        self.box.textChanged.connect(self._on_box_text_changed)

    def _build_send_row(self) -> QHBoxLayout:
        """Who the reader comments as (remembered), the characters left, Send."""
        self.author = QLineEdit(self)
        self.author.setObjectName("commentAuthor")
        self.author.setAccessibleName(self.tr("Your name"))
        self.author.setPlaceholderText(self.tr("your name (optional)"))
        self.author.setText(str(self._settings.value(AUTHOR_KEY, "") or ""))
        self.author.textChanged.connect(self._on_identity_changed)
        self.email = QLineEdit(self)
        self.email.setObjectName("commentEmail")
        self.email.setAccessibleName(self.tr("Your email (optional, never shown)"))
        self.email.setPlaceholderText(self.tr("email (optional, never shown)"))
        self.email.setText(str(self._settings.value(EMAIL_KEY, "") or ""))
        self.email.textChanged.connect(self._on_identity_changed)
        as_label = QLabel(self.tr("Commenting &as"), self)
        as_label.setBuddy(self.author)

        self.counter = QLabel(self)
        self.counter.setObjectName("commentCounter")
        self.send = QPushButton(self.tr("&Send"), self)
        self.send.setObjectName("commentSend")
        self.send.setAccessibleName(self.tr("Send the comment"))
        self.send.setAutoDefault(False)
        self.send.clicked.connect(self._on_send_clicked)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.box)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._on_send_clicked)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(as_label)
        row.addWidget(self.author, 2)
        row.addWidget(self.email, 2)
        row.addStretch(1)
        row.addWidget(self.counter)
        row.addWidget(self.send)
        return row

    # -- state -------------------------------------------------------------------
    def text(self) -> str:
        return self.box.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text without it counting as typing."""
        self.box.blockSignals(True)
        self.box.setPlainText(text)
        self.box.blockSignals(False)
        self._update_counter()

    def set_limit(self, limit: int) -> None:
        self._limit = limit
        self._update_counter()

    def set_has_server(self, has_server: bool) -> None:
        self.local_only.setVisible(not has_server)

    def set_replying_to(self, author: str | None) -> None:
        if author is None:
            self.reply_bar.hide()
            return
        self.reply_label.setText(self.tr("Replying to %1").replace("%1", author))
        self.reply_bar.show()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._update_counter()

    def remaining(self) -> int:
        return self._limit - len(self.text())

    def can_send(self) -> bool:
        return bool(self.text().strip()) and self.remaining() >= 0

    # -- internals -----------------------------------------------------------------
    def _update_counter(self) -> None:
        remaining = self.remaining()
        if remaining < 0:
            self.level = "over"
            text = self.tr("%n character(s) too many", "", -remaining)
        else:
            self.level = "near" if remaining <= near_limit(self._limit) else "ok"
            text = self.tr("%n character(s) left", "", remaining)
        self.counter.setText(text)
        self.counter.setProperty("level", self.level)
        colour = ""
        if self._theme is not None:
            colour = self._theme.muted_text if self.level == "ok" else self._theme.accent_text
        weight = "bold" if self.level == "over" else "normal"
        sheet = f"QLabel {{ color: {colour}; font-weight: {weight}; }}" if colour else ""
        if self.counter.styleSheet() != sheet:  # setting it re-styles the label, even unchanged
            self.counter.setStyleSheet(sheet)
        self.send.setEnabled(self.can_send())

    def _on_box_text_changed(self) -> None:
        self._update_counter()
        self.textEdited.emit()

    def _on_identity_changed(self) -> None:
        self._settings.setValue(AUTHOR_KEY, self.author.text())
        self._settings.setValue(EMAIL_KEY, self.email.text())
        self.identityEdited.emit()

    def _on_send_clicked(self) -> None:
        if self.can_send():
            self.sendClicked.emit()
