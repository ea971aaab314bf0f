"""The Pages view: P from an article, regions by keyboard, turning, zoom, a bad page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.hostile_pdfs import nested_forms
from edicola.core.print.pages import Page, PageRegion
from edicola.core.print.pdf_types import PdfLimits
from edicola.ui.app import EdicolaApp
from edicola.ui.pages.view import PagesView

EDITION = "il-faro-2026-11-24"
ARTICLE = f"{EDITION}/caro-affitti"
SCREENSHOTS = Path("/tmp")


def _tiles_done(app: EdicolaApp) -> bool:
    view = app.pages.view
    return view.worker.pending() == 0 and any(
        isinstance(k, tuple) and k[0] == "tile" for k in list(view.cache._tiles)
    )


def test_p_shows_the_article_on_its_page_and_enter_opens_it(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp]
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    assert reader.open_article(ARTICLE)
    qtbot.keyClick(reader.article_view, Qt.Key.Key_P)
    pages = app.pages
    assert window.view_stack.currentWidget() is pages.view
    canvas = pages.view.canvas
    assert canvas.current_pages() == [1]
    assert canvas._outlined and canvas._outlined[0][0] == 1
    qtbot.waitUntil(lambda: _tiles_done(app), timeout=10_000)
    pages.view.grab().save(str(SCREENSHOTS / "pages-light.png"))
    window.set_theme("dark")
    pages.view.grab().save(str(SCREENSHOTS / "pages-dark.png"))
    window.set_theme("light")
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.current_pages() == [2]
    assert pages.view.page_label.text() == "Page 2 of 4"
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.current_pages() == [4]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.current_pages() == [1]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas._focus == (1, 1)
    with qtbot.waitSignal(reader.articleOpened) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [ARTICLE]
    assert window.view_stack.currentWidget() is not pages.view


def test_spread_zoom_sections_and_the_strip(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp]
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    assert reader.open_edition(EDITION)
    qtbot.keyClick(reader.front_page, Qt.Key.Key_P)
    view = app.pages.view
    canvas = view.canvas
    view.spread_button.click()
    assert canvas.spreads() == [[1], [2, 3], [4]]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_pages() == [2, 3]
    fit = canvas.zoom
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == pytest.approx(fit * 1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == pytest.approx(fit)
    view.fit_width_button.click()
    assert canvas.zoom > fit
    wide = canvas.zoom
    middle = QPointF(canvas.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        middle,
        middle,
        canvas.viewport().mapToGlobal(middle),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(canvas.viewport(), pinch)
    assert canvas.zoom == pytest.approx(wide * 1.5)
    wheel = QWheelEvent(
        middle,
        canvas.viewport().mapToGlobal(middle),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.zoom == pytest.approx(wide * 1.5 / 1.15)
    bar = canvas.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    start = canvas.viewport().rect().center()
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    drag = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(start + QPoint(0, -80)),
        QPointF(canvas.viewport().mapToGlobal(start + QPoint(0, -80))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport(), drag)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, -80))
    assert bar.value() == before + 80  # dragged up by 80 px: the page moved with the hand
    titles = [view.section_box.itemText(i) for i in range(view.section_box.count())]
    assert titles[0] == "Primo piano" and len(titles) >= 4
    view.section_box.activated.emit(view.section_box.count() - 1)
    assert canvas.current_pages() == [4]
    qtbot.waitUntil(lambda: all(view.strip.item(i).icon().isNull() is False for i in range(4)))
    view.strip.setCurrentRow(1)
    assert canvas.current_pages() == [2, 3]
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert window.view_stack.currentWidget() is not view


@pytest.fixture
def bare_view(qtbot: QtBot) -> Iterator[PagesView]:
    view = PagesView()
    qtbot.addWidget(view)
    view.resize(700, 800)
    view.show()
    yield view
    view.shutdown()


def test_a_bad_page_shows_a_placeholder(qtbot: QtBot, bare_view: PagesView) -> None:
    good = Path(__file__).resolve().parents[2] / "editions/il-faro/2026-11-24/pages"
    data = next(good.glob("*.pdf")).read_bytes()
    pages = [
        Page("e", 1, "1", 842, 1191, "good.pdf", 0, (PageRegion("e/a", (40, 40, 400, 400)),)),
        Page("e", 2, "2", 842, 1191, "bad.pdf", 0, ()),
    ]
    bare_view.open_edition("e", pages, {"good.pdf": data, "bad.pdf": b"%PDF-1.7 broken"})
    qtbot.keyClick(bare_view.canvas, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: 2 in bare_view.canvas.failed)
    assert "not a readable PDF" in bare_view.canvas.failed[2]
    bare_view.grab().save(str(SCREENSHOTS / "pages-placeholder.png"))
    qtbot.keyClick(bare_view.canvas, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: bare_view.worker.pending() == 0 and 1 not in bare_view.canvas.failed)
    center = bare_view.canvas.region_rect(1, (40, 40, 400, 400)).center().toPoint()
    qtbot.mouseMove(bare_view.canvas.viewport(), center)
    qtbot.waitUntil(lambda: bare_view.canvas._hover == (1, 0))
    with qtbot.waitSignal(bare_view.articleRequested) as requested:
        qtbot.mouseClick(bare_view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert requested.args == ["e/a"]


def test_a_hostile_page_says_why_under_the_placeholder(qtbot: QtBot, bare_view: PagesView) -> None:
    """Form XObjects nested 40 deep (issue 19): the jail stops the page at its memory
    limit, and the one line that says so is drawn under "This page cannot be shown"."""
    bare_view.worker.limits = PdfLimits(memory_mb=120)  # the jail's bound, sooner
    pages = [Page("e", 1, "1", 612, 792, "hostile.pdf", 0, ())]
    bare_view.open_edition("e", pages, {"hostile.pdf": nested_forms(40)})
    canvas = bare_view.canvas
    qtbot.waitUntil(lambda: 1 in canvas.failed, timeout=60_000)  # timing-ok: a hang guard
    assert canvas.failed[1] == "needs more than 120 MB to draw"
    assert canvas.placeholder(1) == "This page cannot be shown\n\nneeds more than 120 MB to draw"
    shown = canvas.viewport().grab().toImage()
    bare_view.grab().save(str(SCREENSHOTS / "pages-hostile.png"))
    canvas.failed[1] = ""  # the same placeholder without its reason
    canvas.viewport().repaint()
    assert canvas.viewport().grab().toImage() != shown


def test_search_results_show_the_page_and_p_highlights_the_words(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp]
) -> None:
    app = make_app()
    window, reader = app.window, app.reader
    reader.restore_session()
    search = app.search
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClicks(window.search_box, "citta vecchia")
    qtbot.waitUntil(lambda: search.panel.query == "citta vecchia", timeout=5000)
    qtbot.waitUntil(lambda: "page" in search.panel.model.item(0).text(), timeout=5000)
    item = search.panel.model.item(0)
    assert "· page " in str(item.data(Qt.ItemDataRole.UserRole + 1))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    article = str(search.panel.results.currentIndex().data(Qt.ItemDataRole.UserRole))
    pages = app.pages
    with qtbot.waitSignal(pages.view.hitsShown, timeout=10_000) as shown:
        qtbot.keyClick(search.panel.results, Qt.Key.Key_P)
    assert window.view_stack.currentWidget() is pages.view
    assert shown.args[0] >= 2  # "Città" and "Vecchia", found with the index's folding
    number = pages.store.page_of_article(article)[1]
    assert pages.view.canvas.current_pages()[0] <= number
    hit_number, (x0, y0, x1, y1) = pages.view.canvas.hits[0]
    assert hit_number == number and x0 < x1 and y0 < y1
    qtbot.waitUntil(lambda: _tiles_done(app), timeout=10_000)
    pages.view.grab().save(str(SCREENSHOTS / "pages-search.png"))


def test_the_worker_draws_in_wish_list_order_and_drops_old_wishes(qtbot: QtBot) -> None:
    from edicola.ui.pages.render_worker import RenderWorker, TileRequest

    pdf = next(
        (Path(__file__).resolve().parents[2] / "editions/il-faro/2026-11-24/pages").glob("*.pdf")
    )
    worker = RenderWorker()
    arrived: list[object] = []
    worker.tileReady.connect(lambda tag, image: arrived.append(tag[1]))
    try:
        worker.open_files({"p.pdf": pdf.read_bytes()})
        worker.want([TileRequest(("old", i), "p.pdf", i % 4, 900) for i in range(40)])
        wishes = [TileRequest(("new", i), "p.pdf", i, 60 + i) for i in (3, 0, 2, 1)]
        worker.want(wishes)
        qtbot.waitUntil(lambda: ("new", 1) in arrived, timeout=10_000)
        news = [key for key in arrived if key[0] == "new"]  # type: ignore[index]
        assert news == [("new", 3), ("new", 0), ("new", 2), ("new", 1)]
        assert len([key for key in arrived if key[0] == "old"]) <= 2  # type: ignore[index]
    finally:
        worker.stop()
