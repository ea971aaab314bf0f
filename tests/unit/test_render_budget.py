"""Bounded work per article (issues 11 §2 and 19): what is refused, and what is allowed
renders within the jail's limits (2 s of CPU time, 300 MB), never timed by the test."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.markdown_shapes import SHAPES, at_budget, at_megabyte
from edicola.core import jail
from edicola.core.bundle import edition_source
from edicola.core.bundle.edition_source import SourceError, build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import validate_bundle
from edicola.core.jail import run_jailed
from edicola.core.render import BREAK_EVERY, markdown_problem, render_markdown
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

REFUSED = {
    "[ 14,000 times": ("[" * 14_000, "inline markup"),
    "<http:// 4,000 times": ("<http://" * 4000, "inline markup"),
    "&#x110000; 20,000 times": ("&#x110000;" * 20_000, "inline markup"),
    "*a 20,000 times": ("*a" * 20_000, "inline markup"),
    "200 KB of [ in paragraphs of 2,500": (("[" * 2500 + "\n\n") * 80, "inline markup"),
    "400k quote marks": ("'\"" * 200_000, "inline markup"),
    "800k backslashes": ("\\" * 400_000, "inline markup"),
    "200k paragraphs": ("p\n\n" * 200_000, "too many lines"),
    "100k headings": ("# h\n" * 100_000, "too many lines"),
    "200k list items": ("- i\n" * 200_000, "too many lines"),
    "a 300 × 1,500 table": (
        "|" + "a|" * 300 + "\n|" + "-|" * 300 + "\n" + ("|" + "b|" * 300 + "\n") * 1500,
        "table cells",
    ),
    "tables nested 19 deep": ("<table><tr><td>" * 19, "tables nested 19 deep"),
    "divs nested 100 deep": ("<div>" * 100, "HTML elements nested"),
    "quotes nested 100 deep": ("> " * 100 + "x", "quotations nested"),
}

ALLOWED_WORST = {
    "[ 1,400 times (the budget)": "[" * 1400,
    "![a]( 450 times": "![a](" * 450,
    "tables nested 3 deep": "<table><tr><td>" * 3 + "x",
    "1 MB word": "a" * 1_000_000,
    "110 KB of links in paragraphs": ("[a](https://x.example/) " * 20 + "\n\n") * 220,
}

QUICK_SHAPES = ["many small paragraphs", "a huge table (300 columns)", "quotations nested 16 deep"]
"""Worst shapes rendered in every run; the rest with ``-m slow``."""


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    jail.shutdown()


@pytest.mark.parametrize("name", list(REFUSED))
def test_pathological_markdown_is_refused_before_rendering(name: str) -> None:
    source, why = REFUSED[name]
    # The check is linear: it runs within a tenth of the render's CPU budget.
    problem = run_jailed(markdown_problem, source, cpu_seconds=0.2)
    assert problem is not None and why in problem


@pytest.mark.parametrize("name", list(ALLOWED_WORST))
def test_the_worst_allowed_markdown_renders_within_the_jail(name: str) -> None:
    source = ALLOWED_WORST[name]
    assert markdown_problem(source) is None
    render_markdown(source, edition_id="x-2026-01-01", language="it")  # RenderError past 2 s


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=() if name in QUICK_SHAPES else pytest.mark.slow) for name in SHAPES],
)
def test_every_shape_at_the_budget_renders_and_at_a_megabyte_is_refused(
    name: str, request: pytest.FixtureRequest
) -> None:
    """The largest article of each worst shape the budget accepts renders within the
    jail's 2 s of CPU; the same shape at 1 MB is refused by the (linear) check."""
    if name not in QUICK_SHAPES and "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("every shape runs with -m slow (make bench measures them all)")
    render_markdown(at_budget(SHAPES[name]), edition_id="x-2026-01-01", language="it")
    assert run_jailed(markdown_problem, at_megabyte(SHAPES[name]), cpu_seconds=0.5) is not None


def test_long_words_get_break_opportunities_but_code_does_not() -> None:
    html = render_markdown(
        "x" * 100 + " breve\n\n    " + "y" * 100, edition_id="x-2026-01-01", language="it"
    ).html
    assert "\u200b" in html.split("<pre>")[0]
    assert "x" * (BREAK_EVERY + 1) not in html and "y" * 100 in html


def test_import_refuses_a_freezing_article_with_a_clear_reason(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_edition_source(tmp_path / "src")
    article = source / "articles" / "03-derby.md"
    article.write_text(article.read_text("utf-8") + "\n" + "<table><tr><td>" * 12 + "\n", "utf-8")
    with pytest.raises(SourceError, match=r"03-derby\.md: tables nested 12 deep"):
        build_edition(source, tmp_path / "out")  # the librarian hears it first
    with monkeypatch.context() as patch:  # a bundle made without that check
        patch.setattr(edition_source, "markdown_problem", lambda _text: None)
        bundle = build_edition(source, tmp_path / "out").path
    problems = validate_bundle(bundle)
    assert any("articles/03-derby.md" in str(p) and "tables nested 12" in str(p) for p in problems)
    with pytest.raises(BundleError, match="tables nested 12 deep"):
        library.editions.import_bundle(bundle)
    assert library.db["editions"].count == 0
    with zipfile.ZipFile(bundle) as archive:
        assert "articles/03-derby.md" in archive.namelist()
