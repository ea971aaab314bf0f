"""An article list's authors are read by json's C scanner alone; the same as json.loads."""

from __future__ import annotations

import json

import pytest

from edicola.store.editions import _authors


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        '["Anna Rossi"]',
        '["Anna Rossi", "Luca Bianchi"]',
        json.dumps(['Zoë "Z" O\'Brien', "Ünïcödé ✓", "tab\there"]),
        json.dumps(["Zoë", "✓"], ensure_ascii=False),
        ' ["spaced"] ',  # not as this store writes it: json.loads reads it
        '["a"]\n',
    ],
)
def test_authors_as_json_reads_them(text: str) -> None:
    assert _authors(text) == tuple(json.loads(text))


@pytest.mark.parametrize("text", ['["a"] x', '["a"', "", "nope"])
def test_bad_authors_fail_as_json_does(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        _authors(text)
