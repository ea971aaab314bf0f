"""Between the article view's document and the store's offsets in the article's text.

The store counts a highlight's offsets in the article body's *normalised* text
(:func:`edicola.core.annotations.article_text.article_text`); the view selects
and draws in its ``QTextDocument``, whose plain text also holds the kicker,
headline, standfirst, byline and dateline above the body and keeps Qt's own
whitespace. The body starts at the block after the rule under the dateline;
:class:`~edicola.core.annotations.article_text.Normalised` maps the rest.
Qt counts UTF-16 units where Python counts code points: they differ only
after a character outside the Basic Multilingual Plane, so only those are
remembered. ``tests/gui/test_article_text_qt.py`` checks that the two texts
agree on every sample article.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtGui import QTextDocument, QTextFormat

from edicola.core.annotations.article_text import Normalised

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextMap:
    """One document's text, normalised, with the way to and from Qt's positions;
    with ``limit``, only its first ``limit`` characters (enough for the first
    screen of a long article, where an opening draws)."""

    def __init__(self, document: QTextDocument, limit: int | None = None) -> None:
        plain = document.toPlainText()
        self.complete = limit is None or limit >= len(plain)
        self.shown = Normalised(plain if self.complete else plain[:limit])
        self._astral = [m.start() for m in _ASTRAL.finditer(plain)]
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]  # where Qt sees them
        self.body = self._body_start(document)

    def _body_start(self, document: QTextDocument) -> int:
        """The normalised offset where the body starts: after the rule under the dateline."""
        block = document.begin()
        while block.isValid():
            if block.blockFormat().hasProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth
            ):
                start = self._from_qt(block.next().position())
                return self.shown.from_raw(start, start + 1)[0]
            block = block.next()
        return 0

    def covers(self, end: int) -> bool:
        """Whether body offsets up to ``end`` are mapped."""
        return self.complete or self.body + end < len(self.shown.text) - 1

    @property
    def body_text(self) -> str:
        return self.shown.text[self.body :]

    def _to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def _from_qt(self, position: int) -> int:
        return position - bisect_left(self._astral_qt, position)

    def to_document(self, start: int, end: int) -> tuple[int, int]:
        """Qt positions of the body's normalised ``[start, end)`` (``end > start``)."""
        raw_start, raw_end = self.shown.to_raw(self.body + start, self.body + end)
        return self._to_qt(raw_start), self._to_qt(raw_end)

    def from_document(self, start: int, end: int) -> tuple[int, int] | None:
        """The body's normalised span of Qt positions ``[start, end)``, clipped to the
        body; None when it holds no body text."""
        first, last = self.shown.from_raw(self._from_qt(start), self._from_qt(end))
        first = max(first, self.body)
        if last <= first:
            return None
        return first - self.body, last - self.body
