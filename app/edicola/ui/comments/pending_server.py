"""A new comment server the publication names, waiting under the panel's header for a yes.

A publication may change where its comments go; nothing is sent to the new
server until the reader accepts it ("Use the new server") or refuses it
("Keep the current one"). The row only asks; the panel tells the store.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class PendingServerRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPendingServer")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Use the new server"), self)
        self.accept_button.setObjectName("commentsAcceptServer")
        self.accept_button.setAutoDefault(False)
        self.keep_button = QPushButton(self.tr("Keep the current one"), self)
        self.keep_button.setObjectName("commentsKeepServer")
        self.keep_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def set_server(self, server: str) -> None:
        """Name the server waiting for the reader's answer."""
        self.label.setText(
            self.tr(
                "The publication now names %1 as its comment server. Nothing is sent "
                "there until you accept it."
            ).replace("%1", server)
        )
