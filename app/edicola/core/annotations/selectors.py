"""A highlight's target: W3C Web Annotation text selectors on the article's text.

``TextQuoteSelector`` (the passage, with some text before and after it) finds
the passage again when the text changes; ``TextPositionSelector`` (start and
end offsets) finds it at once while it does not. Both count in the text of
:func:`~edicola.core.annotations.article_text.article_text`.
See https://www.w3.org/TR/annotation-model/#text-quote-selector.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from edicola.core.annotations.fold import Folded, fold

CONTEXT = 32
"""Characters of prefix and suffix kept around a quote (as Hypothesis keeps)."""


class Anchor(NamedTuple):
    """A passage of a text: its quote with context, and its offsets."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def selectors(self) -> list[dict[str, Any]]:
        """The two selectors as Web Annotation JSON."""
        return [
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]


def describe(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor | None:
    """The anchor of ``text[start:end]``, whitespace at its edges left out;
    None when the span holds no text."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def find_quote(text: str, quote: str, folded: Folded | None = None) -> Anchor | None:
    """The first place ``quote`` occurs in ``text`` (quotes, dashes, whitespace and
    case folded: ``'`` finds ``’``); None when it does not."""
    needle = fold(quote).strip()
    if not needle:
        return None
    folded = folded or Folded(text)
    hits = folded.find_all(needle, limit=1)
    if not hits:
        return None
    start, end = folded.span(hits[0], hits[0] + len(needle))
    return describe(text, start, end)
