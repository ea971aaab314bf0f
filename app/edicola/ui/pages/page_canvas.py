"""One page or a two-page spread, drawn from tiles, with the article regions on it.

The canvas asks the render worker for the tiles it shows at the current zoom
and screen pixel ratio (sharp on HiDPI), then for the neighbouring pages, and
draws a stretched thumbnail while a tile is on its way. Regions light up
under the mouse, take a focus ring on Tab, and open their article on a click
or Enter. A page that cannot be drawn shows a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from edicola.core.print.pages import Page
from edicola.ui.pages.region_names import announce_region
from edicola.ui.pages.render_worker import RenderWorker, TileRequest
from edicola.ui.pages.tile_cache import TileCache

TILE = 2048
"""Device pixels a side: a 1440 px page is one tile (one PDFium pass); deep zooms tile."""
GAP = 12
MARGIN = 16
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
FIT_PAGE, FIT_WIDTH, CUSTOM = "page", "width", "custom"


def thumb_key(number: int) -> Hashable:
    return ("thumb", number)


class PageCanvas(QAbstractScrollArea):
    articleRequested = Signal(str)
    spreadChanged = Signal(int)
    """The first page number now shown."""
    zoomChanged = Signal(float)

    def __init__(self, worker: RenderWorker, cache: TileCache, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Printed page"))
        self.worker = worker
        self.cache = cache
        self.pages: list[Page] = []
        self.failed: dict[int, str] = {}
        self.spread_mode = False
        self.fit = FIT_PAGE
        self.zoom = 1.0
        self._spread_index = 0
        self._hover: tuple[int, int] | None = None
        self._focus: tuple[int, int] | None = None
        self._outlined: list[tuple[int, tuple[float, float, float, float]]] = []
        self.hits: list[tuple[int, tuple[float, float, float, float]]] = []
        """Words a search matched, painted like a highlighter: (page number, rect in points)."""
        self._drag: QPoint | None = None
        self._dragged = False
        self.overlays: list[Callable[[QPainter, int], None]] = []
        """Painted over each page shown, given its number (highlights: ``page_highlights``)."""
        self.headlines: dict[str, str] = {}  # by article id: how a focused region is named
        self.placeholder_text = self.tr("This page cannot be shown")
        self.accent = self.palette().color(QPalette.ColorRole.Highlight)

    # -- state -----------------------------------------------------------------
    def set_pages(self, pages: list[Page]) -> None:
        self.pages = pages
        self.failed = {}
        self._spread_index = 0
        self._hover = self._focus = None
        self._outlined = []
        self._relayout()

    def spreads(self) -> list[list[int]]:
        """Page numbers shown together: the front page alone, then facing pairs."""
        numbers = [p.number for p in self.pages]
        if not self.spread_mode:
            return [[n] for n in numbers]
        return [numbers[:1]] + [numbers[i : i + 2] for i in range(1, len(numbers), 2)]

    def focused_article(self) -> str:
        """The article of the region focused with Tab, else the first on the page shown."""
        if self._focus is not None:
            number, index = self._focus
            return self._page(number).regions[index].article_id
        order = self._ordered_regions()
        return self._page(order[0][0]).regions[order[0][1]].article_id if order else ""

    def current_pages(self) -> list[int]:
        spreads = self.spreads()
        return spreads[self._spread_index] if spreads else []

    def show_page(
        self, number: int, outline: list[tuple[float, float, float, float]] | None = None
    ) -> None:
        """Turn to the spread holding ``number``; outline rectangles (points) on it."""
        for index, spread in enumerate(self.spreads()):
            if number in spread:
                self._spread_index = index
                break
        self._outlined = [(number, rect) for rect in outline or []]
        self.hits = []
        self._hover = self._focus = None
        self._relayout()
        if self._outlined:
            self._scroll_to(number, self._outlined[0][1])
        self.spreadChanged.emit(self.current_pages()[0] if self.current_pages() else 0)

    def set_hits(self, number: int, rects: list[tuple[float, float, float, float]]) -> None:
        self.hits = [(number, rect) for rect in rects]
        self.viewport().update()

    def turn(self, step: int) -> None:
        spreads = self.spreads()
        if not spreads:
            return
        index = max(0, min(len(spreads) - 1, self._spread_index + step))
        if index != self._spread_index:
            self.show_page(spreads[index][0])

    def first_or_last(self, last: bool) -> None:
        spreads = self.spreads()
        if spreads:
            self.show_page(spreads[-1 if last else 0][0])

    def set_spread_mode(self, on: bool) -> None:
        first = self.current_pages()[0] if self.current_pages() else 1
        self.spread_mode = on
        self.show_page(first)

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self._relayout()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = anchor or QPointF(self.viewport().width() / 2, self.viewport().height() / 2)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        content = QPointF(h.value() + anchor.x(), v.value() + anchor.y())
        ratio = zoom / self.zoom
        self.fit = CUSTOM
        self.zoom = zoom
        self._relayout()
        h.setValue(round(content.x() * ratio - anchor.x()))
        v.setValue(round(content.y() * ratio - anchor.y()))

    # -- geometry --------------------------------------------------------------
    def _page(self, number: int) -> Page:
        return self.pages[number - 1]

    def _fit_zoom(self) -> float:
        shown = [self._page(n) for n in self.current_pages()]
        if not shown:
            return 1.0
        width = sum(p.width for p in shown)
        height = max(p.height for p in shown)
        room_w = max(50, self.viewport().width() - 2 * MARGIN - GAP * (len(shown) - 1))
        room_h = max(50, self.viewport().height() - 2 * MARGIN)
        if self.fit == FIT_WIDTH:
            return room_w / width
        return min(room_w / width, room_h / height)

    def _relayout(self) -> None:
        if self.fit != CUSTOM:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._fit_zoom()))
        size = self._content_size()
        self.horizontalScrollBar().setRange(0, max(0, size.width() - self.viewport().width()))
        self.verticalScrollBar().setRange(0, max(0, size.height() - self.viewport().height()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.zoomChanged.emit(self.zoom)
        self.viewport().update()

    def _content_size(self) -> QSize:
        shown = [self._page(n) for n in self.current_pages()]
        width = sum(p.width for p in shown) * self.zoom + GAP * max(0, len(shown) - 1)
        height = max((p.height for p in shown), default=0) * self.zoom
        return QSize(round(width) + 2 * MARGIN, round(height) + 2 * MARGIN)

    def page_rects(self) -> dict[int, QRectF]:
        """Where each shown page sits in the viewport (logical pixels)."""
        size = self._content_size()
        x: float = MARGIN - self.horizontalScrollBar().value()
        x += max(0, (self.viewport().width() - size.width()) / 2)
        y: float = MARGIN - self.verticalScrollBar().value()
        y += max(0, (self.viewport().height() - size.height()) / 2)
        rects = {}
        for number in self.current_pages():
            page = self._page(number)
            rects[number] = QRectF(x, y, page.width * self.zoom, page.height * self.zoom)
            x += page.width * self.zoom + GAP
        return rects

    def region_rect(self, number: int, rect: tuple[float, float, float, float]) -> QRectF:
        page = self.page_rects()[number]
        x0, y0, x1, y1 = rect
        return QRectF(
            page.left() + x0 * self.zoom,
            page.top() + y0 * self.zoom,
            (x1 - x0) * self.zoom,
            (y1 - y0) * self.zoom,
        )

    def _scroll_to(self, number: int, rect: tuple[float, float, float, float]) -> None:
        target = self.region_rect(number, rect)
        v = self.verticalScrollBar()
        if target.top() < 0 or target.bottom() > self.viewport().height():
            v.setValue(v.value() + round(target.top()) - MARGIN)

    def _region_at(self, pos: QPointF) -> tuple[int, int] | None:
        for number, page_rect in self.page_rects().items():
            if not page_rect.contains(pos):
                continue
            for index, region in enumerate(self._page(number).regions):
                if self.region_rect(number, region.rect).contains(pos):
                    return number, index
        return None

    def _ordered_regions(self) -> list[tuple[int, int]]:
        return [(n, i) for n in self.current_pages() for i in range(len(self._page(n).regions))]

    # -- tiles -----------------------------------------------------------------
    def page_px(self, number: int) -> int:
        return max(1, round(self._page(number).width * self.zoom * self.devicePixelRatioF()))

    def _tiles_of(self, number: int, page_rect: QRectF) -> list[tuple[Hashable, QRect, QRectF]]:
        """Keys, pixel clips and viewport rects of the tiles of a page that meet the viewport."""
        dpr = self.devicePixelRatioF()
        page_px = self.page_px(number)
        page = self._page(number)
        height_px = max(1, round(page_px * page.height / page.width))
        visible = page_rect.intersected(QRectF(self.viewport().rect()))
        if visible.isEmpty():
            visible = QRectF(page_rect.topLeft(), QSize(1, 1).toSizeF())
        left = int((visible.left() - page_rect.left()) * dpr) // TILE
        right = int((visible.right() - page_rect.left()) * dpr) // TILE
        top = int((visible.top() - page_rect.top()) * dpr) // TILE
        bottom = int((visible.bottom() - page_rect.top()) * dpr) // TILE
        tiles: list[tuple[Hashable, QRect, QRectF]] = []
        for ty in range(max(0, top), min(bottom, (height_px - 1) // TILE) + 1):
            for tx in range(max(0, left), min(right, (page_px - 1) // TILE) + 1):
                clip = QRect(
                    tx * TILE,
                    ty * TILE,
                    min(TILE, page_px - tx * TILE),
                    min(TILE, height_px - ty * TILE),
                )
                target = QRectF(
                    page_rect.left() + clip.x() / dpr,
                    page_rect.top() + clip.y() / dpr,
                    clip.width() / dpr,
                    clip.height() / dpr,
                )
                tiles.append((("tile", number, page_px, tx, ty), clip, target))
        return tiles

    def request_tiles(self, thumb_px: int) -> list[TileRequest]:
        """The wish list: visible tiles, then the neighbouring spreads, then thumbnails."""
        wanted: list[TileRequest] = []
        rects = self.page_rects()
        for number, rect in rects.items():
            wanted += self._missing(number, rect)
        spreads = self.spreads()
        for step in (1, -1):
            index = self._spread_index + step
            if 0 <= index < len(spreads):
                for number in spreads[index]:
                    here = next(iter(rects.values()), QRectF())
                    rect = QRectF(here.topLeft(), QSize(1, 1).toSizeF())
                    rect.setWidth(self._page(number).width * self.zoom)
                    rect.setHeight(self._page(number).height * self.zoom)
                    wanted += self._missing(number, rect)
        for page in self.pages:
            key = thumb_key(page.number)
            if key not in self.cache and page.number not in self.failed:
                wanted.append(TileRequest(key, page.file, page.file_index, thumb_px))
        return wanted

    def _missing(self, number: int, rect: QRectF) -> list[TileRequest]:
        if number in self.failed:
            return []
        page = self._page(number)
        out = []
        for key, clip, _ in self._tiles_of(number, rect):
            if key not in self.cache:
                clip_t = (clip.x(), clip.y(), clip.width(), clip.height())
                px = self.page_px(number)
                out.append(TileRequest(key, page.file, page.file_index, px, clip_t))
        return out

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self.accent = self.palette().color(QPalette.ColorRole.Highlight)  # follows the theme
        painter.fillRect(
            self.viewport().rect(), self.palette().color(QPalette.ColorRole.Window).darker(125)
        )
        for number, rect in self.page_rects().items():
            self._paint_page(painter, number, rect)
        painter.end()

    def placeholder(self, number: int) -> str:
        """What a page that cannot be drawn shows: the title, and under it the one line
        that says why (the jail's reason: "needs more than 300 MB to draw")."""
        reason = self.failed.get(number, "").strip()
        return self.placeholder_text + (f"\n\n{reason}" if reason else "")

    def _paint_page(self, painter: QPainter, number: int, rect: QRectF) -> None:
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 40))
        painter.fillRect(rect, Qt.GlobalColor.white)
        if number in self.failed:
            painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(8, 8, -8, -8))
            painter.setPen(QColor("#555555"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(rect.adjusted(24, 24, -24, -24), int(flags), self.placeholder(number))
            return
        thumb = self.cache.get(thumb_key(number))
        for key, _, target in self._tiles_of(number, rect):
            tile = self.cache.get(key)
            if tile is not None:
                painter.drawImage(target, tile)
            elif thumb is not None:
                source = QRectF(
                    (target.left() - rect.left()) / rect.width() * thumb.width(),
                    (target.top() - rect.top()) / rect.height() * thumb.height(),
                    target.width() / rect.width() * thumb.width(),
                    target.height() / rect.height() * thumb.height(),
                )
                painter.drawImage(target, thumb, source)
        page = self._page(number)
        for index, region in enumerate(page.regions):
            area = self.region_rect(number, region.rect)
            if self._hover == (number, index):
                fill = QColor(self.accent)
                fill.setAlpha(40)
                painter.fillRect(area, fill)
                painter.setPen(QPen(self.accent, 1))
                painter.drawRect(area)
            if self._focus == (number, index) and self.hasFocus():
                painter.setPen(QPen(self.accent, 3))
                painter.drawRect(area.adjusted(-4, -4, 4, 4))  # outside the letters
        for hit_number, box in self.hits:
            if hit_number == number:
                painter.fillRect(self.region_rect(number, box), QColor(255, 214, 0, 110))
        for outlined_number, box in self._outlined:
            if outlined_number == number:
                painter.setPen(QPen(QColor("#e8710a"), 3))
                painter.fillRect(self.region_rect(number, box), QColor(255, 200, 0, 60))
                # Around the region, not on it: the line must not cover its first letters.
                painter.drawRect(self.region_rect(number, box).adjusted(-4, -4, 4, 4))
        for overlay in self.overlays:
            overlay(painter, number)

    # -- results from the worker -------------------------------------------------
    def tile_arrived(self, key: Hashable, image: QImage) -> None:
        if isinstance(key, tuple) and key[0] == "tile":
            image.setDevicePixelRatio(self.devicePixelRatioF())
        self.cache.put(key, image)
        if isinstance(key, tuple) and key[1] in self.current_pages():
            self.viewport().update()  # a thumbnail of a page not shown needs no repaint

    def tile_failed(self, key: Hashable, message: str) -> None:
        if isinstance(key, tuple) and len(key) > 1 and isinstance(key[1], int):
            self.failed[key[1]] = message
            self.setToolTip(message)
        self.viewport().update()

    # -- input -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        self.zoomChanged.emit(self.zoom)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position().toPoint() - self._drag
            self._drag = event.position().toPoint()
            if delta.manhattanLength():
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        hover = self._region_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
            )
            self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position().toPoint()
            self._dragged = False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._drag = self._dragged, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if event.button() == Qt.MouseButton.LeftButton and not dragged:
            hit = self._region_at(event.position())
            if hit is not None:
                self._focus = hit
                self.articleRequested.emit(self._page(hit[0]).regions[hit[1]].article_id)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * (1.15**steps), event.position())
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Pinch on a touchpad arrives at the viewport as a native zoom gesture."""
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom * (1 + event.value()), event.position())
            event.accept()  # else it travels on to the scroll area and zooms twice
            return True
        return super().viewportEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the regions of the shown pages, then leaves the canvas."""
        order = self._ordered_regions()
        if not order:
            return super().focusNextPrevChild(forward)
        if self._focus not in order:
            self._focus = order[0 if forward else -1]
        else:
            position = order.index(self._focus) + (1 if forward else -1)
            if not 0 <= position < len(order):
                self._focus = None
                self.viewport().update()
                return super().focusNextPrevChild(forward)
            self._focus = order[position]
        number, index = self._focus
        self._scroll_to(number, self._page(number).regions[index].rect)
        self.viewport().update()
        article_id = self._page(number).regions[index].article_id
        announce_region(self, self.headlines.get(article_id, ""), number)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        v = self.verticalScrollBar()
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
        elif ctrl and key == Qt.Key.Key_0:
            self.set_fit(FIT_PAGE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._focus is not None:
            number, index = self._focus
            self.articleRequested.emit(self._page(number).regions[index].article_id)
        elif key == Qt.Key.Key_PageDown or key == Qt.Key.Key_Right:
            self.turn(1)
        elif key == Qt.Key.Key_PageUp or key == Qt.Key.Key_Left:
            self.turn(-1)
        elif key == Qt.Key.Key_Down and v.value() < v.maximum():
            v.setValue(v.value() + v.singleStep() * 3)
        elif key == Qt.Key.Key_Down:
            self.turn(1)
        elif key == Qt.Key.Key_Up and v.value() > 0:
            v.setValue(v.value() - v.singleStep() * 3)
        elif key == Qt.Key.Key_Up:
            self.turn(-1)
        elif key == Qt.Key.Key_Home:
            self.first_or_last(False)
        elif key == Qt.Key.Key_End:
            self.first_or_last(True)
        else:
            super().keyPressEvent(event)
