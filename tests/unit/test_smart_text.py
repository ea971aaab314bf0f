"""Titles and standfirsts get the bodies' typography and stay plain text (issue 10)."""

from __future__ import annotations

import pytest

from edicola.core.render import render_markdown, smart_text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('Millbridge\'s "new" gates -- at last...', "en", "Millbridge’s “new” gates – at last…"),
        ('Il "ponte" apre', "it", "Il «ponte» apre"),
        ("1. Not a list", "en", "1. Not a list"),
        ("- Not a list", "en", "- Not a list"),
        ("> Not a quote", "en", "> Not a quote"),
        ("a <b> tag & *stars* [x](y)", "en", "a <b> tag & *stars* [x](y)"),
        ("Plain", "en", "Plain"),
    ],
)
def test_smart_text(text: str, language: str, expected: str) -> None:
    assert smart_text(text, language) == expected


def test_the_same_quotes_as_the_body() -> None:
    body = render_markdown('Millbridge\'s "flood" defences', edition_id="e", language="en").html
    assert smart_text('Millbridge\'s "flood" defences') in body
