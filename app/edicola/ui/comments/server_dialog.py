"""Choosing a publication's comment server: its own, another one, or none.

A reader may know a server the edition does not declare (or want none). The
choice is stored by ``CommentStore.set_server``; comments kept locally while
there was no server are delivered once there is one. The dialog only edits
the choice; the panel stores it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def valid_server(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class CommentsServerDialog(QDialog):
    def __init__(
        self,
        publication_title: str,
        declared: str | None,
        current: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsServerDialog")
        self.setWindowTitle(self.tr("Comment server"))
        intro = QLabel(
            self.tr("Where comments on %1 are sent:").replace("%1", publication_title), self
        )
        intro.setWordWrap(True)
        declared_text = declared or self.tr("none declared")
        self.own = QRadioButton(
            self.tr("The publication's own (%1)").replace("%1", declared_text), self
        )
        self.own.setObjectName("serverOwn")
        self.other = QRadioButton(self.tr("This server:"), self)
        self.other.setObjectName("serverOther")
        self.url = QLineEdit(self)
        self.url.setObjectName("serverUrl")
        self.url.setAccessibleName(self.tr("Comment server address"))
        self.url.setPlaceholderText("https://comments.example.org/")
        self.none = QRadioButton(self.tr("None: keep my comments here"), self)
        self.none.setObjectName("serverNone")
        self.error = QLabel(self)
        self.error.setObjectName("dialogHint")
        group = QButtonGroup(self)
        for button in (self.own, self.other, self.none):
            group.addButton(button)
        if current == declared:
            self.own.setChecked(True)
        elif current is None:
            self.none.setChecked(True)
        else:
            self.other.setChecked(True)
            self.url.setText(current)
        self.url.textEdited.connect(lambda _text: self.other.setChecked(True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.own)
        layout.addWidget(self.other)
        layout.addWidget(self.url)
        layout.addWidget(self.none)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choice(self) -> str | None:
        """None: the publication's own; '': no server; else the address."""
        if self.own.isChecked():
            return None
        if self.none.isChecked():
            return ""
        return self.url.text().strip()

    def _on_accepted(self) -> None:
        if self.other.isChecked() and not valid_server(self.url.text()):
            self.error.setText(self.tr("Enter an http:// or https:// address."))
            return
        self.accept()
