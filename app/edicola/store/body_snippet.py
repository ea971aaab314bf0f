"""A search result's snippet from its stored body, decompressing no more than it needs.

Bodies are stored compressed (``store/body_codec.py``); a snippet nearly always
lies in an article's first paragraphs, so only those are decompressed first and
the rest only when they hold no match (``store/search_query.py`` asks for one per
result shown). Kept apart from the query planner: this is about reading bodies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from edicola.core.search.snippet import Runs, article_snippet, highlight_runs, lead_snippet
from edicola.store.article_body import BodyError, unpack_growing

TYPE_CHECKING = False  # not ``typing``'s: a one-shot search skips importing it (quick_search)
if TYPE_CHECKING:
    from typing import TypeAlias

    Growing: TypeAlias = Callable[[bytes, tuple[int, ...]], Iterator[tuple[bytes, bool]]]

Words = tuple[frozenset[str], frozenset[str]]
"""The folded words and the prefixes a query matched."""


def result_snippet(
    standfirst: str, stored: str | bytes, words: Words, deep: bool, growing: Growing
) -> Runs:
    """The snippet of one result; its standfirst alone when the body cannot be read
    (a damaged row, logged, must not stop a search). ``growing``: the library's
    ``BodyCodec.unpack_growing``."""
    try:
        return body_snippet(standfirst, stored, words, deep, growing)
    except BodyError as exc:
        import logging

        logging.getLogger(__name__).warning("search: %s", exc)
        return highlight_runs(standfirst, *words)


LEAD_BYTES = 1000
"""Markdown decompressed first for a snippet: the first chunk's paragraphs, mostly."""

HEAD_BYTES = 2000
"""Markdown read before giving up on a title match's body (``unpack_head``'s size)."""


def body_snippet(
    standfirst: str,
    stored: str | bytes,
    words: Words,
    deep: bool,
    growing: Growing = unpack_growing,
) -> Runs:
    """A result's snippet from the article's first paragraphs, decompressing more
    only when they have no match (and the rest only once, continuing).

    ``words``: the folded words and prefixes to find. ``deep=False`` (a title match:
    its title shows the words) stops at the first ``HEAD_BYTES``. Gives what
    ``unpack_head`` and then ``unpack`` of the rest gave. ``growing``: the library's
    ``BodyCodec.unpack_growing`` (zlib's alone by default)."""
    if isinstance(stored, str):
        return _snippet_of(standfirst, stored, None, words, deep)
    steps = growing(stored, (LEAD_BYTES, HEAD_BYTES))
    start, whole = next(steps)
    missed = 0
    if not whole:
        snippet = lead_snippet(standfirst, start.decode("utf-8", "ignore"), *words)
        if snippet:
            return snippet
        missed = int(snippet is not None)  # the first chunk was searched in vain
        start, whole = next(steps)
    if whole:
        return _snippet_of(standfirst, start.decode("utf-8"), None, words, deep, missed)
    text = start.decode("utf-8", "ignore")  # a character cut at the end is dropped
    cut = text.rfind("\n\n")
    head = text[:cut] if cut > 0 else ""

    def rest() -> str:
        return next(steps)[0].decode("utf-8")[len(head) :]

    return _snippet_of(standfirst, head, rest, words, deep, missed)


def _snippet_of(
    standfirst: str,
    head: str,
    rest: Callable[[], str] | None,
    words: Words,
    deep: bool,
    missed: int = 0,
) -> Runs:
    """The snippet from an article's ``head``, then from ``rest()``, the Markdown
    after the head, when the head has no match (``rest`` is ``None``: the head is all)."""
    snippet = article_snippet(standfirst, head, *words, more=rest is not None, known_misses=missed)
    if rest is None or not deep or any(hit for _text, hit in snippet):
        return snippet
    later = article_snippet("", rest(), *words)
    if not any(hit for _text, hit in later):  # a title-only match: show the start
        return snippet
    if later[0][0].startswith("…"):
        return later
    first, highlighted = later[0]
    if highlighted:
        return (("…", False), *later)
    return (("…" + first, False), *later[1:])
