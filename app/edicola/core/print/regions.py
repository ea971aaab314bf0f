"""Where each known article sits on the printed pages, found from their text alone.

No layout program writes Edicola's link annotations or ``pages.json``, so an
edition source with only its print PDFs gets its regions here. Each block of a
page (``layout.py``) is matched to the article whose words it prints: runs of
three words (shingles) of the block are looked up in every article's headline,
standfirst, body and captions, and the block goes to the article most of them
come from. An article's blocks that touch each other (pictures between them
included) make its region on that page; the short lines around it that name no
article (its kicker, byline, a "continued on page 5") are taken in when they
touch it. Text that is no article's (adverts, the masthead, page furniture)
matches nothing and gets no region; an article none of whose text was found
is "not in print".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from edicola.core.print.layout import Block, build_blocks
from edicola.core.print.text_types import Box, PageText, area, intersection, union
from edicola.core.print.tokens import markdown_text, shingles, tokens

MATCH_SHARE = 0.5
"""Share of a block's word runs that must come from one article."""
MIN_WORDS = 8
"""Words of an article that must be found on a page for it to be placed there."""
EXTRA_REGION_WORDS = 40
"""A second, separate group of an article's blocks on one page needs this many words."""


@dataclass(frozen=True)
class PrintedArticle:
    """What placement needs to know of an article."""

    id: str
    title: str
    standfirst: str = ""
    authors: tuple[str, ...] = ()
    body: str = ""
    """The article's Markdown."""


@dataclass(frozen=True)
class PlacedRegion:
    page: int
    """0-based page number, in the order of the edition's pages."""
    article: str
    rect: Box


@dataclass(frozen=True)
class Placement:
    regions: tuple[PlacedRegion, ...]
    placed: tuple[str, ...]
    not_in_print: tuple[str, ...]
    notes: tuple[str, ...] = ()
    """Pages that could not be read: "no text layer on page 3"."""

    def summary(self) -> str:
        """One line: "regions: 6 of 7 articles found on 2 pages; not in print: x"."""
        pages = len({region.page for region in self.regions})
        total = len(self.placed) + len(self.not_in_print)
        line = (
            f"regions: {len(self.placed)} of {total} article{'s' if total != 1 else ''} "
            f"found on {pages} page{'s' if pages != 1 else ''}"
        )
        if self.not_in_print:
            line += "; not in print: " + ", ".join(self.not_in_print)
        return line


def place_articles(pages: list[PageText], articles: list[PrintedArticle]) -> Placement:
    """Find every article on the pages; see the module docstring for how."""
    index = _ArticleIndex(articles)
    regions: list[PlacedRegion] = []
    notes: list[str] = []
    for page in pages:
        if page.problem:
            notes.append(f"page {page.index + 1} {page.problem}")
            continue
        if not page.lines:
            notes.append(f"no text layer on page {page.index + 1}")
            continue
        regions += _place_on_page(page, index)
    placed = {region.article for region in regions}
    return Placement(
        regions=tuple(regions),
        placed=tuple(a.id for a in articles if a.id in placed),
        not_in_print=tuple(a.id for a in articles if a.id not in placed),
        notes=tuple(notes),
    )


class _ArticleIndex:
    """Every article's word runs, and which articles each run occurs in."""

    def __init__(self, articles: list[PrintedArticle]) -> None:
        self.runs: dict[tuple[str, ...], set[str]] = {}
        self.titles: dict[tuple[str, ...], str] = {}
        for article in articles:
            parts = [article.title, article.standfirst, markdown_text(article.body)]
            for part in parts:
                for paragraph in part.split("\n\n"):
                    for run in shingles(tokens(paragraph)):
                        self.runs.setdefault(run, set()).add(article.id)
            self.titles.setdefault(tuple(tokens(article.title)), article.id)

    def owner(self, block: Block) -> tuple[str | None, int]:
        """The article most of the block's word runs come from, and how many words."""
        words = tokens(block.text)
        if len(words) < 3:
            return self.titles.get(tuple(words)), len(words)
        runs = shingles(words)
        votes: Counter[str] = Counter()
        for run in runs:
            for article in self.runs.get(run, ()):
                votes[article] += 1
        ranked = votes.most_common(2)
        if not ranked:
            return None, len(words)
        best, count = ranked[0]
        if count < MATCH_SHARE * len(runs) or (len(ranked) > 1 and ranked[1][1] == count):
            return None, len(words)
        return best, len(words)


@dataclass
class _Node:
    box: Box
    words: int


def _place_on_page(page: PageText, index: _ArticleIndex) -> list[PlacedRegion]:
    blocks = build_blocks(page)
    owners = [index.owner(block) for block in blocks]
    by_article: dict[str, list[int]] = {}
    for number, (owner, _) in enumerate(owners):
        if owner is not None:
            by_article.setdefault(owner, []).append(number)
    captions = _captions(page, blocks)
    regions: list[PlacedRegion] = []
    for article, numbers in by_article.items():
        nodes = [_Node(blocks[n].box, owners[n][1]) for n in numbers]
        for picture, caption in captions.items():
            if caption is not None and owners[caption][0] == article:
                nodes.append(_Node(page.pictures[picture], 0))
        groups = _merge_clean(_groups(nodes, _reach(blocks, numbers)), blocks, owners, article)
        for group in groups:
            words = sum(node.words for node in group)
            if words < MIN_WORDS:
                continue
            box = union([node.box for node in group])
            box = _with_pictures(box, page.pictures)
            box = _with_neighbours(box, blocks, owners, page.rules)
            regions.append(PlacedRegion(page.index, article, _rounded(box, page)))
    return _main_regions(regions, by_article, blocks, owners)


