"""Hostile bookmark files: a one-line refusal or a harmless merge, fast (issue 11 §3)."""

from __future__ import annotations

import json
import time

import pytest

from edicola.store.bookmarks import BookmarkError
from edicola.store.library import Library

HEADER = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"


def _document(created_at: str) -> str:
    entry = {
        "article_id": "x-2026-01-01/a",
        "title": "A",
        "url": "https://x.example/a",
        "note": "",
        "created_at": created_at,
        "position": 0.0,
    }
    return json.dumps({"format": "edicola-bookmarks", "version": 1, "bookmarks": [entry]})


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('{"format": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
        ('{"format": 1' + "0" * 5000 + "}", "digits"),
        (_document("0001-01-01T00:00:00+23:59"), "created_at"),
        (_document("9999-12-31T23:59:59-23:59"), "created_at"),
    ],
)
def test_bad_json_is_refused_in_one_line(text: str, why: str, library: Library) -> None:
    with pytest.raises(BookmarkError, match=why) as caught:
        library.bookmarks.import_json(text)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        "<!--" * 200_000,
        "<a " * 200_000,
        '<a href="' * 200_000,
        "</" * 200_000,
        "<![CDATA[" * 50_000,
    ],
)
def test_pathological_html_is_handled_in_linear_time(body: str, library: Library) -> None:
    started = time.perf_counter()
    result = library.bookmarks.import_html(HEADER + body)
    assert result.added == 0
    # Quadratic parsing took minutes for 20,000 tags; linear is about a second here.
    assert time.perf_counter() - started < 20  # timing-ok: hang guard, >= 10x idle


def test_extreme_add_dates_are_ignored_not_a_crash(library: Library) -> None:
    html = HEADER + "".join(
        f'<DT><A HREF="https://x.example/{i}" ADD_DATE="{date}">t</A>\n'
        for i, date in enumerate(
            ["9" * 5000, "99999999999999999999", "-1", "0001-01-01T00:00:00+23:59"]
        )
    )
    result = library.bookmarks.import_html(html)
    assert result.added == 0 and result.skipped == 4
