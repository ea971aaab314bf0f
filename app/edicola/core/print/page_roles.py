"""What each block of a printed page is: headline, standfirst, byline, body, caption, or not news.

A paper sets each part of an article in its own size and place, so the roles
follow from the page alone: the body is the size most of the text is set in;
a headline is much larger; a standfirst sits right under a headline in a size
between the two; a kicker is the short line right over a headline; a byline
the short line under them ("di Anna Rossi", "By Tom Hart"); a caption the
short block against a picture. Page heads and folios sit beyond the page's
full-width rules at the top and bottom (the front page's masthead too), and
an advert is a framed box (or text printed over a picture) with no column of
body text in it. ``page_articles.py`` builds articles from these roles.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from edicola.core.print.layout import Block, build_blocks
from edicola.core.print.text_types import Box, PageText, area, intersection

HEADLINE_RATIO = 1.3
"""A headline is set at least this much larger than the body."""
BODY_RANGE = (0.85, 1.2)
"""Sizes, relative to the body's, of text read as body."""
_BYLINE = re.compile(r"^(di|by|da|de|von|par|por|text:?|testo di)\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[·|•–—]\s+|\s{3,}")


@dataclass
class Header:
    """The top of one article: kicker, headline, standfirst and byline blocks."""

    headline: Block
    kicker: Block | None = None
    standfirst: list[Block] = field(default_factory=list)
    byline: Block | None = None

    def blocks(self) -> list[Block]:
        found = [self.kicker, self.headline, *self.standfirst, self.byline]
        return [b for b in found if b is not None]

    def bottom(self) -> float:
        return max(b.box[3] for b in self.blocks())


@dataclass
class PageRoles:
    page: PageText
    headers: list[Header]
    body: list[Block]
    captions: dict[int, Block]
    """Picture number (in ``page.pictures``) -> its caption."""
    pictures: list[int]
    """The pictures that are not part of an advert."""
    furniture: list[Block]
    adverts: list[Block]
    head_text: list[str]
    """The page head's pieces ("Il Faro", "Cronaca", "martedì 24 novembre")."""


def body_size(pages: list[PageText]) -> float:
    """The size most of the document's characters are set in (to half a point)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def page_roles(page: PageText, body: float) -> PageRoles:
    blocks = build_blocks(page)
    furniture = _furniture(page, blocks, body)
    adverts = _adverts(page, blocks, body, furniture)
    skipped = {id(b) for b in furniture + adverts}
    rest = [b for b in blocks if id(b) not in skipped]
    advert_frames = [f for f in page.frames if any(_inside(b.box, f) for b in adverts)]
    pictures = [
        n
        for n, p in enumerate(page.pictures)
        if not any(_inside(p, frame) for frame in advert_frames)
    ]
    captions = _captions(page, rest, pictures, body)
    captioned = {id(b) for b in captions.values()}
    rest = [b for b in rest if id(b) not in captioned]
    headers, used = _headers(rest, body)
    body_blocks = [b for b in rest if id(b) not in used]
    head_text = [
        part for b in furniture if b.box[3] < page.height / 3 for part in _SEPARATORS.split(b.text)
    ]
    return PageRoles(page, headers, body_blocks, captions, pictures, furniture, adverts, head_text)


def _inside(inner: Box, outer: Box) -> bool:
    return intersection(inner, outer) >= 0.8 * area(inner)


def _full_width_rules(page: PageText, blocks: list[Block]) -> list[Box]:
    if not blocks:
        return []
    left = min(b.box[0] for b in blocks)
    right = max(b.box[2] for b in blocks)
    return [r for r in page.rules if r[2] - r[0] >= 0.6 * (right - left) and r[3] - r[1] < 4]


def _furniture(page: PageText, blocks: list[Block], body: float) -> list[Block]:
    """Blocks above the page's top rule and below its bottom one; without rules, short
    lines in the top and bottom margins."""
    rules = _full_width_rules(page, blocks)
    band = 0.25 if page.index == 0 else 0.12
    tops = [r[3] for r in rules if r[1] < band * page.height]
    bottoms = [r[1] for r in rules if r[3] > 0.88 * page.height]
    top = max(tops) if tops else 0.06 * page.height
    bottom = min(bottoms) if bottoms else 0.95 * page.height
    found = []
    for block in blocks:
        high = block.box[3] <= top + 1
        low = block.box[1] >= bottom - 1
        if (high or low) and not _is_column(block, body):
            found.append(block)
        elif len(block.lines) == 1 and re.fullmatch(r"\W*\d{1,4}\W*", block.text):
            found.append(block)  # a folio
    return found


def _is_column(block: Block, body: float) -> bool:
    """A run of body text (three lines or more): never furniture, never an advert."""
    return len(block.lines) >= 3 and BODY_RANGE[0] * body <= block.size <= BODY_RANGE[1] * body


def _adverts(
    page: PageText, blocks: list[Block], body: float, furniture: list[Block]
) -> list[Block]:
    """Text in a framed box holding no column of body text, or printed over a picture."""
    found: list[Block] = []
    skipped = {id(b) for b in furniture}
    for frame in page.frames:
        inside = [b for b in blocks if id(b) not in skipped and _inside(b.box, frame)]
        if inside and not any(_is_column(b, body) for b in inside):
            found += inside
            skipped |= {id(b) for b in inside}
    for picture in page.pictures:
        for block in blocks:
            if id(block) not in skipped and intersection(block.box, picture) > 0.5 * area(
                block.box
            ):
                found.append(block)
                skipped.add(id(block))
    return found


def _captions(
    page: PageText, blocks: list[Block], pictures: list[int], body: float
) -> dict[int, Block]:
    """Each picture's caption: the nearest short block of small or italic text against it."""
    found: dict[int, Block] = {}
    taken: set[int] = set()
    for number in pictures:
        picture = page.pictures[number]
        best: tuple[float, Block] | None = None
        for block in blocks:
            if id(block) in taken or len(block.lines) > 5:
                continue
            if block.size > 1.05 * body and not block.italic:
                continue
            overlap = min(picture[2], block.box[2]) - max(picture[0], block.box[0])
            if overlap < 0.5 * (block.box[2] - block.box[0]):
                continue
            gap = min(abs(block.box[1] - picture[3]), abs(picture[1] - block.box[3]))
            if gap <= 1.5 * block.size and (best is None or gap < best[0]):
                best = (gap, block)
        if best is not None and (best[1].size < 0.97 * body or best[1].italic):
            found[number] = best[1]
            taken.add(id(best[1]))
    return found


