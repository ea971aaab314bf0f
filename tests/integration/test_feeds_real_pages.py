"""Every page of the real-pages corpus shows text, never Markdown syntax or navigation.

The corpus is trafilatura's test pages (their licences are the sites' own, so
they are not kept here): read from the mirror the benchmark uses
(``bench/bench_feeds_real_web.py``), skipped when it is absent. The synthetic
cases of the same faults run everywhere (``tests/unit/test_feeds_real_web.py``).
"""

from __future__ import annotations

import pytest

from bench.bench_feeds_real_web import _shown, page_corpus
from edicola.core.feeds.boilerplate import is_navigation
from edicola.core.feeds.extract import decode_page, page_to_markdown


def test_no_corpus_page_shows_markdown_syntax_or_navigation() -> None:
    corpus = page_corpus()
    if not corpus:
        pytest.skip("no mirror of trafilatura's test pages on this machine")
    faults = []
    for name, url, data, _entry in corpus:
        page = page_to_markdown(decode_page(data, ""), url)
        shown = _shown(page.markdown) if page else ""
        faults += [f"{name}: {s!r}" for s in ("![", "](", "[[") if s in shown]
        faults += [f"{name}: {line!r}" for line in shown.splitlines() if is_navigation(line)]
    assert not faults, faults
