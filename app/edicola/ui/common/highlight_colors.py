"""The four highlight colours in each theme, and their names in the reader's language.

A highlighter on a dark page has to be a dark tint, or light text on it cannot
be read; so each theme has its own four backgrounds, chosen so the theme's
text keeps at least 4.5:1 on every one (``tests/unit/test_highlight_colors.py``
checks them with the themes' own contrast function). The printed page is
always paper, so it uses the light ones, multiplied over the print. The
article, the printed page and the *Highlights and bookmarks* view all show
them, so they live here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from edicola.core.annotations.marks import COLORS
from edicola.core.themes import DARK, LIGHT, SEPIA

BACKGROUNDS: dict[str, dict[str, str]] = {
    LIGHT: {"yellow": "#fde047", "green": "#a7f0bf", "blue": "#b3d4fc", "pink": "#f9b8dc"},
    SEPIA: {"yellow": "#f0c93e", "green": "#b5dc98", "blue": "#abc9ea", "pink": "#eeb0c8"},
    DARK: {"yellow": "#665200", "green": "#1f5a36", "blue": "#284b85", "pink": "#74275a"},
}
PAGE = BACKGROUNDS[LIGHT]
"""On the printed page (white paper, whatever the theme)."""

_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Highlights", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Highlights", "Green"),
    "blue": QT_TRANSLATE_NOOP("Highlights", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Highlights", "Pink"),
}
assert set(_NAMES) == set(COLORS)


def background(theme_name: str, color: str) -> str:
    """The background of a ``color`` highlight in the theme (unknown: light, yellow)."""
    shades = BACKGROUNDS.get(theme_name, BACKGROUNDS[LIGHT])
    return shades.get(color, shades[COLORS[0]])


def color_name(color: str) -> str:
    """ "Yellow", "Giallo" …: a colour as the reader names it."""
    return QCoreApplication.translate("Highlights", str(_NAMES.get(color, color)))


def swatch(color: str, size: int = 14) -> QIcon:
    """A small square of a highlight colour (menus, the note dialog, the view)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(PAGE.get(color, PAGE[COLORS[0]])))
    return QIcon(pixmap)
