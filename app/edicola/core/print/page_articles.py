"""Articles cut from printed pages: each headline with the columns under it, in reading order.

Every body block, picture and caption goes to the nearest headline above it
that covers it (a headline spans its article's columns); the blocks are then
read column by column, lines joined into paragraphs (a hyphen at a line end
joined, an indented or short line ending one). A line "continua a pagina 5"
(or "continued on page 5") ends a piece that the page it names continues
("segue da pagina 1"), and the two become one article. What stays unsure is
said in ``notes``: an article whose end was not found, a block no headline
covers, a page without a text layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from edicola.core.print.layout import Block, join_lines, reading_order
from edicola.core.print.page_roles import Header, PageRoles, body_size, byline_authors, page_roles
from edicola.core.print.text_types import Box, Line, PageText, union
from edicola.core.print.tokens import tokens

_JUMP_OUT = re.compile(
    r"^\(?\s*(?:continua|segue|prosegue)\s+(?:a|alla|in)\s+pag(?:ina|\.)?\s*(\d{1,3})\s*\)?\.?$"
    r"|^\(?\s*(?:continued|continues|story continues)\s+on\s+(?:page|p\.)\s*(\d{1,3})\s*\)?\.?$"
    r"|^\(?\s*(?:see|turn to)\s+(?:page|p\.)\s*(\d{1,3})\s*\)?\.?$",
    re.IGNORECASE,
)
_JUMP_IN = re.compile(
    r"^\(?\s*(?:segue|continua)\s+da(?:lla)?\s+(?:prima\s+)?pag(?:ina|\.)?\s*(\d{1,3})\s*\)?\.?$"
    r"|^\(?\s*continued\s+from\s+(?:page|p\.)\s*(\d{1,3})\s*\)?\.?$",
    re.IGNORECASE,
)
_ENDS = tuple(".!?»\"”')…:;。！？」』）")


@dataclass
class Picture:
    page: int
    box: Box
    caption: str


@dataclass
class Piece:
    """An article's part on one page."""

    page: int
    header: Header | None
    blocks: list[Block] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    jump_out: int | None = None
    jump_in: int | None = None
    span: tuple[float, float] = (0.0, 0.0)
    """The columns the piece covers: its header's, and those starting right under it."""

    def region(self, page: PageText) -> Box:
        boxes = [b.box for b in self.blocks] + [p.box for p in self.pictures]
        if self.header is not None:
            boxes += [b.box for b in self.header.blocks()]
        return union(boxes)


@dataclass
class FoundArticle:
    title: str
    standfirst: str
    authors: list[str]
    kicker: str
    page: int
    paragraphs: list[str]
    pictures: list[Picture]
    regions: list[tuple[int, Box]]


@dataclass
class Cutting:
    articles: list[FoundArticle]
    sections: dict[int, str]
    """Page number -> the section its head names."""
    masthead: str
    notes: list[str]
    dateline: str = ""
    """What the front page's masthead says of the date ("giovedì 26 novembre 2026")."""
    number: int | None = None
    """The issue number the masthead prints ("n. 314"), if it does."""


def cut_articles(pages: list[PageText], labels: dict[str, int] | None = None) -> Cutting:
    """Every article on the pages (see the module docstring)."""
    body = body_size(pages)
    labels = labels or {page.label or str(page.index + 1): page.index for page in pages}
    notes: list[str] = []
    pieces: list[Piece] = []
    sections: dict[int, str] = {}
    masthead = dateline = ""
    number: int | None = None
    for page in pages:
        if page.problem:
            notes.append(f"page {page.index + 1} {page.problem}")
            continue
        if not page.lines:
            notes.append(f"no text layer on page {page.index + 1}")
            continue
        roles = page_roles(page, body)
        if page.index == 0 and roles.furniture:
            biggest = max(roles.furniture, key=lambda b: b.size)
            if biggest.size >= 1.5 * body and any(c.isalpha() for c in biggest.text):
                masthead = biggest.text
            dateline, number = _dateline(roles.head_text)
        section = _section(roles.head_text, masthead)
        if section:
            sections[page.index] = section
        found, unassigned = _pieces(roles)
        pieces += found
        left_out = [" ".join(b.text.split()[:6]) for b in unassigned if b.words >= 5]
        if left_out:
            shown = "; ".join(f"'{start}…'" for start in left_out[:3])
            more = f" and {len(left_out) - 3} more" if len(left_out) > 3 else ""
            count = "a block was" if len(left_out) == 1 else f"{len(left_out)} blocks were"
            notes.append(
                f"page {page.index + 1}: {count} not assigned to any article: {shown}{more}"
            )
    articles = _join_jumps(pieces, pages, labels, notes)
    return Cutting(articles, sections, masthead, notes, dateline, number)


