"""Python-Markdown made linear in the number of blocks (issue 19), with the same output.

Before, 20k / 40k small paragraphs took 9 / 28 s (the inline processor looked
each child up by index, the block parser popped from the front of a list) and
2,000 links in one paragraph 28 s; the bound here is the jail's CPU limit.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest

from edicola.core import jail
from edicola.core.jail import run_jailed
from edicola.core.markdown_linear import make_linear
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