def _headers(blocks: list[Block], body: float) -> tuple[list[Header], set[int]]:
    """Headlines, with the kicker over each and the standfirst and byline under it."""
    big = sorted(
        (b for b in blocks if b.size >= HEADLINE_RATIO * body and len(b.lines) <= 6),
        key=lambda b: (b.box[1], b.box[0]),
    )
    headers: list[Header] = []
    used: set[int] = set()
    for block in big:
        if id(block) in used:
            continue
        header = Header(block)
        used.add(id(block))
        below = header.headline
        while (deck := _right_under(below, blocks, used)) is not None and (
            1.05 * body <= deck.size < header.headline.size
        ):
            header.standfirst.append(deck)
            used.add(id(deck))
            below = deck
        byline = _right_under(below, blocks, used)
        if byline is not None and _is_byline(byline, body):
            header.byline = byline
            used.add(id(byline))
        kicker = _right_over(header.headline, blocks, used)
        if kicker is not None and len(kicker.lines) == 1 and len(kicker.text.split()) <= 8:
            header.kicker = kicker
            used.add(id(kicker))
        headers.append(header)
    return headers, used


def _right_under(block: Block, blocks: list[Block], used: set[int]) -> Block | None:
    best: tuple[float, Block] | None = None
    for other in blocks:
        if other is block or id(other) in used:
            continue
        gap = other.box[1] - block.box[3]  # a big font's descent may reach into the next line
        if not -0.35 * max(block.size, other.size) <= gap <= 1.2 * max(other.size, 8.0):
            continue
        if not block.box[0] - 2 <= other.box[0] <= block.box[2]:
            continue
        if best is None or gap < best[0]:
            best = (gap, other)
    return best[1] if best else None


def _right_over(block: Block, blocks: list[Block], used: set[int]) -> Block | None:
    for other in blocks:
        if other is block or id(other) in used or other.size >= block.size:
            continue
        gap = block.box[1] - other.box[3]
        if -0.3 * other.size <= gap <= 1.0 * other.size and abs(other.box[0] - block.box[0]) < 4:
            return other
    return None


def _is_byline(block: Block, body: float) -> bool:
    if len(block.lines) > 2 or len(block.text.split()) > 12 or block.size > 1.1 * body:
        return False
    text = block.text
    if _BYLINE.match(text):
        return True
    names = [w for w in re.split(r"[\s,]+", text) if w]
    capitalised = all(
        w[0].isupper() or w.lower() in ("e", "and", "&", "und", "y", "et") for w in names
    )
    return capitalised and (block.size < 0.95 * body or block.italic)


def byline_authors(text: str) -> list[str]:
    """The names in a byline: "di Anna Rossi e Luca Bianchi" -> two names."""
    text = _BYLINE.sub("", text.strip())
    parts = re.split(r",|\s+(?:e|and|&|und|y|et)\s+", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


__all__ = ["Header", "PageRoles", "body_size", "byline_authors", "page_roles"]
