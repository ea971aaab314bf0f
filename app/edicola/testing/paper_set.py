"""Setting the pieces of a generated page: stories, briefs, adverts, masthead and furniture.

Each function draws one cell of the page grid with a :class:`PaperWriter` and
returns what it placed (the words and their boxes), which becomes the paper's
ground truth. A story that ``fills`` its cell gets made-up sentences until its
columns are full and ends on a whole sentence; one that ``jumps`` is cut where
its cell ends, says "continua a pagina N" and hands back the rest.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from edicola.testing.paper_pdf import ACCENT, GREY, Flow, PaperWriter, Placed, Rect, Style
from edicola.testing.paper_text import Prose

GUTTER = 12.0
BODY = Style(9.5)
LEADING = 11.6
CAPTION = Style(8.0, italic=True, colour="#555555")
KICKER = Style(8.0, bold=True, colour="#8c1c13")
HEADLINE_SIZES = {1: 13.0, 2: 16.0, 3: 20.0, 4: 24.0, 5: 27.0, 6: 30.0}
JUMP_OUT = {"it": "continua a pagina {page}", "en": "continued on page {page}"}
JUMP_IN = {"it": "segue da pagina {page}", "en": "continued from page {page}"}


@dataclass
class Story:
    """An article as the generator prints it; ``paragraphs`` grow while it fills."""

    id: str
    section: str
    title: str
    standfirst: str = ""
    authors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    picture: int | None = None
    """Seed of the story's picture, or None."""
    caption: str = ""
    kicker: str = ""
    printed: list[str] = field(default_factory=list)
    """Paragraphs as printed (set while typesetting; a jump's two parts joined)."""


def columns_of(rect: Rect, column: float) -> list[Rect]:
    count = max(1, round((rect[2] - rect[0] + GUTTER) / (column + GUTTER)))
    width = (rect[2] - rect[0] - GUTTER * (count - 1)) / count
    return [
        (rect[0] + i * (width + GUTTER), rect[1], rect[0] + i * (width + GUTTER) + width, rect[3])
        for i in range(count)
    ]


def set_story(
    writer: PaperWriter,
    story: Story,
    rect: Rect,
    column: float,
    prose: Prose | None,
    *,
    lead: bool = False,
    jump: tuple[int, str] | None = None,
    continued: int | None = None,
) -> tuple[Placed, list[str]]:
    """Set a story in ``rect``: header, picture, body. ``jump`` (page, language) cuts it
    with a jump line; ``continued`` (page) sets it as the continuation of a jump.
    Returns what was placed and the paragraphs left over (for a jump)."""
    placed = Placed()
    cols = columns_of(rect, column)
    span = len(cols)
    x0, y, x1 = rect[0], rect[1], rect[2]
    language = prose.language.code if prose else jump[1] if jump else "it"
    kicker = JUMP_IN[language].format(page=continued).upper() if continued else story.kicker
    if kicker:
        box = writer.word(kicker.upper(), KICKER, x0, y + writer.ascent(KICKER))
        placed.boxes.append(box)
        y += 12
    size = HEADLINE_SIZES[min(span, 6)] + (6 if lead else 0)
    if continued:
        size = max(14.0, size - 6)
    headline = Style(size, bold=True)
    y = writer.lines(story.title, headline, (x0, y, x1, y), size * 1.1, placed) + 4
    if story.standfirst and not continued and span > 1:
        style = Style(13.0 if lead else 11.0, italic=True)
        y = writer.lines(story.standfirst, style, (x0, y, x1, y), style.size * 1.25, placed) + 2
    if story.authors and not continued:
        by = "di" if language == "it" else "By"
        joiner = " e " if language == "it" else " and "
        line = f"{by} {joiner.join(story.authors)}"
        placed.boxes.append(writer.word(line, Style(8.0, colour="#555555"), x0, y + 8))
        y += 12
    y += 4
    cols = [(c[0], y, c[2], c[3]) for c in cols]
    if story.picture is not None and not continued:
        cols = _picture(writer, story, cols, placed)
    if jump is None and prose is None:
        cols = _balanced(writer, story.paragraphs, cols)
    flow = Flow(writer, BODY, cols, LEADING, 9.0)
    left: list[str] = []
    if jump is not None:
        left = _cut(flow, story.paragraphs)
        if left:
            page, lang = jump
            last = cols[-1]
            baseline = last[3] - LEADING + writer.ascent(BODY)
            style = Style(8.5, italic=True)
            placed.boxes.append(
                writer.word(JUMP_OUT[lang].format(page=page), style, last[0], baseline)
            )
    else:
        complete = _pour(flow, story.paragraphs)
        if not complete and prose is None:
            raise ValueError(f"story {story.id!r} does not fit its cell")
        if complete and prose is not None:
            _fill(flow, prose, first=not story.paragraphs)
    flow.draw(placed)
    printed = [" ".join(p) for p in flow.paragraphs if p]
    if continued is not None and story.printed and printed:
        story.printed[-1] += " " + printed[0]  # the paragraph the jump cut
        story.printed += printed[1:]
    else:
        story.printed += printed
    return placed, left


