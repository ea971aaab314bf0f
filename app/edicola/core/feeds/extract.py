"""Feed and page HTML into an article's Markdown, through ``trafilatura``.

trafilatura finds an article's main text and leaves navigation, sidebars,
footers and cookie notices out; it writes Markdown with absolute links. The
same call turns a feed's ``content:encoded`` fragment into Markdown, so every
article takes one road: HTML → trafilatura → Markdown → (at import)
``edicola.core.render`` → nh3. :func:`tidy_markdown` then keeps only http(s)
links, resolves what is still relative, and lists the images to embed.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import nh3

from edicola.core.feeds.boilerplate import is_navigation, strip_markdown
from edicola.core.feeds.markdown_links import rewrite_outside_code

if TYPE_CHECKING:  # lxml comes with trafilatura, imported in the jail's workers only
    from lxml.html import HtmlElement

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_READ_MORE = re.compile(
    r"(\[(…|\.\.\.|&#8230;|&hellip;)\]|…\s*$|\.\.\.\s*$|continue reading|read more|"
    r"continua a leggere|leggi tutto)",
    re.IGNORECASE,
)
SHORT_WORDS = 150
"""Under this many words a feed's text counts as a summary ("auto" fetches the page)."""


@dataclass(frozen=True)
class Extracted:
    markdown: str
    images: list[str]
    """Absolute http(s) image URLs in the order the text shows them."""


@dataclass(frozen=True)
class Page:
    markdown: str
    canonical_url: str
    title: str


def plain_text(html: str) -> str:
    """The words of an HTML fragment (no markup at all)."""
    text = nh3.clean(html, tags=set(), clean_content_tags={"script", "style"})
    return " ".join(text.replace("&nbsp;", " ").split())


def word_total(html: str) -> int:
    return len(plain_text(html).split())


def looks_like_summary(html: str) -> bool:
    """A teaser rather than the article: short, or ending in "read more" / "[…]"."""
    text = plain_text(html)
    return len(text.split()) < SHORT_WORDS or bool(_READ_MORE.search(text[-80:]))


def _safe_url(url: str, base: str) -> str:
    """An absolute http(s) URL, resolved against the page, that Markdown reads whole."""
    url = url.strip()
    if not url or url.startswith("#"):
        return ""
    absolute = urljoin(base, url) if base else url
    if not absolute.startswith(("http://", "https://")):
        return ""
    # Parentheses and spaces would end the Markdown target early.
    return absolute.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _unindent(markdown: str) -> str:
    """Lines that are not list items lose their indentation (Markdown would show them as code).

    trafilatura keeps the page's indentation of inline text; fenced code stays as it is.
    """
    lines, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("    ") and not _LIST_ITEM.match(line):
            line = line.lstrip()
        lines.append(line)
    return "\n".join(lines)


def _navigation_tables(markdown: str) -> str:
    """Without tables made mostly of links (an encyclopaedia's sidebar, a site's menu)."""
    blocks = re.split(r"(\n{2,})", markdown)
    kept = []
    for block in blocks:
        rows = block.strip().splitlines()
        if rows and all(r.lstrip().startswith("|") for r in rows):
            cells = [c.strip() for r in rows for c in r.strip().strip("|").split("|")]
            cells = [c for c in cells if c and not set(c) <= set("-: ")]
            links = sum(1 for c in cells if re.fullmatch(r"\[[^\]]*\]\([^)]*\)", c))
            if cells and links >= 0.6 * len(cells):
                continue
        kept.append(block)
    return "".join(kept)


def tidy_markdown(markdown: str, base: str, title: str = "") -> Extracted:
    """Keep http(s) links, resolve relative URLs, drop a heading repeating the title."""
    lines = [line for line in markdown.strip().splitlines() if not is_navigation(line)]
    if lines and lines[0].startswith("#"):
        heading = lines[0].lstrip("#").strip().casefold()
        if heading and heading == " ".join(title.split()).casefold():
            lines = lines[1:]
    # The edition's article title is the only h1: demote the text's own headings.
    text = "\n".join("#" + line if re.match(r"^#{1,5} ", line) else line for line in lines)
    images: list[str] = []

    def image(url: str) -> str:
        safe = _safe_url(url, base)
        if safe:
            images.append(safe)
        return safe

    text = _navigation_tables(_unindent(text))
    text = rewrite_outside_code(text, lambda url: _safe_url(url, base), image)
    # trafilatura escapes a literal "<" as "\<", which Python-Markdown does not honour:
    # the text "<script>" would come back as markup (and be stripped with its content).
    text = text.replace("\\<", "&lt;").replace("\\>", "&gt;")
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return Extracted(markdown=text, images=list(dict.fromkeys(images)))


