"""Cutting a paragraph into sentences, in Italian and English.

Read-aloud speaks and highlights one sentence at a time, so the cut must be
where a reader hears one: not after "Dott." or "Mr.", not inside "3.5" or
"U.S.", not before a lower-case word ("ecc. e poi"), but after a closing
guillemet or quote that follows the full stop (``«Vieni.» Poi andò.``).
Plain rules over a short list of abbreviations per language: newspapers'
prose is regular enough, and a wrong cut only moves a highlight.
"""

from __future__ import annotations

import re

# Abbreviations that are not the end of a sentence even before a capital
# (lower case, without their final full stop).
_COMMON = "vs cf cfr ca fig figg vol voll no nr n nn p pp ed"
_ENGLISH = """mr mrs ms dr prof st sr jr mt ft gen sen rep gov lt col capt sgt cpl maj adm rev
    hon pres supt jan feb mar apr jun jul aug sep sept oct nov dec approx dept est e.g i.e
    ch op eds"""
_ITALIAN = """sig sigg sig.ra sig.na dott dott.ssa dr prof prof.ssa avv ing arch on sen dep
    geom rag mons gen col magg cap ten s ss sant pag pagg art artt es tel sec secc a.c d.c
    c.d p.es ecc.mo spett egr gent gent.mo gent.ma cit trad"""
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset((_COMMON + " " + _ENGLISH).split()),
    "it": frozenset((_COMMON + " " + _ITALIAN).split()),
}
# Abbreviations that often do end a sentence: a cut when a capital follows.
_MAY_END = frozenset({"etc", "ecc", "inc", "ltd", "co", "corp", "spa", "srl"})

_CLOSERS = "\"'”’»)]"
_END = re.compile(r"(?:[.!?…]+|\.\.\.)[" + re.escape(_CLOSERS) + r"]*(?=\s+)")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)$")
_OPENERS = "\"'“‘«([—–-¿¡"


def language_key(language: str) -> str:
    """``it`` or ``en`` for a BCP 47 tag (other languages use the English rules)."""
    return "it" if language.lower().split("-")[0].split("_")[0] == "it" else "en"


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) spans, without surrounding spaces."""
    abbreviations = _ABBREVIATIONS[language_key(language)]
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for match in _END.finditer(text):
        end = match.end()
        if end <= start:
            continue
        following = _skip_space(text, end)
        if following >= len(text):
            break
        if _is_boundary(text, match.start(), match.group(0), following, abbreviations):
            spans.append((start, end))
            start = following
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans


def sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of ``text`` as strings (see :func:`split_sentences`)."""
    return [text[a:b] for a, b in split_sentences(text, language)]


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _is_boundary(
    text: str, mark_at: int, mark: str, following: int, abbreviations: frozenset[str]
) -> bool:
    """Whether the mark at ``mark_at`` ends a sentence, given what follows it."""
    nxt = text[following]
    starts_upper = nxt.isupper() or nxt.isdigit() or nxt in _OPENERS
    if not starts_upper:
        return False  # "ecc. e poi", "… e allora", "3 p.m. on Monday"
    if not mark.startswith(".") or mark.startswith(".."):
        return True  # ! ? … and "..." before a capital
    word_match = _WORD_BEFORE.search(text, 0, mark_at)
    word = word_match.group(1).lower().strip("'’-") if word_match else ""
    word = re.split(r"['’]", word)[-1]  # an elided article: "l'On." is "On."
    if not word:
        return True
    if word in _MAY_END:
        return True
    if word in abbreviations:
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. R. R. Tolkien", "G. Verdi"
    # An acronym written with stops (U.S., S.p.A., a.C.) does not end a sentence.
    return not re.fullmatch(r"(?:\w\.)+\w", word)
