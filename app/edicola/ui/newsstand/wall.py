"""The wall of covers: the Newsstand's main mode, as PressReader or Readly show it.

A grid of large covers of the current catalog's editions, newest first, each
with its title, date and state badge (see ``wall_delegate``). Arrow keys move
between covers; Enter (or a double click) opens an edition that is in the
library and downloads one that is not. A filter picks one publication; the bar
under the grid names the chosen edition and offers the buttons that fit its
state, and its publication's Follow, Subscription and older editions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.newsstand.model import PublicationItem, activation, edition_actions
from edicola.ui.newsstand.wall_delegate import CoverDelegate, CoverProvider
from edicola.ui.newsstand.wall_model import ID_ROLE, CoverWallModel, Tile, wall_order


class CoverWall(QWidget):
    editionAction = Signal(str, str)  # kind (open, download, pause …), edition id
    followToggled = Signal(str, bool)  # publication id, follow
    subscriptionRequested = Signal(str)  # publication id
    olderRequested = Signal(str)  # publication id

    def __init__(self, covers: CoverProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsstandWall")
        self._publications: dict[str, PublicationItem] = {}
        self._all: list[Tile] = []

        self.filter = QComboBox(self)
        self.filter.setObjectName("newsstandPublicationFilter")
        self.filter.setAccessibleName(self.tr("Publication"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)

        self.model = CoverWallModel(self)
        self.grid = QListView(self)
        self.grid.setObjectName("newsstandGrid")
        self.grid.setAccessibleName(self.tr("Covers"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(8)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setMouseTracking(True)
        self.delegate = CoverDelegate(covers, self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setModel(self.model)
        self.grid.activated.connect(self._on_grid_activated)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)

        self.details = QLabel(self)
        self.details.setObjectName("newsstandWallDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self._edition_buttons = QWidget(self)
        self._edition_layout = QHBoxLayout(self._edition_buttons)
        self._edition_layout.setContentsMargins(0, 0, 0, 0)
        self.follow = QPushButton(self)
        self.follow.setObjectName("wallFollow")
        self.follow.setCheckable(True)
        self.follow.setToolTip(self.tr("Be told about new editions of this publication"))
        self.follow.clicked.connect(self._on_follow_clicked)
        self.subscription = QPushButton(self.tr("Subscription…"), self)
        self.subscription.setObjectName("wallSubscription")
        self.subscription.clicked.connect(self._on_subscription_clicked)
        self.older = QPushButton(self.tr("Show older editions"), self)
        self.older.setObjectName("wallOlder")
        self.older.clicked.connect(self._on_older_clicked)

        bar = QHBoxLayout()
        bar.addWidget(self.details, 1)
        bar.addWidget(self._edition_buttons)
        bar.addSpacing(16)
        bar.addWidget(self.follow)
        bar.addWidget(self.subscription)
        bar.addWidget(self.older)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bar)
        self._update_bar()

    # -- contents -----------------------------------------------------------------------

    def set_publications(self, publications: tuple[PublicationItem, ...]) -> None:
        """Draw the catalog's editions; keeps the filter, the chosen cover and the scroll."""
        self._publications = {p.info.id: p for p in publications}
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All publications"), "")
        for pub in publications:
            self.filter.addItem(pub.info.title, pub.info.id)
        at = self.filter.findData(chosen) if chosen else 0
        self.filter.setCurrentIndex(max(0, at))
        self.filter.setVisible(len(publications) > 1)
        self.filter.blockSignals(False)
        self._all = wall_order(
            [Tile(e, p.info.id, p.info.title) for p in publications for e in p.editions]
        )
        self._show_tiles()

    def _show_tiles(self) -> None:
        chosen = self.filter.currentData() or ""
        current = self.current_tile()
        tiles = [t for t in self._all if not chosen or t.publication_id == chosen]
        self.model.set_tiles(tiles)
        row = self.model.row_of(current.edition_id) if current else -1
        if row < 0 and tiles:
            row = 0
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.grid.selectionModel().setCurrentIndex(self.model.index(row), flags)
        self._update_bar()

    def set_progress(self, edition_id: str, received: int) -> None:
        self.model.set_progress(edition_id, received)
        current = self.current_tile()
        if current is not None and current.edition_id == edition_id:
            self.details.setText(current.summary())

    def update_cover(self) -> None:
        self.grid.viewport().update()

    def current_tile(self) -> Tile | None:
        tile = self.grid.currentIndex().data(Qt.ItemDataRole.UserRole + 10)
        return tile if isinstance(tile, Tile) else None

    def select(self, edition_id: str) -> bool:
        row = self.model.row_of(edition_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.grid.selectionModel().setCurrentIndex(self.model.index(row), flags)
        return True

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    # -- the bar under the grid ---------------------------------------------------------

    def _update_bar(self) -> None:
        tile = self.current_tile()
        for button in self._edition_buttons.findChildren(QPushButton):
            button.hide()
            button.deleteLater()
        pub = self._publications.get(tile.publication_id) if tile else None
        self.follow.setVisible(pub is not None)
        self.subscription.setVisible(pub is not None and pub.followed)
        self.older.setVisible(pub is not None and bool(pub.older_months or pub.loading_older))
        if tile is None or pub is None:
            self.details.setText("")
            return
        self.details.setText(tile.summary())
        self.follow.setChecked(pub.followed)
        self.follow.setText(self.tr("Following %1") if pub.followed else self.tr("Follow %1"))
        self.follow.setText(self.follow.text().replace("%1", pub.info.title))
        self.older.setEnabled(not pub.loading_older)
        self.older.setText(
            self.tr("Loading older editions…")
            if pub.loading_older
            else self.tr("Show older editions")
        )
        for label, kind in edition_actions(tile.edition):
            button = QPushButton(label, self._edition_buttons)
            button.setObjectName(f"wall_{kind}")
            button.clicked.connect(
                lambda _=False, k=kind, e=tile.edition_id: self.editionAction.emit(k, e)
            )
            self._edition_layout.addWidget(button)

    # -- slots --------------------------------------------------------------------------

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self._show_tiles()

    def _on_grid_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_bar()

    def _on_grid_activated(self, index: QModelIndex) -> None:
        tile = self.model.tile(str(index.data(ID_ROLE)))
        kind = activation(tile.edition) if tile else None
        if tile is not None and kind is not None:
            self.editionAction.emit(kind, tile.edition_id)

    def _on_follow_clicked(self, checked: bool) -> None:
        tile = self.current_tile()
        if tile is not None:
            self.followToggled.emit(tile.publication_id, checked)

    def _on_subscription_clicked(self) -> None:
        tile = self.current_tile()
        if tile is not None:
            self.subscriptionRequested.emit(tile.publication_id)

    def _on_older_clicked(self) -> None:
        tile = self.current_tile()
        if tile is not None:
            self.olderRequested.emit(tile.publication_id)
