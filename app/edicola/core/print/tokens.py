"""Text made comparable: the same words whether they came from Markdown or a printed page.

Matching an article to the blocks of a page, and measuring what ``from-pdf``
read against what was printed, both compare words: folded (case, accents
kept apart from apostrophes and quotes, compatibility forms unified), without
punctuation, and one token per character in scripts written without spaces
(Chinese, Japanese), where a printed line may break anywhere.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002ffff]"
)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]:?")
_HTML = re.compile(r"<[^>]+>")


def tokens(text: str) -> list[str]:
    """The words of ``text``, folded; each CJK character is a word of its own."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found: list[str] = []
    for match in _WORD.finditer(folded):
        word = match.group()
        if _CJK.search(word):
            found += _split_cjk(word)
        else:
            found.append(word)
    return found


def _split_cjk(word: str) -> list[str]:
    parts: list[str] = []
    run = ""
    for char in word:
        if _CJK.match(char):
            if run:
                parts.append(run)
                run = ""
            parts.append(char)
        else:
            run += char
    if run:
        parts.append(run)
    return parts


def markdown_text(markdown: str) -> str:
    """The words a reader sees in an article's Markdown: no markup, link and image
    targets dropped, alt text kept (it is the picture's caption in print)."""
    text = _IMAGE.sub(r"\1", markdown)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub(" ", text)
    text = _HTML.sub(" ", text)
    return text


def shingles(words: list[str], size: int = 3) -> list[tuple[str, ...]]:
    """Runs of ``size`` consecutive words (one run for a shorter text)."""
    if len(words) < size:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]
