"""Titles and standfirsts without quotes, ``--`` or ``...`` skip Markdown (issue 21).

``smart_text`` answers them as they are; these tests check that Markdown's smarty
would have given exactly that, on random text full of Markdown's own characters.
"""

from __future__ import annotations

import random

import pytest

from edicola.core import render
from edicola.core.render import smart_text, smarty_text, typography_free

ALPHABET = [
    *"abcXYZ .-&<>#*_\\1!()[]`|+é«»;:?\u00a0\u2014=~^%$@{}0923\x0b\x0c\x85\u2028",
    "&amp;",
    "&#39;",
    "<b>",
    "  ",
    "1.",
    "- ",
    "> ",
    "..",
    "...",
    "--",
    "'",
    '"',
    "\n",
    "\t",
    "http://x.y",
    "<http://a.b>",
]


@pytest.mark.parametrize("seed", [1, 2])
def test_quick_answers_equal_markdowns(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12)))
        if not typography_free(text):
            continue
        checked += 1
        for language in ("en", "it"):
            assert smarty_text(text, language) == text, repr(text)
    assert checked > 500  # the random text reaches the quick answer often


@pytest.mark.parametrize(
    "text",
    [
        "A plain standfirst about the budget, in one sentence.",
        "Il governo approva la manovra: 30 miliardi per il 2024.",
        "1. Title",
        "- Title",
        "> Quote",
        "Mr. Smith goes to Washington",
        "A & B < C",
    ],
)
def test_plain_titles_skip_markdown(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = smarty_text(text)
    smart_text.cache_clear()

    def no_markdown(_language: str) -> None:
        raise AssertionError("Markdown was run")

    monkeypatch.setattr(render, "_smarty", no_markdown)
    assert smart_text(text) == expected == text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("It's done...", "en", "It’s done…"),
        ('He said "no" -- twice', "en", "He said “no” – twice"),
        ('Ha detto "no"', "it", "Ha detto «no»"),
    ],
)
def test_typography_still_applied(text: str, language: str, expected: str) -> None:
    assert not typography_free(text)
    assert smart_text(text, language) == expected
