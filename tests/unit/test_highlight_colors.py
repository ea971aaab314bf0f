"""Highlighted text stays readable: every theme's body text keeps WCAG AA (4.5:1)
on each of that theme's four highlight backgrounds, and the printed page (always
paper) uses the light ones."""

from __future__ import annotations

import pytest

from edicola.core.annotations.marks import COLORS
from edicola.core.themes import LIGHT, THEMES, contrast_ratio
from edicola.ui.common.highlight_colors import BACKGROUNDS, PAGE


def test_every_theme_has_every_colour() -> None:
    assert set(BACKGROUNDS) == set(THEMES)
    for name, backgrounds in BACKGROUNDS.items():
        assert set(backgrounds) == set(COLORS), name


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("colour", sorted(COLORS))
def test_body_text_is_readable_on_each_highlight(name: str, colour: str) -> None:
    text = THEMES[name].text
    background = BACKGROUNDS[name][colour]
    ratio = contrast_ratio(text, background)
    assert ratio >= 4.5, f"{name}: text on {colour} {background} is {ratio:.2f}:1"


def test_printed_page_uses_the_light_backgrounds() -> None:
    assert BACKGROUNDS[LIGHT] == PAGE
