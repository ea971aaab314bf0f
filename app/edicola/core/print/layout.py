"""Blocks of a printed page: lines that belong together, and the order columns are read in.

A block is a run of lines of one size and style, one under the other in the
same column, with no rule between them: a headline, a standfirst, a byline,
one column of an article's body, a caption. Articles are made of blocks, so
both finding known articles on a page (``regions.py``) and cutting a page into
articles (``from_pdf.py``) start here.
"""

from __future__ import annotations

from dataclasses import dataclass

from edicola.core.print.text_types import Box, Line, PageText, Word, union

SIZE_TOLERANCE = 0.12
"""Two lines of one block differ in size by at most this fraction."""


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]
    box: Box
    size: float
    """The size of most of its characters, in points."""
    italic: bool

    @property
    def text(self) -> str:
        """The lines joined, words broken across lines by a hyphen made whole."""
        return join_lines([line.text for line in self.lines])

    @property
    def words(self) -> int:
        return sum(len(line.words) for line in self.lines)


def join_lines(lines: list[str]) -> str:
    """Lines as running text: a word hyphenated at a line end is joined again.

    A hyphen before a lowercase letter is a break ("ammini-" + "strazione");
    before anything else it belongs to the word ("Emilia-" + "Romagna").
    """
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[0].isalpha():
            text = text[:-1] + line if line[0].islower() else text + line
        elif _cjk(text[-1]) and _cjk(line[0]):
            text += line
        else:
            text += " " + line
    return text


def _cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3000 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FFFF
    )


def build_blocks(page: PageText) -> list[Block]:
    """The page's lines gathered into blocks, top to bottom."""
    blocks_made: list[list[Line]] = []
    open_blocks: list[list[Line]] = []
    for line in page.lines:
        # Lines come top to bottom: a block whose last line ended well above this
        # one can take no more (and is not looked at again: pages with thousands
        # of lines stay linear).
        open_blocks = [b for b in open_blocks if b[-1].box[3] >= line.box[1] - 2 * b[-1].size]
        best: list[Line] | None = None
        best_gap = 0.0
        for block in open_blocks:
            gap = _joins(block, line, page.rules)
            if gap is not None and (best is None or gap < best_gap):
                best, best_gap = block, gap
        if best is None:
            open_blocks.append([line])
            blocks_made.append(open_blocks[-1])
        elif abs(best[-1].box[3] - line.box[3]) < 0.3 * line.size:
            best[-1] = _merged(best[-1], line)  # a piece of the same line, cut too eagerly
        else:
            best.append(line)
    blocks = [_block(lines) for lines in blocks_made]
    blocks.sort(key=lambda b: (b.box[1], b.box[0]))
    return blocks


def _joins(block: list[Line], line: Line, rules: tuple[Box, ...]) -> float | None:
    """The vertical gap if ``line`` continues ``block``, else None."""
    last = block[-1]
    size = max(last.size, line.size)
    if abs(last.size - line.size) > SIZE_TOLERANCE * size or last.italic != line.italic:
        return None
    # Against the last line, not the whole block: a block made wide by one spanning
    # line must not then take the lines of two columns in turn.
    x0, x1 = last.box[0], last.box[2]
    overlap = min(x1, line.box[2]) - max(x0, line.box[0])
    if overlap < 0.5 * min(x1 - x0, line.box[2] - line.box[0]):
        return None
    widest = max(b.box[2] - b.box[0] for b in block)
    if line.box[2] - line.box[0] > 1.5 * widest + size:
        return None  # a line spanning the columns the block sits in
    same_row = abs(last.box[3] - line.box[3]) < 0.3 * size
    gap = line.box[1] - last.box[3]
    if not same_row and not -0.5 * size <= gap <= 1.0 * size:
        return None
    if same_row and (
        line.box[0] < last.box[2] or line.box[0] - last.box[2] > size or line.box[2] > x1 + size
    ):
        return None  # a piece of the same line must lie inside the block's column
    for rx0, ry0, rx1, ry1 in rules:
        between = last.box[3] - 1 <= (ry0 + ry1) / 2 <= line.box[1] + 1
        if between and ry1 - ry0 < rx1 - rx0 and min(rx1, x1) - max(rx0, x0) > 0:
            return None
    return max(gap, 0.0)


def _merged(left: Line, right: Line) -> Line:
    words: tuple[Word, ...] = left.words + right.words
    return Line(words, union([left.box, right.box]), left.size, left.italic, left.bold)


def _block(lines: list[Line]) -> Block:
    weights = [len(line.text) for line in lines]
    by_size = sorted(zip((line.size for line in lines), weights, strict=True))
    half, seen, size = sum(weights) / 2, 0, by_size[0][0]
    for value, weight in by_size:
        seen += weight
        size = value
        if seen >= half:
            break
    italic = sum(w for line, w in zip(lines, weights, strict=True) if line.italic) * 2 > sum(
        weights
    )
    return Block(tuple(lines), union([line.box for line in lines]), size, italic)


def reading_order(blocks: list[Block]) -> list[Block]:
    """Blocks of one article in the order they are read: column by column, left to
    right, each top to bottom (a block spanning columns comes before those under it)."""
    columns: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: (b.box[0], b.box[1])):
        for column in columns:
            x0, x1 = column[0].box[0], column[0].box[2]
            overlap = min(x1, block.box[2]) - max(x0, block.box[0])
            if overlap > 0.6 * min(x1 - x0, block.box[2] - block.box[0]):
                column.append(block)
                break
        else:
            columns.append([block])
    ordered: list[Block] = []
    for column in sorted(columns, key=lambda c: min(b.box[0] for b in c)):
        ordered += sorted(column, key=lambda b: b.box[1])
    spanning = [b for b in ordered if _spans(b, columns)]
    rest = [b for b in ordered if b not in spanning]
    return sorted(spanning, key=lambda b: b.box[1]) + rest


def _spans(block: Block, columns: list[list[Block]]) -> bool:
    """Whether a block is wider than one column and sits above the column blocks."""
    narrow = [b.box[2] - b.box[0] for c in columns for b in c if b is not block]
    if not narrow:
        return False
    typical = sorted(narrow)[len(narrow) // 2]
    return block.box[2] - block.box[0] > 1.6 * typical
