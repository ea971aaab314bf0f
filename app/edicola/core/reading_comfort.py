"""Reading comfort: the article's typeface, letter and word spacing, line length.

Qt-free so the settings dialog, the preferences, the article page and the
tests share one list of choices. The typefaces are shipped in the wheel
(``resources/fonts/``, each with its SIL OFL licence): Source Serif 4 reads
like a paper; Atkinson Hyperlegible, drawn for the Braille Institute for
readers with low vision, tells apart the letters that are easily confused
(I l 1, O 0, b d p q) and is the dyslexia-friendly choice offered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from edicola.core.themes import Theme

SERIF = "serif"
HYPERLEGIBLE = "hyperlegible"
SANS = "sans"


@dataclass(frozen=True)
class Typeface:
    id: str
    label: str  # English; the UI translates it
    families: tuple[str, ...]  # preferred first; the last are generic fallbacks
    files: tuple[str, ...]  # bundled files under resources/fonts/


TYPEFACES: dict[str, Typeface] = {
    SERIF: Typeface(
        SERIF,
        "Source Serif (newspaper)",
        ("Source Serif 4", "Georgia", "Charter", "Noto Serif", "DejaVu Serif", "serif"),
        ("SourceSerif4-Variable.ttf", "SourceSerif4-Italic-Variable.ttf"),
    ),
    HYPERLEGIBLE: Typeface(
        HYPERLEGIBLE,
        "Atkinson Hyperlegible (easier to tell letters apart)",
        ("Atkinson Hyperlegible", "Verdana", "DejaVu Sans", "sans-serif"),
        (
            "AtkinsonHyperlegible-Regular.ttf",
            "AtkinsonHyperlegible-Italic.ttf",
            "AtkinsonHyperlegible-Bold.ttf",
            "AtkinsonHyperlegible-BoldItalic.ttf",
        ),
    ),
    SANS: Typeface(
        SANS,
        "System sans serif",
        ("Noto Sans", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"),
        (),
    ),
}
TYPEFACE_DEFAULT = SERIF

#: Extra space between letters, in percent of the font size (WCAG 1.4.12 asks
#: that text survive 12%).
LETTER_SPACINGS: tuple[int, ...] = (0, 3, 6, 12)
#: Extra space between words, in percent of the font size (WCAG 1.4.12: 16%).
WORD_SPACINGS: tuple[int, ...] = (0, 8, 16, 32)
#: The reading column's width in average characters (66 is the classic measure).
LINE_LENGTHS: tuple[int, ...] = (50, 60, 66, 75, 90)
LINE_LENGTH_DEFAULT = 66


@dataclass(frozen=True)
class Comfort:
    """One reader's choices, always valid (see :func:`comfort`)."""

    typeface: str = TYPEFACE_DEFAULT
    letter_spacing: int = 0
    word_spacing: int = 0
    line_length: int = LINE_LENGTH_DEFAULT

    def letter_spacing_px(self, size_px: float) -> float:
        return size_px * self.letter_spacing / 100

    def word_spacing_px(self, size_px: float) -> float:
        return size_px * self.word_spacing / 100


def _nearest(value: int, choices: tuple[int, ...]) -> int:
    return min(choices, key=lambda choice: abs(choice - value))


def comfort(
    typeface: str = TYPEFACE_DEFAULT,
    letter_spacing: int = 0,
    word_spacing: int = 0,
    line_length: int = LINE_LENGTH_DEFAULT,
) -> Comfort:
    """Choices from stored values, each snapped to the nearest offered one."""
    return Comfort(
        typeface=typeface if typeface in TYPEFACES else TYPEFACE_DEFAULT,
        letter_spacing=_nearest(letter_spacing, LETTER_SPACINGS),
        word_spacing=_nearest(word_spacing, WORD_SPACINGS),
        line_length=_nearest(line_length, LINE_LENGTHS),
    )


def css_families(typeface: Typeface, available: frozenset[str] | set[str]) -> str:
    """A CSS ``font-family`` list: the installed families of ``typeface`` in order,
    then its generic fallback."""
    shown = [f for f in typeface.families[:-1] if f in available] + [typeface.families[-1]]
    return ", ".join(f"'{f}'" if " " in f else f for f in shown)


def more_contrast(t: Theme) -> Theme:
    """``t`` for a system that asks for more contrast (Qt's ``contrastPreference``):
    the secondary text (standfirsts, bylines, captions, kickers, read titles) and
    links are drawn in the body's colour, at the theme's full contrast."""
    return replace(
        t,
        muted_text=t.text,
        accent_text=t.text,
        link_text=t.text,
        control_border=t.text,
    )
