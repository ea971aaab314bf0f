"""Plain text of an article and the short excerpt shown under a search result.

The index stores no article text (it would double the library's size), so
snippets are cut from the article's Markdown at query time, for the 20 or so
results shown only. A snippet is a tuple of ``(text, highlighted)`` runs, so
no caller ever has to parse or escape markup: the UI styles highlighted runs,
the CLI prints them as JSON pairs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator

from edicola.core.search.offset_fold import offset_fold
from edicola.core.search.text_fold import WORD_RE, fold, word_spans

Runs = tuple[tuple[str, bool], ...]

SNIPPET_CHARS = 200
LEAD_CHARS = 50
CHUNK_CHARS = 500

_MARKDOWN_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # Code fences: the fence lines go, the code is shown.
    ("```", re.compile(r"^[ \t]*```[^\n]*$", re.MULTILINE), " "),
    # Link and footnote definitions are not shown where they stand (a footnote's
    # text is, at the end: its marker goes, its text stays).
    ("]:", re.compile(r"^[ \t]{0,3}\[(?:\^[^\]]*\]:|[^\]]*\]:[ \t]*\S+.*$)", re.MULTILINE), " "),
    ("[^", re.compile(r"\[\^[^\]]*\]"), " "),
    ("](", re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    ("][", re.compile(r"!?\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    # Autolinks show their address: <https://…> and <someone@example.org>.
    ("<", re.compile(r"<((?:https?|mailto):[^>\s]*|[^>\s@]+@[^>\s]+)>"), r" \1 "),
    ("<", re.compile(r"</?[A-Za-z][^>]*>"), " "),
    # Setext underlines, rules and table separator lines are drawn, not read.
    ("", re.compile(r"^[ \t]*(?:[-=*_][ \t]*){3,}$|^[ \t|:-]*-{3,}[ \t|:-]*$", re.MULTILINE), " "),
    ("", re.compile(r"^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d+[.)])[ \t]+", re.MULTILINE), ""),
    ("|", re.compile(r"\|"), " "),
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])"), r"\1"),
    ("&", re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);"), ""),
)


def _has_markup(text: str) -> bool:
    """Whether ``text`` has a character one of the rules could act on. Most
    paragraphs have none; each ``in`` is a fast scan (a regular expression's
    character set is twenty times slower, a loop over the characters ten)."""
    return (
        "[" in text
        or "<" in text
        or "*" in text
        or "_" in text
        or "`" in text
        or "~" in text
        or "|" in text
        or "&" in text
        or "\\" in text
    )


_LINE_MARK_RE = re.compile(r"[ \t]{0,3}[-=+#>0-9]")
"""A line that starts (after up to three blanks) with a heading, quote, list or rule mark."""
_NEXT_LINE_MARK_RE = re.compile(r"\n[ \t]{0,3}[-=+#>0-9]")


def _line_marks(text: str) -> bool:
    """Whether a line starts (after blanks) with a heading, quote, list or rule mark."""
    return _LINE_MARK_RE.match(text) is not None or _NEXT_LINE_MARK_RE.search(text) is not None


_EMPHASIS_RE = re.compile(r"(?<![\\])[*_`~]+")
_EMPHASIS_MARKS = "*_`~"
"""Emphasis marks, deleted; most text has none, and ``in`` is cheap."""


@functools.lru_cache(maxsize=1024)
def _plain_and_folded(piece: str) -> tuple[str, str]:
    """A chunk's plain text and its folded form, remembered: while the reader types,
    successive queries keep finding the same recent articles."""
    text = plain_text(piece)
    folded = offset_fold(text)
    return text, fold(text) if folded is None else folded


def clear_cache() -> None:
    """Forget remembered chunks (benchmarks measure the first sight of an article)."""
    _plain_and_folded.cache_clear()


def plain_text(markdown: str) -> str:
    """The words of an article as the reader shows them, from its Markdown.

    Both the index and the snippets use it, so what is found is what is shown
    and highlighted: link texts and autolinked addresses kept, link targets,
    footnote markers, rules, table pipes and emphasis marks dropped, entities
    decoded.
    """
    if not _has_markup(markdown) and not _line_marks(markdown):
        # Most paragraphs: nothing to strip, only line breaks to join.
        joined = markdown.replace("\n\n", " ").replace("\n", " ").strip()
        if "  " in joined or "\t" in joined or "\r" in joined:
            return " ".join(joined.split())
        return joined
    text = markdown
    for trigger, pattern, replacement in _MARKDOWN_RULES:
        if trigger in text:
            if trigger == "&":
                import html  # rare; its entity table is big to import

                text = pattern.sub(lambda m: html.unescape(m.group()), text)
            else:
                text = pattern.sub(replacement, text)
    if any(mark in text for mark in _EMPHASIS_MARKS):
        text = _EMPHASIS_RE.sub("", text)
    return " ".join(text.split())


def find_hits(
    text: str,
    terms: Collection[str],
    prefixes: Collection[str] = (),
    folded: str | None = None,
) -> list[tuple[int, int]]:
    """Character spans of the words of ``text`` whose folded form is a search term.

    Folding usually keeps lengths (``à`` -> ``a``), so one regex over the
    folded text finds positions in the original; otherwise words are folded
    one by one.
    """
    if not terms and not prefixes:
        return []
    if folded is None:
        folded = offset_fold(text)
        if folded is None:
            folded = fold(text)
    if len(folded) == len(text):
        if not any(term in folded for term in terms) and not any(p in folded for p in prefixes):
            return []  # a few fast scans: many chunks of results hold no searched word
        pattern = _hit_pattern(frozenset(terms), frozenset(prefixes))
        return [
            m.span()
            for m in pattern.finditer(folded)
            if m.start() == 0 or not folded[m.start() - 1].isalnum()  # ``[^\W_]``
        ]
    return [
        (start, end)
        for start, end, word in word_spans(text)
        if word in terms or any(word.startswith(p) for p in prefixes)
    ]


@functools.lru_cache(maxsize=64)
def _hit_pattern(terms: frozenset[str], prefixes: frozenset[str]) -> re.Pattern[str]:
    """One regex for a search's words (built once per search, not per snippet).

    No leading look-behind: a pattern that starts with the words lets the
    regex engine skip ahead by first character; word starts are checked after.
    """
    alternatives = [re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))]
    alternatives += [re.escape(p) + r"[^\W_]*" for p in sorted(prefixes)]
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?![^\W_])")


def _best_hit(hits: list[tuple[int, int]]) -> int:
    """Index of the hit whose window holds the most hits (earliest wins ties)."""
    if len(hits) == 1:
        return 0
    starts = [start for start, _end in hits[:70]]
    best, best_count = 0, 0
    for i, start in enumerate(starts[:50]):
        # the hits among the next 20 that start inside this one's window (sorted)
        last = min(i + 20, len(starts))
        count = bisect.bisect_left(starts, start + SNIPPET_CHARS - LEAD_CHARS, i, last) - i
        if count > best_count:
            best, best_count = i, count
    return best


def article_snippet(
    standfirst: str,
    markdown: str,
    terms: Collection[str],
    prefixes: Collection[str] = (),
    *,
    more: bool = False,
    known_misses: int = 0,
) -> Runs:
    """The snippet of an article: the first stretch of text with matched words.

    The article is read a paragraph group at a time and the search stops at
    the first group with a match, so a common word costs one small chunk.
    ``more`` says that ``markdown`` is only the article's first paragraphs;
    ``known_misses`` that its first chunks were already searched in vain.
    """
    first: str | None = None
    chunks = _chunks(standfirst, markdown, more)
    for number, (chunk, folded, more) in enumerate(chunks):
        if first is None:
            first = chunk
        if number < known_misses:
            continue
        hits = find_hits(chunk, terms, prefixes, folded)
        if hits:
            return make_snippet(chunk, terms, prefixes, hits=hits, before=number > 0, after=more)
    return make_snippet(first or "", (), (), after=True)


LEAD_MISSED: Runs = ()
""":func:`lead_snippet`'s answer when the first chunk has no match (a snippet never is empty)."""


