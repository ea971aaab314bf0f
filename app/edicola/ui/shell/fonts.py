"""The article's typeface: the bundled Source Serif 4 (SIL OFL), else the system serif.

Offscreen and minimal Linux installs often have only DejaVu, which sets text
wide and heavy; a screen-tuned serif reads like a paper.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from edicola.paths import resource

BUNDLED_FONTS = (
    "SourceSerif4-Variable.ttf",
    "SourceSerif4-Italic-Variable.ttf",
    # The reading-comfort typeface (core/reading_comfort.py): tells I l 1, O 0 apart.
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Italic.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-BoldItalic.ttf",
)
SERIF_FALLBACKS = ("Source Serif 4", "Georgia", "Charter", "Noto Serif", "DejaVu Serif", "serif")


def load_bundled_fonts() -> list[str]:
    """Register the fonts in ``resources/fonts``; returns the families that loaded."""
    families: list[str] = []
    for name in BUNDLED_FONTS:
        path = resource("fonts", name)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def serif_family() -> str:
    """The first serif family available on this machine."""
    available = set(QFontDatabase.families())
    for family in SERIF_FALLBACKS:
        if family in available:
            return family
    return QFont().defaultFamily()


def css_family_list() -> str:
    """A CSS ``font-family`` value with the preferred serif first."""
    return ", ".join(f"'{f}'" if " " in f else f for f in (serif_family(), *SERIF_FALLBACKS))
