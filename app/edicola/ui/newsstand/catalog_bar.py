"""The Newsstand's left column: the catalogs the reader follows.

Add one by URL, remove the selected one, allow unsigned editions for it (with
the warning that says what that gives up). The bar only reports what the
reader asks for; the controller does it and hands back the new list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from edicola.ui.newsstand.button_row import button_row, named_button
from edicola.ui.newsstand.dialogs import AddCatalogDialog, unsigned_warning
from edicola.ui.newsstand.model import CatalogPage

URL_ROLE = Qt.ItemDataRole.UserRole


class CatalogBar(QWidget):
    addCatalogRequested = Signal(str, bool)  # url, allow unsigned
    removeCatalogRequested = Signal(str)
    catalogSelected = Signal(str)
    allowUnsignedToggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogs = QListWidget(self)
        self.catalogs.setObjectName("newsstandCatalogs")
        self.catalogs.setAccessibleName(self.tr("Catalogs"))
        self.catalogs.currentItemChanged.connect(self._on_catalogs_current_item_changed)
        self.add_button = named_button(
            self, self.tr("&Add catalog…"), "newsstandAddCatalog", self._on_add_clicked
        )
        self.remove_button = named_button(
            self, self.tr("Remove"), "newsstandRemoveCatalog", self._on_remove_clicked
        )
        self.allow_unsigned = QCheckBox(self.tr("Allow unsigned for this catalog"), self)
        self.allow_unsigned.setObjectName("newsstandAllowUnsigned")
        self.allow_unsigned.clicked.connect(self._on_allow_unsigned_clicked)
        self.unsigned_warning = unsigned_warning(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)  # clear of the divider
        layout.addWidget(QLabel(self.tr("Catalogs"), self))
        layout.addWidget(self.catalogs, 1)
        layout.addWidget(button_row(self, self.add_button, self.remove_button))
        layout.addWidget(self.allow_unsigned)
        layout.addWidget(self.unsigned_warning)

    def current_url(self) -> str | None:
        item = self.catalogs.currentItem()
        return None if item is None else str(item.data(URL_ROLE))

    def has_catalogs(self) -> bool:
        return self.catalogs.count() > 0

    def set_catalogs(self, catalogs: list[tuple[str, str]], current: str | None) -> None:
        """``(url, title)`` pairs; keeps ``current`` selected (or the first one)."""
        self.catalogs.blockSignals(True)
        self.catalogs.clear()
        for url, title in catalogs:
            item = QListWidgetItem(title or url, self.catalogs)
            item.setData(URL_ROLE, url)
            item.setToolTip(url)
            if url == current:
                self.catalogs.setCurrentItem(item)
        if self.catalogs.currentItem() is None and self.catalogs.count():
            self.catalogs.setCurrentRow(0)
        self.catalogs.blockSignals(False)
        self.remove_button.setEnabled(self.catalogs.count() > 0)

    def show_catalog(self, page: CatalogPage | None) -> None:
        """The shown catalog's "allow unsigned" choice (off and disabled while none is)."""
        allowed = page is not None and page.allow_unsigned
        self.allow_unsigned.setEnabled(page is not None)
        self.allow_unsigned.setChecked(allowed)
        self.unsigned_warning.setVisible(allowed)

    def _on_catalogs_current_item_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.catalogSelected.emit(str(current.data(URL_ROLE)))

    def ask_for_catalog(self) -> None:
        """The "Add catalog" dialog; what it gives is ``addCatalogRequested``."""
        dialog = AddCatalogDialog(self)
        if dialog.exec():
            url, unsigned = dialog.value()
            self.addCatalogRequested.emit(url, unsigned)

    def _on_add_clicked(self) -> None:
        self.ask_for_catalog()

    def _on_remove_clicked(self) -> None:
        url = self.current_url()
        if url is not None:
            self.removeCatalogRequested.emit(url)

    def _on_allow_unsigned_clicked(self, checked: bool) -> None:
        url = self.current_url()
        self.unsigned_warning.setVisible(checked)
        if url is not None:
            self.allowUnsignedToggled.emit(url, checked)
