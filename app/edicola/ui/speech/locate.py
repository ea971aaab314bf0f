"""Where each spoken sentence is on the page: document positions for a script.

The page is a ``QTextDocument`` made from the same HTML the script was read
from, so each sentence is there in order; only the spacing differs (paragraph
separators, no-break spaces, zero-width breaks in long words, pictures as
object characters). The page's raw text is folded the way the script's text
was (:func:`edicola.core.speech.script.clean`) keeping each folded
character's document position, and the sentences are found one after the
other. Superscripts (footnote markers) are left out, as the script leaves
them out. A sentence not found (a table row read as one line) gets no highlight.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

_DROPPED = frozenset("\u200b\u00ad\u2060\ufeff\ufffc")


def fold(raw: str) -> tuple[str, list[int]]:
    """``raw`` with every run of spaces as one space and invisible marks dropped,
    and for each character of the result its index in ``raw``."""
    out: list[str] = []
    positions: list[int] = []
    space = True  # no leading space
    for index, char in enumerate(raw):
        if char in _DROPPED:
            continue
        if char.isspace():  # \u2029 (paragraph), \u2028, no-break space
            if not space:
                out.append(" ")
                positions.append(index)
                space = True
            continue
        out.append(char)
        positions.append(index)
        space = False
    return "".join(out), positions


def fold_document(document: QTextDocument) -> tuple[str, list[int]]:
    """:func:`fold` over ``document``'s text without its superscripts: footnote
    markers are not read aloud, so a sentence with one ("the report¹ says")
    must still be found on the page."""
    raw: list[str] = []
    kept: list[int] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            superscript = (
                fragment.charFormat().verticalAlignment()
                == QTextCharFormat.VerticalAlignment.AlignSuperScript
            )
            if not superscript:
                raw.append(fragment.text())
                kept.extend(range(fragment.position(), fragment.position() + fragment.length()))
            it += 1
        raw.append("\u2029")
        kept.append(block.position() + block.length() - 1)
        block = block.next()
    folded, positions = fold("".join(raw))
    return folded, [kept[i] for i in positions]
