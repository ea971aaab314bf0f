"""The editions of one catalog as tiles of the wall of covers, newest first.

A flat list model for a ``QListView`` in icon mode: one row per edition, with
its publication's title. Redraws keep the rows (and so the selection and the
scroll position) when the editions did not change, and a download's progress
repaints one tile only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from edicola.ui.common.dates import long_date
from edicola.ui.newsstand.model import EditionItem, format_size, state_text

TILE_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Tile:
    edition: EditionItem
    publication_id: str
    publication: str  # its title, shown under the cover

    @property
    def edition_id(self) -> str:
        return self.edition.entry.edition_id

    def summary(self) -> str:
        """One line for screen readers and the details bar: who, when, size, state."""
        entry = self.edition.entry
        parts = [self.publication, long_date(entry.date), format_size(entry.size)]
        parts.append(state_text(self.edition))
        if self.edition.new:
            parts.append(QCoreApplication.translate("Newsstand", "new"))
        return " · ".join(parts)


def wall_order(tiles: list[Tile]) -> list[Tile]:
    """Newest first; the catalog's order of publications within a day."""
    order = {t.publication_id: i for i, t in reversed(list(enumerate(tiles)))}
    return sorted(
        tiles, key=lambda t: (t.edition.entry.date, -order[t.publication_id]), reverse=True
    )


class CoverWallModel(QAbstractListModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._tiles: list[Tile] = []
        self._rows: dict[str, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tiles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._tiles):
            return None
        tile = self._tiles[index.row()]
        if role == TILE_ROLE:
            return tile
        if role == ID_ROLE:
            return tile.edition_id
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.publication
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tile.edition.entry.title}\n{tile.summary()}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tile.summary()
        return None

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def tile(self, edition_id: str) -> Tile | None:
        row = self._rows.get(edition_id)
        return None if row is None else self._tiles[row]

    def row_of(self, edition_id: str) -> int:
        return self._rows.get(edition_id, -1)

    def set_tiles(self, tiles: list[Tile]) -> None:
        """Show ``tiles`` (already in wall order); same editions only repaint."""
        if [t.edition_id for t in tiles] == [t.edition_id for t in self._tiles]:
            self._tiles = tiles
            if tiles:
                self.dataChanged.emit(self.index(0), self.index(len(tiles) - 1))
            return
        self.beginResetModel()
        self._tiles = tiles
        self._rows = {t.edition_id: i for i, t in enumerate(tiles)}
        self.endResetModel()

    def set_progress(self, edition_id: str, received: int) -> None:
        row = self._rows.get(edition_id)
        if row is None:
            return
        tile = self._tiles[row]
        edition = tile.edition
        if edition.download not in ("downloading", "queued", "waiting"):
            return
        self._tiles[row] = replace(
            tile, edition=replace(edition, download="downloading", received=received)
        )
        self.dataChanged.emit(self.index(row), self.index(row))
