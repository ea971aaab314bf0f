"""The worst shapes of Markdown an article can take, at the largest size the budget accepts.

Each shape repeats one unit (a tiny paragraph, a heading, a table row, a
quote mark…) up to 1 MB; :func:`at_budget` finds the most repetitions that
``edicola.core.render.markdown_problem`` still accepts, since that article is
the most a bundle or a feed can make the renderer do. Used by
``bench/bench_hostile_markdown.py`` (CPU time and peak memory of each) and by
``tests/unit/test_render_budget.py`` (each renders within the jail's limits).
"""

from __future__ import annotations

from collections.abc import Callable

from edicola.core.markdown_budget import markdown_problem

MAX_BYTES = 1_000_000
"""The article size the promise is about ("an article of at most 1 MB")."""


def _repeat(unit: str, head: str = "") -> Callable[[int], str]:
    return lambda n: head + unit * n


def _table(columns: int) -> Callable[[int], str]:
    head = "|" + "a|" * columns + "\n|" + "-|" * columns + "\n"
    return _repeat("|" + "b|" * columns + "\n", head)


def _footnotes(n: int) -> str:
    return "".join(f"x[^{i}]\n\n" for i in range(n)) + "".join(f"[^{i}]: n\n" for i in range(n))


def _nested_lists(depth: int) -> Callable[[int], str]:
    return lambda n: "".join("    " * (i % depth) + "- x\n" for i in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "many small paragraphs": _repeat("p\n\n"),
    "many headings": _repeat("# h\n"),
    "many list items": _repeat("- i\n"),
    "many loose list items": _repeat("- i\n\n"),
    "a huge table (300 columns)": _table(300),
    "a long table (3 columns)": _table(3),
    "lists nested 8 deep": _nested_lists(8),
    "lists nested 100 deep": _nested_lists(100),
    "quotations nested 16 deep": _repeat("> " * 16 + "x\n\n"),
    "HTML nested 24 deep": _repeat("<div>" * 24 + "x" + "</div>" * 24 + "\n\n"),
    "brackets nested": _repeat("[[[[[[[[a]]]]]]]](b) "),
    "footnotes": _footnotes,
    "backslash escapes in one paragraph": _repeat("\\\\"),
    "quote marks in one paragraph": _repeat("'\""),
    "quote marks in paragraphs": _repeat("'\"" * 100 + "\n\n"),
    "links in one paragraph": _repeat("[a](b) "),
    "links in paragraphs": _repeat("[a](https://x.example/) " * 20 + "\n\n"),
    "unclosed brackets": _repeat("["),
    "emphasis": _repeat("*a* "),
    "raw HTML tags": _repeat("<b>x</b> "),
    "entities": _repeat("&amp; "),
    "every markup character": _repeat("*_[]()!<>`\\'\"-.#|:&^~=+ \n"),
    "prose": _repeat(
        'The mayor\'s plan -- "bold", said *everyone* -- was [here](https://x.example/a)'
        " and... fine.\n\n"
    ),
}


def _largest(make: Callable[[int], str], fits: Callable[[str], bool]) -> str:
    """``make(n)`` for the largest ``n`` whose text fits (doubling, then bisection)."""
    low, high = 0, 1
    while fits(make(high)):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(make(middle)) else (low, middle)
    return make(max(low, 1))


def at_budget(make: Callable[[int], str]) -> str:
    """The largest ``make(n)`` (at most :data:`MAX_BYTES`) the budget accepts."""
    return _largest(make, lambda text: len(text) <= MAX_BYTES and markdown_problem(text) is None)


def at_megabyte(make: Callable[[int], str]) -> str:
    """The largest ``make(n)`` of at most :data:`MAX_BYTES` (what the budget must refuse)."""
    return _largest(make, lambda text: len(text) <= MAX_BYTES)
