"""Markdown to the sanitised HTML the article view shows.

Articles are rendered once, at import, and the HTML is stored. The sanitiser
(nh3, an allow-list) is the last word: whatever the Markdown or raw HTML in a
bundle says, the result has no script, no event handler, no style, and no URL
that could reach the network from the reader. Images may only point into the
library (``edicola:image/…``); links may be http(s), mailto, or another
article of the library (``edicola:article/…``).
"""

from __future__ import annotations

import functools
import html as html_text
import posixpath
import re
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.smarty import SmartyExtension
from markdown.treeprocessors import Treeprocessor

from edicola.core.jail import JailError, run_jailed
from edicola.core.markdown_budget import markdown_problem as markdown_problem
from edicola.core.markdown_linear import make_linear
from edicola.core.model import IMAGE_SCHEME, image_url

_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s",
    "sub", "sup", "small", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "a", "img",
    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "div", "span", "abbr",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title"},
    "th": {"align"},
    "td": {"align"},
    "div": {"class", "id"},
    "p": {"class"},
    "span": {"class"},
    "li": {"id"},
    "sup": {"id"},
    "abbr": {"title"},
}
_URL_SCHEMES = {"http", "https", "mailto", IMAGE_SCHEME}
_LINK_TARGET = re.compile(r"#|(?i:https?://|mailto:)")
"""What a link may point at: a place in the article (footnotes), the web, a mail address."""
_CLASSES = {"figure", "caption", "footnote", "footnote-ref", "footnote-backref", "standfirst"}

_SMART_QUOTES = {
    # Italian newspapers use guillemets for quotations.
    "it": {"left-double-quote": "&laquo;", "right-double-quote": "&raquo;"},
}


@dataclass
class RenderedArticle:
    html: str
    images: list[str] = field(default_factory=list)
    """Bundle paths of the images the article shows, in order."""
    missing_images: list[str] = field(default_factory=list)
    """Image references that point outside the bundle (remote or missing)."""


class _ImageRewriter(Treeprocessor):  # type: ignore[misc]  # Markdown ships no types
    """Point images into the library and turn a lone image into a captioned figure."""

    def __init__(self, md: markdown.Markdown, edition_id: str, available: frozenset[str]):
        super().__init__(md)
        self.edition_id = edition_id
        self.available = available
        self.images: list[str] = []
        self.missing: list[str] = []

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    self._rewrite(child)
                if child.tag == "p" and self._is_lone_image(child):
                    parent[index] = self._figure(child[0])

    @staticmethod
    def _is_lone_image(p: etree.Element) -> bool:
        return (
            len(p) == 1
            and p[0].tag == "img"
            and not (p.text or "").strip()
            and not (p[0].tail or "").strip()
        )

    def _rewrite(self, img: etree.Element) -> None:
        src = img.get("src", "")
        path = posixpath.normpath(src) if src and ":" not in src else src
        if path in self.available:
            self.images.append(path)
            img.set("src", image_url(self.edition_id, path))
        elif not src.startswith(f"{IMAGE_SCHEME}:image/"):
            self.missing.append(src)
            img.set("src", "")

    @staticmethod
    def _figure(img: etree.Element) -> etree.Element:
        figure = etree.Element("div", {"class": "figure"})
        holder = etree.SubElement(figure, "p")
        holder.append(img)
        img.tail = None
        caption = img.get("alt", "").strip()
        if caption:
            etree.SubElement(figure, "p", {"class": "caption"}).text = caption
        return figure


