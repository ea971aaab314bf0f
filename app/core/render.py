"""Markdown to the sanitised HTML the article view shows.

Articles are rendered once, at import, and the HTML is stored. The sanitiser
(nh3, an allow-list) is the last word: whatever the Markdown or raw HTML in a
bundle says, the result has no script, no event handler, no style, and no URL
that could reach the network from the reader. Images may only point into the
library (``edicola:image/…``); links may be http(s), mailto, or another
article of the library (``edicola:article/…``).
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

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


class _ImageExtension(Extension):  # type: ignore[misc]
    def __init__(self, edition_id: str, available: frozenset[str]) -> None:
        super().__init__()
        self.edition_id = edition_id
        self.available = available
        self.processor: _ImageRewriter | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.processor = _ImageRewriter(md, self.edition_id, self.available)
        md.treeprocessors.register(self.processor, "edicola-images", 0)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.startswith(f"{IMAGE_SCHEME}:image/") else None
    if tag == "a" and attribute == "href" and value.startswith(f"{IMAGE_SCHEME}:"):
        return value if value.startswith(f"{IMAGE_SCHEME}:article/") else None
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


def render_markdown(
    source: str, *, edition_id: str, language: str, images: frozenset[str] = frozenset()
) -> RenderedArticle:
    """Render an article body. ``images`` are the bundle paths the article may show."""
    image_ext = _ImageExtension(edition_id, images)
    smarty = {"substitutions": _SMART_QUOTES.get(language.split("-")[0], {})}
    md = markdown.Markdown(
        extensions=["tables", "footnotes", "smarty", "sane_lists", image_ext],
        extension_configs={"smarty": smarty, "footnotes": {"BACKLINK_TEXT": "↩"}},
        output_format="html",
    )
    html = md.convert(source)
    assert image_ext.processor is not None
    return RenderedArticle(
        html=sanitise(html),
        images=list(dict.fromkeys(image_ext.processor.images)),
        missing_images=image_ext.processor.missing,
    )


def word_count(source: str) -> int:
    """Words a reader reads: Markdown syntax and image references left out."""
    words = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("![") or stripped.startswith("|---") or stripped.startswith("---"):
            continue
        words += sum(1 for token in stripped.split() if any(ch.isalnum() for ch in token))
    return words
