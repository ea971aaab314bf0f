"""The Newsstand view: followed catalogs, their publications and editions, downloads.

Left, the catalogs the reader follows (``catalog_bar.py``); right, the
selected catalog's editions in one of two modes: the wall of covers
(``wall.py``, the default) or the list (``edition_list.py``), publications
with their editions by date. Under them, the messages of failed downloads
(``download_messages.py``) and the overall progress. Offline is normal: a
quiet status label says so.

The view draws a :class:`CatalogPage` and reports what the reader asks for
through signals; the controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.common.view_heading import view_heading
from edicola.ui.newsstand.button_row import named_button
from edicola.ui.newsstand.catalog_bar import CatalogBar
from edicola.ui.newsstand.dialogs import SubscriptionDialog, SubscriptionValues, new_publisher_box
from edicola.ui.newsstand.download_messages import DownloadMessages
from edicola.ui.newsstand.edition_list import EditionList
from edicola.ui.newsstand.model import CatalogPage, PublicationItem, percent
from edicola.ui.newsstand.wall import CoverWall
from edicola.ui.newsstand.wall_delegate import CoverProvider

WALL, LIST = "wall", "list"
# The chosen mode must be visible in every style and theme, as a segmented switch.
_MODE_STYLE = (
    "QToolButton { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 4px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)


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
    followFeedRequested = Signal(str)  # a feed's address given as a catalog

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
        self._build()
        self._connect()
        self.set_overall(0, 0, "")
        self.show_page(None)

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        heading = view_heading(self.tr("Newsstand"), self)
        self.catalog_bar = CatalogBar(self)
        self.catalogs = self.catalog_bar.catalogs
        right = QWidget(self)
        top = self._build_top(right)
        self.wall = CoverWall(self._large_covers, right)
        self.tree = EditionList(self._covers, right)
        self.empty = QLabel(right)
        self.empty.setObjectName("newsstandEmpty")
        self.empty.setWordWrap(True)
        self.messages = DownloadMessages(right)
        bottom = self._build_bottom(right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)  # clear of the divider
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
        splitter.addWidget(self.catalog_bar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 880])
        splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

    def _build_top(self, right: QWidget) -> QHBoxLayout:
        """The catalog's title and status, the switch between the modes, Refresh."""
        self.title = QLabel(right)
        self.title.setObjectName("newsstandTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel(right)
        self.status.setObjectName("newsstandStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.refresh_button = named_button(
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
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.wall_button)
        top.addWidget(self.list_button)
        top.addWidget(self.refresh_button)
        return top

    def _build_bottom(self, right: QWidget) -> QHBoxLayout:
        """The progress of all downloads together, with its words and percentage."""
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
        return bottom

    def _connect(self) -> None:
        bar = self.catalog_bar
        bar.addCatalogRequested.connect(self.addCatalogRequested)
        bar.removeCatalogRequested.connect(self.removeCatalogRequested)
        bar.catalogSelected.connect(self.catalogSelected)
        bar.allowUnsignedToggled.connect(self.allowUnsignedToggled)
        self.wall_button.toggled.connect(self._on_wall_button_toggled)
        for mode in (self.wall, self.tree):
            mode.editionAction.connect(self._on_edition_action)
            mode.followToggled.connect(self.followToggled)
            mode.subscriptionRequested.connect(self._on_subscription_requested)
            mode.olderRequested.connect(self.olderRequested)
        self.messages.retryRequested.connect(self.retryRequested)
        self.messages.acceptPublisherRequested.connect(self.acceptPublisherRequested)
        self.messages.followFeedRequested.connect(self.followFeedRequested)

    # -- catalogs -----------------------------------------------------------------------

    def add_side_panel(self, widget: QWidget) -> None:
        """Another feature's panel under the catalogs (sync's "On your other devices")."""
        layout = self.catalog_bar.layout()
        if layout is not None:
            layout.addWidget(widget)

    def current_url(self) -> str | None:
        return self.catalog_bar.current_url()

    def set_catalogs(self, catalogs: list[tuple[str, str]], current: str | None) -> None:
        """``(url, title)`` pairs; keeps ``current`` selected (or the first one)."""
        self.catalog_bar.set_catalogs(catalogs, current)

    # -- the page -----------------------------------------------------------------------

    def show_page(self, page: CatalogPage | None, fetching: bool = True) -> None:
        """Draw ``page``; with none, say the catalog is on its way (``fetching``) or
        could not be had (its message says why)."""
        self._page = page
        self.catalog_bar.show_catalog(page)
        self.refresh_button.setEnabled(self.current_url() is not None)
        if page is None:
            self.tree.remove_all()
            self.title.setText("")
            self.status.setText("")
            if not self.catalog_bar.has_catalogs():
                text = self.tr("No catalogs yet: add one with the address a publisher gives you.")
            elif fetching:
                text = self.tr("Fetching the catalog…")
            else:
                text = self.tr("This catalog could not be loaded.")
            self.empty.setText(text)
            self.empty.setVisible(True)
            self.modes.setVisible(False)
            self.wall.set_publications(())
            return
        self.empty.setVisible(False)
        self.modes.setVisible(True)
        unsigned = self.tr("%1 (unsigned)").replace("%1", page.title)
        self.title.setText(page.title if page.signed else unsigned)
        self.status.setText(page.status)
        self.tree.set_publications(page.publications)
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

    def update_cover(self, url: str) -> None:
        """A cover arrived: show it wherever it belongs."""
        self.wall.update_cover()
        self.tree.update_cover(url)

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

    # -- progress and messages ----------------------------------------------------------

    def set_progress(self, edition_id: str, received: int, total: int) -> None:
        if self.tree.set_progress(edition_id, received, total):
            self.wall.set_progress(edition_id, received)

    def state_of(self, edition_id: str) -> str:
        return self.tree.state_of(edition_id)

    def set_overall(self, received: int, total: int, summary: str) -> None:
        self.overall.setRange(0, 100)
        self.overall.setValue(percent(received, total))
        self.overall.setVisible(bool(summary))
        self.overall_label.setText(summary)
        self.overall_percent.setText(f"{percent(received, total)}%" if summary else "")

    def show_message(
        self,
        key: str,
        message: str,
        retry: bool,
        accept_publisher: bool = False,
        follow_feed: str = "",
    ) -> None:
        """A failure naming the edition (or catalog) and why, with Retry if it may help,
        for an edition refused as another source's, the offer to accept its publisher,
        and for a feed's address given as a catalog, the offer to follow it."""
        self.messages.put(key, message, retry, accept_publisher, follow_feed)

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
        self.messages.remove(key)

    def message_text(self, key: str) -> str | None:
        return self.messages.text(key)

    # -- slots --------------------------------------------------------------------------

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

    def _edit_subscription(self, pub: PublicationItem) -> None:
        values = SubscriptionValues(pub.auto_download, pub.keep_last, pub.keep_days)
        dialog = SubscriptionDialog(pub.info.title, values, self)
        if dialog.exec():
            chosen = dialog.values()
            self.subscriptionChanged.emit(
                pub.info.id, chosen.auto_download, chosen.keep_last or 0, chosen.keep_days or 0
            )

    def _on_refresh_clicked(self) -> None:
        url = self.current_url()
        if url is not None:
            self.refreshRequested.emit(url)

    def _on_edition_action(self, kind: str, edition_id: str) -> None:
        self._request(kind, edition_id)

    def _on_subscription_requested(self, publication_id: str) -> None:
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