class _LongWords(Treeprocessor):  # type: ignore[misc]
    """Give very long words places to break (a zero-width space every
    :data:`BREAK_EVERY` characters): one unbroken 100k-character word cost the
    article view's layout over a second, 1 MB over a minute."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            verbatim = element.tag in ("pre", "code")  # its text; its tail is prose
            if not verbatim and element.text and len(element.text) > BREAK_EVERY:
                element.text = break_long_words(element.text)
            if element.tail and len(element.tail) > BREAK_EVERY:
                element.tail = break_long_words(element.tail)


BREAK_EVERY = 40
_LONG_WORD = re.compile(r"\S{" + str(BREAK_EVERY + 1) + ",}")
_BREAK = "\u200b"
_PLACEHOLDER = re.compile(r"(\x02[^\x02\x03]*\x03(?:#?\w+;)?)")
"""What Python-Markdown leaves in the text for its post-processors: raw HTML and
entities (``\\x02wzxhzdk:3\\x03``), a footnote's non-breaking space, a mail
address's ``&`` (``\\x02amp\\x03#64;``). A break inside one would let its insides
show ("wzxhzdk:26"), so each is kept whole and counts as one character."""


def break_long_words(text: str) -> str:
    """``text`` with a zero-width space inside every run of more than
    :data:`BREAK_EVERY` non-space characters (display only: the source is kept)."""
    return _LONG_WORD.sub(_break_word, text)


def _break_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if "\x02" not in word:
        return _BREAK.join(word[i : i + BREAK_EVERY] for i in range(0, len(word), BREAK_EVERY))
    parts: list[str] = []
    run = 0  # characters since the last break
    for index, piece in enumerate(_PLACEHOLDER.split(word)):
        # Odd pieces are placeholders: one unit each, never cut.
        at, step = 0, 1 if index % 2 else BREAK_EVERY
        while at < len(piece):
            if run == BREAK_EVERY:
                parts.append(_BREAK)
                run = 0
            taken = piece if index % 2 else piece[at : at + step - run]
            parts.append(taken)
            run += 1 if index % 2 else len(taken)
            at += len(taken)
    return "".join(parts)


# -- bounded work per article (issue 11 §2, issue 19) -----------------------------------
# What an article may cost is decided in edicola.core.markdown_budget (imported above
# for its callers); rendering itself runs in the jail, with the limits below.

RENDER_MEMORY_MB = 300
"""Memory one article's rendering may take (the promise: about 300 MB an article)."""
RENDER_CPU_SECONDS = 2.0
"""CPU time one article's rendering may take in the jail; an article within the
budget takes at most about 1 s (``make bench``), so this is a backstop."""


class RenderError(ValueError):
    """An article the jail stopped; ``str()`` is one line ("needs more than 2 s of CPU
    time to render")."""


class _ImageExtension(Extension):  # type: ignore[misc]
    def __init__(self, edition_id: str, available: frozenset[str]) -> None:
        super().__init__()
        self.edition_id = edition_id
        self.available = available
        self.processor: _ImageRewriter | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.processor = _ImageRewriter(md, self.edition_id, self.available)
        md.treeprocessors.register(self.processor, "edicola-images", 0)
        md.treeprocessors.register(_LongWords(md), "edicola-long-words", -1)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.startswith(f"{IMAGE_SCHEME}:image/") else None
    if tag == "a" and attribute == "href" and value.startswith(f"{IMAGE_SCHEME}:"):
        return value if value.startswith(f"{IMAGE_SCHEME}:article/") else None
    if tag == "a" and attribute == "href" and not _LINK_TARGET.match(value):
        return None  # relative or scheme-less: it goes nowhere offline; the text stays
    if attribute == "class":
        kept = [name for name in value.split() if name in _CLASSES]
        return " ".join(kept) or None
    return value


def sanitise(html: str) -> str:
    """Allow-list clean-up: the last line of defence for everything shown."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        attribute_filter=_keep_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_renderers = threading.local()
"""Per thread, one ``Markdown`` per smart-quote style: building one (its extensions,
patterns and processors) cost about as much as rendering a short article."""


def _new_renderer(language: str) -> tuple[markdown.Markdown, _ImageExtension]:
    image_ext = _ImageExtension("", frozenset())
    smarty = {"substitutions": _SMART_QUOTES.get(language, {})}
    md = markdown.Markdown(
        extensions=["tables", "footnotes", "smarty", "sane_lists", image_ext],
        extension_configs={"smarty": smarty, "footnotes": {"BACKLINK_TEXT": "↩"}},
        output_format="html",
    )
    return make_linear(md), image_ext


def _renderer(language: str) -> tuple[markdown.Markdown, _ImageRewriter]:
    """This thread's renderer for ``language``, reset (no footnotes or references
    left from the previous article)."""
    key = language if language in _SMART_QUOTES else ""
    cache: dict[str, tuple[markdown.Markdown, _ImageExtension]] | None = getattr(
        _renderers, "cache", None
    )
    if cache is None:
        cache = _renderers.cache = {}
    if key not in cache:
        cache[key] = _new_renderer(key)
    md, image_ext = cache[key]
    md.reset()
    assert image_ext.processor is not None
    return md, image_ext.processor


@functools.cache
def renderer_id() -> str:
    """What makes an article's HTML: this Edicola, Markdown and nh3, and the render
    rules' files as installed (size and time). A page kept from another renderer
    (``store/kept_page.py``) is rendered again, never shown."""
    return renderer_named_by(Path(__file__).parent)


def renderer_named_by(folder: Path) -> str:
    """:func:`renderer_id` for the render rules' files in ``folder``."""
    from edicola import __version__

    stamps = []
    for name in ("render.py", "markdown_linear.py"):
        try:
            found = (folder / name).stat()
        except OSError:  # not files on a disk (a zip import): the versions alone
            continue
        stamps.append(f"{found.st_size}.{found.st_mtime_ns}")
    sanitiser = getattr(nh3, "__version__", "?")  # not in nh3's type stubs
    files = " ".join(stamps)
    return f"edicola {__version__}; Markdown {markdown.__version__}; nh3 {sanitiser}; {files}"