def _balanced(writer: PaperWriter, paragraphs: list[str], cols: list[Rect]) -> list[Rect]:
    """The columns cut as short as the text allows, so a given story ends level."""
    top, bottom = min(c[1] for c in cols), max(c[3] for c in cols)
    y = top + 3 * LEADING
    while y < bottom:
        trial = [(c[0], c[1], c[2], min(c[3], max(y, c[1]))) for c in cols]
        if _pour(Flow(writer, BODY, trial, LEADING, 9.0), paragraphs):
            return trial
        y += LEADING / 2
    return cols


def _cut(flow: Flow, paragraphs: list[str]) -> list[str]:
    for number, paragraph in enumerate(paragraphs):
        rest = flow.cut(paragraph, first=number == 0, reserve=1)
        if rest:
            return [" ".join(rest), *paragraphs[number + 1 :]]
    return []


_SENTENCE_END = re.compile(r"(?<=[.!?»”])\s+")


def _pour(flow: Flow, paragraphs: list[str]) -> bool:
    """Set the paragraphs; of one that does not fit, the whole sentences that do.
    False when not everything fitted."""
    for number, paragraph in enumerate(paragraphs):
        first = number == 0  # a story's first paragraph, or the one a jump cut: no indent
        if flow.add(paragraph, first=first):
            continue
        sentences = _SENTENCE_END.split(paragraph)
        kept = 0
        for count in range(1, len(sentences) + 1):
            if kept:
                flow.undo()
            if flow.add(" ".join(sentences[:count]), first=first):
                kept = count
                continue
            if kept:
                flow.add(" ".join(sentences[:kept]), first=first)
            break
        return False
    return True


def _fill(flow: Flow, prose: Prose, first: bool) -> None:
    """Add made-up paragraphs until the columns are full, ending on a whole sentence."""
    while True:
        sentences = [prose.sentence()]
        if not flow.add(sentences[0], first=first):
            return
        first = False
        for _ in range(prose.rng.randint(1, 4)):
            sentences.append(prose.sentence())
            flow.undo()
            if not flow.add(" ".join(sentences)):
                sentences.pop()
                flow.add(" ".join(sentences))
                return


def _picture(writer: PaperWriter, story: Story, cols: list[Rect], placed: Placed) -> list[Rect]:
    """A picture over the first columns (two of four or more), its caption under it."""
    seed = story.picture or 0
    span = 1 if len(cols) == 1 else 2 if len(cols) < 5 else 3
    right = len(cols) > span and random.Random(seed).random() < 0.5
    chosen = cols[-span:] if right else cols[:span]
    x0, top, x1 = chosen[0][0], chosen[0][1], chosen[-1][2]
    height = (x1 - x0) * 0.6
    writer.picture(picture_image(seed, 480, 288), (x0, top, x1, top + height))
    placed.boxes.append((x0, top, x1, top + height))
    y = top + height + 3
    if story.caption:
        y = writer.lines(story.caption, CAPTION, (x0, y, x1, y), 9.6, placed)
    y += 8
    return [(c[0], y, c[2], c[3]) if c in chosen else c for c in cols]


