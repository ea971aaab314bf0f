"""Lay out each sample edition's own articles as a printed newspaper: its replica PDF.

The sample editions must show the Pages view out of the box, so this script
typesets each edition (masthead, section heads, headlines, standfirsts,
bylines, images, body text in justified columns, page numbers) with Qt's
``QPdfWriter`` — a real PDF with a text layer that PDFium can search — into
``<edition>/pages/<edition id>.pdf``, one file with every page.

Regions: ``QPdfWriter`` cannot write a link annotation around an arbitrary
rectangle (Qt only links the glyphs of anchor text), so once Qt has written
the PDF, PDFium (the engine the reader uses) adds one ``/Link`` annotation per
article, its URI ``edicola:article/<edition id>/<article id>`` and its rect
the article's block on the page. The replica is thus what a layout tool would
export, and ``edicola build`` reads the regions from the annotations — no
``pages.json`` is written (that path is for tools that cannot annotate).

The PDFs are committed; the build never needs Qt. Output is deterministic:
Qt's creation date is pinned and PDFium writes the file without one.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python editions/tools/make_pages.py [EDITION_DIR...]
"""

from __future__ import annotations

import argparse
import ctypes
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # Qt numbers PDF objects in hash order

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUuid,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

EDITIONS = Path(__file__).resolve().parents[1]
FONTS = EDITIONS.parent / "resources" / "fonts"
PAGE = QSizeF(842.0, 1191.0)  # A3 in points: a tabloid front page
MARGIN = 40.0
GUTTER = 14.0
INK = QColor("#1b1b1b")
ACCENT = QColor("#8c1c13")
RULE = QColor("#9a9a9a")
_FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
_IMAGE = re.compile(r"^!\[[^\]]*\]\(([^)]+)\)\s*$")
_XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>'
)
_IDS = re.compile(rb"/ID\[<([0-9A-Fa-f]+)><[0-9A-Fa-f]+>\]")
HEADING = "\x01"
"""Marks a paragraph that was a Markdown heading (set in bold)."""
_DATES = re.compile(rb"/(CreationDate|ModDate) ?\(D:[0-9Z+\-']+\)")


@dataclass
class Story:
    id: str
    section: str
    title: str
    standfirst: str
    authors: str
    paragraphs: list[str]
    image: Path | None


@dataclass
class Layout:
    """Where each article went: page index -> [(article id, rect in points)]."""

    regions: dict[int, list[tuple[str, QRectF]]] = field(default_factory=dict)


def read_edition(folder: Path) -> tuple[dict, dict, list[Story]]:
    publication = json.loads((folder.parent / "publication.json").read_text("utf-8"))
    edition = json.loads((folder / "edition.json").read_text("utf-8"))
    order = [s["id"] for s in edition["sections"]]
    stories: list[tuple[int, int, Story]] = []
    for position, path in enumerate(sorted((folder / "articles").glob("*.md"))):
        text = path.read_text("utf-8")
        match = _FRONT.match(text)
        if not match:
            raise SystemExit(f"{path}: no front matter")
        meta = dict(
            (k.strip(), v.strip())
            for k, _, v in (line.partition(":") for line in match.group(1).splitlines())
        )
        body = text[match.end() :]
        paragraphs, image = [], None
        for block in re.split(r"\n\s*\n", body):
            block = block.strip()
            found = _IMAGE.match(block)
            if found:
                image = image or folder / found.group(1)
                continue
            if not block or block.startswith("|") or block.startswith("[^"):
                continue
            heading = block.startswith("#")
            block = _LINK.sub(r"\1", block.lstrip("#> ").replace("\n", " "))
            block = _FOOTNOTE.sub("", block).replace("**", "").replace("*", "")
            block = re.sub(r"(?<!\w)_|_(?!\w)", "", block)
            paragraphs.append(HEADING + block if heading else block)
        slug = meta.get("id") or re.sub(r"^\d+-", "", path.stem)
        story = Story(
            slug,
            meta["section"],
            meta["title"],
            meta.get("standfirst", ""),
            meta.get("authors", ""),
            paragraphs,
            image,
        )
        stories.append((order.index(meta["section"]), position, story))
    return publication, edition, [s for _, _, s in sorted(stories, key=lambda s: s[:2])]


