"""What a screen reader is told about a page's structure, in words.

Qt hands a ``QTextBrowser`` to assistive technology as one text object: its
text, caret, selection and per-run attributes (font, weight, size). The
headings, figures and lists are objects of their own one level down
(:mod:`edicola.ui.reader.article_accessible`), but a screen reader that only
follows the focus (Orca 43 in a Qt application) never goes there. So the
structure is also told in the view's accessible description, read when the
view gets focus: the article's sections by their headings and how many
pictures have captions; the front page's sections and how many articles each
lists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument


def headings(doc: QTextDocument, deepest: int = 3) -> list[tuple[int, str]]:
    """The document's headings (level, text) in order, ``h1`` … ``h<deepest>``."""
    found = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if 0 < level <= deepest and block.text().strip():
            found.append((level, block.text().strip()))
        block = block.next()
    return found


def pictures(doc: QTextDocument) -> int:
    """How many pictures the document shows."""
    count = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                count += 1
            it += 1
        block = block.next()
    return count


def article_description(doc: QTextDocument, standfirst: str, captions: int) -> str:
    """The standfirst, then the article's sections (its ``h2``/``h3``) and pictures."""
    parts = [standfirst] if standfirst else []
    sections = [text for level, text in headings(doc) if level > 1]
    if sections:
        parts.append(
            QCoreApplication.translate("ArticleStructure", "Sections: %1.").replace(
                "%1", "; ".join(sections)
            )
        )
    shown = pictures(doc)
    if shown:
        parts.append(
            QCoreApplication.translate(
                "ArticleStructure", "%n picture(s), %1 with a caption.", "", shown
            ).replace("%1", str(min(captions, shown)))
        )
    return " ".join(parts)


def front_page_description(sections: list[tuple[str, int]]) -> str:
    """The front page's list of articles: how many, in which sections."""
    total = sum(count for _title, count in sections)
    listed = "; ".join(
        QCoreApplication.translate("ArticleStructure", "%1: %2")
        .replace("%1", title)
        .replace("%2", str(count))
        for title, count in sections
    )
    return QCoreApplication.translate(
        "ArticleStructure", "A list of %n article(s); press Tab to go through them.", "", total
    ) + (" " + listed + "." if listed else "")
