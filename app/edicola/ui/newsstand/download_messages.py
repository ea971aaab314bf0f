"""The Newsstand's failure messages, under the editions: one line per failed edition.

Each names the edition (or catalog) and why, with Retry when trying again may
help, "Accept the new publisher…" for an edition refused as another source's,
and Dismiss. Messages are keyed (an edition id or a catalog URL) so a new
failure replaces the old one and success clears it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from edicola.ui.newsstand.button_row import button_row


class DownloadMessages(QWidget):
    retryRequested = Signal(str)  # the message's key
    acceptPublisherRequested = Signal(str)  # edition id refused as another source's
    followFeedRequested = Signal(str)  # a news feed's address given as a catalog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsstandMessages")
        self._rows: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def put(
        self,
        key: str,
        message: str,
        retry: bool,
        accept_publisher: bool = False,
        follow_feed: str = "",
    ) -> None:
        """Show ``message`` under ``key``, in place of any message already there;
        ``follow_feed``: a feed's address, offered to "Follow news sites…"."""
        self.remove(key)
        label = QLabel(message)
        label.setObjectName(f"message_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widgets: list[QWidget] = [label]
        if retry:
            button = QPushButton(self.tr("Retry"))
            button.setObjectName(f"messageRetry_{key}")
            button.clicked.connect(lambda _=False, k=key: self.retryRequested.emit(k))
            widgets.append(button)
        if accept_publisher:
            accept = QPushButton(self.tr("Accept the new publisher…"))
            accept.setObjectName(f"messageAcceptPublisher_{key}")
            accept.clicked.connect(lambda _=False, k=key: self.acceptPublisherRequested.emit(k))
            widgets.append(accept)
        if follow_feed:
            follow = QPushButton(self.tr("Follow news sites…"))
            follow.setObjectName(f"messageFollowFeed_{key}")
            follow.clicked.connect(lambda _=False, u=follow_feed: self.followFeedRequested.emit(u))
            widgets.append(follow)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName(f"messageDismiss_{key}")
        dismiss.clicked.connect(lambda _=False, k=key: self.remove(k))
        widgets.append(dismiss)
        row = button_row(self, *widgets)
        layout = row.layout()
        if isinstance(layout, QHBoxLayout):
            layout.setStretch(0, 1)  # the text takes the width, not the trailing stretch
            layout.setStretch(layout.count() - 1, 0)
        self._rows[key] = row
        self._layout.addWidget(row)

    def remove(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()

    def text(self, key: str) -> str | None:
        """The words of the message under ``key``, if one is shown."""
        row = self._rows.get(key)
        label = None if row is None else row.findChild(QLabel, f"message_{key}")
        return None if label is None else label.text()
