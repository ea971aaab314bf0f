"""Where the words a search matched are in the article on screen.

The index matches folded words (``citta`` finds ``Città``, ``veicolo`` finds
``veicoli``), so a literal find cannot highlight them: the article's text is
scanned with the same folding as the snippets (``edicola.core.search.snippet.find_hits``)
and the hits are turned into document positions, which Qt counts in UTF-16
code units, not Python characters.
"""

from __future__ import annotations

from collections.abc import Collection

from edicola.core.search.snippet import find_hits


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 position of every character of ``text`` (None when they are equal)."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    offsets, position = [], 0
    for char in text:
        offsets.append(position)
        position += 2 if ord(char) >= 0x10000 else 1
    offsets.append(position)
    return offsets


def hit_ranges(
    text: str, terms: Collection[str], prefixes: Collection[str] = ()
) -> list[tuple[int, int]]:
    """Document ranges (UTF-16 positions) of the words of ``text`` the search matched."""
    hits = find_hits(text, terms, prefixes)
    offsets = utf16_offsets(text)
    if offsets is None:
        return hits
    return [(offsets[start], offsets[end]) for start, end in hits]
