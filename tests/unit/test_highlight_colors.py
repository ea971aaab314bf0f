"""Highlighter colours: every theme's text stays readable on each of the four."""

from __future__ import annotations

from edicola.core.annotations.marks import COLORS
from edicola.core.themes import THEME_NAMES, contrast_ratio, theme
from edicola.ui.common.highlight_colors import BACKGROUNDS, PAGE, background


def test_text_keeps_4_5_to_1_on_every_highlight_in_every_theme() -> None:
    for name in THEME_NAMES:
        t = theme(name)
        assert set(BACKGROUNDS[name]) == set(COLORS)
        for color in COLORS:
            shade = background(name, color)
            assert contrast_ratio(t.text, shade) >= 4.5, (name, color)
            assert shade != t.background, (name, color)


def test_the_four_colours_differ_and_the_page_uses_the_light_ones() -> None:
    for name in THEME_NAMES:
        assert len(set(BACKGROUNDS[name].values())) == len(COLORS)
    assert BACKGROUNDS["light"] == PAGE
    assert background("no-such-theme", "no-such-colour") == BACKGROUNDS["light"]["yellow"]
