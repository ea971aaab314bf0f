"""What read-aloud says for an article, in order, one sentence at a time.

The issue's list: the title, the standfirst, the byline, the body and the
captions of pictures (the kicker, the dateline and reading time are left out:
they are page furniture, not the story). The body is read from the sanitised
HTML the reader shows, so what is spoken is what is on screen and the UI can
find each sentence in its page; footnote markers and back-links are skipped,
tables are read row by row.

Each :class:`Utterance` knows its paragraph, so "next paragraph" is one step,
and what to look for on the page (:attr:`Utterance.shown`): the spoken byline
is said in the article's language ("di Sara De Luca"), while the page prints
it in the reader's.
"""

from __future__ import annotations

import html as html_text
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from edicola.core.model import Article
from edicola.core.render import smart_text
from edicola.core.speech.sentences import language_key, split_sentences

TITLE = "title"
STANDFIRST = "standfirst"
BYLINE = "byline"
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list-item"
QUOTE = "quote"
CAPTION = "caption"
FOOTNOTE = "footnote"
TABLE_ROW = "table-row"

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\ufeff"))
_SPACES = re.compile(r"\s+")
_BY = {"it": ("di %s", " e "), "en": ("By %s", " and ")}


@dataclass(frozen=True)
class Block:
    """One paragraph of what is read: its kind and its text, spaces collapsed."""

    kind: str
    text: str


@dataclass(frozen=True)
class Utterance:
    """One sentence to say: ``paragraph`` indexes the script's blocks."""

    index: int
    paragraph: int
    kind: str
    text: str
    shown: str  # what the page shows for it (to find and highlight); may be ""


@dataclass(frozen=True)
class Script:
    article_id: str
    language: str
    utterances: tuple[Utterance, ...]

    def paragraph_start(self, paragraph: int) -> int | None:
        """The index of the first utterance of ``paragraph`` (None past the end)."""
        for u in self.utterances:
            if u.paragraph >= paragraph:
                return u.index
        return None

    def text(self) -> str:
        """Everything said, a paragraph a line (for synthesis to a file)."""
        lines: list[list[str]] = []
        last = -1
        for u in self.utterances:
            if u.paragraph != last:
                lines.append([])
                last = u.paragraph
            lines[-1].append(u.text)
        return "\n".join(" ".join(line) for line in lines)


def clean(text: str) -> str:
    """Text as spoken and as searched for: invisible marks dropped, spaces collapsed."""
    return _SPACES.sub(" ", text.translate(_INVISIBLE).replace("\u00a0", " ")).strip()


def spoken_byline(authors: tuple[str, ...], language: str) -> str:
    """ "di A, B e C" / "By A, B and C", in the article's own language."""
    if not authors:
        return ""
    template, conjunction = _BY[language_key(language)]
    names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + conjunction + authors[-1]
    return template % names


def article_blocks(article: Article) -> list[tuple[Block, str]]:
    """The paragraphs read, each with what the page shows for it."""
    language = article.language or "en"
    out: list[tuple[Block, str]] = []
    title = clean(smart_text(article.title, language))
    if title:
        out.append((Block(TITLE, title), title))
    if article.standfirst:
        standfirst = clean(smart_text(article.standfirst, language))
        out.append((Block(STANDFIRST, standfirst), standfirst))
    if article.authors:
        out.append((Block(BYLINE, spoken_byline(article.authors, language)), article.authors[0]))
    for block in body_blocks(article.html):
        out.append((block, block.text))
    return out


def article_script(article: Article) -> Script:
    """The article's sentences in reading order."""
    language = article.language or "en"
    utterances: list[Utterance] = []
    for paragraph, (block, shown) in enumerate(article_blocks(article)):
        for start, end in split_sentences(block.text, language):
            text = block.text[start:end]
            seen = text if shown == block.text else (shown if start == 0 else "")
            utterances.append(Utterance(len(utterances), paragraph, block.kind, text, seen))
    return Script(article.id, language, tuple(utterances))


# -- the body ------------------------------------------------------------------------------
_BLOCK_KINDS = {
    "p": PARAGRAPH, "h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING,
    "h6": HEADING, "li": LIST_ITEM, "dt": PARAGRAPH, "dd": PARAGRAPH, "tr": TABLE_ROW,
}  # fmt: skip
_SKIPPED = frozenset({"sup", "pre", "script", "style"})


class _BodyReader(HTMLParser):
    """Collects the text of block elements; ignores what is not read."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._kind: str | None = None
        # Open elements, each with the counter it raised ("skip", "quote", "note" or "").
        self._stack: list[tuple[str, str]] = []
        self._depth = {"skip": 0, "quote": 0, "note": 0, "": 0}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "hr", "wbr"):
            if tag == "br":
                self._parts.append(" ")
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        counter = ""
        if tag in _SKIPPED or (attributes.get("href") or "").startswith("#fnref"):
            counter = "skip"  # footnote markers and their back-links (↩)
        elif tag == "blockquote":
            counter = "quote"
        elif tag == "div" and "footnote" in classes:
            counter = "note"
        self._depth[counter] += 1
        self._stack.append((tag, counter))
        if tag in ("td", "th") and "".join(self._parts).strip():
            self._parts = ["".join(self._parts).rstrip(), ", "]
        if tag in _BLOCK_KINDS and not (tag == "p" and self._kind in (LIST_ITEM, TABLE_ROW)):
            self._flush()
            self._kind = self._block_kind(tag, classes)

    def _block_kind(self, tag: str, classes: set[str]) -> str:
        if "caption" in classes:
            return CAPTION
        if self._depth["note"]:
            return FOOTNOTE
        kind = _BLOCK_KINDS[tag]
        return QUOTE if kind == PARAGRAPH and self._depth["quote"] else kind

    def handle_endtag(self, tag: str) -> None:
        if all(open_tag != tag for open_tag, _ in self._stack):
            return  # a stray end tag
        while self._stack:
            open_tag, counter = self._stack.pop()
            self._depth[counter] -= 1
            if open_tag in _BLOCK_KINDS and not (open_tag == "p" and self._kind == LIST_ITEM):
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._depth["skip"]:
            self._parts.append(data)

    def _flush(self) -> None:
        text = clean("".join(self._parts))
        if text and any(ch.isalnum() for ch in text):
            self.blocks.append(Block(self._kind or PARAGRAPH, text))
        self._parts = []
        self._kind = None

    def close(self) -> None:
        super().close()
        self._flush()


def body_blocks(body_html: str) -> list[Block]:
    """The readable paragraphs of a sanitised article body, in order."""
    reader = _BodyReader()
    reader.feed(body_html)
    reader.close()
    return reader.blocks


def plain(html_fragment: str) -> str:
    """The text of a small HTML fragment (for tests and tools)."""
    return clean(html_text.unescape(re.sub(r"<[^>]+>", " ", html_fragment)))
