"""Highlights on the printed pages, and words selected there to highlight.

**Drawing.** For each page shown, the edition's highlights are looked for in
the page's text layer on the render worker (a *finder*, as the search's words
are found): an article's highlights inside that article's regions only (the
same words may be printed elsewhere on the page), a highlight made on the page
alone anywhere on it. They are painted in their colour, multiplied over the
print so the letters stay black.

**Selecting.** With *Select text* on, or with Shift held, a drag draws a
rectangle; the words whose centre falls in it are selected (read column by
column) from the page's text layer, read once per PDF on a pool thread in
the PDF jail. ``H`` and ``N`` then make the highlight (``ui/highlights/``,
through :class:`~edicola.ui.common.page_selection.PageSelection`): anchored
to the article whose region holds the selection, or to the page alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QToolButton, QWidget

from edicola.core.annotations.marks import ANCHORED, HIGHLIGHT, Mark
from edicola.core.print.pages import Page
from edicola.core.print.text_types import Box, PageText
from edicola.store.marks import MarkList
from edicola.store.pages import PageStore
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import PoolJobs
from edicola.ui.common.highlight_colors import PAGE
from edicola.ui.common.page_selection import PageQuote
from edicola.ui.pages.page_words import Selected, find_quotes, select_words
from edicola.ui.pages.render_worker import TileRequest
from edicola.ui.pages.view import PagesView

MARKS = "marks"
"""The worker key's first part for highlight searches (search hits use "hits")."""
_SELECTION = QColor(66, 133, 244, 90)
_SLACK = 4.0
"""Points a word may stick out of its article's region and still be drawn."""


