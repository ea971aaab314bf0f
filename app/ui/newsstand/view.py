"""The Newsstand view: followed catalogs, their publications and editions, downloads.

Left, the catalogs the reader follows (add by URL, remove, allow unsigned);
right, the selected catalog's publications (cover, follow, subscription
settings, "new" badge) with their editions by date: size, state, a progress
bar while downloading and the buttons that fit the state. Under them, the
messages of failed downloads (naming the edition and the reason, with Retry)
and the overall progress. Offline is normal: a quiet status label says so.

The view draws a :class:`CatalogPage` and reports what the reader asks for
through signals; the controller does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.newsstand.dialogs import (
    AddCatalogDialog,
    SubscriptionDialog,
    SubscriptionValues,
    unsigned_warning,
)
from edicola.ui.newsstand.model import (
    CatalogPage,
    EditionItem,
    PublicationItem,
    format_size,
    percent,
    state_text,
)
from edicola.ui.shell.view_heading import view_heading

COL_TITLE, COL_DATE, COL_SIZE, COL_STATE, COL_PROGRESS, COL_ACTIONS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
COVER_ROLE = Qt.ItemDataRole.UserRole + 2

CoverProvider = Callable[[str], QPixmap | None]


def _button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(slot)
    return button


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.setSpacing(4)
    for widget in widgets:
        widget.setParent(box)
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


class NewsstandView(QWidget):
    addCatalogRequested = Signal(str, bool)  # url, allow unsigned
    removeCatalogRequested = Signal(str)
    catalogSelected = Signal(str)
    allowUnsignedToggled = Signal(str, bool)
    refreshRequested = Signal(str)
    downloadRequested = Signal(str)  # edition id
    pauseRequested = Signal(str)
    resumeRequested = Signal(str)
    cancelRequested = Signal(str)
    retryRequested = Signal(str)
    openRequested = Signal(str)
    followToggled = Signal(str, bool)  # publication id, follow
    subscriptionChanged = Signal(str, bool, int, int)  # pub, auto, keep_last, keep_days (0=none)
    olderRequested = Signal(str)  # publication id

    def __init__(self, covers: CoverProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsstandView")
        self.setAccessibleName(self.tr("Newsstand"))
        self._covers = covers
        self._page: CatalogPage | None = None
        self._rows: dict[str, tuple[QTreeWidgetItem, QProgressBar, EditionItem]] = {}
        self._messages: dict[str, QWidget] = {}
        self._build()

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        heading = view_heading(self.tr("Newsstand"), self)

        left = QWidget(self)
        self.catalogs = QListWidget(left)
        self.catalogs.setObjectName("newsstandCatalogs")
        self.catalogs.setAccessibleName(self.tr("Catalogs"))
        self.catalogs.currentItemChanged.connect(self._on_catalogs_current_item_changed)
        self.add_button = _button(
            left, self.tr("&Add catalog…"), "newsstandAddCatalog", self._on_add_clicked
        )
        self.remove_button = _button(
            left, self.tr("Remove"), "newsstandRemoveCatalog", self._on_remove_clicked
        )
        self.allow_unsigned = QCheckBox(self.tr("Allow unsigned for this catalog"), left)
        self.allow_unsigned.setObjectName("newsstandAllowUnsigned")
        self.allow_unsigned.clicked.connect(self._on_allow_unsigned_clicked)
        self.unsigned_warning = unsigned_warning(left)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Catalogs"), left))
        left_layout.addWidget(self.catalogs, 1)
        left_layout.addWidget(_row(left, self.add_button, self.remove_button))
        left_layout.addWidget(self.allow_unsigned)
        left_layout.addWidget(self.unsigned_warning)

        right = QWidget(self)
        self.title = QLabel(right)
        self.title.setObjectName("newsstandTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel(right)
        self.status.setObjectName("newsstandStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.refresh_button = _button(
            right, self.tr("&Refresh"), "newsstandRefresh", self._on_refresh_clicked
        )
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)

        self.tree = QTreeWidget(right)
        self.tree.setObjectName("newsstandTree")
        self.tree.setAccessibleName(self.tr("Publications and editions"))
        self.tree.setHeaderLabels(
            [self.tr("Edition"), self.tr("Date"), self.tr("Size"), self.tr("State"), "", ""]
        )
        self.tree.setIconSize(QSize(40, 54))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DATE, COL_SIZE, COL_STATE, COL_ACTIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_PROGRESS, 130)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.empty = QLabel(right)
        self.empty.setObjectName("newsstandEmpty")
        self.empty.setWordWrap(True)

        self.messages = QWidget(right)
        self.messages.setObjectName("newsstandMessages")
        self._messages_layout = QVBoxLayout(self.messages)
        self._messages_layout.setContentsMargins(0, 0, 0, 0)

        self.overall = QProgressBar(right)
        self.overall.setObjectName("newsstandOverall")
        self.overall.setAccessibleName(self.tr("All downloads"))
        self.overall_label = QLabel(right)
        self.overall_label.setObjectName("newsstandOverallLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.overall_label)
        bottom.addWidget(self.overall, 1)

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(self.messages)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("newsstandSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        self.set_overall(0, 0, "")
        self.show_page(None)

    # -- catalogs -----------------------------------------------------------------------

    def current_url(self) -> str | None:
        item = self.catalogs.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def set_catalogs(self, catalogs: list[tuple[str, str]], current: str | None) -> None:
        """``(url, title)`` pairs; keeps ``current`` selected (or the first one)."""
        self.catalogs.blockSignals(True)
        self.catalogs.clear()
        for url, title in catalogs:
            item = QListWidgetItem(title or url, self.catalogs)
            item.setData(ID_ROLE, url)
            item.setToolTip(url)
            if url == current:
                self.catalogs.setCurrentItem(item)
        if self.catalogs.currentItem() is None and self.catalogs.count():
            self.catalogs.setCurrentRow(0)
        self.catalogs.blockSignals(False)
        self.remove_button.setEnabled(self.catalogs.count() > 0)

    # -- the page -----------------------------------------------------------------------

    def show_page(self, page: CatalogPage | None) -> None:
        expanded = self._expanded()
        self._page = page
        self._rows.clear()
        self.tree.clear()
        has_catalog = self.catalogs.count() > 0
        self.allow_unsigned.setEnabled(page is not None)
        self.refresh_button.setEnabled(self.current_url() is not None)
        if page is None:
            self.title.setText("")
            self.status.setText("")
            self.allow_unsigned.setChecked(False)
            self.unsigned_warning.setVisible(False)
            self.empty.setText(
                self.tr("Fetching the catalog…")
                if has_catalog
                else self.tr("No catalogs yet: add one with the address a publisher gives you.")
            )
            self.empty.setVisible(True)
            return
        self.empty.setVisible(False)
        unsigned = self.tr("%1 (unsigned)").replace("%1", page.title)
        self.title.setText(page.title if page.signed else unsigned)
        self.status.setText(page.status)
        self.allow_unsigned.setChecked(page.allow_unsigned)
        self.unsigned_warning.setVisible(page.allow_unsigned)
        for publication in page.publications:
            self._add_publication(publication, expanded.get(publication.info.id, True))

    def _publication_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]  # type: ignore[misc]

    def _expanded(self) -> dict[str, bool]:
        return {
            str(item.data(COL_TITLE, ID_ROLE)): item.isExpanded()
            for item in self._publication_items()
        }

    def _add_publication(self, pub: PublicationItem, expanded: bool) -> None:
        item = QTreeWidgetItem(self.tree)
        pub_id = pub.info.id
        item.setData(COL_TITLE, ID_ROLE, pub_id)
        item.setData(COL_TITLE, KIND_ROLE, "publication")
        title = pub.info.title
        if pub.new_count:
            title += "   ● " + self.tr("new: %1").replace("%1", str(pub.new_count))
            item.setForeground(COL_TITLE, QColor("#b3261e"))
        item.setText(COL_TITLE, title)
        font = item.font(COL_TITLE)
        font.setBold(True)
        item.setFont(COL_TITLE, font)
        self._set_cover(item, pub.cover_url)
        follow = QPushButton(self.tr("Following") if pub.followed else self.tr("Follow"))
        follow.setObjectName(f"follow_{pub_id}")
        follow.setCheckable(True)
        follow.setChecked(pub.followed)
        follow.setToolTip(self.tr("Be told about new editions of this publication"))
        follow.toggled.connect(lambda on, p=pub_id: self.followToggled.emit(p, on))
        settings = QPushButton(self.tr("Subscription…"))
        settings.setObjectName(f"subscription_{pub_id}")
        settings.setVisible(pub.followed)
        settings.clicked.connect(lambda _=False, p=pub: self._edit_subscription(p))
        self.tree.setItemWidget(item, COL_ACTIONS, _row(self.tree, follow, settings))
        for edition in pub.editions:
            self._add_edition(item, edition)
        if pub.older_months or pub.loading_older:
            older = QTreeWidgetItem(item)
            older.setData(COL_TITLE, KIND_ROLE, "older")
            text = (
                self.tr("Loading older editions…")
                if pub.loading_older
                else self.tr("Show older editions")
            )
            button = QPushButton(text)
            button.setObjectName(f"older_{pub_id}")
            button.setEnabled(not pub.loading_older)
            button.clicked.connect(lambda _=False, p=pub_id: self.olderRequested.emit(p))
            self.tree.setItemWidget(older, COL_TITLE, _row(self.tree, button))
        item.setExpanded(expanded)

    def _add_edition(self, parent: QTreeWidgetItem, edition: EditionItem) -> None:
        entry = edition.entry
        item = QTreeWidgetItem(parent)
        item.setData(COL_TITLE, ID_ROLE, entry.edition_id)
        item.setData(COL_TITLE, KIND_ROLE, "edition")
        item.setText(COL_TITLE, entry.title)
        item.setToolTip(COL_TITLE, f"{entry.edition_id} · r{entry.revision}")
        item.setText(COL_DATE, entry.date)
        item.setText(COL_SIZE, format_size(entry.size))
        item.setTextAlignment(COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setText(COL_STATE, state_text(edition))
        self._set_cover(item, entry.cover_href)
        bar = QProgressBar()
        bar.setObjectName(f"progress_{entry.edition_id}")
        bar.setRange(0, 100)
        bar.setValue(percent(edition.received, entry.size))
        bar.setVisible(edition.busy or edition.download == "paused")
        self.tree.setItemWidget(item, COL_PROGRESS, _row(self.tree, bar))
        self.tree.setItemWidget(item, COL_ACTIONS, self._edition_actions(edition))
        self._rows[entry.edition_id] = (item, bar, edition)

    def _edition_actions(self, edition: EditionItem) -> QWidget:
        eid = edition.entry.edition_id
        buttons: list[QWidget] = []

        def add(text: str, name: str, emit: Callable[[str], object]) -> None:
            button = QPushButton(text)
            button.setObjectName(f"{name}_{eid}")
            button.clicked.connect(lambda _=False: emit(eid))
            buttons.append(button)

        if edition.busy:
            add(self.tr("Pause"), "pause", self.pauseRequested.emit)
            add(self.tr("Cancel"), "cancel", self.cancelRequested.emit)
        elif edition.download == "paused":
            add(self.tr("Resume"), "resume", self.resumeRequested.emit)
            add(self.tr("Cancel"), "cancel", self.cancelRequested.emit)
        elif edition.download == "failed":
            add(self.tr("Retry"), "retry", self.retryRequested.emit)
        elif edition.state.value == "downloaded":
            add(self.tr("Open"), "open", self.openRequested.emit)
        elif edition.state.value == "update available":
            add(self.tr("Update"), "download", self.downloadRequested.emit)
        else:
            add(self.tr("Download"), "download", self.downloadRequested.emit)
        return _row(self.tree, *buttons)

    def _set_cover(self, item: QTreeWidgetItem, url: str | None) -> None:
        item.setData(COL_TITLE, COVER_ROLE, url)
        pixmap = self._covers(url) if url else None
        if pixmap is not None:
            item.setIcon(COL_TITLE, QIcon(pixmap))

    def update_cover(self, url: str) -> None:
        """A cover arrived: show it wherever it belongs."""
        items = self._publication_items()
        children = [pub.child(j) for pub in items for j in range(pub.childCount())]
        for item in [*items, *(c for c in children if c is not None)]:
            if item.data(COL_TITLE, COVER_ROLE) == url:
                self._set_cover(item, url)

    # -- progress and messages ----------------------------------------------------------

    def set_progress(self, edition_id: str, received: int, total: int) -> None:
        row = self._rows.get(edition_id)
        if row is None:
            return
        item, bar, edition = row
        bar.setVisible(True)
        bar.setValue(percent(received, total))
        if edition.download in ("downloading", "queued", "waiting"):
            shown = EditionItem(edition.entry, edition.state, "downloading", received)
            item.setText(COL_STATE, state_text(shown))

    def state_of(self, edition_id: str) -> str:
        row = self._rows.get(edition_id)
        return "" if row is None else row[0].text(COL_STATE)

    def set_overall(self, received: int, total: int, summary: str) -> None:
        self.overall.setRange(0, 100)
        self.overall.setValue(percent(received, total))
        self.overall.setVisible(bool(summary))
        self.overall_label.setText(summary)

    def show_message(self, key: str, message: str, retry: bool) -> None:
        """A failure naming the edition (or catalog) and why, with Retry if it may help."""
        self.clear_message(key)
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
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName(f"messageDismiss_{key}")
        dismiss.clicked.connect(lambda _=False, k=key: self.clear_message(k))
        widgets.append(dismiss)
        row = _row(self.messages, *widgets)
        layout = row.layout()
        if isinstance(layout, QHBoxLayout):
            layout.setStretch(0, 1)
        self._messages[key] = row
        self._messages_layout.addWidget(row)

    def clear_message(self, key: str) -> None:
        row = self._messages.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()

    def message_text(self, key: str) -> str | None:
        row = self._messages.get(key)
        label = None if row is None else row.findChild(QLabel, f"message_{key}")
        return None if label is None else label.text()

    # -- slots --------------------------------------------------------------------------

    def _edit_subscription(self, pub: PublicationItem) -> None:
        values = SubscriptionValues(pub.auto_download, pub.keep_last, pub.keep_days)
        dialog = SubscriptionDialog(pub.info.title, values, self)
        if dialog.exec():
            chosen = dialog.values()
            self.subscriptionChanged.emit(
                pub.info.id, chosen.auto_download, chosen.keep_last or 0, chosen.keep_days or 0
            )

    def _on_catalogs_current_item_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.catalogSelected.emit(str(current.data(ID_ROLE)))

    def _on_add_clicked(self) -> None:
        dialog = AddCatalogDialog(self)
        if dialog.exec():
            url, unsigned = dialog.value()
            self.addCatalogRequested.emit(url, unsigned)

    def _on_remove_clicked(self) -> None:
        url = self.current_url()
        if url is not None:
            self.removeCatalogRequested.emit(url)

    def _on_allow_unsigned_clicked(self, checked: bool) -> None:
        url = self.current_url()
        self.unsigned_warning.setVisible(checked)
        if url is not None:
            self.allowUnsignedToggled.emit(url, checked)

    def _on_refresh_clicked(self) -> None:
        url = self.current_url()
        if url is not None:
            self.refreshRequested.emit(url)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(COL_TITLE, KIND_ROLE) != "edition":
            return
        row = self._rows.get(str(item.data(COL_TITLE, ID_ROLE)))
        if row is None:
            return
        edition = row[2]
        if edition.state.value == "downloaded" and edition.download in (None, "done"):
            self.openRequested.emit(edition.entry.edition_id)
        elif not edition.busy:
            self.downloadRequested.emit(edition.entry.edition_id)
