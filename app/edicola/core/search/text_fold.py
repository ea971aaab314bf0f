"""Folding and stemming words the same way for the index and for queries.

Search must find ``città`` when the reader types ``citta`` and ``veicoli``
when they type ``veicolo``. SQLite's stdlib binding cannot register a Python
tokenizer, so the index stores words already folded by this module (see
``store/search_index.py``) and every query goes through the very same
functions: folding and tokenising live in one place so the two never drift.

Folding is Unicode compatibility decomposition, case folding and removal of
combining marks (``Città`` -> ``citta``, ``ﬁ`` -> ``fi``, ``Straße`` ->
``strasse``). Words are maximal runs of letters and digits. Stemming uses
Snowball (PyStemmer) per article language, applied to folded words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import Stemmer

WORD_RE = re.compile(r"[^\W_]+")
"""A word: a run of letters and digits (underscore is punctuation)."""

STEM_LANGUAGES: dict[str, str] = {"it": "italian", "en": "english"}
"""Languages whose articles are stemmed (ISO 639-1 -> Snowball algorithm)."""

MAX_WORD_LENGTH = 64
"""Longer 'words' (base64, URLs glued together) are cut: nobody searches them."""


_MARKS_RE = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+"
)
"""Diacritics left by decomposition: the combining-mark blocks (Latin, Greek,
Cyrillic…) and Hebrew/Arabic points. One small character class keeps folding
a whole article fast; marks that are letters of their script are kept."""


_COMMON_MARKS = "\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327"
"""Grave, acute, circumflex, tilde, diaeresis, ring, caron, cedilla: the marks of
nearly every accented letter in Italian and English text."""


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form of ``text`` (any length).

    Text whose only non-ASCII letters carry common accents (most Latin text)
    loses its marks with a few ``str.replace`` calls; anything else goes
    through the regular expression of every combining-mark block. Both give
    the same result: the common marks are among those the expression removes.
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.casefold())
    for mark in _COMMON_MARKS:
        if mark in folded:
            folded = folded.replace(mark, "")
    if folded.isascii():
        return folded
    return _MARKS_RE.sub("", folded)


_ASCII_GAPS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})
"""Every ASCII character that is not a letter or digit, as a space."""

_COMMON_GAPS = "\u2019\u2018\u201c\u201d\u00ab\u00bb\u2014\u2013\u2026"
"""Typographic quotes, guillemets, dashes and the ellipsis: punctuation (never part
of a word) that keeps most folded Italian and English text from being ASCII."""


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order.

    Folded text that is ASCII once its common typographic punctuation is spaced
    (nearly every article) is split by ``str.translate`` and ``str.split``, about
    three times faster than the regular expression and the same words: ASCII
    letters and digits are exactly what ``WORD_RE`` keeps of ASCII.
    """
    return spaced_words(text)[1]


_WORD_MASK = bytes(0x61 if chr(b).isalnum() else 0x20 for b in range(256))
"""ASCII letters and digits as ``a``, the rest as a space: a long word is then one
``in`` test, a fifth of the time ``max(map(len, found))`` takes on an article."""
_LONG_WORD = b"a" * (MAX_WORD_LENGTH + 1)


def spaced_words(text: str) -> tuple[str, list[str]]:
    """``(spaced, found)``: the folded words of ``text`` (:func:`words`) and a text
    whose words, split at any ASCII character that is not a letter or digit (FTS5's
    ``ascii`` tokenizer), are exactly those, in order.

    For ASCII folded text that is the text with its gaps as spaces, made anyway on
    the way to the words: the index need not join them again (issue 21).
    """
    folded = fold(text)
    if not folded.isascii():
        for mark in _COMMON_GAPS:
            if mark in folded:
                folded = folded.replace(mark, " ")
    if folded.isascii():
        spaced = folded.translate(_ASCII_GAPS)
        found = spaced.split()
        if _LONG_WORD not in spaced.encode("ascii").translate(_WORD_MASK):
            return spaced, found
    else:
        found = WORD_RE.findall(folded)  # letters of other scripts, or rarer punctuation
    if max(map(len, found), default=0) > MAX_WORD_LENGTH:
        found = [w[:MAX_WORD_LENGTH] for w in found]
    return " ".join(found), found


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded)`` for each word of ``text`` in original offsets.

    Snippets need positions in the text as written, so each word is folded on
    its own (``fold`` can change lengths, e.g. ``ß`` -> ``ss``).
    """
    for match in WORD_RE.finditer(text):
        yield match.start(), match.end(), _fold_word(match.group())


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    folded = WORD_RE.findall(fold(word))
    return "".join(folded)[:MAX_WORD_LENGTH]


class Stemmers:
    """Snowball stemmers for the supported languages, with a shared cache.

    PyStemmer objects are not thread-safe, so each store owns its instance.
    """

    def __init__(self) -> None:
        self._stemmers = {
            lang: Stemmer.Stemmer(algorithm) for lang, algorithm in STEM_LANGUAGES.items()
        }
        for stemmer in self._stemmers.values():
            # An edition brings ~15k distinct words: PyStemmer's 10k-word cache only
            # thrashes (5x slower than no cache), and a stem costs microseconds.
            stemmer.maxCacheSize = 0

    def language(self, lang: str) -> str:
        """The stemming language for an article language ('' when unsupported)."""
        base = lang.lower().split("-")[0].split("_")[0]
        return base if base in self._stemmers else ""

    def stem(self, lang: str, word: str) -> str:
        """The stem of a folded ``word`` in ``lang`` (the word itself if unsupported)."""
        stemmer = self._stemmers.get(lang)
        return stemmer.stemWord(word) if stemmer is not None else word

    def stem_many(self, lang: str, folded: list[str]) -> list[str]:
        stemmer = self._stemmers.get(lang)
        return list(stemmer.stemWords(folded)) if stemmer is not None else list(folded)

    def languages(self) -> tuple[str, ...]:
        return tuple(self._stemmers)