def _dateline(parts: list[str]) -> tuple[str, int | None]:
    """The masthead's date ("giovedì 26 novembre 2026") and issue number ("n. 314")."""
    dateline, number = "", None
    for part in parts:
        part = part.strip()
        found = re.fullmatch(r"(?:n\.|no\.|nr\.|#)\s*(\d{1,6})", part, re.IGNORECASE)
        if found:
            number = int(found.group(1))
        elif (
            not dateline and re.search(r"\b(19|20)\d\d\b", part) and re.search(r"[^\W\d]{3}", part)
        ):
            dateline = part
    return dateline, number


def _section(parts: list[str], masthead: str) -> str:
    folded = " ".join(tokens(masthead))
    for part in parts:
        part = part.strip(" ·|-")
        if not part or re.search(r"\d", part) or " ".join(tokens(part)) == folded:
            continue
        if len(part.split()) <= 4:
            return part
    return ""


def _pieces(roles: PageRoles) -> tuple[list[Piece], list[Block]]:
    """The page's pieces: each header and what lies under it; and the blocks no header covers."""
    index = roles.page.index
    rules = roles.page.rules
    pieces = [Piece(index, header) for header in roles.headers]
    for piece in pieces:
        assert piece.header is not None
        boxes = [b.box for b in piece.header.blocks()]
        piece.span = (min(b[0] for b in boxes), max(b[2] for b in boxes))
    items = [b.box for b in roles.body] + [roles.page.pictures[n] for n in roles.pictures]
    owners = [_owner(box, pieces, rules) for box in items]
    spans = [
        _span(
            piece, pieces, [box for box, o in zip(items, owners, strict=True) if o in (None, piece)]
        )
        for piece in pieces
    ]
    for piece, span in zip(pieces, spans, strict=True):
        piece.span = span
    unassigned: list[Block] = []
    for block in roles.body:
        owner = _owner(block.box, pieces, rules)
        if owner is None:
            unassigned.append(block)
        else:
            owner.blocks.append(block)
    for number in roles.pictures:
        box = roles.page.pictures[number]
        owner = _owner(box, pieces, rules)
        caption = roles.captions.get(number)
        if owner is not None:
            owner.pictures.append(Picture(index, box, caption.text if caption else ""))
    for piece in pieces:
        _find_jumps(piece)
    orphans = [b for b in unassigned if _JUMP_IN.match(b.text.strip())]
    if orphans:  # a continuation without a headline: what follows its "segue da" line
        piece = Piece(index, None, [b for b in unassigned if b not in orphans])
        piece.jump_in = _page_number(_JUMP_IN.match(orphans[0].text.strip()))
        return [*pieces, piece], []
    return pieces, unassigned


def _span(piece: Piece, pieces: list[Piece], items: list[Box]) -> tuple[float, float]:
    """The piece's columns: its header's width, stretched over the columns and pictures
    that start right under the header and no other headline covers (a headline may be
    shorter than its article is wide), up to the next article's header."""
    assert piece.header is not None
    header = piece.header
    left, right = piece.span
    top, bottom = header.headline.box[1], header.bottom()
    reach = 3.0 * header.headline.size
    others = [
        p.header.headline.box
        for p in pieces
        if p is not piece
        and p.header is not None
        and p.header.headline.box[1] < bottom + reach
        and p.header.headline.box[3] > top
    ]
    for box in sorted(items, key=lambda b: b[0]):
        if not bottom - 2 <= box[1] <= bottom + reach or box[2] <= right:
            continue
        if box[0] > right + reach or box[0] < left - 2:
            continue
        if any(o[0] < box[2] and o[2] > right for o in others):
            break
        right = box[2]
    return left, right


def _owner(box: Box, pieces: list[Piece], rules: tuple[Box, ...]) -> Piece | None:
    """The piece whose headline is the nearest one above ``box`` and covers it, with no
    rule across ``box``'s width between them."""
    best: Piece | None = None
    width = box[2] - box[0]
    for piece in pieces:
        assert piece.header is not None
        head = piece.header.headline.box
        left, right = piece.span
        if head[1] > box[1] + 2:
            continue
        overlap = min(right, box[2]) - max(left, box[0])
        if overlap < 0.5 * width:
            continue
        if any(
            head[3] - 1 <= (r[1] + r[3]) / 2 <= box[1] + 1
            and r[3] - r[1] < 4
            and min(r[2], box[2]) - max(r[0], box[0]) >= 0.5 * width
            for r in rules
        ):
            continue  # a rule across the column between them: another article's
        if best is None or head[1] > best.header.headline.box[1]:  # type: ignore[union-attr]
            best = piece
    return best


