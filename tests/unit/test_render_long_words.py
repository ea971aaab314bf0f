"""Long words get places to break, and never inside what Python-Markdown keeps in the
text for later: raw HTML, entities, a footnote's space, an obfuscated mail address.

A zero-width space inside such a placeholder let its insides into the page
("wzxhzdk:26" where a ``<span>`` should have been)."""

from __future__ import annotations

import pytest

from edicola.core.render import BREAK_EVERY, break_long_words, render_markdown_here

_NEIGHBOURS = {
    "inline raw HTML": "<span>x</span>",
    "a tag right at the break": "<b>y</b>",
    "an entity": "&amp;",
    "a numeric entity": "&#8212;",
    "an autolink": "<https://example.org/" + "b" * 60 + ">",
    "a mail autolink": "<me@example.org>",
    "a footnote reference": "[^1]\n\n[^1]: " + "c" * 100,
}


@pytest.mark.parametrize("name", list(_NEIGHBOURS))
@pytest.mark.parametrize("before", [BREAK_EVERY - 1, BREAK_EVERY, 2 * BREAK_EVERY + 3])
def test_a_long_word_next_to_markup_never_shows_a_placeholder(name: str, before: int) -> None:
    neighbour = _NEIGHBOURS[name]
    source = "a" * before + neighbour + "z" * (3 * BREAK_EVERY)
    html = render_markdown_here(source, "x-2026-01-01", "en").html
    plain = render_markdown_here(source.replace("a" * before, "a "), "x-2026-01-01", "en").html
    assert "wzxhzdk" not in html and "\x02" not in html and "\x03" not in html
    assert "\u200b" in html  # the word was still broken
    # Besides the breaks, the markup is the same as where no word was long.
    assert html.replace("\u200b", "").replace("a" * before, "a ") == plain.replace("\u200b", "")


def test_the_tail_of_inline_code_is_prose_and_is_broken() -> None:
    html = render_markdown_here("`x` " + "q" * 100, "x-2026-01-01", "en").html
    assert "<code>x</code>" in html and "q" * (BREAK_EVERY + 1) not in html


def test_a_placeholder_counts_as_one_character_and_is_never_cut() -> None:
    stash = "\x02wzxhzdk:26\x03"
    broken = break_long_words("a" * (BREAK_EVERY - 1) + stash + "b" * BREAK_EVERY)
    assert broken == "a" * (BREAK_EVERY - 1) + stash + "\u200b" + "b" * BREAK_EVERY
    mail = "\x02amp\x03#109;" * 50
    assert break_long_words(mail).replace("\u200b", "") == mail
    assert all(part.startswith("\x02") for part in break_long_words(mail).split("\u200b"))
