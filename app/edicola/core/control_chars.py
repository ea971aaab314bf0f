"""Control characters out of text that is stored and shown again.

Text from a file someone sent (a bookmarks export, say) can carry characters
that act rather than show: a BEL rings the terminal of ``edicola bookmarks
list``, an escape sequence recolours it, a NUL cuts a C string, and U+202E
(right-to-left override) makes ``evil‮fdp.exe`` read as ``evil…exe.pdf`` (issue 19).
:func:`strip_controls` removes them before anything is stored.
"""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""The bidirectional formatting controls (embeddings, overrides, isolates, marks)."""

_ALL = {
    code: None
    for code in (*range(0x20), *range(0x7F, 0xA0), *_BIDI_CONTROLS)
    if unicodedata.category(chr(code)) in ("Cc", "Cf")
}
_KEEP_LINES = {code: value for code, value in _ALL.items() if code not in (0x09, 0x0A)}


def strip_controls(text: str, *, keep_lines: bool = False) -> str:
    """``text`` without control characters (C0, DEL, C1) or bidi controls; with
    ``keep_lines``, newlines and tabs stay (a note's paragraphs)."""
    return text.translate(_KEEP_LINES if keep_lines else _ALL)


_ESCAPES = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
_VISIBLE = {
    code: _ESCAPES.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    for code in _ALL
}


def visible_controls(text: str) -> str:
    """``text`` with each control character written as its escape (``\\n``, ``\\x1b``,
    ``\\u202e``): a hostile file name shown in a one-line message says what it holds
    without breaking the line or reordering it."""
    return text.translate(_VISIBLE)
