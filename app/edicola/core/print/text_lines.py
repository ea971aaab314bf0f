"""Words and lines rebuilt from a page's characters by their positions alone.

PDFium gives a page's characters in the order the producer drew them: a
layout program may draw a column, a line, a word or a glyph at a time, in any
order. So words come from characters that touch, lines from words that share
a baseline, and a line is cut where a gap is a gutter between columns rather
than a (justified, sometimes very wide) space: a gutter stays empty on the
rows above and below, a space does not.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from edicola.core.print.text_types import Box, Line, Word


@dataclass(frozen=True)
class Char:
    """One printed character: its text, loose box (points, top left) and font."""

    text: str
    box: Box
    size: float
    italic: bool
    bold: bool


def build_lines(chars: list[Char | None], rules: tuple[Box, ...] = ()) -> list[Line]:
    """Lines in top-to-bottom, left-to-right order from characters (None ends a word)."""
    return _lines(_words(chars), rules)


@dataclass
class _Word:
    text: str
    box: Box
    size: float
    italic: bool
    bold: bool


def _words(chars: list[Char | None]) -> list[_Word]:
    """Characters joined into words: a separator, a jump or a gap ends a word."""
    words: list[_Word] = []
    current: list[Char] = []

    def close() -> None:
        if current:
            box = (
                min(c.box[0] for c in current),
                min(c.box[1] for c in current),
                max(c.box[2] for c in current),
                max(c.box[3] for c in current),
            )
            sizes = sorted(c.size for c in current)
            size = sizes[len(sizes) // 2]
            italic = sum(c.italic for c in current) * 2 > len(current)
            bold = sum(c.bold for c in current) * 2 > len(current)
            words.append(_Word("".join(c.text for c in current), box, size, italic, bold))
            current.clear()

    for char in chars:
        if char is None:
            close()
            continue
        if current:
            last = current[-1]
            gap = char.box[0] - last.box[2]
            middle = (char.box[1] + char.box[3]) / 2
            if (
                gap > 0.3 * max(last.size, char.size)
                or char.box[0] < last.box[0] - 0.2 * last.size  # a ligature's letters share a box
                or not last.box[1] <= middle <= last.box[3]
            ):
                close()
        current.append(char)
    close()
    return words


def _lines(words: list[_Word], rules: tuple[Box, ...] = ()) -> list[Line]:
    """Words grouped by baseline, then cut at the gutters between columns."""
    words = sorted(words, key=lambda w: (w.box[3], w.box[0]))
    rows: list[list[_Word]] = []
    recent: list[list[_Word]] = []  # rows a word further down may still belong to
    for word in words:
        recent = [r for r in recent if word.box[3] - r[0].box[3] <= 0.25 * r[0].size]
        for row in recent:
            # One row is one size: a byline right under a big headline's baseline is
            # another row, not words between the headline's.
            if abs(word.size - row[0].size) <= 0.12 * max(word.size, row[0].size):
                row.append(word)
                break
        else:
            rows.append([word])
            recent.append(rows[-1])
    rows.sort(key=lambda r: r[0].box[3])
    for row in rows:
        row.sort(key=lambda w: w.box[0])
    edges = _column_edges(rows)
    lines: list[Line] = []
    for number, row in enumerate(rows):
        current = [row[0]]
        for previous, word in itertools.pairwise(row):
            if _splits(rows, number, previous, word, rules, edges):
                lines.append(_line(current))
                current = [word]
            else:
                current.append(word)
        lines.append(_line(current))
    lines.sort(key=lambda line: (line.box[1], line.box[0]))
    return lines


def _column_edges(rows: list[list[_Word]]) -> Counter[int]:
    """How many lines of the page may start at each x (to the point): a row's first
    word, or one after a wide gap. A column's left edge collects dozens."""
    edges: Counter[int] = Counter()
    for row in rows:
        edges[round(row[0].box[0])] += 1
        for previous, word in itertools.pairwise(row):
            if word.box[0] - previous.box[2] > 0.9 * word.size:
                edges[round(word.box[0])] += 1
    return edges


