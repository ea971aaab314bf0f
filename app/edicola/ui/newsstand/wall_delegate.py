"""How one tile of the wall of covers is drawn: the cover, its badge, title and date.

The cover fills a fixed 3:4 box (a paper-coloured card with the publication's
name stands in until the image arrives). A badge in the corner says the state
in a word (new, in library, update, queued, failed …). While a download runs
the cover dims and a bar runs along its foot, with the percentage above the
bar, never on it. Under the cover: the publication's title (two lines at most,
never cut while there is room) and the edition's date, long, in the interface
language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from edicola.core.catalog.opds import EditionState
from edicola.ui.common.dates import long_date
from edicola.ui.newsstand.model import percent
from edicola.ui.newsstand.wall_model import TILE_ROLE, Tile

COVER_W, COVER_H = 150, 200
PAD = 10
TEXT_GAP = 6

CoverProvider = Callable[[str], QPixmap | None]

# Badge colours: white text on each reaches WCAG AA (>= 4.5:1).
NEW = QColor("#b3261e")
IN_LIBRARY = QColor("#1e6b3a")
AMBER = QColor("#8a4b00")
NEUTRAL = QColor("#3d4450")


def badge(tile: Tile) -> tuple[str, QColor] | None:
    """The word in the cover's corner, and its colour; None for a plain available edition."""
    edition = tile.edition
    download = edition.download
    if download in ("downloading", "verifying", "importing"):
        return None  # the dimmed cover and the words over its bar say it
    if download == "queued":
        return QCoreApplication.translate("Newsstand", "Queued"), NEUTRAL
    if download == "waiting":
        return QCoreApplication.translate("Newsstand", "Waiting to retry"), NEUTRAL
    if download == "paused":
        return QCoreApplication.translate("Newsstand", "Paused"), NEUTRAL
    if download == "failed":
        return QCoreApplication.translate("Newsstand", "Failed"), NEW
    if edition.state == EditionState.DOWNLOADED:
        return "✓ " + QCoreApplication.translate("Newsstand", "In library"), IN_LIBRARY
    if edition.state == EditionState.UPDATE:
        return QCoreApplication.translate("Newsstand", "Update"), AMBER
    if edition.new:
        return QCoreApplication.translate("Newsstand", "New"), NEW
    return None


class CoverDelegate(QStyledItemDelegate):
    def __init__(self, covers: CoverProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._covers = covers

    def _title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title = QFontMetrics(self._title_font(option))
        plain = QFontMetrics(option.font)
        height = PAD + COVER_H + TEXT_GAP + 2 * title.lineSpacing() + plain.lineSpacing() + PAD
        return QSize(COVER_W + 2 * PAD, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tile = index.data(TILE_ROLE)
        if not isinstance(tile, Tile):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(60 if state & QStyle.StateFlag.State_HasFocus else 35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        cover = QRect(rect.x() + (rect.width() - COVER_W) // 2, rect.y() + PAD, COVER_W, COVER_H)
        self._paint_cover(painter, cover, tile, palette)
        self._paint_progress(painter, cover, tile)
        self._paint_badge(painter, cover, tile, option)
        self._paint_text(painter, rect, cover, tile, option)
        painter.restore()

    def _paint_cover(self, painter: QPainter, cover: QRect, tile: Tile, palette: QPalette) -> None:
        url = tile.edition.entry.cover_href
        pixmap = self._covers(url) if url else None
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(
                cover.size() * painter.device().devicePixelRatioF(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(painter.device().devicePixelRatioF())
            size = scaled.deviceIndependentSize().toSize()
            x = cover.x() + (cover.width() - size.width()) // 2
            y = cover.y() + (cover.height() - size.height()) // 2
            painter.fillRect(cover, palette.color(QPalette.ColorRole.Base))
            painter.drawPixmap(x, y, scaled)
        else:
            painter.fillRect(cover, QColor("#f4efe4"))
            painter.setPen(QColor("#3b3326"))
            font = QFont(painter.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            painter.setFont(font)
            painter.drawText(
                cover.adjusted(12, 12, -12, -12),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                tile.publication,
            )
        painter.setPen(QPen(QColor(0, 0, 0, 70), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cover.adjusted(0, 0, -1, -1))

    def _paint_progress(self, painter: QPainter, cover: QRect, tile: Tile) -> None:
        edition = tile.edition
        if edition.download not in ("downloading", "verifying", "importing"):
            return
        painter.fillRect(cover, QColor(0, 0, 0, 130))
        value = percent(edition.received, edition.entry.size)
        bar = QRect(cover.x() + 12, cover.bottom() - 24, cover.width() - 24, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 90))
        painter.drawRoundedRect(bar, 4, 4)
        done = QRect(bar.x(), bar.y(), max(8, bar.width() * value // 100), bar.height())
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(done, 4, 4)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        text = {
            "verifying": QCoreApplication.translate("Newsstand", "Verifying"),
            "importing": QCoreApplication.translate("Newsstand", "Importing"),
        }.get(edition.download or "", f"{value}%")
        above = QRect(cover.x(), bar.y() - 48, cover.width(), 40)
        painter.drawText(above, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_badge(
        self, painter: QPainter, cover: QRect, tile: Tile, option: QStyleOptionViewItem
    ) -> None:
        found = badge(tile)
        if found is None:
            return
        text, colour = found
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        metrics = QFontMetrics(font)
        width = min(cover.width() - 8, metrics.horizontalAdvance(text) + 14)
        height = metrics.height() + 6  # at the cover's foot, clear of the masthead
        pill = QRect(cover.x() + 6, cover.bottom() - 6 - height, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, pill.width() - 10)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)

    def _paint_text(
        self, painter: QPainter, rect: QRect, cover: QRect, tile: Tile, option: QStyleOptionViewItem
    ) -> None:
        palette: QPalette = option.palette
        title_font = self._title_font(option)
        title = QFontMetrics(title_font)
        width = rect.width() - 8
        top = cover.bottom() + TEXT_GAP
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        lines = _two_lines(tile.publication, title, width)
        for i, line in enumerate(lines):
            box = QRect(rect.x() + 4, top + i * title.lineSpacing(), width, title.lineSpacing())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), line
            )
        plain_font = QFont(option.font)
        plain = QFontMetrics(plain_font)
        painter.setFont(plain_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        date_box = QRect(
            rect.x() + 4, top + len(lines) * title.lineSpacing(), width, plain.lineSpacing()
        )
        date = plain.elidedText(
            long_date(tile.edition.entry.date), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            date_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), date
        )


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` on one line if it fits, else wrapped at words on two (the second elided)."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if first and metrics.horizontalAdvance(candidate) > width:
            rest = " ".join(words[i:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = candidate
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
