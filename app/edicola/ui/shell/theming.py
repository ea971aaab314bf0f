"""Applies a theme to the whole application through its palette.

Colours come from :mod:`edicola.core.themes` and go into the application
palette (:data:`ROLES`). The window style sheet (``resources/styles/base.qss``)
names palette roles only (``palette(window)``), so it is the same text in every
theme and is set once. Setting a style sheet re-polishes every widget (368 of
them in the reader, 30 visible): it cost about 90 ms a switch, 80 % of the
switch. A switch now sets the palette and re-polishes each widget in place,
which re-reads its ``palette()`` colours without parsing the sheet or sending
style-change events (nothing moves: the sheet's sizes did not change).

Qt resolves a style sheet's ``palette(role)`` against the application palette
when it polishes a widget, and keeps the result until the next polish
(qstylesheetstyle.cpp, ``QRenderRule``: "ideally widget's palette"); hence the
re-polish after each ``setPalette``.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from edicola.core.themes import Theme, resolve_theme_name, theme
from edicola.paths import resource

Role = QPalette.ColorRole

ROLES: dict[QPalette.ColorRole, str] = {
    Role.Window: "surface",
    Role.WindowText: "surface_text",
    Role.Base: "background",
    Role.AlternateBase: "quote_background",
    Role.Text: "text",
    Role.Button: "surface",
    Role.ButtonText: "surface_text",
    Role.Highlight: "selection",
    Role.HighlightedText: "selection_text",
    Role.Link: "link_text",
    Role.LinkVisited: "link_text",
    Role.ToolTipBase: "background",
    Role.ToolTipText: "text",
    Role.PlaceholderText: "muted_text",
    # Roles the style sheet reads for the colours Qt has no role for (Fusion does
    # not paint with them where the sheet styles the widget): see base.qss.
    Role.Accent: "focus",
    Role.Midlight: "rule",
    Role.Shadow: "control_border",
    Role.BrightText: "accent_text",
}
"""Which :class:`Theme` field fills each palette role."""


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def effective_theme(preference: str) -> Theme:
    """The theme to use for a preference that may be ``system``."""
    return theme(resolve_theme_name(preference, system_prefers_dark()))


@cache
def style_sheet() -> str:
    """The window style sheet: the same in every theme (its colours are palette roles)."""
    return resource("styles", "base.qss").read_text(encoding="utf-8")


def palette(t: Theme) -> QPalette:
    p = QPalette()
    for role, field in ROLES.items():
        p.setColor(role, QColor(getattr(t, field)))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(t.muted_text))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(t.muted_text))
    return p


def repolish(app: QApplication) -> None:
    """Make every widget, shown or not, re-read the style sheet's palette colours.

    ``polish`` alone drops the widget's cached rules and palette and computes them
    again (in any order: ``palette()`` is read from the application's palette);
    ``unpolish`` first would also reset its frame, and without the costly
    style-change event a scroll area would not lay its viewport out again.
    """
    for widget in app.allWidgets():
        widget.style().polish(widget)
        widget.update()


def apply_theme(app: QApplication, t: Theme) -> None:
    app.setPalette(palette(t))
    sheet = style_sheet()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)  # the first time: polishes everything with the new palette
    else:
        repolish(app)
