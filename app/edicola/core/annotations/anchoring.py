"""Finding a highlight again in a text that may have changed (a new revision).

In order, cheapest first:

1. the text at the stored offsets is still the quote (nothing moved);
2. the quote occurs verbatim elsewhere (a paragraph added above): the
   occurrence whose surroundings best match the stored prefix and suffix wins,
   then the nearest to the old offset;
3. the same with quotes, dashes, whitespace and case folded (an edit that
   straightened quotes or re-spaced a line);
4. approximately: windows of the text around where the quote's first and last
   words, or its prefix and suffix, are found now are compared with the quote
   (``difflib``), and the best one at least :data:`MIN_SIMILARITY` like it wins
   (a word changed inside the quote).

None means the passage is gone: the caller keeps the highlight as orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from edicola.core.annotations.fold import Folded, fold
from edicola.core.annotations.selectors import Anchor, describe

MIN_SIMILARITY = 0.75
"""How alike (difflib's ratio) a changed passage must be to the quote to keep it."""
MIN_FUZZY_LENGTH = 8
"""Quotes shorter than this are found exactly (after folding) or not at all."""
_PROBE_HITS = 16
_MAX_WINDOWS = 32


@dataclass(frozen=True)
class Found:
    """Where a highlight is in the new text, and how sure that is (1.0 = verbatim)."""

    anchor: Anchor
    similarity: float

    @property
    def moved(self) -> bool:
        return self.similarity < 1.0


class Text:
    """A text to anchor in, folded once however many highlights look in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: Folded | None = None

    @property
    def folded(self) -> Folded:
        if self._folded is None:
            self._folded = Folded(self.text)
        return self._folded


def locate(doc: Text, anchor: Anchor) -> Found | None:
    """Where ``anchor``'s passage is in ``doc`` now, or None when it is gone."""
    text = doc.text
    exact = anchor.exact
    if text[anchor.start : anchor.end] == exact:
        return Found(describe_same(text, anchor), 1.0)
    verbatim = _occurrences(text, exact)
    if verbatim:
        start = _best(verbatim, len(exact), anchor, text, anchor.prefix, anchor.suffix)
        found = describe(text, start, start + len(exact))
        return Found(found, 1.0) if found else None
    folded = doc.folded
    needle = fold(exact).strip()
    if not needle:
        return None
    hits = folded.find_all(needle)
    if hits:
        prefix, suffix = fold(anchor.prefix), fold(anchor.suffix)
        hint = folded.offset_of(anchor.start)
        at = _best(hits, len(needle), anchor, folded.text, prefix, suffix, hint)
        found = describe(text, *folded.span(at, at + len(needle)))
        return Found(found, 1.0) if found else None
    return _approximate(doc, anchor, needle)


def describe_same(text: str, anchor: Anchor) -> Anchor:
    """``anchor`` with its context read again from ``text`` (the words around may differ)."""
    return describe(text, anchor.start, anchor.end) or anchor


def _occurrences(text: str, exact: str, limit: int = 64) -> list[int]:
    found: list[int] = []
    at = text.find(exact)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _best(
    starts: list[int],
    length: int,
    anchor: Anchor,
    text: str,
    prefix: str,
    suffix: str,
    hint: int | None = None,
) -> int:
    """The occurrence whose surroundings best match the stored context, then the nearest."""
    if len(starts) == 1:
        return starts[0]
    old = anchor.start if hint is None else hint

    def key(start: int) -> tuple[int, int]:
        before = text[max(0, start - len(prefix)) : start]
        after = text[start + length : start + length + len(suffix)]
        return -(_common_suffix(before, prefix) + _common_prefix(after, suffix)), abs(start - old)

    return min(starts, key=key)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _approximate(doc: Text, anchor: Anchor, needle: str) -> Found | None:
    """The most quote-like window around where its edges or its context are now."""
    length = len(needle)
    if length < MIN_FUZZY_LENGTH:
        return None
    folded = doc.folded
    probe = max(4, min(24, length // 3))
    windows: list[tuple[int, int]] = []
    heads = folded.find_all(needle[:probe], _PROBE_HITS)
    tails = [t + probe for t in folded.find_all(needle[-probe:], _PROBE_HITS)]
    prefix = fold(anchor.prefix)[-16:].lstrip()
    suffix = fold(anchor.suffix)[:16].rstrip()
    after_prefix = [p + len(prefix) for p in folded.find_all(prefix, _PROBE_HITS)] if prefix else []
    before_suffix = folded.find_all(suffix, _PROBE_HITS) if suffix else []
    for starts, ends in ((heads, tails), (after_prefix, before_suffix)):
        windows += [(a, b) for a in starts for b in ends if 0.6 * length <= b - a <= 1.6 * length]
        windows += [(a, a + length) for a in starts]
        windows += [(b - length, b) for b in ends]
    best: tuple[float, int, int] | None = None
    for start, end in list(dict.fromkeys(windows))[:_MAX_WINDOWS]:
        candidate = _closest(needle, folded.text, start, end)
        if candidate and (best is None or candidate[0] > best[0]):
            best = candidate
    if best is None or best[0] < MIN_SIMILARITY:
        return None
    found = describe(doc.text, *folded.span(best[1], best[2]))
    return Found(found, round(best[0], 3)) if found else None


def _closest(needle: str, text: str, start: int, end: int) -> tuple[float, int, int] | None:
    """The part of ``text`` around ``[start, end)`` most like ``needle``: (ratio, start, end)."""
    slack = len(needle) // 4 + 1
    lo, hi = max(0, start - slack), min(len(text), end + slack)
    if hi <= lo:
        return None
    matcher = SequenceMatcher(None, needle, text[lo:hi], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    tight = (lo + first.b, lo + last.b + last.size)
    # The quote's own edges, where the text changed them but kept their place.
    wide = (
        max(lo, tight[0] - min(first.a, first.b)),
        min(hi, tight[1] + len(needle) - last.a - last.size),
    )
    best: tuple[float, int, int] | None = None
    for begin, finish in dict.fromkeys((tight, wide)):
        ratio = SequenceMatcher(None, needle, text[begin:finish], autojunk=False).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, begin, finish)
    return best
