"""*On your other devices*: editions another device has and this one lacks.

Shown in the Newsstand under the catalogs (hidden while there are none).
Editions are not copied by sync; each one here is one click away from its own
catalog (``catalogRequested(url)``), where it can be downloaded. An edition
that came from no catalog (a feed's, an opened file) says so and cannot be
clicked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from edicola.store.sync_status import ElsewhereEdition
from edicola.ui.common.dates import long_date

URL_ROLE = Qt.ItemDataRole.UserRole


class ElsewherePanel(QWidget):
    catalogRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncElsewhere")
        self.heading = QLabel(self.tr("On your other devices"), self)
        self.heading.setObjectName("syncElsewhereHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("syncElsewhereList")
        self.list.setAccessibleName(self.tr("Editions on your other devices"))
        self.list.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.setVisible(False)

    def show_editions(self, editions: list[ElsewhereEdition]) -> None:
        self.list.clear()
        for found in editions:
            card = found.card
            text = self.tr("%1, %2 — on %3").replace("%1", card.publication or card.title)
            text = text.replace("%2", long_date(card.date)).replace("%3", found.device)
            item = QListWidgetItem(text, self.list)
            item.setData(URL_ROLE, card.catalog)
            if card.catalog:
                item.setToolTip(self.tr("Open its catalog: %1").replace("%1", card.catalog))
            else:
                item.setToolTip(self.tr("Not from a catalog: copy it from that device"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.setVisible(bool(editions))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        url = str(item.data(URL_ROLE) or "")
        if url:
            self.catalogRequested.emit(url)