def _splits(
    rows: list[list[_Word]],
    number: int,
    previous: _Word,
    word: _Word,
    rules: tuple[Box, ...],
    edges: Counter[int],
) -> bool:
    """Whether the gap between two words of a row is a gutter, not a (justified) space.

    A space in justified text can be as wide as a gutter, and a column's last
    line may stop anywhere; but a gutter is a strip that stays empty on the
    rows above or below, with text on both sides of it, while spaces do not
    line up with their neighbours' spaces.
    """
    size = max(previous.size, word.size)
    gap = word.box[0] - previous.box[2]
    if abs(word.size - previous.size) > 0.25 * size:
        return True
    if gap <= 0.4 * size:
        return False
    top, bottom = min(previous.box[1], word.box[1]), max(previous.box[3], word.box[3])
    for x0, y0, x1, y1 in rules:
        if previous.box[2] <= x0 and x1 <= word.box[0] and y0 <= bottom and y1 >= top:
            return True
    verdicts = [
        _gutter_seen(rows, number, step, (previous.box[2], word.box[0]), size) for step in (-1, 1)
    ]
    if True in verdicts:
        return True
    if False in verdicts:
        return False
    strips = [v for v in verdicts if isinstance(v, float)]
    if strips:  # an empty strip with too little text around it: a column's edge decides
        return any(
            _line_starts(rows, number, x, size) >= 2
            or sum(edges[round(x) + d] for d in (-1, 0, 1)) >= 6
            for x in strips
        )
    # A row on its own (a page head, a column's only lines): a wide gap splits, and so
    # does a narrower one before an x where many of the page's lines start.
    at_edge = sum(edges[round(word.box[0]) + d] for d in (-1, 0, 1)) >= 6
    return gap > 1.2 * size or (at_edge and gap > 0.8 * size)


def _line_starts(rows: list[list[_Word]], number: int, x: float, size: float) -> int:
    """How many nearby rows begin a line at ``x`` (a column's left edge)."""
    here = rows[number][0].box[3]
    count = 0
    for index in range(max(0, number - 12), min(len(rows), number + 13)):
        row = rows[index]
        if index == number or abs(row[0].box[3] - here) > 8 * size:
            continue
        for position, word in enumerate(row):
            before = row[position - 1].box[2] if position else -1e9
            if abs(word.box[0] - x) <= 1.0 and before < x - 0.4 * size:
                count += 1
                break
    return count


def _gutter_seen(
    rows: list[list[_Word]], number: int, step: int, gap: tuple[float, float], size: float
) -> bool | float | None:
    """Whether the rows above (step -1) or below (+1) leave a strip of ``gap`` empty
    with text on both sides of it (True), cover all of it (False), or have no text
    near it at all (None). A strip with too little text around it to tell gives the
    x where it ends (where the next column would start)."""
    here = rows[number][0].box[3]
    nearby: list[list[_Word]] = []
    index = number + step
    while 0 <= index < len(rows) and len(nearby) < 5:
        row = rows[index]
        index += step
        if abs(row[0].box[3] - here) > 6.0 * size:
            break
        if abs(row[0].size - size) > 0.1 * size:
            continue  # a headline or a caption near a column is not a neighbouring line
        if any(w.box[2] > gap[0] - 6 * size and w.box[0] < gap[1] + 6 * size for w in row):
            nearby.append(row)
    if len(nearby) < 2:
        if nearby and any(w.box[0] < gap[1] - 0.5 and w.box[2] > gap[0] + 0.5 for w in nearby[0]):
            return False
        return None
    free = [(gap[0] + 0.5, gap[1] - 0.5)]
    for row in nearby:
        for w in row:
            free = _without(free, w.box[0], w.box[2])
    runs = [(c0, c1) for c0, c1 in free if c1 - c0 >= 0.5 * size]
    if not runs:
        return False  # the neighbours' words cross every part of the gap
    for c0, c1 in runs:
        left = sum(any(c0 - 6 * size < w.box[2] <= c0 for w in row) for row in nearby)
        starts = [
            min((w.box[0] for w in row if c1 <= w.box[0] < c1 + 6 * size), default=None)
            for row in nearby
        ]
        found = sorted(x for x in starts if x is not None)
        # The next column's lines all start at its edge; words after a river of
        # wide spaces start anywhere.
        aligned = max((sum(1 for y in found if 0 <= y - x <= 1.0) for x in found), default=0)
        if left >= 3 and aligned >= 3:
            return True
    return float(max(runs, key=lambda run: run[1] - run[0])[1])


def _without(runs: list[tuple[float, float]], a: float, b: float) -> list[tuple[float, float]]:
    """The runs with the interval ``a``..``b`` taken out."""
    kept: list[tuple[float, float]] = []
    for c0, c1 in runs:
        if b <= c0 or a >= c1:
            kept.append((c0, c1))
            continue
        if a > c0:
            kept.append((c0, a))
        if b < c1:
            kept.append((b, c1))
    return kept


def _line(words: list[_Word]) -> Line:
    box = (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )
    weights = [len(w.text) for w in words]
    total = sum(weights)
    sizes = sorted(w.size for w in words)
    return Line(
        words=tuple(Word(w.text, w.box) for w in words),
        box=box,
        size=round(sizes[len(sizes) // 2], 2),
        italic=sum(n for w, n in zip(words, weights, strict=True) if w.italic) * 2 > total,
        bold=sum(n for w, n in zip(words, weights, strict=True) if w.bold) * 2 > total,
    )
