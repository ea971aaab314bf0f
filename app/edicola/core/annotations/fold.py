"""Folding text for quote matching: ``'`` finds ``’``, ``"`` finds ``«``, ``...`` finds ``…``.

Bodies get typographic quotes, dashes and ellipses at import (smarty); a reader
typing or pasting a quote has straight ones, and a publisher's new revision may
change either. Folding maps every kind of quote mark to one, dash runs to ``-``,
whitespace runs to one space, drops invisible characters (zero-width space,
soft hyphen) and lowercases; accents are kept (``e`` is not ``è`` in a quote).

:class:`Folded` remembers where each folded character came from, so a match
found in the folded text is a span of the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_SINGLE = "'‘’‚‛′`´ʼ"
_DOUBLE = '"“”„‟″«»‹›'
_DASHES = "-‐‑‒–—―−"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_SPECIAL = re.compile(
    r"\s+"
    f"|[{re.escape(_DASHES)}]+"
    f"|[{_INVISIBLE}]"
    f"|[{re.escape(_SINGLE)}]"
    f"|[{re.escape(_DOUBLE)}]"
    "|…"
)


def _replacement(chars: str) -> str:
    first = chars[0]
    if first.isspace():
        return " "
    if first in _DASHES:
        return "-"
    if first in _INVISIBLE:
        return ""
    if first in _SINGLE:
        return "'"
    if first in _DOUBLE:
        return '"'
    return "..."  # the ellipsis


def fold(text: str) -> str:
    """The folded form of ``text`` (a quote, before it is looked for)."""
    return Folded(text).text


class Folded:
    """``text`` folded, with each folded character's source span in ``text``."""

    def __init__(self, text: str) -> None:
        self.source = text
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        index = 0
        for match in _SPECIAL.finditer(text):
            self._plain(text, index, match.start(), parts, starts, ends)
            replacement = _replacement(match.group())
            parts.append(replacement)
            starts.extend([match.start()] * len(replacement))
            ends.extend([match.end()] * len(replacement))
            index = match.end()
        self._plain(text, index, len(text), parts, starts, ends)
        self.text = "".join(parts)
        self.starts = starts
        self.ends = ends

    @staticmethod
    def _plain(
        text: str, start: int, end: int, parts: list[str], starts: list[int], ends: list[int]
    ) -> None:
        if start >= end:
            return
        lowered = text[start:end].lower()
        if len(lowered) == end - start:
            parts.append(lowered)
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
            return
        for at in range(start, end):  # a letter that lowercases to two (İ)
            low = text[at].lower()
            parts.append(low)
            starts.extend([at] * len(low))
            ends.extend([at + 1] * len(low))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of folded ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]

    def find_all(self, needle: str, limit: int = 64) -> list[int]:
        """Folded offsets where the folded ``needle`` occurs (at most ``limit``)."""
        found: list[int] = []
        at = self.text.find(needle)
        while at != -1 and len(found) < limit:
            found.append(at)
            at = self.text.find(needle, at + 1)
        return found

    def offset_of(self, source_index: int) -> int:
        """The first folded offset at or after ``source_index`` in the source."""
        return bisect_left(self.starts, source_index)
