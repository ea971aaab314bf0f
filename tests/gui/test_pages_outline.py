"""The Pages view's outline of an article (Shift+P, P from an article) is drawn around
its region, never over it: the first letters of its lines stay readable (issue 27)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from edicola.core.print.pages import Page, PageRegion
from edicola.ui.pages.view import PagesView

REGION = (40, 40, 400, 400)


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[PagesView]:
    view = PagesView()
    qtbot.addWidget(view)
    view.resize(700, 800)
    view.show()
    yield view
    view.shutdown()


def _orange(colour: QColor) -> bool:
    return colour.red() > 200 and 80 < colour.green() < 150 and colour.blue() < 60


def test_the_outline_does_not_cover_the_regions_letters(qtbot: QtBot, view: PagesView) -> None:
    pdf = Path(__file__).resolve().parents[2] / "editions/il-faro/2026-11-24/pages"
    data = next(pdf.glob("*.pdf")).read_bytes()
    page = Page("e", 1, "1", 842, 1191, "p.pdf", 0, (PageRegion("e/a", REGION),))
    view.open_edition("e", [page], {"p.pdf": data})
    canvas = view.canvas
    canvas.show_page(1, [REGION])
    qtbot.waitUntil(lambda: view.worker.pending() == 0)
    image = canvas.viewport().grab().toImage()
    area = canvas.region_rect(1, REGION).toRect()
    y = area.center().y()
    inside = [image.pixelColor(area.left() + dx, y) for dx in range(0, 4)]
    outside = [image.pixelColor(area.left() - dx, y) for dx in range(3, 6)]
    assert any(_orange(c) for c in outside)  # the outline is there …
    assert not any(_orange(c) for c in inside)  # … and not over the text