def _trafilatura(html: str | HtmlElement, url: str, recall: bool = True) -> str:
    """``html`` as a string, or a page parsed once (trafilatura works on a copy of it)."""
    import trafilatura  # in the jail's workers only: the build's own process never reads a page

    result = trafilatura.extract(
        html,
        url=url or None,
        output_format="markdown",
        include_images=True,
        include_links=True,
        include_comments=False,
        include_tables=True,
        favor_recall=recall,
        deduplicate=False,
    )
    return result or ""


def fragment_to_markdown(html: str, base: str, title: str = "") -> Extracted:
    """A feed's HTML body (already resolved by feedparser) as article Markdown."""
    if not html.strip():
        return Extracted("", [])
    markdown = _trafilatura(f"<html><body><article>{html}</article></body></html>", base)
    if not markdown.strip():
        markdown = plain_text(html)  # nh3 leaves it entity-escaped: safe as Markdown
    return tidy_markdown(strip_markdown(markdown), base, title)


def _words(markdown: str) -> int:
    return len(re.findall(r"\w+", re.sub(r"\]\([^)]*\)", "]", markdown)))


SECOND_OPINION_SHARE = 0.25
"""A recall reading holding less than this share of the page's words gets a second one."""


def best_reading(tree: HtmlElement, url: str) -> str:
    """The page's main text as the more complete of two readings, without navigation.

    trafilatura's recall mode keeps paragraphs its default mode drops as
    boilerplate, but on some layouts it settles on one block and misses most
    of the story (a tourism page: 132 words against 580, 8 % of the page's).
    Only such a reading, under :data:`SECOND_OPINION_SHARE` of the page's
    words, is read again in default mode, and the longer reading wins. On the
    106 real pages of trafilatura's tests the default reading was longer on that
    page alone; 15 are read twice now, and all 106 give the same Markdown as when
    every page was (19 instead of 32 ms a page: the default reading costs more
    than the first). Navigation lines go in :func:`tidy_markdown` either way.
    """
    recall = _trafilatura(tree, url)
    found = _words(recall)
    if found >= SECOND_OPINION_SHARE * page_words(tree):
        return recall
    default = _trafilatura(tree, url, recall=False)
    return default if _words(default) > 1.1 * found else recall


def page_words(tree: HtmlElement) -> int:
    """Words a reader could see on a parsed page: its body's text without scripts,
    styles and templates (on a copy; 0.6–0.8 ms for a page of 130 kB). Blocks
    written with no space between them run together (3 % fewer words on the real
    pages than counting each text apart, which costs twice as much)."""
    import copy

    from lxml import etree

    body = tree.find("body")
    visible = copy.deepcopy(tree if body is None else body)
    etree.strip_elements(visible, "script", "style", "noscript", "template", with_tail=False)
    return len(etree.tostring(visible, method="text", encoding=str).split())


def title_and_url(html: str | HtmlElement, url: str) -> tuple[str, str]:
    """The page's title and canonical URL as ``trafilatura.extract_metadata`` reads them
    (its meta tags, JSON-LD, then ``<title>``/``<h1>`` and ``<link rel=canonical>``).

    Only these two are used: the rest of ``extract_metadata`` (the date search of
    htmldate above all) was 3.3 of its 3.4 ms a page, more than both readings of
    the text together (issue 21).
    """
    from trafilatura import load_html
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    tree = load_html(html)
    if tree is None:
        return "", ""
    document = examine_meta(tree)
    with contextlib.suppress(Exception):  # as extract_metadata: bugs in its JSON-LD reading
        document = extract_meta_json(tree, document)
    document.title = document.title or extract_title(tree)
    document.url = document.url or extract_url(tree, url)
    document.clean_and_trim()
    return document.title or "", document.url or ""


def page_to_markdown(html: str, url: str, title: str = "") -> Page | None:
    """A web page's main text as Markdown, or ``None`` when it has none.

    The page is parsed once for its two readings and its title (each reading
    works on a copy of the tree: a tenth of a parse).
    """
    from trafilatura import load_html

    tree = load_html(html)
    if tree is None:
        return None
    markdown = best_reading(tree, url)
    if not markdown.strip():
        return None
    page_title, canonical = title_and_url(tree, url)
    if not canonical.startswith(("http://", "https://")):
        canonical = url
    tidy = tidy_markdown(markdown, url, title or page_title)
    return Page(markdown=tidy.markdown, canonical_url=canonical, title=page_title)


def decode_page(data: bytes, content_type: str) -> str:
    """Page bytes as text: the HTTP charset, else the page's own ``<meta charset>``."""
    match = re.search(r"charset=\"?([\w.:-]+)", content_type or "", re.IGNORECASE)
    if not match:
        head = data[:4096].decode("ascii", "ignore")
        match = re.search(r"<meta[^>]+charset=[\"']?([\w.:-]+)", head, re.IGNORECASE)
    encoding = match.group(1).lower() if match else "utf-8"
    if encoding in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        encoding = "cp1252"  # as browsers do (WHATWG Encoding): the label means windows-1252
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