class PageHighlights(QObject):
    """Implements :class:`~edicola.ui.common.page_selection.PageSelection`."""

    selectionChanged = Signal()

    def __init__(
        self,
        view: PagesView,
        pages: PageStore,
        marks: MarkList,
        is_shown: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.canvas = view.canvas
        self.pages = pages
        self.marks = marks
        self._is_shown = is_shown
        self.jobs = PoolJobs(parent=self)
        self._version = 0
        self._edition = ""
        self._highlights: list[Mark] = []
        self.drawn: dict[tuple[int, str, str], list[Box]] = {}
        """(page, article id or "", colour) -> the boxes painted."""
        self._asked: set[int] = set()
        self._texts: dict[str, list[PageText]] = {}
        """Each PDF's text layer, once read."""
        self._drag: tuple[int, QPointF] | None = None
        self._area: tuple[int, QRectF] | None = None
        self.selected: tuple[int, Selected] | None = None
        self.select_button = self._add_button()
        self.canvas.overlays.append(self._paint)
        self.canvas.viewport().installEventFilter(self)
        self.canvas.spreadChanged.connect(self._on_canvas_spread_changed)
        view.worker.hitsFound.connect(self._on_worker_hits_found)

    def _add_button(self) -> QToolButton:
        button = QToolButton(self.view)
        button.setObjectName("pagesSelectText")
        button.setText(self.tr("Select text"))
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setToolTip(
            self.tr("Drag over words to select them (or Shift+drag); H highlights, N adds a note")
        )
        bar = self.view.bar
        bar.insertWidget(bar.indexOf(self.view.zoom_in_button) + 1, button)
        return button

    def stop(self) -> None:
        self.jobs.shutdown(timeout=10)

    # -- drawing -----------------------------------------------------------------------
    def refresh(self, *_changed: object) -> None:
        """Highlights changed (made, edited, removed, re-anchored): look for them again."""
        self._version += 1
        self._edition = ""
        self.drawn = {}
        self._asked = set()
        if self._is_shown():
            self._on_canvas_spread_changed(0)
        self.canvas.viewport().update()

    def _load(self) -> None:
        edition = self.view.edition_id or ""
        if edition != self._edition:
            self._edition = edition
            self._highlights = (
                self.marks.marks(kinds=(HIGHLIGHT,), edition_id=edition) if edition else []
            )
            self.drawn = {}
            self._asked = set()
            self.clear_selection()

    def _on_canvas_spread_changed(self, _first: int) -> None:
        self._load()
        for number in self.canvas.current_pages():
            if number not in self._asked:
                self._asked.add(number)
                self._ask(self.canvas.pages[number - 1])

    def _ask(self, page: Page) -> None:
        """Ask the worker to find the page's highlights, by article and colour."""
        on_page = {r.article_id for r in page.regions}
        groups: dict[tuple[str, str], list[str]] = {}
        for mark in self._highlights:
            here = mark.article_id in on_page if mark.article_id else mark.page == page.number
            if here and mark.state == ANCHORED and mark.quote:
                groups.setdefault((mark.article_id, mark.color), []).append(mark.quote)
        for (article_id, color), quotes in groups.items():
            key = (MARKS, self._edition, page.number, article_id, color, self._version)
            finder = partial(find_quotes, quotes=quotes)
            self.view.worker.find_first(
                TileRequest(key, page.file, page.file_index, 0, finder=finder)
            )

    def _on_worker_hits_found(self, tag: object, rects: list[object]) -> None:
        if not isinstance(tag, tuple) or tag[0] != self.view.worker.generation:
            return
        key = tag[1]
        if not (isinstance(key, tuple) and key[0] == MARKS and key[1] == self._edition):
            return
        if key[5] != self._version:
            return
        number, article_id, color = key[2], key[3], key[4]
        boxes = [r for r in rects if isinstance(r, tuple)]
        if article_id:
            regions = [
                r.rect for r in self.canvas.pages[number - 1].regions if r.article_id == article_id
            ]
            boxes = [b for b in boxes if any(_inside(b, region) for region in regions)]
        self.drawn[(number, article_id, color)] = boxes
        self.canvas.viewport().update()

    def _paint(self, painter: QPainter, number: int) -> None:
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for (page, _article, color), boxes in self.drawn.items():
            if page == number:
                fill = QColor(PAGE.get(color, PAGE["yellow"]))
                for box in boxes:
                    painter.fillRect(self.canvas.region_rect(number, box), fill)
        if self.selected is not None and self.selected[0] == number:
            for box in self.selected[1].boxes:
                painter.fillRect(self.canvas.region_rect(number, box), _SELECTION)
        painter.restore()
        if self._area is not None and self._area[0] == number:
            painter.setPen(QColor(66, 133, 244))
            painter.drawRect(self._area[1])

    # -- selecting ----------------------------------------------------------------------
    def _page_at(self, point: QPointF) -> int | None:
        for number, rect in self.canvas.page_rects().items():
            if rect.contains(point):
                return number
        return None

    def _to_points(self, number: int, area: QRectF) -> Box:
        page = self.canvas.page_rects()[number]
        zoom = self.canvas.zoom
        return (
            (area.left() - page.left()) / zoom,
            (area.top() - page.top()) / zoom,
            (area.right() - page.left()) / zoom,
            (area.bottom() - page.top()) / zoom,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        selecting = self.select_button.isChecked() or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            number = self._page_at(event.position()) if selecting else None
            if number is None:
                return False
            self._drag = (number, event.position())
            self._area = (number, QRectF(event.position(), event.position()))
            self._read_text(self.canvas.pages[number - 1])
            return True
        if self._drag is None:
            return False
        if kind == QEvent.Type.MouseMove:
            self._area = (self._drag[0], QRectF(self._drag[1], event.position()).normalized())
            self._choose()
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            self._area = (self._drag[0], QRectF(self._drag[1], event.position()).normalized())
            self._drag = None
            self._choose()
            self._area = None
            self.canvas.viewport().update()
            self.selectionChanged.emit()
            return True
        return False

    def select_area(self, number: int, box: Box) -> Selected | None:
        """Select the words of page ``number`` inside ``box`` (points), as a drag does;
        None until the page's text layer has been read (:meth:`text_ready`)."""
        page = self.canvas.pages[number - 1]
        self._read_text(page)
        layer = self._layer(page)
        found = select_words(layer, box) if layer is not None else None
        self.selected = (number, found) if found is not None else None
        self.canvas.viewport().update()
        self.selectionChanged.emit()
        return found

    def text_ready(self, number: int) -> bool:
        return self._layer(self.canvas.pages[number - 1]) is not None

    def _choose(self) -> None:
        assert self._area is not None
        number, area = self._area
        layer = self._layer(self.canvas.pages[number - 1])
        found = select_words(layer, self._to_points(number, area)) if layer else None
        self.selected = (number, found) if found is not None else None
        self.canvas.viewport().update()

    def _layer(self, page: Page) -> PageText | None:
        layers = self._texts.get(page.file)
        return layers[page.file_index] if layers and page.file_index < len(layers) else None

    def _read_text(self, page: Page) -> None:
        """Read the page's PDF text layer in the background, once."""
        if page.file in self._texts or not self._edition:
            return
        data = self.pages.pdf(self._edition, page.file) or b""
        name = page.file
        # Here, not at the top: it imports pypdfium2, which starting the reader does not need.
        from edicola.core.print.text_layer import read_text_layers

        self.jobs.start(
            lambda: read_text_layers(data, name),
            partial(self._on_text_read, self._edition, name),
            key=(self._edition, name),
        )

    def _on_text_read(self, edition: str, name: str, outcome: Outcome[list[PageText]]) -> None:
        if edition != self._edition:
            return
        self._texts[name] = outcome.value if isinstance(outcome, Done) else []
        if self._area is not None:
            self._choose()

    # -- PageSelection ----------------------------------------------------------------
    def page_quote(self) -> PageQuote | None:
        if self.selected is None or not self._edition:
            return None
        number, chosen = self.selected
        page = self.canvas.pages[number - 1]
        article_id = ""
        for region in page.regions:
            if any(_inside(box, region.rect) for box in chosen.boxes[:1]):
                article_id = region.article_id
                break
        return PageQuote(
            self._edition,
            number,
            article_id,
            chosen.quote,
            chosen.prefix,
            chosen.suffix,
            chosen.start,
            chosen.end,
        )

    def clear_selection(self) -> None:
        if self.selected is not None:
            self.selected = None
            self.canvas.viewport().update()
            self.selectionChanged.emit()

    def is_shown(self) -> bool:
        return self._is_shown()

    def scope(self) -> QWidget:
        return self.view


def _inside(box: Box, region: Box) -> bool:
    """Whether a word's box lies in a region (its centre, give or take a little)."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return (
        region[0] - _SLACK <= x <= region[2] + _SLACK
        and region[1] - _SLACK <= y <= region[3] + _SLACK
    )
