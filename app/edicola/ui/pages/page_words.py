"""Words on a printed page: finding a quote in its text, and reading a selection.

A highlight made in the article is drawn on the page by finding its quote in
the page's text layer (PDFium's characters, lines broken with ``\\r\\n``). The
print and the article differ in small ways (a hyphen at a line's end, curly
or straight quotes, spacing), so the two are compared word by word, folded as
quotes are folded for anchoring (``'`` finds ``’``), and a word split by a
hyphen at a line's end matches the whole word. A quote may begin or end
inside a word (a selection in the article): its first and last words then
match the end and the beginning of a page's word.

Words selected on the page come from the text layer's lines
(:class:`~edicola.core.print.text_types.PageText`, read top to bottom); a
selection across columns is read column by column. Qt-free.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from edicola.core.annotations.fold import fold
from edicola.core.print.text_types import Box, Line, PageText, Word

MAX_OCCURRENCES = 8
"""Places one quote is drawn on a page (it may repeat: a name, a figure)."""
_WORD = re.compile(r"\S+")
_PUNCTUATION = ".,;:!?'\"()[]«»-"


class _Token(NamedTuple):
    folded: str
    start: int
    end: int


_NOTE_MARK = re.compile(r"(?<=[^\W\d_]{3})[\d¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\W*$)")
"""A footnote's number after a word ("report1" in the text, "report" in print)."""


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(_NOTE_MARK.sub("", fold(m.group())), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]


def find_quotes(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``text`` where each of ``quotes`` is (a finder for the page)."""
    page = _tokens(text)
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        wanted = [t.folded for t in _tokens(quote)]
        if not wanted:
            continue
        found = 0
        for first in range(len(page)):
            end = _match(page, first, wanted)
            if end is not None:
                spans.append((page[first].start, end))
                found += 1
                if found >= MAX_OCCURRENCES:
                    break
    return spans


def _match(page: list[_Token], first: int, wanted: list[str]) -> int | None:
    """The end offset of ``wanted`` read from page token ``first``, or None.

    A word a little off (a ligature the PDF maps to a wrong character: "so7er"
    for "softer") is let pass, one in four at most."""
    i, count = first, len(wanted)
    slack = count // 4
    for j, word in enumerate(wanted):
        if i >= len(page):
            return None
        token = page[i].folded
        if _fits(token, word, j, count):
            i += 1
            continue
        following = page[i + 1].folded if i + 1 < len(page) else ""
        pairs = (token[:-1] + following, token + following) if token.endswith("-") else ()
        if following and any(_fits(pair, word, j, count) for pair in pairs):
            i += 2
            continue
        if slack and 0 < j < count - 1 and _near(token, word):
            slack -= 1
            i += 1
            continue
        return None
    return page[i - 1].end


def _near(token: str, word: str) -> bool:
    """At most two characters apart (edits), for words of five letters or more."""
    if min(len(token), len(word)) < 5 or abs(len(token) - len(word)) > 2:
        return False
    previous = list(range(len(word) + 1))
    for a, char in enumerate(token, 1):
        row = [a]
        for b, other in enumerate(word, 1):
            row.append(min(previous[b] + 1, row[b - 1] + 1, previous[b - 1] + (char != other)))
        previous = row
    return previous[-1] <= 2


def _fits(token: str, word: str, index: int, count: int) -> bool:
    """Whether page ``token`` reads as quote word ``index`` of ``count``: the first may
    be the end of a word, the last its beginning (a selection inside words)."""
    if count == 1:  # inside a word, if long enough not to be found everywhere
        return word == token.strip(_PUNCTUATION) or (len(word) >= 4 and word in token)
    if index == 0:
        return token.endswith(word)
    if index == count - 1:
        return token.startswith(word)
    return token == word


# -- a selection on the page ------------------------------------------------------------


class Selected(NamedTuple):
    """Words chosen on a page: their text (read in order) and their boxes."""

    quote: str
    boxes: tuple[Box, ...]
    prefix: str
    suffix: str
    start: int
    end: int


def _centre_in(box: Box, area: Box) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return area[0] <= x <= area[2] and area[1] <= y <= area[3]


def select_words(page: PageText, area: Box, context: int = 32) -> Selected | None:
    """The words whose centre is inside ``area`` (points), read column by column,
    with the page's text around them; None when there are none."""
    offsets: dict[int, int] = {}
    at = 0
    chosen: list[tuple[Line, list[Word]]] = []
    for line in page.lines:
        for word in line.words:
            offsets[id(word)] = at
            at += len(word.text) + 1
        words = [w for w in line.words if _centre_in(w.box, area)]
        if words:
            chosen.append((line, words))
    if not chosen:
        return None
    columns = _columns([line.box for line, _ in chosen])
    chosen.sort(key=lambda item: (columns[id(item[0].box)], item[0].box[1], item[0].box[0]))
    quote = _joined([[w.text for w in words] for _, words in chosen])
    text = " ".join(line.text for line in page.lines)
    start = offsets[id(chosen[0][1][0])]
    last = chosen[-1][1][-1]
    after = offsets[id(last)] + len(last.text)
    return Selected(
        quote,
        tuple(w.box for _, words in chosen for w in words),
        text[max(0, start - context) : start],
        text[after : after + context],
        start,
        start + len(quote),
    )


def _columns(boxes: list[Box]) -> dict[int, int]:
    """Each line box's column: lines whose horizontal extents overlap share one."""
    order = sorted(boxes, key=lambda b: b[0])
    column, right = -1, float("-inf")
    found: dict[int, int] = {}
    for box in order:
        if box[0] > right:
            column += 1
            right = box[2]
        else:
            right = max(right, box[2])
        found[id(box)] = column
    return found


def _joined(lines: list[list[str]]) -> str:
    """Lines of words as one text; a word hyphenated at a line's end is made whole."""
    out = ""
    for words in lines:
        text = " ".join(words)
        if out.endswith("-") and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out
