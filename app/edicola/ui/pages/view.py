"""The Pages view: a tool bar, the page canvas and a strip of thumbnails.

It owns the render worker and the tile cache for the edition it shows and
keeps the worker's wish list current: whenever the canvas moves, zooms or
turns, the list is rebuilt (coalesced to one per event-loop turn).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.print.pages import Page
from edicola.ui.pages.page_canvas import FIT_PAGE, FIT_WIDTH, PageCanvas
from edicola.ui.pages.render_worker import RenderWorker, TileRequest
from edicola.ui.pages.tile_cache import TileCache

THUMB_WIDTH = 72


class PagesView(QWidget):
    articleRequested = Signal(str)
    hitsShown = Signal(int)

    def __init__(self, parent: QWidget | None = None, cache_bytes: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagesView")
        self.edition_id: str | None = None
        self.worker = RenderWorker(parent=self)
        self.cache = TileCache(cache_bytes) if cache_bytes else TileCache()
        self.canvas = PageCanvas(self.worker, self.cache, self)
        self._build()
        self._sections: list[tuple[str, int]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._connect()

    def _build(self) -> None:
        self.spread_button = self._button("pagesSpread", self.tr("Two pages"), checkable=True)
        self.fit_page_button = self._button("pagesFitPage", self.tr("Fit page"))
        self.fit_width_button = self._button("pagesFitWidth", self.tr("Fit width"))
        self.zoom_out_button = self._button("pagesZoomOut", "−")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = self._button("pagesZoomIn", "+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("pagesZoom")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pagesPosition")
        self.section_box = QComboBox(self)
        self.section_box.setObjectName("pagesSections")
        self.section_box.setAccessibleName(self.tr("Go to section"))
        # Qt 6.11 names a combo box after its current text: the description is what is read
        self.section_box.setAccessibleDescription(self.tr("Go to section"))
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.bar = bar
        for widget in (
            self.section_box,
            self.spread_button,
            self.fit_page_button,
            self.fit_width_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        self.strip = QListWidget(self)
        self.strip.setObjectName("pagesStrip")
        self.strip.setAccessibleName(self.tr("Pages"))
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.strip.setFixedHeight(round(THUMB_WIDTH * 1.42) + 44)
        self.strip.setMovement(QListWidget.Movement.Static)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.strip)
        self.setFocusProxy(self.canvas)

    def _button(self, name: str, text: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _connect(self) -> None:
        self.worker.tileReady.connect(self._on_worker_tile_ready)
        self.worker.tileFailed.connect(self._on_worker_tile_failed)
        self.worker.hitsFound.connect(self._on_worker_hits_found)
        self.canvas.zoomChanged.connect(self._on_canvas_zoom_changed)
        self.canvas.spreadChanged.connect(self._on_canvas_spread_changed)
        self.canvas.articleRequested.connect(self.articleRequested)
        self.spread_button.toggled.connect(self.canvas.set_spread_mode)
        self.fit_page_button.clicked.connect(lambda: self.canvas.set_fit(FIT_PAGE))
        self.fit_width_button.clicked.connect(lambda: self.canvas.set_fit(FIT_WIDTH))
        self.zoom_in_button.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom * 1.25))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom / 1.25))
        self.strip.currentRowChanged.connect(self._on_strip_current_row_changed)
        self.section_box.activated.connect(self._on_section_box_activated)

    # -- public ------------------------------------------------------------------
    def open_edition(
        self,
        edition_id: str,
        pages: list[Page],
        files: dict[str, bytes],
        sections: list[tuple[str, int]] = (),  # type: ignore[assignment]
    ) -> None:
        """Show an edition's pages; ``sections`` are (title, first page) for the section box."""
        self.edition_id = edition_id
        self.cache.clear()
        self.worker.open_files(files)
        self.strip.clear()
        for page in pages:
            item = QListWidgetItem(page.label, self.strip)
            item.setSizeHint(QSize(THUMB_WIDTH + 16, round(THUMB_WIDTH * 1.42) + 34))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._sections = list(sections)
        self.section_box.clear()
        for title, number in self._sections:
            self.section_box.addItem(title, number)
        self.section_box.setVisible(bool(self._sections))
        self.canvas.set_pages(pages)
        self.canvas.show_page(1)

    def show_page(
        self, number: int, outline: list[tuple[float, float, float, float]] | None = None
    ) -> None:
        self.canvas.show_page(number, outline)

    def find_words(self, number: int, finder: Callable[[str], list[tuple[int, int]]]) -> None:
        """Highlight the words ``finder`` picks on page ``number`` (found on the worker)."""
        page = self.canvas.pages[number - 1]
        key = ("hits", self.edition_id, number)
        self.worker.find_first(TileRequest(key, page.file, page.file_index, 0, finder=finder))

    def shutdown(self) -> None:
        self.worker.stop()

    # -- slots ---------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        thumb_px = round(THUMB_WIDTH * self.devicePixelRatioF())
        self.worker.want(self.canvas.request_tiles(thumb_px))

    def _on_canvas_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100 * 96 / 72)} %")
        self._schedule()

    def _on_canvas_spread_changed(self, first: int) -> None:
        shown = self.canvas.current_pages()
        total = len(self.canvas.pages)
        labels = "–".join(self.canvas.pages[n - 1].label for n in shown) if shown else ""
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", labels).replace("%2", str(total))
        )
        if first:
            self.strip.blockSignals(True)
            self.strip.setCurrentRow(first - 1)
            self.strip.blockSignals(False)
        starts = [self.section_box.itemData(i) for i in range(self.section_box.count())]
        before = [i for i, start in enumerate(starts) if start <= first]
        if before:
            # the first section starting on this page, else the last one begun before it
            same = [i for i in before if starts[i] == first]
            self.section_box.setCurrentIndex(same[0] if same else before[-1])
        self._schedule()

    def _on_strip_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.canvas.show_page(row + 1)

    def _on_section_box_activated(self, index: int) -> None:
        number = self.section_box.itemData(index)
        if isinstance(number, int):
            self.canvas.show_page(number)
            self.canvas.setFocus()

    def _on_worker_tile_ready(self, tag: object, image: QImage) -> None:
        key = self._current(tag)
        if key is None:
            return
        if isinstance(key, tuple) and key[0] == "thumb":
            item = self.strip.item(int(key[1]) - 1)
            if item is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
        self.canvas.tile_arrived(key, image)

    def _current(self, tag: object) -> Hashable | None:
        """The key of a result for the edition shown, else None (a late one is dropped)."""
        if not isinstance(tag, tuple) or len(tag) != 2:
            return None
        generation, key = tag
        return key if generation == self.worker.generation else None

    def _on_worker_hits_found(self, tag: object, rects: list[object]) -> None:
        key = self._current(tag)
        if isinstance(key, tuple) and key[0] == "hits" and key[1] == self.edition_id:
            self.canvas.set_hits(int(key[2]), rects)  # type: ignore[arg-type]
            self.hitsShown.emit(len(rects))

    def _on_worker_tile_failed(self, tag: object, message: str) -> None:
        key = self._current(tag)
        if key is None:
            return
        self.canvas.tile_failed(key, message)
