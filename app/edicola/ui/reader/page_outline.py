"""A page's structure as a screen reader should see it: headings, figures, lists.

``QTextDocument`` keeps heading levels, lists, pictures and links, but drops
the classes that say a paragraph is a caption, a front page's section title or
a read article; those come from the HTML the page was made of
(:func:`hints_from_html`). :func:`outline` walks the document's blocks once
and returns the tree :mod:`edicola.ui.reader.article_accessible` hands to
Qt's accessibility: every node keeps its document positions so its place on
screen and its link can be found. Built only when an assistive technology
asks (it never runs when none is listening).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat

ARTICLE_LINK = "edicola:article/"
_OBJECT = "\ufffc"  # the character a picture stands on
_CLASSED_P = re.compile(r'<p class="([\w -]+)">(.*?)</p>', re.IGNORECASE | re.DOTALL)
_READ_HREF = re.compile(r'<p class="toc-title read"><a href="([^"]+)"', re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


class Kind(Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FIGURE = "figure"
    PICTURE = "picture"
    CAPTION = "caption"
    LIST = "list"
    ITEM = "item"
    LINK = "link"


@dataclass
class Node:
    kind: Kind
    name: str
    start: int  # document positions (a block's or a link's)
    end: int
    level: int = 0  # a heading's
    description: str = ""
    href: str = ""  # a link's or picture's target
    visited: bool = False  # a front page's article already read
    children: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Hints:
    """What the HTML said and the document forgets (texts normalised by :func:`words`)."""

    captions: frozenset[str] = frozenset()
    headings: tuple[tuple[str, int], ...] = ()  # paragraphs that are headings, and their level
    read: frozenset[str] = frozenset()  # hrefs of articles already read


def words(text: str) -> str:
    return " ".join(text.replace(_OBJECT, " ").split())


_HEADING_CLASSES = {"masthead": 1, "toc-section": 2}


def hints_from_html(page_html: str) -> Hints:
    """Captions (``p.caption``), a front page's masthead and sections, its read articles."""
    captions: set[str] = set()
    headings: list[tuple[str, int]] = []
    for match in _CLASSED_P.finditer(page_html):
        css, inner = match.group(1), match.group(2)
        text = words(html_lib.unescape(_TAG.sub("", inner)))
        if not text:
            continue
        if css == "caption":
            captions.add(text)
        elif css in _HEADING_CLASSES:
            headings.append((text, _HEADING_CLASSES[css]))
    read = frozenset(html_lib.unescape(h) for h in _READ_HREF.findall(page_html))
    return Hints(frozenset(captions), tuple(headings), read)


def _links(block: QTextBlock, hints: Hints) -> list[Node]:
    """The block's links, each once (a link split over several formats is one)."""
    found: list[Node] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        start, end = fragment.position(), fragment.position() + fragment.length()
        if href and found and found[-1].href == href and found[-1].end == start:
            found[-1].end = end
            found[-1].name += fragment.text()
        elif href and not fmt.isImageFormat():
            link = Node(Kind.LINK, fragment.text(), start, end, href=href)
            link.visited = href in hints.read
            found.append(link)
        it += 1
    for link in found:
        link.name = words(link.name) or link.href
    return found


def _pictures(block: QTextBlock) -> list[Node]:
    found = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            alt = words(str(fmt.property(QTextFormat.Property.ImageAltText) or ""))
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            position = fragment.position()
            found.append(Node(Kind.PICTURE, alt, position, position + 1, href=href))
        it += 1
    return found


def _span(block: QTextBlock) -> tuple[int, int]:
    return block.position(), block.position() + max(0, block.length() - 1)


def outline(doc: QTextDocument, hints: Hints) -> list[Node]:
    """The page's nodes in reading order (see the module's docstring)."""
    headings = dict(hints.headings)
    nodes: list[Node] = []
    body_list: tuple[object, Node] | None = None  # the QTextList being read, its node
    toc: Node | None = None  # the front page's list of articles being read
    block = doc.begin()
    while block.isValid():
        text = words(block.text())
        start, end = _span(block)
        links = _links(block, hints)
        pictures = _pictures(block)
        text_list = block.textList()
        level = block.blockFormat().headingLevel() or headings.get(text, 0)
        if not text and not pictures:
            block = block.next()
            continue
        if text_list is None:
            body_list = None
        if pictures and not text:
            nodes.append(figure := _figure(block, pictures, hints))
            if figure.children[-1].kind is Kind.CAPTION:
                block = block.next()  # the caption is in the figure
            toc = None
        elif level:
            nodes.append(Node(Kind.HEADING, text, start, end, level=level, children=links))
            toc = None
        elif text_list is not None:
            if body_list is None or body_list[0] is not text_list:
                body_list = (text_list, Node(Kind.LIST, "", start, end))
                nodes.append(body_list[1])
            body_list[1].children.append(Node(Kind.ITEM, text, start, end, children=links))
            body_list[1].end = end
        elif _is_article_item(links, text):
            if toc is None:
                nodes.append(toc := Node(Kind.LIST, "", start, end))
            toc.children.append(
                Node(Kind.ITEM, text, start, end, visited=links[0].visited, children=links)
            )
            toc.end = end
        elif toc is not None and not links and not toc.children[-1].description:
            toc.children[-1].description = text  # the title's standfirst
            toc.children[-1].end = toc.end = end
        else:
            nodes.append(Node(Kind.PARAGRAPH, text, start, end, children=links + pictures))
            toc = None
        block = block.next()
    _describe_lists(nodes)
    return nodes


def _is_article_item(links: list[Node], text: str) -> bool:
    """A front page's title: one paragraph that is one link to an article."""
    return len(links) == 1 and links[0].href.startswith(ARTICLE_LINK) and links[0].name == text


def _figure(block: QTextBlock, pictures: list[Node], hints: Hints) -> Node:
    start, end = _span(block)
    figure = Node(
        Kind.FIGURE, "", start, end, description=QCoreApplication.translate("PageOutline", "Figure")
    )
    after = block.next()
    caption = words(after.text()) if after.isValid() else ""
    for picture in pictures:
        picture.name = (
            picture.name or caption or QCoreApplication.translate("PageOutline", "Picture")
        )
        figure.children.append(picture)
    if caption and caption in hints.captions:
        c_start, c_end = _span(after)
        figure.children.append(
            Node(
                Kind.CAPTION,
                caption,
                c_start,
                c_end,
                description=QCoreApplication.translate("PageOutline", "Caption"),
            )
        )
        figure.name = caption
        figure.end = c_end
    else:
        figure.name = pictures[0].name
    return figure


def _describe_lists(nodes: list[Node]) -> None:
    """A list is named after the heading over it (a front page's section), if any.
    (Screen readers count its items themselves.)"""
    previous: Node | None = None
    for node in nodes:
        named = previous is not None and previous.kind is Kind.HEADING
        if node.kind is Kind.LIST and not node.name and named and previous is not None:
            node.name = previous.name
        previous = node