def set_advert(writer: PaperWriter, rect: Rect, rng: random.Random, language: str) -> None:
    """A boxed advert: a slogan, perhaps a picture, an address and a price."""
    slogans = {
        "it": ["Saldi di stagione", "Cucina tipica dal 1962", "Nuova apertura", "Occhiali -30%"],
        "en": ["Winter sale now on", "Family bakery since 1962", "Grand opening", "Glasses -30%"],
    }[language]
    writer.frame(rect, 1.2)
    x0, y0, x1, y1 = rect[0] + 8, rect[1] + 8, rect[2] - 8, rect[3] - 8
    slogan = Style(rng.choice((18.0, 22.0, 26.0)), bold=True, colour="#8c1c13")
    y = writer.lines(
        rng.choice(slogans).upper(),
        slogan,
        (x0, y0, x1, y0),
        slogan.size * 1.1,
        Placed(),
        centre=True,
    )
    height = min((x1 - x0) * 0.45, y1 - y - 60)
    if height > 40:
        writer.picture(
            picture_image(rng.randint(0, 10_000), 360, 160), (x0, y + 4, x1, y + 4 + height)
        )
        y += height + 10
    street = "Via Roma" if language == "it" else "High Street"
    small = Style(9.0)
    for line in (f"{street} {rng.randint(1, 99)} · tel. 040 {rng.randint(100000, 999999)}",):
        writer.lines(line, small, (x0, y + 4, x1, y + 4), 11, Placed(), centre=True)
    price = f"€ {rng.randint(9, 99)},90" if language == "it" else f"£{rng.randint(9, 99)}.99"
    writer.lines(
        price, Style(18.0, bold=True), (x0, y1 - 22, x1, y1 - 22), 20, Placed(), centre=True
    )


def set_masthead(writer: PaperWriter, title: str, dateline: str, margin: float) -> float:
    """The front page's masthead; returns the y where the page's content starts."""
    width = writer.width
    writer.lines(
        title,
        Style(54.0, bold=True),
        (margin, margin, width - margin, margin),
        60,
        Placed(),
        centre=True,
    )
    writer.rule((margin, margin + 70, width - margin, margin + 70), 2.0, QColor("#1b1b1b"))
    writer.lines(
        dateline, Style(10.0), (margin, margin + 76, width - margin, 0), 12, Placed(), centre=True
    )
    writer.rule((margin, margin + 94, width - margin, margin + 94), 0.8, QColor("#1b1b1b"))
    return margin + 104


def set_furniture(
    writer: PaperWriter, paper: str, section: str, date: str, number: int, margin: float
) -> float:
    """A page's head (paper · section, date) and folio; the y where its content starts."""
    width, height = writer.width, writer.height
    if section:
        writer.word(f"{paper} · {section}", Style(9.0, bold=True), margin, margin + 9)
        style = Style(9.0)
        writer.word(date, style, width - margin - writer.measure(date, style), margin + 9)
        writer.rule((margin, margin + 16, width - margin, margin + 16), 1.0, QColor("#1b1b1b"))
    writer.rule((margin, height - margin - 12, width - margin, height - margin - 12), 0.5)
    folio = Style(9.0, bold=True)
    text = str(number)
    writer.word(text, folio, (width - writer.measure(text, folio)) / 2, height - margin)
    return margin + 26


def picture_image(seed: int, width: int, height: int) -> QImage:
    """An original flat-colour picture (sky, sun, hills, houses) from a seed."""
    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB888)
    sky = QColor.fromHsv(rng.randint(180, 230), rng.randint(40, 120), rng.randint(200, 250))
    image.fill(sky)
    painter = QPainter(image)
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(QColor.fromHsv(rng.randint(30, 55), 200, 250))
    painter.drawEllipse(QPointF(rng.uniform(0.1, 0.9) * width, height * 0.3), 28, 28)
    for layer in range(3):
        painter.setBrush(QColor.fromHsv(rng.randint(70, 150), 120, 170 - layer * 40))
        base = height * (0.55 + 0.12 * layer)
        points = [QPointF(0, height)]
        for step in range(9):
            points.append(QPointF(step * width / 8, base - rng.uniform(0, height * 0.25)))
        points.append(QPointF(width, height))
        painter.drawPolygon(QPolygonF(points))
    for _ in range(rng.randint(2, 6)):
        w, h = rng.randint(20, 60), rng.randint(30, 90)
        x = rng.randint(0, width - w)
        painter.setBrush(QColor.fromHsv(rng.randint(0, 40), 90, rng.randint(150, 230)))
        painter.drawRect(QRectF(x, height - h, w, h))
    painter.end()
    return image


def png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    return bytes(buffer.data().data())


__all__ = ["ACCENT", "GREY", "GUTTER", "Story", "set_story"]
