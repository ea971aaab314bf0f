"""Plain text of an article and the short excerpt shown under a search result.

The index stores no article text (it would double the library's size), so
snippets are cut from the article's Markdown at query time, for the 20 or so
results shown only. A snippet is a tuple of ``(text, highlighted)`` runs, so
no caller ever has to parse or escape markup: the UI styles highlighted runs,
the CLI prints them as JSON pairs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator

from edicola.core.search.text_fold import WORD_RE, fold, word_spans

Runs = tuple[tuple[str, bool], ...]

_WORD_CHAR = re.compile(r"[^\W_]")

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
_MARKUP_CHARS_RE = re.compile(r"[\[<*_`~|&\\]")
"""A character one of the rules could act on (a plain character set: a fast scan)."""
_LINE_MARKS = "-=+#>0123456789"


def _line_marks(text: str) -> bool:
    """Whether a line starts (after blanks) with a heading, quote, list or rule mark."""
    start = 0
    while True:
        first = text[start : start + 4].lstrip(" \t")[:1]
        if first and first in _LINE_MARKS:
            return True
        start = text.find("\n", start) + 1
        if start == 0:
            return False


_EMPHASIS_RE = re.compile(r"(?<![\\])[*_`~]+")
_EMPHASIS_MARKS = "*_`~"
"""Emphasis marks, deleted; most text has none, and ``in`` is cheap."""


@functools.lru_cache(maxsize=1024)
def _plain_and_folded(piece: str) -> tuple[str, str]:
    """A chunk's plain text and its folded form, remembered: while the reader types,
    successive queries keep finding the same recent articles."""
    text = plain_text(piece)
    return text, fold(text)


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
    if _MARKUP_CHARS_RE.search(markdown) is None and not _line_marks(markdown):
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
        folded = fold(text)
    if len(folded) == len(text):
        pattern = _hit_pattern(frozenset(terms), frozenset(prefixes))
        return [
            m.span()
            for m in pattern.finditer(folded)
            if m.start() == 0 or not _WORD_CHAR.match(folded, m.start() - 1)
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
    best, best_count = 0, 0
    for i, (start, _end) in enumerate(hits[:50]):
        count = sum(1 for s, _e in hits[i : i + 20] if s < start + SNIPPET_CHARS - LEAD_CHARS)
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
) -> Runs:
    """The snippet of an article: the first stretch of text with matched words.

    The article is read a paragraph group at a time and the search stops at
    the first group with a match, so a common word costs one small chunk.
    ``more`` says that ``markdown`` is only the article's first paragraphs.
    """
    first: str | None = None
    chunks = _chunks(standfirst, markdown, more)
    for number, (chunk, folded, more) in enumerate(chunks):
        if first is None:
            first = chunk
        hits = find_hits(chunk, terms, prefixes, folded)
        if hits:
            return make_snippet(chunk, terms, prefixes, hits=hits, before=number > 0, after=more)
    return make_snippet(first or "", (), (), after=True)


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
        runs.append((text[cursor:start], False))
        runs.append((text[start:end], True))
        cursor = end
    runs.append((text[cursor:], False))
    return _merge(runs)


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
    runs: list[tuple[str, bool]] = []
    if start > 0 or before:
        runs.append(("…", False))
    cursor = start
    for hit_start, hit_end in hits:
        if hit_start < start or hit_end > end:
            continue
        if hit_start > cursor:
            runs.append((text[cursor:hit_start], False))
        runs.append((text[hit_start:hit_end], True))
        cursor = hit_end
    if cursor < end:
        runs.append((text[cursor:end], False))
    if end < len(text) or after:
        runs.append(("…", False))
    return _merge(runs)


def _merge(runs: list[tuple[str, bool]]) -> Runs:
    merged: list[tuple[str, bool]] = []
    for text, highlighted in runs:
        if merged and merged[-1][1] == highlighted and not highlighted:
            merged[-1] = (merged[-1][0] + text, False)
        elif text:
            merged.append((text, highlighted))
    return tuple(merged)
