"""Where each spoken sentence is on the page: document positions for a script.

The page is a ``QTextDocument`` made from the same HTML the script was read
from, so each sentence is there in order; only the spacing differs (paragraph
separators, no-break spaces, zero-width breaks in long words, pictures as
object characters). The page's raw text is folded the way the script's text
was (:func:`edicola.core.speech.script.clean`) keeping each folded
character's document position, and the sentences are found one after the
other. A sentence not found (a table row read as one line) gets no highlight.
"""

from __future__ import annotations

from collections.abc import Sequence

from edicola.core.speech.script import Utterance

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


def locate(raw: str, utterances: Sequence[Utterance]) -> list[tuple[int, int] | None]:
    """Document (start, end) of each utterance's shown text in ``raw``, found in order."""
    folded, positions = fold(raw)
    found: list[tuple[int, int] | None] = []
    cursor = 0
    for utterance in utterances:
        shown = utterance.shown
        at = folded.find(shown, cursor) if shown else -1
        if at < 0:
            found.append(None)
            continue
        end = at + len(shown)
        found.append((positions[at], positions[end - 1] + 1))
        cursor = end
    return found