def _page_number(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    return int(next(g for g in match.groups() if g))


def _find_jumps(piece: Piece) -> None:
    """Jump lines ("continua a pagina 5", "segue da pagina 1") noted and taken out of the text."""
    assert piece.header is not None
    for block in piece.header.blocks():
        found = _page_number(_JUMP_IN.match(block.text.strip()))
        if found is not None:
            piece.jump_in = found
            if block is piece.header.kicker:
                piece.header.kicker = None
    kept: list[Block] = []
    for block in piece.blocks:
        lines = list(block.lines)
        while lines and (target := _page_number(_JUMP_OUT.match(lines[-1].text.strip()))):
            piece.jump_out = target
            lines.pop()
        while lines and (origin := _page_number(_JUMP_IN.match(lines[0].text.strip()))):
            piece.jump_in = origin
            lines.pop(0)
        if lines:
            kept.append(
                Block(tuple(lines), union([ln.box for ln in lines]), block.size, block.italic)
            )
    piece.blocks = kept


def paragraphs(blocks: list[Block]) -> list[str]:
    """Running text of blocks in reading order, cut into paragraphs: before an indented
    line, after a vertical gap, and after a line that stops short of its column."""
    found: list[list[str]] = []
    previous: Line | None = None
    previous_right = 0.0
    for block in reading_order(blocks):
        left, right = block.box[0], block.box[2]
        for number, line in enumerate(block.lines):
            indented = line.box[0] - left > 0.6 * line.size
            if previous is None:
                new = True
            else:
                new = indented or _ends_paragraph(previous, previous_right, line)
                if number > 0:
                    new = new or line.box[1] - block.lines[number - 1].box[3] > 0.5 * line.size
            if new or not found:
                found.append([])
            found[-1].append(line.text)
            previous, previous_right = line, right
    return [join_lines(lines) for lines in found if lines]


def _ends_paragraph(line: Line, right: float, following: Line) -> bool:
    """A line that stops short of its column's edge ends its paragraph when it ends a
    sentence or the next line starts a new one."""
    if line.box[2] >= right - 2.5 * line.size or line.text.endswith("-"):
        return False
    return line.text.rstrip().endswith(_ENDS) or following.text[:1].isupper()


def _article(pieces: list[Piece]) -> FoundArticle:
    first = pieces[0]
    header = first.header
    paras: list[str] = []
    for piece in pieces:
        more = paragraphs(piece.blocks)
        if paras and more and not paras[-1].endswith(_ENDS):
            paras[-1] = join_lines([paras[-1], more.pop(0)])  # the paragraph the jump cut
        paras += more
    return FoundArticle(
        title=join_lines([ln.text for ln in header.headline.lines]) if header else "",
        standfirst=" ".join(join_lines([ln.text for ln in b.lines]) for b in header.standfirst)
        if header
        else "",
        authors=byline_authors(header.byline.text) if header and header.byline else [],
        kicker=header.kicker.text if header and header.kicker else "",
        page=first.page,
        paragraphs=paras,
        pictures=[p for piece in pieces for p in piece.pictures],
        regions=[],
    )


def _join_jumps(
    pieces: list[Piece], pages: list[PageText], labels: dict[str, int], notes: list[str]
) -> list[FoundArticle]:
    by_page = {page.index: page for page in pages}
    claimed: set[int] = set()
    chains: list[list[Piece]] = []
    for piece in pieces:
        if id(piece) in claimed or (piece.jump_in is not None and piece.header is None):
            continue
        chain = [piece]
        while chain[-1].jump_out is not None:
            target = labels.get(str(chain[-1].jump_out))
            follow = _continuation(chain[-1], target, pieces, claimed, by_page)
            if follow is None:
                title = chain[0].header.headline.text if chain[0].header else "?"
                notes.append(
                    f"page {chain[-1].page + 1}: '{title}' continues on page {chain[-1].jump_out}, "
                    "but no continuation was found there"
                )
                break
            claimed.add(id(follow))
            chain.append(follow)
        chains.append(chain)
    chains = [c for c in chains if id(c[0]) not in claimed]
    articles: list[FoundArticle] = []
    for chain in chains:
        article = _article(chain)
        article.regions = [(p.page, p.region(by_page[p.page])) for p in chain]
        if not article.title:
            notes.append(f"page {chain[0].page + 1}: text without a headline was left out")
            continue
        if article.paragraphs and not article.paragraphs[-1].endswith(_ENDS):
            notes.append(f"page {chain[-1].page + 1}: the end of '{article.title}' was not found")
        articles.append(article)
    return articles


def _continuation(
    piece: Piece,
    target: int | None,
    pieces: list[Piece],
    claimed: set[int],
    pages: dict[int, PageText],
) -> Piece | None:
    """The piece on page ``target`` that says it continues from ``piece``'s page."""
    if target is None:
        return None
    label = pages[piece.page].label or str(piece.page + 1)
    candidates = [
        p
        for p in pieces
        if p.page == target and id(p) not in claimed and p is not piece and p.jump_in is not None
    ]
    exact = [p for p in candidates if str(p.jump_in) == label]
    candidates = exact or candidates
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    words = set(tokens(piece.header.headline.text)) if piece.header else set()

    def shared(p: Piece) -> int:
        return len(words & set(tokens(p.header.headline.text))) if p.header else 0

    return max(candidates, key=shared)
