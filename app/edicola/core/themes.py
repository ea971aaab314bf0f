"""The reader's colour themes: light, sepia and dark, in one Qt-free place.

Keeping every colour here (and nowhere in widgets or style sheets) lets a
plain unit test check each text/background pair against WCAG contrast, and
lets the window palette, the QSS and the article's document style sheet all
agree on the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

LIGHT = "light"
SEPIA = "sepia"
DARK = "dark"
SYSTEM = "system"
THEME_NAMES: tuple[str, ...] = (LIGHT, SEPIA, DARK)


@dataclass(frozen=True)
class Theme:
    """Colours as ``#rrggbb``; every ``*_text`` is read on ``background`` or ``surface``."""

    name: str
    background: str  # the page the article is printed on
    text: str  # body copy
    muted_text: str  # bylines, datelines, captions
    accent_text: str  # kickers (section names), pull-quote rule
    link_text: str
    surface: str  # side panels, tool bar, lists
    surface_text: str
    rule: str  # hairlines between blocks (decorative, no contrast requirement)
    selection: str  # selected list row / selected text background
    selection_text: str
    find_highlight: str  # background of find-in-article matches
    find_highlight_text: str
    focus: str  # keyboard focus ring (non-text: needs >= 3:1 on surface)
    quote_background: str  # pull quotes and table headers
    control_border: str  # edges of fields, buttons, check boxes (non-text: >= 3:1)
    speech_sentence: str  # background of the sentence being read aloud
    speech_sentence_text: str
    speech_word: str  # background of the word being read aloud (>= 3:1 on the sentence)
    speech_word_text: str
    is_dark: bool = False


THEMES: dict[str, Theme] = {
    LIGHT: Theme(
        name=LIGHT,
        background="#fdfdfb",
        text="#1c1c1a",
        muted_text="#57564f",
        accent_text="#9b1c1c",
        link_text="#1f4f8f",
        surface="#f1f0ec",
        surface_text="#222220",
        rule="#d9d6cf",
        selection="#1f4f8f",
        selection_text="#ffffff",
        find_highlight="#ffe27a",
        find_highlight_text="#1c1c1a",
        focus="#1f5fbf",
        quote_background="#f3f1ea",
        control_border="#7d7a72",
        speech_sentence="#dbe7f6",
        speech_sentence_text="#1c1c1a",
        speech_word="#1f4f8f",
        speech_word_text="#ffffff",
    ),
    SEPIA: Theme(
        name=SEPIA,
        background="#f5ecd9",
        text="#3b2f20",
        muted_text="#5f4e38",
        accent_text="#8a2b0e",
        link_text="#6b3a0a",
        surface="#eadfc7",
        surface_text="#3b2f20",
        rule="#cdbd9c",
        selection="#7a4a1c",
        selection_text="#fffaf0",
        find_highlight="#f2c65c",
        find_highlight_text="#2b2116",
        focus="#8a4b12",
        quote_background="#efe3c9",
        control_border="#86735a",
        speech_sentence="#e6d2a8",
        speech_sentence_text="#3b2f20",
        speech_word="#7a4a1c",
        speech_word_text="#fffaf0",
    ),
    DARK: Theme(
        name=DARK,
        background="#1b1c1e",
        text="#e6e3dc",
        muted_text="#aaa69c",
        accent_text="#f08c7a",
        link_text="#8cb8f0",
        surface="#242528",
        surface_text="#e2dfd8",
        rule="#3a3b3f",
        selection="#4d73a8",
        selection_text="#ffffff",
        find_highlight="#8a6d1a",
        find_highlight_text="#ffffff",
        focus="#7fb0ff",
        quote_background="#26272b",
        control_border="#85827b",
        speech_sentence="#33445c",
        speech_sentence_text="#e6e3dc",
        speech_word="#9cc3f5",
        speech_word_text="#1b1c1e",
        is_dark=True,
    ),
}

# The pairs a reader must be able to read: (foreground field, background field).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("muted_text", "background"),
    ("accent_text", "background"),
    ("link_text", "background"),
    ("text", "quote_background"),
    ("muted_text", "quote_background"),
    ("surface_text", "surface"),
    ("muted_text", "surface"),
    ("selection_text", "selection"),
    ("find_highlight_text", "find_highlight"),
    ("speech_sentence_text", "speech_sentence"),
    ("speech_word_text", "speech_word"),
)
# Non-text elements need 3:1 (WCAG 1.4.11): the focus ring, the edges that show
# where a control is, the selected row, the spoken word within its sentence.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "surface"),
    ("focus", "background"),
    ("focus", "quote_background"),
    ("control_border", "surface"),
    ("control_border", "background"),
    ("selection", "surface"),
    ("selection", "background"),
    ("speech_word", "speech_sentence"),
)


def theme(name: str) -> Theme:
    """The theme called ``name``; unknown names fall back to light."""
    return THEMES.get(name, THEMES[LIGHT])


def resolve_theme_name(preference: str, system_is_dark: bool) -> str:
    """``system`` follows the desktop's light/dark scheme; anything else is literal."""
    if preference in THEMES:
        return preference
    return DARK if system_is_dark else LIGHT


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) != 6:
        raise ValueError(f"colour {colour!r} is not #rrggbb")
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, from 1.0 (none) to 21.0 (black on white)."""
    a = relative_luminance(foreground)
    b = relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def colours(t: Theme) -> dict[str, str]:
    """Every colour of ``t`` by field name (for templating style sheets)."""
    return {f.name: getattr(t, f.name) for f in fields(t) if isinstance(getattr(t, f.name), str)}
