"""Folding a snippet's text for matching, one character for one, at C speed.

Snippets find the query's words in the folded text and show them in the text
as written, so the folded form must keep every offset. ``fold`` (Unicode
decomposition, case folding, marks removed) costs about 10 µs for a paragraph
of accented text, more than the rest of a snippet. Almost every article's
text is Windows-1252 (Latin-1 letters plus typographic quotes, dashes and
``…``): for such text each character folds on its own, so a 256-byte table
does the work with ``bytes.translate``.

The table maps a character to its folded form when that is one character of
the same kind (a letter or digit stays one: ``È`` -> ``e``, ``²`` -> ``2``),
and keeps a non-word character whose folded form has no letter or digit
either (``…``, ``’``): words are then exactly those of ``fold`` in the same
places, which is all matching looks at. Any other character (``ß`` -> ``ss``,
``™`` -> ``tm``, ``µ``) or any text outside Windows-1252 gets ``None``: the
caller folds it the slow way.
"""

from __future__ import annotations

import functools
import re

from edicola.core.search.text_fold import fold

_WORD_CHAR = re.compile(r"[^\W_]")
_CODECS = ("latin-1", "cp1252")


@functools.cache
def _table(codec: str) -> tuple[bytes, bytes]:
    """(translation table, bytes to delete: those with no one-for-one fold) of a
    one-byte ``codec``."""
    table = bytearray(range(256))
    unsafe = bytearray()
    for byte in range(256):
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
            unsafe.append(byte)
            continue
        folded = fold(char)
        is_word = _WORD_CHAR.match(char) is not None
        if len(folded) == 1 and (_WORD_CHAR.match(folded) is not None) == is_word:
            try:
                table[byte] = folded.encode(codec)[0]
                continue
            except UnicodeEncodeError:
                pass
        elif folded and not is_word and _WORD_CHAR.search(folded) is None:
            continue  # punctuation that folds to punctuation (``…`` -> ``...``): kept
        unsafe.append(byte)
    return bytes(table), bytes(unsafe)


def offset_fold(text: str) -> str | None:
    """``text`` folded for matching with every character in its place, or ``None``
    when that needs ``fold`` itself (see the module's docstring)."""
    if text.isascii():
        return text.lower()
    for codec in _CODECS:  # Latin-1 first: for text that is, encoding it is a copy
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            continue
        table, unsafe = _table(codec)
        mapped = raw.translate(table, unsafe)
        return mapped.decode(codec) if len(mapped) == len(raw) else None
    return None