def _font(family: str, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class Typesetter:
    def __init__(self, painter: QPainter, family: str) -> None:
        self.painter = painter
        self.family = family

    def text_block(
        self, text: str, font: QFont, rect: QRectF, *, align: Qt.AlignmentFlag = Qt.AlignLeft
    ) -> float:
        """Lay ``text`` out in ``rect``'s width from its top; returns the height used."""
        layout = QTextLayout(text, font, self.painter.device())
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layout.draw(self.painter, rect.topLeft())
        return y

    def measure(self, paragraphs: list[str], font: QFont, width: float) -> float:
        """The height the paragraphs take in one column of ``width`` (to balance columns)."""
        total = 0.0
        for paragraph in paragraphs:
            layout = QTextLayout(paragraph.removeprefix(HEADING), font, self.painter.device())
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                total += line.height()
            layout.endLayout()
            total += font.pointSizeF() * 0.5
        return total

    def columns(self, paragraphs: list[str], font: QFont, columns: list[QRectF]) -> None:
        """Flow paragraphs through the columns, justified; what does not fit is cut."""
        self.painter.save()
        clip = columns[0]
        for column in columns[1:]:
            clip = clip.united(column)
        self.painter.setClipRect(clip)
        index, y = 0, columns[0].top()
        for paragraph in paragraphs:
            if index >= len(columns):
                break
            bold = QFont(font)
            bold.setBold(True)
            heading = paragraph.startswith(HEADING)
            paragraph = paragraph.removeprefix(HEADING)
            layout = QTextLayout(paragraph, bold if heading else font, self.painter.device())
            option = QTextOption(Qt.AlignJustify)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(columns[min(index, len(columns) - 1)].width())
                if index < len(columns) and y + line.height() > columns[index].bottom():
                    index += 1
                    if index < len(columns):
                        y = columns[index].top()
                if index >= len(columns):
                    line.setPosition(QPointF(-10_000, -10_000))
                    continue
                line.setPosition(QPointF(columns[index].left(), y))
                y += line.height()
            layout.endLayout()
            layout.draw(self.painter, QPointF(0, 0))
            y += font.pointSizeF() * 0.5
        self.painter.restore()


def _image(painter: QPainter, path: Path, rect: QRectF) -> float:
    """Draw an image at ``rect``'s width (120 dpi, to keep the PDF small); returns its height."""
    image = QImage(str(path))
    if image.isNull():
        return 0.0
    height = rect.width() * image.height() / image.width()
    scaled = image.scaledToWidth(
        round(rect.width() * 120 / 72), Qt.TransformationMode.SmoothTransformation
    ).convertToFormat(QImage.Format.Format_RGB888)
    painter.drawImage(QRectF(rect.left(), rect.top(), rect.width(), height), scaled)
    return height


def draw_story(ts: Typesetter, story: Story, block: QRectF, *, lead: bool, sections: dict) -> None:
    painter = ts.painter
    family = ts.family
    y = block.top()
    painter.setPen(ACCENT)
    y += ts.text_block(
        sections[story.section].upper(), _font(family, 8.5, bold=True), QRectF(block)
    )
    painter.setPen(INK)
    headline = _font(family, 34 if lead else 22, bold=True)
    y += ts.text_block(story.title, headline, QRectF(block.left(), y, block.width(), 0)) + 4
    if story.standfirst:
        y += ts.text_block(
            story.standfirst,
            _font(family, 13 if lead else 11, italic=True),
            QRectF(block.left(), y, block.width(), 0),
        )
    if story.authors:
        painter.setPen(QColor("#555555"))
        y += 3 + ts.text_block(
            story.authors, _font(family, 8.5), QRectF(block.left(), y + 3, block.width(), 0)
        )
        painter.setPen(INK)
    y += 8
    count = 4
    width = (block.width() - GUTTER * (count - 1)) / count
    columns = [
        QRectF(block.left() + i * (width + GUTTER), y, width, block.bottom() - y)
        for i in range(count)
    ]
    if story.image is not None:
        span = 2
        image_rect = QRectF(columns[-span].left(), y, width * span + GUTTER * (span - 1), 0)
        used = _image(painter, story.image, image_rect) + 10
        for column in columns[-span:]:
            column.setTop(y + used)
    body = _font(family, 9.5)
    image_room = sum(c.top() - y for c in columns)
    needed = (ts.measure(story.paragraphs, body, width) + image_room) / count + 40
    for column in columns:
        column.setBottom(min(column.bottom(), y + needed))
    ts.columns(story.paragraphs, body, columns)
    painter.setPen(QPen(RULE, 0.6))
    for column in columns[1:]:
        x = column.left() - GUTTER / 2
        painter.drawLine(QPointF(x, column.top()), QPointF(x, column.bottom()))


def _rule(painter: QPainter, y: float, weight: float = 0.8) -> None:
    painter.setPen(QPen(INK, weight))
    painter.drawLine(QPointF(MARGIN, y), QPointF(PAGE.width() - MARGIN, y))


def plan(stories: list[Story]) -> list[list[Story]]:
    """Front page: the two first stories; then two a page, the last one alone if odd."""
    pages = [stories[:2]]
    rest = stories[2:]
    while rest:
        pages.append(rest[:2])
        rest = rest[2:]
    return pages


def typeset(folder: Path, out: Path) -> Layout:
    publication, edition, stories = read_edition(folder)
    sections = {s["id"]: s["title"] for s in edition["sections"]}
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(FONTS / "SourceSerif4-Variable.ttf"))
    )
    QFontDatabase.addApplicationFont(str(FONTS / "SourceSerif4-Italic-Variable.ttf"))
    family = families[0] if families else "serif"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setCreator("edicola make_pages")
    writer.setTitle(edition["title"])
    writer.setDocumentXmpMetadata(_XMP)  # Qt's own carries the time and a random id
    writer.setDocumentId(QUuid.createUuidV5(QUuid(), edition_id(publication, edition).encode()))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE, QPageSize.Unit.Point, "replica"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    layout = Layout()
    painter = QPainter(writer)
    ts = Typesetter(painter, family)
    width = PAGE.width() - 2 * MARGIN
    pages = plan(stories)
    for number, page_stories in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.setPen(INK)
        if number == 1:
            ts.text_block(
                publication["title"],
                _font(family, 64, bold=True),
                QRectF(MARGIN, MARGIN - 8, width, 0),
                align=Qt.AlignHCenter,
            )
            _rule(painter, MARGIN + 84, 2.0)
            line = f"{edition['title']}    ·    n. {edition.get('number', '')}"
            ts.text_block(
                line,
                _font(family, 10),
                QRectF(MARGIN, MARGIN + 89, width, 0),
                align=Qt.AlignHCenter,
            )
            _rule(painter, MARGIN + 108, 0.8)
            top = MARGIN + 122
        else:
            head = f"{publication['title']}  ·  {sections[page_stories[0].section]}"
            ts.text_block(head, _font(family, 10, bold=True), QRectF(MARGIN, MARGIN, width, 0))
            ts.text_block(
                edition["title"].split(" — ")[-1],
                _font(family, 10),
                QRectF(MARGIN, MARGIN, width, 0),
                align=Qt.AlignRight,
            )
            _rule(painter, MARGIN + 18, 1.2)
            top = MARGIN + 30
        bottom = PAGE.height() - MARGIN - 24
        share = [0.58, 0.42] if number == 1 else [0.5, 0.5]
        if len(page_stories) == 1:
            share = [1.0]
        y = top
        for index, story in enumerate(page_stories):
            height = (bottom - top) * share[index] - (12 if index < len(page_stories) - 1 else 0)
            block = QRectF(MARGIN, y, width, height)
            draw_story(ts, story, block, lead=number == 1 and index == 0, sections=sections)
            layout.regions.setdefault(number - 1, []).append((story.id, block))
            y += height + 12
            if index < len(page_stories) - 1:
                _rule(painter, y - 6, 0.8)
        _rule(painter, PAGE.height() - MARGIN - 16, 0.5)
        ts.text_block(
            str(number),
            _font(family, 10, bold=True),
            QRectF(MARGIN, PAGE.height() - MARGIN - 12, width, 0),
            align=Qt.AlignHCenter,
        )
    painter.end()
    data = bytes(buffer.data())
    data = _DATES.sub(lambda m: b"/" + m.group(1) + b"(D:20260101000000Z)", data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(annotate(data, edition_id(publication, edition), layout))
    return layout


def edition_id(publication: dict, edition: dict) -> str:
    return f"{publication['id']}-{edition['date']}"


def annotate(data: bytes, edition: str, layout: Layout) -> bytes:
    """Add one link annotation per article block with PDFium; returns the new PDF."""
    document = pdfium.PdfDocument(data)
    try:
        for index, regions in layout.regions.items():
            page = document[index]
            height = page.get_height()
            for article, rect in regions:
                annot = pdfium_c.FPDFPage_CreateAnnot(page.raw, pdfium_c.FPDF_ANNOT_LINK)
                box = pdfium_c.FS_RECTF(
                    rect.left(), height - rect.top(), rect.right(), height - rect.bottom()
                )
                pdfium_c.FPDFAnnot_SetRect(annot, ctypes.byref(box))
                pdfium_c.FPDFAnnot_SetURI(annot, f"edicola:article/{edition}/{article}".encode())
                pdfium_c.FPDFPage_CloseAnnot(annot)
            page.close()
        out = io.BytesIO()
        document.save(out)
        # PDFium draws a random second file id on save; reuse the first (it follows the xref).
        return _IDS.sub(rb"/ID[<\1><\1>]", out.getvalue())
    finally:
        document.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("editions", nargs="*", type=Path)
    args = parser.parse_args(argv)
    # An edition made by `edicola from-pdf` (its regions in pages/pages.json) has its
    # print PDF as its source: editions/tools/make_paper.py makes it, not this script.
    folders = args.editions or sorted(
        p.parent
        for p in EDITIONS.glob("*/*/edition.json")
        if not (p.parent / "pages" / "pages.json").exists()
    )
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for folder in folders:
        publication, edition, _ = read_edition(folder)
        out = folder / "pages" / f"{edition_id(publication, edition)}.pdf"
        layout = typeset(folder, out)
        print(f"{out}: {len(layout.regions)} pages, {out.stat().st_size // 1024} KB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
