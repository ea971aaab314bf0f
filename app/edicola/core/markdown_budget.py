"""What an article's Markdown may cost to render, decided before it is rendered.

Python-Markdown's cost is not its size. With the renderer made linear in the
number of blocks (:mod:`edicola.core.markdown_linear`), what is left is:

- **work**, linear: every line (a paragraph, heading, list item or table row),
  block, table cell and markup character becomes an element or an inline
  match, at 20 to 70 µs each. 200k tiny paragraphs, 100k headings or a
  300-column × 1,500-row table (450 KB) took a minute (issue 19).
- **markup per block**, quadratic: each inline match rebuilds its block's text,
  and an unclosed ``[`` is looked for to the block's end, so a block costs the
  square of its markup characters (400k quote marks in one paragraph: minutes).
- **nesting**: Qt's layout time grows exponentially with tables in tables.

:func:`markdown_problem` measures all three in one linear pass and refuses an
article over :data:`MAX_WORK`, :data:`MAX_MARKUP_COST` or a nesting limit, so
whatever passes renders in about a second of CPU (``make bench``:
``bench_hostile_markdown``; docs/benchmarks.md) and the jail's 2 s never trips.
"""

from __future__ import annotations

import re

MAX_WORK = 20_000
"""Work units an article may need (under 1 s of CPU on the benchmark machine): 2 a
line, 1 a block, 2 a table cell, 2 a bracket or caret, 1 any other markup mark, and
for nesting 1 each four spaces, tab or ``>`` (a level of indent or quotation)."""
MAX_MARKUP_COST = 2_000_000
"""Sum over blocks of the square of their markup marks (1,400 in one paragraph)."""
MAX_TABLE_NESTING = 3
"""Qt's layout time grows exponentially with tables nested in tables (19 levels,
285 bytes of markup: 26 s); raw HTML may nest any element only so deep."""
MAX_HTML_NESTING = 24
MAX_QUOTE_NESTING = 16

_MARK_CHARACTERS = "[]<*_&!`\\'\"^"
_WITHOUT_MARKS = str.maketrans("", "", _MARK_CHARACTERS)
"""A mark is what can start an inline match (links, emphasis, code, HTML, entities,
escapes, smart quotes, footnotes; and ``--``, ``...``: dashes and ellipses). They
are counted with ``str.translate`` and ``str.count``: a regular expression tried at
every position of a megabyte took a second. ``translate`` is fast on ASCII only: text
with accents has its marks counted one character at a time (ten times faster there)."""
_HEAVY = "[]^"
"""Marks that cost twice: a bracket is tried by five link patterns."""
_BLOCK_SPLIT = re.compile(r"\n[ \t]*+\n")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)>")
_VOID = frozenset({"br", "hr", "img", "wbr", "col", "input", "meta", "link", "area", "source"})
_QUOTES = re.compile(r"^[ \t]{0,3}((?:>[ \t]?)+)", re.MULTILINE)


def markdown_problem(source: str) -> str | None:
    """Why rendering ``source`` would cost too much (None: it is within budget).

    Linear in the source; run on every article at build, import and validation,
    so a refused article never reaches the renderer or the reader's layout.
    """
    return _markup_problem(source) or _work_problem(source) or _nesting_problem(source)


def markdown_work(source: str) -> int:
    """The work units of ``source`` (see :data:`MAX_WORK`), counted with ``str.count``:
    a regular expression at every position of a megabyte of spaces took a second."""
    lines = source.count("\n") + 1
    blocks = source.count("\n\n") + 1
    heavy = sum(source.count(c) for c in _HEAVY)
    nesting = source.count("    ") + source.count("\t") + source.count(">")
    return 2 * lines + blocks + 2 * source.count("|") + _marks(source) + heavy + nesting


def _marks(text: str) -> int:
    if text.isascii() or len(text) < 256:  # short: one pass beats fourteen
        marks = len(text) - len(text.translate(_WITHOUT_MARKS))
    else:
        marks = sum(map(text.count, _MARK_CHARACTERS))
    return marks + text.count("--") + text.count("...")


def _markup_problem(source: str) -> str | None:
    total = _marks(source)  # the blocks' counts add up to it (no separator holds a mark)
    if total * total <= MAX_MARKUP_COST:
        return None  # a sum of squares is at most the square of the sum
    cost = 0
    for block in _BLOCK_SPLIT.split(source):
        count = _marks(block)
        cost += count * count
    if cost <= MAX_MARKUP_COST:
        return None
    return (
        "too much inline markup in too few paragraphs to render in bounded time "
        f"(cost {cost:,}, at most {MAX_MARKUP_COST:,}; split the text into paragraphs)"
    )


def _work_problem(source: str) -> str | None:
    work = markdown_work(source)
    if work <= MAX_WORK:
        return None
    return (
        "too many lines, table cells and markup marks to render in bounded time "
        f"(work {work:,}, at most {MAX_WORK:,}; split the article)"
    )


def _nesting_problem(source: str) -> str | None:
    return (_html_nesting(source) if "<" in source else None) or (
        _quote_nesting(source) if ">" in source else None
    )


def _html_nesting(source: str) -> str | None:
    depth = tables = 0
    stack: list[str] = []
    open_count: dict[str, int] = {}  # names on the stack: a lookup is O(1) however deep
    for closing, name, self_closing in _TAG.findall(source):
        name = name.lower()
        if name in _VOID or self_closing:
            continue
        if not closing:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            depth = max(depth, len(stack))
            if name == "table":
                tables = max(tables, open_count[name])
        elif open_count.get(name):
            while stack:  # pops at most what was pushed: linear overall
                popped = stack.pop()
                open_count[popped] -= 1
                if popped == name:
                    break
    if tables > MAX_TABLE_NESTING:
        return f"tables nested {tables} deep (at most {MAX_TABLE_NESTING})"
    if depth > MAX_HTML_NESTING:
        return f"HTML elements nested {depth} deep (at most {MAX_HTML_NESTING})"
    return None


def _quote_nesting(source: str) -> str | None:
    quotes = max((m.group(1).count(">") for m in _QUOTES.finditer(source)), default=0)
    if quotes > MAX_QUOTE_NESTING:
        return f"quotations nested {quotes} deep (at most {MAX_QUOTE_NESTING})"
    return None


def fit_budget(source: str) -> str:
    """``source`` if it is within the budget, else its longest run of first blocks that
    is ("" when not even the first block is): for text from the web, where a page
    over the budget still has a story worth its first paragraphs."""
    if markdown_problem(source) is None:
        return source
    kept: list[str] = []
    work = cost = 0
    for block in source.split("\n\n"):
        count = _marks(block)
        work += markdown_work(block) + 3  # the blank line that joins it
        cost += count * count
        if work > 0.9 * MAX_WORK or cost > 0.9 * MAX_MARKUP_COST:
            break
        kept.append(block)
    text = "\n\n".join(kept)
    return text if markdown_problem(text) is None else ""
