"""The Newsstand view: followed catalogs, their publications and editions, downloads.

Left, the catalogs the reader follows (add by URL, remove, allow unsigned);
right, the selected catalog's editions in one of two modes: the wall of
covers (``wall.py``, the default) or the list, publications (cover, follow,
subscription settings, "new" badge) with their editions by date: size,
state, a progress bar while downloading and the buttons that fit the state.
Under them, the messages of failed downloads (naming the edition and the
reason, with Retry) and the overall progress. Offline is normal: a quiet
status label says so.

The view draws a :class:`CatalogPage` and reports what the reader asks for
through signals; the controller does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.newsstand.dialogs import (
    AddCatalogDialog,
    SubscriptionDialog,
    SubscriptionValues,
    new_publisher_box,
    unsigned_warning,
)
from edicola.ui.newsstand.model import (
    CatalogPage,
    EditionItem,
    PublicationItem,
    activation,
    edition_actions,
    format_size,
    long_date,
    percent,
    state_text,
)
from edicola.ui.newsstand.wall import CoverWall
from edicola.ui.shell.view_heading import view_heading

COL_TITLE, COL_DATE, COL_SIZE, COL_STATE, COL_PROGRESS, COL_ACTIONS = range(6)
WALL, LIST = "wall", "list"
# The chosen mode must be visible in every style and theme, as a segmented switch.
_MODE_STYLE = (
    "QToolButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 4px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)
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


def _without_prefix(title: str, publication: str) -> str:
    """ "Il Faro — lunedì 23 novembre 2026" under "Il Faro" reads "lunedì 23 novembre 2026"."""
    for separator in (" — ", " – ", " - ", ": ", ", "):
        if publication and title.startswith(publication + separator):
            return title[len(publication) + len(separator) :] or title
    return title


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
    modeChanged = Signal(str)  # WALL or LIST
    acceptPublisherRequested = Signal(str)  # edition id refused as another source's
    newPublisherAccepted = Signal(str)  # edition id, after the reader confirmed

    def __init__(
        self,
        covers: CoverProvider,
        parent: QWidget | None = None,
        large_covers: CoverProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newsstandView")
        self.setAccessibleName(self.tr("Newsstand"))
        self._covers = covers
        self._large_covers = large_covers or covers
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
        self.wall_button = QToolButton(right)
        self.wall_button.setText(self.tr("Co&vers"))
        self.wall_button.setObjectName("newsstandWallMode")
        self.wall_button.setToolTip(self.tr("Show the editions as a wall of covers"))
        self.list_button = QToolButton(right)
        self.list_button.setText(self.tr("L&ist"))
        self.list_button.setObjectName("newsstandListMode")
        self.list_button.setToolTip(self.tr("Show the editions as a list, by publication"))
        self._modes = QButtonGroup(self)
        for button in (self.wall_button, self.list_button):
            button.setCheckable(True)
            button.setStyleSheet(_MODE_STYLE)
            self._modes.addButton(button)
        self.wall_button.setChecked(True)
        self.wall_button.toggled.connect(self._on_wall_button_toggled)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.wall_button)
        top.addWidget(self.list_button)
        top.addWidget(self.refresh_button)

        self.wall = CoverWall(self._large_covers, right)
        self.wall.editionAction.connect(self._on_wall_edition_action)
        self.wall.followToggled.connect(self.followToggled)
        self.wall.subscriptionRequested.connect(self._on_wall_subscription_requested)
        self.wall.olderRequested.connect(self.olderRequested)

        self.tree = QTreeWidget(right)
        self.tree.setObjectName("newsstandTree")
        self.tree.setAccessibleName(self.tr("Publications and editions"))
        self.tree.setHeaderLabels(
            [self.tr("Edition"), self.tr("Date"), self.tr("Size"), self.tr("State"), "", ""]
        )
        self.tree.setIconSize(QSize(40, 54))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        # Titles take all the room the other columns leave: the buttons' column is
        # as wide as its buttons and the progress column only shows while something
        # downloads, so no title is cut short beside an empty column.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DATE, COL_SIZE, COL_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_PROGRESS, COL_ACTIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_PROGRESS, 110)
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
        self.overall.setTextVisible(False)  # the percentage sits beside the bar
        self.overall_label = QLabel(right)
        self.overall_label.setObjectName("newsstandOverallLabel")
        self.overall_percent = QLabel(right)
        self.overall_percent.setObjectName("newsstandOverallPercent")
        bottom = QHBoxLayout()
        bottom.addWidget(self.overall_label)
        bottom.addWidget(self.overall, 1)
        bottom.addWidget(self.overall_percent)

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.empty)
        self.modes = QStackedWidget(right)
        self.modes.setObjectName("newsstandModes")
        self.modes.addWidget(self.wall)
        self.modes.addWidget(self.tree)
        right_layout.addWidget(self.modes, 1)
        right_layout.addWidget(self.messages)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("newsstandSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 880])
        splitter.setCollapsible(1, False)
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
            self.modes.setVisible(False)
            self.wall.set_publications(())
            return
        self.empty.setVisible(False)
        self.modes.setVisible(True)
        unsigned = self.tr("%1 (unsigned)").replace("%1", page.title)
        self.title.setText(page.title if page.signed else unsigned)
        self.status.setText(page.status)
        self.allow_unsigned.setChecked(page.allow_unsigned)
        self.unsigned_warning.setVisible(page.allow_unsigned)
        for publication in page.publications:
            self._add_publication(publication, expanded.get(publication.info.id, True))
        widths = [
            widget.sizeHint().width()
            for item in self._all_tree_items()
            if (widget := self.tree.itemWidget(item, COL_ACTIONS)) is not None
        ]
        self.tree.header().resizeSection(COL_ACTIONS, max(widths, default=100) + 8)
        self.tree.header().setSectionHidden(
            COL_PROGRESS,
            not any(
                e.busy or e.download == "paused" for p in page.publications for e in p.editions
            ),
        )
        self.wall.set_publications(page.publications)

    def status_text(self) -> str:
        """What the window's status bar says while the Newsstand is on screen."""
        page = self._page
        if page is None:
            return self.tr("Newsstand")
        editions = [e for p in page.publications for e in p.editions]
        held = sum(1 for e in editions if e.state.value == "downloaded")
        return (
            self.tr("Newsstand · %1 · %n edition(s)", "", len(editions)).replace("%1", page.title)
            + " · "
            + self.tr("%n in your library", "", held)
        )

    # -- modes --------------------------------------------------------------------------

    def mode(self) -> str:
        return WALL if self.modes.currentWidget() is self.wall else LIST

    def set_mode(self, mode: str) -> None:
        """Show the wall of covers (``WALL``) or the list (``LIST``)."""
        wall = mode != LIST
        self.modes.setCurrentWidget(self.wall if wall else self.tree)
        (self.wall_button if wall else self.list_button).setChecked(True)

    def focus_editions(self) -> None:
        (self.wall.grid if self.mode() == WALL else self.tree).setFocus()

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
            title += "   ● " + self.tr("%n new", "", pub.new_count)
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
            self._add_edition(item, edition, pub.info.title)
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

    def _add_edition(self, parent: QTreeWidgetItem, edition: EditionItem, publication: str) -> None:
        entry = edition.entry
        item = QTreeWidgetItem(parent)
        item.setData(COL_TITLE, ID_ROLE, entry.edition_id)
        item.setData(COL_TITLE, KIND_ROLE, "edition")
        # Under its publication's row the title need not repeat the publication's name.
        item.setText(COL_TITLE, _without_prefix(entry.title, publication))
        item.setToolTip(COL_TITLE, f"{entry.title}\n{entry.edition_id} · r{entry.revision}")
        item.setText(COL_DATE, long_date(entry.date))
        item.setToolTip(COL_DATE, entry.date)
        item.setText(COL_SIZE, format_size(entry.size))
        item.setTextAlignment(COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setText(COL_STATE, state_text(edition))
        self._set_cover(item, entry.cover_href)
        bar = QProgressBar()
        bar.setObjectName(f"progress_{entry.edition_id}")
        bar.setRange(0, 100)
        bar.setValue(percent(edition.received, entry.size))
        bar.setTextVisible(False)  # the State column says the percentage
        bar.setMaximumWidth(100)
        bar.setVisible(edition.busy or edition.download == "paused")
        self.tree.setItemWidget(item, COL_PROGRESS, _row(self.tree, bar))
        self.tree.setItemWidget(item, COL_ACTIONS, self._edition_actions(edition))
        self._rows[entry.edition_id] = (item, bar, edition)

    def _edition_actions(self, edition: EditionItem) -> QWidget:
        eid = edition.entry.edition_id
        buttons: list[QWidget] = []
        for text, kind in edition_actions(edition):
            button = QPushButton(text)
            button.setObjectName(f"{kind}_{eid}")
            button.clicked.connect(lambda _=False, k=kind: self._request(k, eid))
            buttons.append(button)
        return _row(self.tree, *buttons)

    def _request(self, kind: str, edition_id: str) -> None:
        """Emit the signal for one of :func:`edition_actions`' kinds."""
        signals = {
            "open": self.openRequested,
            "download": self.downloadRequested,
            "pause": self.pauseRequested,
            "resume": self.resumeRequested,
            "cancel": self.cancelRequested,
            "retry": self.retryRequested,
        }
        signals[kind].emit(edition_id)

    def _set_cover(self, item: QTreeWidgetItem, url: str | None) -> None:
        item.setData(COL_TITLE, COVER_ROLE, url)
        pixmap = self._covers(url) if url else None
        if pixmap is not None:
            item.setIcon(COL_TITLE, QIcon(pixmap))

    def _all_tree_items(self) -> list[QTreeWidgetItem]:
        items = self._publication_items()
        children = [pub.child(j) for pub in items for j in range(pub.childCount())]
        return [*items, *(c for c in children if c is not None)]

    def update_cover(self, url: str) -> None:
        """A cover arrived: show it wherever it belongs."""
        self.wall.update_cover()
        for item in self._all_tree_items():
            if item.data(COL_TITLE, COVER_ROLE) == url:
                self._set_cover(item, url)

    # -- progress and messages ----------------------------------------------------------

    def set_progress(self, edition_id: str, received: int, total: int) -> None:
        row = self._rows.get(edition_id)
        if row is None:
            return
        item, bar, edition = row
        self.wall.set_progress(edition_id, received)
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
        self.overall_percent.setText(f"{percent(received, total)}%" if summary else "")

    def show_message(
        self, key: str, message: str, retry: bool, accept_publisher: bool = False
    ) -> None:
        """A failure naming the edition (or catalog) and why, with Retry if it may help,
        and for an edition refused as another source's, the offer to accept its publisher."""
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
        if accept_publisher:
            accept = QPushButton(self.tr("Accept the new publisher…"))
            accept.setObjectName(f"messageAcceptPublisher_{key}")
            accept.clicked.connect(lambda _=False, k=key: self.acceptPublisherRequested.emit(k))
            widgets.append(accept)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName(f"messageDismiss_{key}")
        dismiss.clicked.connect(lambda _=False, k=key: self.clear_message(k))
        widgets.append(dismiss)
        row = _row(self.messages, *widgets)
        layout = row.layout()
        if isinstance(layout, QHBoxLayout):
            layout.setStretch(0, 1)  # the text takes the width, not the trailing stretch
            layout.setStretch(layout.count() - 1, 0)
        self._messages[key] = row
        self._messages_layout.addWidget(row)

    def confirm_new_publisher(self, edition_id: str, question: str, details: str) -> QWidget:
        """Ask before letting another source take a publication over; "Accept" emits
        ``newPublisherAccepted``, Cancel changes nothing. Returns the (open) box."""
        box, accept = new_publisher_box(question, details, self)

        def decided(_result: int) -> None:
            if box.clickedButton() is accept:
                self.newPublisherAccepted.emit(edition_id)

        box.finished.connect(decided)
        box.open()
        return box

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
        kind = activation(row[2])
        if kind is not None:
            self._request(kind, row[2].entry.edition_id)

    def _on_wall_edition_action(self, kind: str, edition_id: str) -> None:
        self._request(kind, edition_id)

    def _on_wall_subscription_requested(self, publication_id: str) -> None:
        page = self._page
        pub = (
            next((p for p in page.publications if p.info.id == publication_id), None)
            if page
            else None
        )
        if pub is not None:
            self._edit_subscription(pub)

    def _on_wall_button_toggled(self, wall: bool) -> None:
        self.modes.setCurrentWidget(self.wall if wall else self.tree)
        self.modeChanged.emit(WALL if wall else LIST)
