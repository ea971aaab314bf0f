"""A theme switch recolours every widget through the palette: fields, lists, the focus
ring, a widget that was hidden during the switch; and it does so without setting the
style sheet again (no widget gets a style-change event, nothing is laid out anew)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTreeView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from edicola.core.themes import THEME_NAMES, Theme, theme
from edicola.ui.shell.theming import apply_theme
from tests.helpers.event_count import EventCount


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette and style sheet as they were, afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


class _Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.tree = QTreeView(self)
        self.tree.setModel(QStandardItemModel(3, 1, self.tree))
        self.button = QPushButton("Later", self)
        self.button.hide()
        layout = QVBoxLayout(self)
        for widget in (self.field, self.tree, self.button):
            layout.addWidget(widget)


def _pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def _left_edge(widget: QWidget) -> str:
    return _pixel(widget, 0, widget.height() // 2)


def _form(qtbot: QtBot, qapp: QApplication, first: Theme) -> _Form:
    apply_theme(qapp, first)
    form = _Form()
    qtbot.addWidget(form)
    form.resize(300, 260)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_switching_recolours_fields_lists_and_focus_rings(
    qtbot: QtBot, app_style: QApplication
) -> None:
    form = _form(qtbot, app_style, theme("light"))
    frame = form.tree.frameWidth()
    for name in (*THEME_NAMES, "light"):
        t = theme(name)
        form.field.setFocus()
        apply_theme(app_style, t)
        qtbot.waitUntil(form.field.hasFocus)
        assert _left_edge(form.field) == t.focus, name
        centre = form.field.rect().center()
        assert _pixel(form.field, centre.x(), centre.y()) == t.background, name
        assert _left_edge(form.tree) == t.surface, name  # the ring is there, transparent
        form.tree.setFocus()
        qtbot.waitUntil(form.tree.hasFocus)
        assert _left_edge(form.tree) == t.focus, name
        assert form.tree.frameWidth() == frame == 2, "the ring would move the list"


def test_a_widget_hidden_during_the_switch_shows_the_new_theme(
    qtbot: QtBot, app_style: QApplication
) -> None:
    form = _form(qtbot, app_style, theme("light"))
    dark = theme("dark")
    apply_theme(app_style, dark)
    form.button.show()
    qtbot.waitExposed(form.button)
    centre = form.button.rect().center()
    assert _pixel(form.button, centre.x(), 2) == dark.background
    assert _left_edge(form.button) == dark.control_border


def test_switching_does_not_set_the_style_sheet_again(
    qtbot: QtBot, app_style: QApplication
) -> None:
    form = _form(qtbot, app_style, theme("light"))
    sheet = app_style.styleSheet()
    counter = EventCount(QEvent.Type.StyleChange)
    for widget in (form, form.field, form.tree):
        widget.installEventFilter(counter)
    for name in THEME_NAMES:
        apply_theme(app_style, theme(name))
    assert app_style.styleSheet() == sheet
    assert counter.count == 0
    assert _left_edge(form.tree) == theme(THEME_NAMES[-1]).surface
