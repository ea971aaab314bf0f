"""Every theme keeps its text readable: WCAG AA contrast for text, 3:1 for focus rings."""

from __future__ import annotations

import pytest

from edicola.core.themes import (
    DARK,
    LIGHT,
    NON_TEXT_PAIRS,
    TEXT_PAIRS,
    THEMES,
    colours,
    contrast_ratio,
    relative_luminance,
    resolve_theme_name,
    theme,
)


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


def test_bad_colour_is_rejected() -> None:
    with pytest.raises(ValueError, match="#rrggbb"):
        relative_luminance("red")


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_pairs_meet_wcag_aa(name: str, fg: str, bg: str) -> None:
    t = THEMES[name]
    ratio = contrast_ratio(getattr(t, fg), getattr(t, bg))
    assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize(("fg", "bg"), NON_TEXT_PAIRS)
def test_focus_ring_is_visible(name: str, fg: str, bg: str) -> None:
    t = THEMES[name]
    assert contrast_ratio(getattr(t, fg), getattr(t, bg)) >= 3.0


def test_system_preference_follows_colour_scheme() -> None:
    assert resolve_theme_name("system", system_is_dark=True) == DARK
    assert resolve_theme_name("system", system_is_dark=False) == LIGHT
    assert resolve_theme_name("sepia", system_is_dark=True) == "sepia"
    assert theme("nonsense").name == LIGHT


def test_colours_are_all_hex() -> None:
    for t in THEMES.values():
        for key, value in colours(t).items():
            if key != "name":
                relative_luminance(value)
