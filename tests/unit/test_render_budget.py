"""Bounded work per article (issue 11 §2): what is refused, and what is allowed stays fast."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError, validate_bundle
from edicola.core.render import BREAK_EVERY, markdown_problem, render_markdown
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

REFUSED = {
    "[ 14,000 times": ("[" * 14_000, "inline markup"),
    "<http:// 4,000 times": ("<http://" * 4000, "inline markup"),
    "&#x110000; 20,000 times": ("&#x110000;" * 20_000, "inline markup"),
    "*a 20,000 times": ("*a" * 20_000, "inline markup"),
    "200 KB of [ in paragraphs of 2,500": (("[" * 2500 + "\n\n") * 80, "inline markup"),
    "tables nested 19 deep": ("<table><tr><td>" * 19, "tables nested 19 deep"),
    "divs nested 100 deep": ("<div>" * 100, "HTML elements nested"),
    "quotes nested 100 deep": ("> " * 100 + "x", "quotations nested"),
}

ALLOWED_WORST = {
    "[ 2,000 times (the budget)": "[" * 2000,
    "![a]( 1,000 times": "![a](" * 1000,
    "tables nested 3 deep": "<table><tr><td>" * 3 + "x",
    "1 MB word": "a" * 1_000_000,
    "200 KB of links in paragraphs": ("[a](https://x.example/) " * 20 + "\n\n") * 400,
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_pathological_markdown_is_refused_before_rendering(name: str) -> None:
    source, why = REFUSED[name]
    started = time.perf_counter()
    problem = markdown_problem(source)
    assert problem is not None and why in problem
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("name", list(ALLOWED_WORST))
def test_the_worst_allowed_markdown_renders_in_bounded_time(name: str) -> None:
    source = ALLOWED_WORST[name]
    assert markdown_problem(source) is None
    started = time.perf_counter()
    render_markdown(source, edition_id="x-2026-01-01", language="it")
    assert time.perf_counter() - started < 2.0


def test_long_words_get_break_opportunities_but_code_does_not() -> None:
    html = render_markdown(
        "x" * 100 + " breve\n\n    " + "y" * 100, edition_id="x-2026-01-01", language="it"
    ).html
    assert "\u200b" in html.split("<pre>")[0]
    assert "x" * (BREAK_EVERY + 1) not in html and "y" * 100 in html


def test_import_refuses_a_freezing_article_with_a_clear_reason(
    tmp_path: Path, library: Library
) -> None:
    source = make_edition_source(tmp_path / "src")
    article = source / "articles" / "03-derby.md"
    article.write_text(article.read_text("utf-8") + "\n" + "<table><tr><td>" * 12 + "\n", "utf-8")
    try:
        bundle = build_edition(source, tmp_path / "out").path
    except Exception:  # the librarian's build may refuse it already
        pytest.skip("the build refuses it first")
    problems = validate_bundle(bundle)
    assert any("articles/03-derby.md" in str(p) and "tables nested 12" in str(p) for p in problems)
    with pytest.raises(BundleError, match="tables nested 12 deep"):
        library.editions.import_bundle(bundle)
    assert library.db["editions"].count == 0
    with zipfile.ZipFile(bundle) as archive:
        assert "articles/03-derby.md" in archive.namelist()
