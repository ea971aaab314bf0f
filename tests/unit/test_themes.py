"""Every theme keeps its text readable: WCAG AA contrast for text (4.5:1), 3:1 for
the parts of controls (focus ring, edges, selected row, the spoken word); the
window's style sheets take every colour from the themes and ring every control
a Tab can reach (in its palette's accent role, which the theme's focus colour fills)."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

import edicola.paths
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
from edicola.ui.shell.theming import ROLES


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
def test_ui_components_are_visible(name: str, fg: str, bg: str) -> None:
    t = THEMES[name]
    ratio = contrast_ratio(getattr(t, fg), getattr(t, bg))
    assert ratio >= 3.0, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


def test_every_colour_is_checked() -> None:
    """A new colour joins a contrast pair (or is named decorative here)."""
    decorative = {"rule"}
    checked = {name for pair in TEXT_PAIRS + NON_TEXT_PAIRS for name in pair}
    names = {f.name for f in fields(THEMES[LIGHT]) if f.type == "str"} - {"name"}
    assert names - checked - decorative == set()


_STYLES = Path(edicola.paths.resource("styles"))


def _sheet() -> str:
    return re.sub(r"/\*.*?\*/", "", (_STYLES / "base.qss").read_text("utf-8"), flags=re.DOTALL)


def test_style_sheets_take_colours_from_the_themes() -> None:
    """Every colour in the window style is a palette role the theme fills (so the sheet is
    the same in every theme, and a switch only changes the palette)."""
    assert sorted(p.name for p in _STYLES.glob("*.qss")) == ["base.qss"]
    text = _sheet()
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b", text), "a literal colour"
    assert not re.findall(r"\$\{\w+\}|\b(?:rgba?|hsla?)\(", text), "a colour that is not a role"
    used = set(re.findall(r"palette\(([a-z-]+)\)", text))
    assert {"window", "accent", "midlight", "shadow"} <= used
    filled = {role.name for role in ROLES}
    for name in used:
        role = "".join(part.capitalize() for part in name.split("-"))
        assert role in filled, f"palette({name}) is not filled from the theme"
    assert set(ROLES.values()) <= set(colours(THEMES[LIGHT]))


@pytest.mark.parametrize(
    "widget",
    [
        "QToolButton", "QPushButton", "QLineEdit", "QComboBox", "QSpinBox", "QCheckBox",
        "QRadioButton", "QSlider", "QTreeView", "QListView", "QTableView", "QTextBrowser",
        "QTabBar", "QGraphicsView", "QPlainTextEdit",
    ],
)  # fmt: skip
def test_every_focusable_kind_has_a_focus_ring(widget: str) -> None:
    assert ROLES[QPalette.ColorRole.Accent] == "focus"
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", _sheet())
    ringed = [
        body
        for selectors, body in rules
        for selector in selectors.split(",")
        if selector.strip() == f"{widget}:focus"
    ]
    assert any("palette(accent)" in body for body in ringed), f"{widget}:focus has no focus ring"


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