def _reach(blocks: list[Block], numbers: list[int]) -> float:
    """How far apart two blocks of one article may be and still touch: two body lines."""
    sizes = sorted(blocks[n].size for n in numbers)
    return 2.5 * sizes[len(sizes) // 2]


def _groups(nodes: list[_Node], reach: float) -> list[list[_Node]]:
    """Nodes that touch (within ``reach``), gathered into groups."""
    groups: list[list[_Node]] = []
    for node in nodes:
        touching = [g for g in groups if any(_near(node.box, other.box, reach) for other in g)]
        merged = [node]
        for group in touching:
            merged += group
            groups.remove(group)
        groups.append(merged)
    return groups


def _merge_clean(
    groups: list[list[_Node]],
    blocks: list[Block],
    owners: list[tuple[str | None, int]],
    article: str,
) -> list[list[_Node]]:
    """Groups of one article joined when the rectangle around them holds nothing of
    another article (a picture without a caption may sit between a headline and
    its columns)."""
    merged = True
    while merged and len(groups) > 1:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                box = union([n.box for n in groups[i] + groups[j]])
                foreign = any(
                    owner not in (None, article)
                    and intersection(block.box, box) > 0.5 * area(block.box)
                    for block, (owner, _) in zip(blocks, owners, strict=True)
                )
                if not foreign:
                    groups[i] = groups[i] + groups.pop(j)
                    merged = True
                    break
            if merged:
                break
    return groups


def _near(a: Box, b: Box, reach: float) -> bool:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return dx <= reach and dy <= reach


def _captions(page: PageText, blocks: list[Block]) -> dict[int, int | None]:
    """Each picture's caption: the nearest short block right under (or over) it."""
    found: dict[int, int | None] = {}
    for number, picture in enumerate(page.pictures):
        best: tuple[float, int] | None = None
        for i, block in enumerate(blocks):
            if len(block.lines) > 5:
                continue
            overlap = min(picture[2], block.box[2]) - max(picture[0], block.box[0])
            if overlap < 0.5 * (block.box[2] - block.box[0]):
                continue
            gap = min(abs(block.box[1] - picture[3]), abs(picture[1] - block.box[3]))
            if gap <= 1.5 * block.size and (best is None or gap < best[0]):
                best = (gap, i)
        found[number] = best[1] if best else None
    return found


def _with_pictures(box: Box, pictures: Iterable[Box]) -> Box:
    """The region grown over the pictures mostly inside it (those it flows around)."""
    inside = [p for p in pictures if intersection(p, box) >= 0.6 * area(p)]
    return union([box, *inside]) if inside else box


def _with_neighbours(
    box: Box, blocks: list[Block], owners: list[tuple[str | None, int]], rules: tuple[Box, ...]
) -> Box:
    """The region grown over the short unclaimed blocks touching its top or bottom
    inside its width: a kicker, a byline, a "continua a pagina 5"."""
    grown = box
    for block, (owner, _) in zip(blocks, owners, strict=True):
        b = block.box
        if owner is not None or len(block.lines) > 2:
            continue
        if b[0] < grown[0] - 2 or b[2] > grown[2] + 2:
            continue
        above = 0 <= grown[1] - b[3] <= 1.5 * block.size
        below = 0 <= b[1] - grown[3] <= 1.5 * block.size
        if not (above or below):
            continue
        top, bottom = (b[3], grown[1]) if above else (grown[3], b[1])
        ruled = any(
            top - 1 <= (r[1] + r[3]) / 2 <= bottom + 1 and min(r[2], b[2]) > max(r[0], b[0])
            for r in rules
        )
        if not ruled:
            grown = union([grown, b])
    return grown


def _main_regions(
    regions: list[PlacedRegion],
    by_article: dict[str, list[int]],
    blocks: list[Block],
    owners: list[tuple[str | None, int]],
) -> list[PlacedRegion]:
    """An article's largest group on a page, and others only if they are substantial."""
    kept: list[PlacedRegion] = []
    for article in by_article:
        mine = [r for r in regions if r.article == article]
        if not mine:
            continue
        weights = [_words_inside(r.rect, blocks, owners, article) for r in mine]
        best = max(range(len(mine)), key=lambda i: weights[i])
        kept += [r for i, r in enumerate(mine) if i == best or weights[i] >= EXTRA_REGION_WORDS]
    return kept


def _words_inside(
    rect: Box, blocks: list[Block], owners: list[tuple[str | None, int]], article: str
) -> int:
    return sum(
        words
        for block, (owner, words) in zip(blocks, owners, strict=True)
        if owner == article and intersection(block.box, rect) > 0.5 * area(block.box)
    )


def _rounded(box: Box, page: PageText) -> Box:
    return (
        round(max(box[0], 0.0), 2),
        round(max(box[1], 0.0), 2),
        round(min(box[2], page.width), 2),
        round(min(box[3], page.height), 2),
    )
