"""Python-Markdown made linear in the number of blocks (issue 19), with the same output.

Before, 20k / 40k small paragraphs took 9 / 28 s (the inline processor looked
each child up by index, the block parser popped from the front of a list) and
2,000 links in one paragraph 28 s; the bound here is the jail's CPU limit.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest
from markdown.extensions import Extension
from markdown.inlinepatterns import SimpleTagInlineProcessor
from markdown.treeprocessors import InlineProcessor

from edicola.core import jail
from edicola.core.jail import run_jailed
from edicola.core.markdown_linear import _MARKUP, _LinearInline, make_linear
from edicola.core.render import render_markdown_here

EDITIONS = Path(__file__).resolve().parents[2] / "editions"
_ATOMS = [
    "[", "]", "(", ")", "![", "[a](b)", "[x][y]", "\n[y]: http://e/\n", "](", '"t"', "'", "*",
    "_", "`", "\\", "<b>", "</b>", "&amp;", "\n", "\n\n", "- ", "1. ", "> ", "word ", "[^1]",
    "\n[^1]: n\n", "|", "<http://a>", "    ", "--", "...", "# ", "|-|",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    jail.shutdown()


def _markdown(linear: bool) -> markdown.Markdown:
    md = markdown.Markdown(
        extensions=["tables", "footnotes", "smarty", "sane_lists"], output_format="html"
    )
    return make_linear(md) if linear else md


def _documents() -> Iterator[str]:
    for path in sorted(EDITIONS.glob("*/*/articles/*.md")):
        yield path.read_text("utf-8")
    rng = random.Random(19)
    for _ in range(600):
        yield "".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 80)))


def test_the_output_is_the_stock_renderers() -> None:
    stock, linear = _markdown(False), _markdown(True)
    checked = 0
    for text in _documents():
        stock.reset()
        linear.reset()
        assert linear.convert(text) == stock.convert(text), text
        checked += 1
    assert checked > 600


def test_every_inline_processor_is_replaced() -> None:
    md = _markdown(True)
    kinds = {type(p).__name__ for p in md.treeprocessors}
    assert "InlineProcessor" not in kinds and "_LinearInline" in kinds


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("p\n\n" * 20_000, id="20k paragraphs"),
        pytest.param("## h\n" * 20_000, id="20k headings"),
        pytest.param("[a](b) " * 4000, id="4k links in a paragraph"),
    ],
)
def test_many_blocks_render_in_linear_time(source: str) -> None:
    """Unbudgeted, in a jail of 6 s of CPU: the linear renderer needs under 2 s here,
    the quadratic one needed 9 s or more."""
    result = run_jailed(render_markdown_here, source, "x", "en", cpu_seconds=6.0)
    assert result.html.count("<p>") + result.html.count("<h2>") + result.html.count("<a ") > 3000


def _inline_patterns(md: markdown.Markdown) -> list[re.Pattern[str]]:
    return [
        pattern.compiled_re
        for processor in md.treeprocessors
        if isinstance(processor, InlineProcessor)
        for pattern in processor.inlinePatterns
    ]


def test_text_without_markup_is_not_scanned_and_no_pattern_would_match_it() -> None:
    """The shortcut that spared a 1 MB word 30 scans (0.36 s of CPU) is on for
    Edicola's renderer, and holds: no inline pattern matches a text without one of
    the characters it looks for, whatever else the text holds."""
    md = _markdown(True)
    assert all(p.markup is _MARKUP for p in md.treeprocessors if isinstance(p, _LinearInline))
    patterns = _inline_patterns(md)
    alphabet = "aZ9 \t\n-.,;:!?()/{}|#+=%$@^~«»–—\u00a0\u200bèß東\x02\x03"
    rng = random.Random(11)
    tried = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        if _MARKUP.search(text):
            continue
        tried += 1
        for pattern in patterns:
            assert pattern.search(text) is None, (pattern.pattern, text)
    assert tried > 1000


class _Initials(Extension):  # type: ignore[misc]  # Markdown ships no types
    """An inline pattern that matches plain words, which the shortcut does not know."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.inlinePatterns.register(SimpleTagInlineProcessor(r"()(EU)", "abbr"), "initials", 1)


def test_an_unknown_inline_pattern_turns_the_shortcut_off() -> None:
    def build() -> markdown.Markdown:
        return markdown.Markdown(extensions=[_Initials(), "smarty"], output_format="html")

    stock, linear = build(), make_linear(build())
    assert any(p.markup is not _MARKUP for p in linear.treeprocessors if hasattr(p, "markup"))
    text = "The EU met " + "x" * 100 + " today\n"
    assert linear.convert(text) == stock.convert(text)
    assert "<abbr>EU</abbr>" in linear.convert(text)