def render_markdown(
    source: str, *, edition_id: str, language: str, images: frozenset[str] = frozenset()
) -> RenderedArticle:
    """Render an article body in the jail. ``images`` are the bundle paths the article
    may show. Raises :class:`RenderError` when the jail stops it (a source that passed
    :func:`markdown_problem` does not get there)."""
    try:
        return run_jailed(
            render_markdown_here,
            source,
            edition_id,
            language,
            images,
            memory_mb=RENDER_MEMORY_MB,
            cpu_seconds=RENDER_CPU_SECONDS,
        )
    except JailError as exc:
        raise RenderError(f"{exc} to render") from None


def render_markdown_here(
    source: str, edition_id: str, language: str, images: frozenset[str] = frozenset()
) -> RenderedArticle:
    """Render in this process (the jail's side of :func:`render_markdown`, and benchmarks)."""
    md, images_seen = _renderer(language.split("-")[0])
    images_seen.edition_id, images_seen.available = edition_id, images
    images_seen.images, images_seen.missing = [], []
    html = md.convert(source)
    return RenderedArticle(
        html=sanitise(html),
        images=list(dict.fromkeys(images_seen.images)),
        missing_images=images_seen.missing,
    )


# A token holding a letter or digit (``[^\W_]`` is exactly ``str.isalnum``)
_WORD = re.compile(r"\S*[^\W_]\S*")
_NOT_READ = ("![", "|---", "---")


def word_count(source: str) -> int:
    """Words a reader reads: Markdown syntax and image references left out.

    A word is a whitespace-separated token holding a letter or digit; one
    expression a line counts them (a character-by-character test cost 1 ms an
    article, a third of a feed page's render).
    """
    words = 0
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped.startswith(_NOT_READ):
            words += len(_WORD.findall(stripped))
    return words


# -- titles and standfirsts: the bodies' typography, still plain text (issue 10) ----------
_MARKDOWN_SYNTAX = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+!|"})


_NOT_PLAIN = ("'", '"', "--", "...", "\n", "\r", "\t", "\x02", "\x03", "|")


def typography_free(text: str) -> bool:
    """Whether :func:`smart_text` leaves ``text`` as it is: no quotes, ``--`` or ``...``
    for smarty, nothing else Markdown reads differently (line breaks, tabs, ``|``,
    spaces around). Most standfirsts: one full stop, no quotes (0.2 ms of Markdown)."""
    return text == text.strip() and not any(s in text for s in _NOT_PLAIN)


@functools.lru_cache(maxsize=4096)
def smart_text(text: str, language: str = "en") -> str:
    """``text`` with the smart quotes, dashes and ellipses bodies get from Markdown's
    smarty (guillemets in Italian), and nothing else changed: it stays plain text."""
    if not any(c in text for c in "'\"-.") or typography_free(text):
        return text
    return smarty_text(text, language)


def smarty_text(text: str, language: str = "en") -> str:
    """:func:`smart_text` through Markdown, always (what its quick answers must equal)."""
    source = html_text.escape(text, quote=False).translate(_MARKDOWN_SYNTAX)
    source = re.sub(r"^(\d+)\.", r"\1\\.", source)  # "1. Title" is not a list
    if source[:1] in "->":
        source = "\\" + source  # nor is "- Title" or "> Title"
    out = _smarty(language.split("-")[0]).convert(source)
    if not (out.startswith("<p>") and out.endswith("</p>")):
        return text
    return html_text.unescape(out[3:-4])


def _smarty(language: str) -> markdown.Markdown:
    """This thread's title renderer for ``language``, reset: building one cost 0.5 ms,
    three times the conversion, on each first open of an article (title, standfirst)."""
    key = language if language in _SMART_QUOTES else ""
    cache: dict[str, markdown.Markdown] | None = getattr(_renderers, "smarty", None)
    if cache is None:
        cache = _renderers.smarty = {}
    md = cache.get(key)
    if md is None:
        # The extension itself, not its name: a name makes Markdown read every installed
        # package's entry points once (about 20 ms of the reader's first paint).
        smarty = SmartyExtension(substitutions=_SMART_QUOTES.get(key, {}))
        md = cache[key] = markdown.Markdown(extensions=[smarty])
    md.reset()
    return md
