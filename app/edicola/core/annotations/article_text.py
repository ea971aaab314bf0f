"""The article's text as the reader shows it: what a highlight's positions count in.

The reader lays the body HTML out in a ``QTextDocument``; its plain text has a
line per block (paragraph, heading, list item, table cell, caption) and U+FFFC
where an image stands. Qt's own whitespace habits (a space kept at a block's
end, an empty block after a table) are not worth copying, so positions count in
the *normalised* text: in each line, runs of whitespace become one space; lines
are trimmed and empty ones dropped. :class:`Normalised` applies the same rule to
any plain text (the reader's ``toPlainText()``) and keeps the way back, so the
reader and the store agree on every offset; ``tests/gui/test_article_text_qt.py``
checks it on every sample article.

Positions are Unicode code points (Python string indices), as the Web
Annotation model counts them; Qt counts UTF-16 units, which differ only after
a character outside the Basic Multilingual Plane.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser

from edicola.core.render import smart_text

OBJECT = "\ufffc"
"""What an image is in the text (Qt's object replacement character)."""

_BLOCKS = frozenset(
    {
        *("p", "div", "blockquote", "pre", "hr", "figure", "figcaption"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
        *("ul", "ol", "li", "dl", "dt", "dd"),
        *("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"),
    }
)
_RUNS = re.compile(r"\s{2,}")
_LEADING_H1 = re.compile(r"\s*<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)


def article_text(body_html: str, title: str = "") -> str:
    """The normalised text of an article body as the reader shows it.

    A leading ``<h1>`` repeating the headline is left out, as the reader leaves
    it out (it prints its own headline above the body).
    """
    parser = _Blocks()
    parser.feed(_without_leading_title(body_html, title))
    parser.close()
    return normalise("".join(parser.parts))


def normalise(text: str) -> str:
    """``text`` with whitespace runs made one space, lines trimmed, empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


class Normalised:
    """:func:`normalise` of a plain text, with the way back to the text's own offsets.

    The reader selects in its document's text and draws there; the store keeps
    offsets in the normalised text. Most of a text maps one to one (a single
    space or line break stays one character), so only the runs of two or more
    whitespace characters, and the text's ends, are remembered: each starts a
    stretch where original offset = normalised offset + a constant.
    """

    def __init__(self, raw_text: str) -> None:
        self.text = normalise(raw_text)
        lead = len(raw_text) - len(raw_text.lstrip())
        self._norm = [0]  # normalised offset where each stretch starts
        self._raw = [lead]  # … and its original offset
        dropped = lead
        for run in _RUNS.finditer(raw_text, lead, len(raw_text.rstrip())):
            dropped += run.end() - run.start() - 1
            self._norm.append(run.end() - dropped)
            self._raw.append(run.end())

    def raw_index(self, index: int) -> int:
        """The offset in the original of normalised character ``index``."""
        k = bisect_right(self._norm, index) - 1
        return index + self._raw[k] - self._norm[k]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalised ``[start, end)`` (``end > start``)."""
        return self.raw_index(start), self.raw_index(end - 1) + 1

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span covering original ``[start, end)`` (empty when it holds
        only whitespace)."""
        first = self._at_or_before(start - 1)
        return first, max(first, self._at_or_before(end - 1))

    def _at_or_before(self, raw: int) -> int:
        """How many normalised characters come from original offsets ``<= raw``."""
        k = bisect_right(self._raw, raw) - 1
        if k < 0:
            return 0
        limit = self._norm[k + 1] if k + 1 < len(self._norm) else len(self.text)
        return min(raw - self._raw[k] + self._norm[k] + 1, limit)


def _without_leading_title(body: str, title: str) -> str:
    """As the reader's ``_strip_leading_title``: drop an ``<h1>`` equal to the headline."""
    match = _LEADING_H1.match(body)
    if not match or not title:
        return body
    heading = html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()
    if heading in (title.strip(), smart_text(title).strip()):
        return body[match.end() :]
    return body


class _Blocks(HTMLParser):
    """Body HTML as text: a line break around every block, U+FFFC per library image."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS or tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            src = dict(attrs).get("src") or ""
            # The reader shows only the library's own images (adapt_body drops others).
            if src.startswith("edicola:image/"):
                self.parts.append(OBJECT)
        if tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        # Outside <pre> a line break in the source is a space, as in HTML.
        self.parts.append(data if self._pre else " ".join(data.splitlines()))