def lead_snippet(
    standfirst: str, start: str, terms: Collection[str], prefixes: Collection[str] = ()
) -> Runs | None:
    """The snippet :func:`article_snippet` makes when its first chunk has a match,
    from ``start``, the article's first paragraphs cut anywhere; ``LEAD_MISSED`` when
    that chunk has no match (``known_misses=1`` then spares searching it again), and
    ``None`` when it does not end inside ``start`` or its plain text is empty.

    A search result's words are mostly in its first paragraphs: this needs only
    those decompressed (the caller goes on with :func:`article_snippet` otherwise).
    """
    pieces = [standfirst] if standfirst.strip() else []
    size, begin = len(standfirst), 0
    while True:  # as ``_chunks``: at least one paragraph, then until CHUNK_CHARS
        end = start.find("\n\n", begin)
        if end < 0:
            return None
        pieces.append(start[begin:end])
        size += end - begin
        begin = end + 2
        if size >= CHUNK_CHARS:
            break
    text, folded = _plain_and_folded("\n\n".join(pieces))
    if not text:
        return None
    hits = find_hits(text, terms, prefixes, folded)
    if not hits:
        return LEAD_MISSED
    return make_snippet(text, terms, prefixes, hits=hits, after=True)


def _chunks(standfirst: str, markdown: str, more: bool) -> Iterator[tuple[str, str, bool]]:
    """Plain-text pieces of about ``CHUNK_CHARS``, folded too, and whether more follows."""
    pieces: list[str] = []
    if standfirst.strip():
        pieces.append(standfirst)
    size = len(standfirst)
    start = 0
    while True:  # paragraphs found one at a time: most snippets need the first chunk only
        end = markdown.find("\n\n", start)
        last = end < 0
        paragraph = markdown[start:] if last else markdown[start:end]
        pieces.append(paragraph)
        size += len(paragraph)
        if size >= CHUNK_CHARS or last:
            text, folded = _plain_and_folded("\n\n".join(pieces))
            if text:
                yield text, folded, more or not last
            pieces, size = [], 0
        if last:
            break
        start = end + 2


