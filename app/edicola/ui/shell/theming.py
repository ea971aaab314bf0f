"""Applies a theme to the whole application: palette plus the QSS from resources/styles.

Colours come from :mod:`edicola.core.themes`; the QSS files are templates whose
``${field}`` placeholders are filled from the chosen theme.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from edicola.core.themes import Theme, colours, resolve_theme_name, theme
from edicola.paths import resource


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def effective_theme(preference: str) -> Theme:
    """The theme to use for a preference that may be ``system``."""
    return theme(resolve_theme_name(preference, system_prefers_dark()))


def style_sheet(t: Theme) -> str:
    parts = []
    for name in ("base.qss", f"{t.name}.qss"):
        path = resource("styles", name)
        if path.exists():
            parts.append(Template(path.read_text(encoding="utf-8")).safe_substitute(colours(t)))
    return "\n".join(parts)


def palette(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.surface,
        QPalette.ColorRole.WindowText: t.surface_text,
        QPalette.ColorRole.Base: t.background,
        QPalette.ColorRole.AlternateBase: t.quote_background,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.surface_text,
        QPalette.ColorRole.Highlight: t.selection,
        QPalette.ColorRole.HighlightedText: t.selection_text,
        QPalette.ColorRole.Link: t.link_text,
        QPalette.ColorRole.LinkVisited: t.link_text,
        QPalette.ColorRole.ToolTipBase: t.background,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted_text,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(t.muted_text))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(t.muted_text))
    return p


def apply_theme(app: QApplication, t: Theme) -> None:
    app.setPalette(palette(t))
    app.setStyleSheet(style_sheet(t))