def highlight_runs(text: str, terms: Collection[str], prefixes: Collection[str] = ()) -> Runs:
    """All of a short ``text`` (a title) as runs, its matched words highlighted."""
    runs: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in find_hits(text, terms, prefixes):
        if start > cursor:
            runs.append((text[cursor:start], False))
        runs.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        runs.append((text[cursor:], False))
    return tuple(runs)


def make_snippet(
    text: str,
    terms: Collection[str],
    prefixes: Collection[str] = (),
    *,
    hits: list[tuple[int, int]] | None = None,
    before: bool = False,
    after: bool = False,
) -> Runs:
    """About ``SNIPPET_CHARS`` of ``text`` around the best cluster of matched words.

    ``before``/``after`` say that ``text`` is part of a longer text (for the
    ellipses).
    """
    if hits is None:
        hits = find_hits(text, terms, prefixes)
    start = 0
    if hits:
        anchor = hits[_best_hit(hits)][0]
        start = max(0, anchor - LEAD_CHARS)
        if start > 0:
            space = text.find(" ", start, anchor)
            start = space + 1 if space >= 0 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
        match = WORD_RE.match(text, end)
        if match and space <= start:
            end = match.end()
    # runs built merged: plain text (ellipses included) in one run between highlights
    runs: list[tuple[str, bool]] = []
    plain = "…" if start > 0 or before else ""
    cursor = start
    for hit_start, hit_end in hits:
        if hit_start < start or hit_end > end:
            continue
        plain += text[cursor:hit_start]
        if plain:
            runs.append((plain, False))
            plain = ""
        runs.append((text[hit_start:hit_end], True))
        cursor = hit_end
    plain += text[cursor:end]
    if end < len(text) or after:
        plain += "…"
    if plain:
        runs.append((plain, False))
    return tuple(runs)
