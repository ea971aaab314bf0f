"""OPML, the file feed readers exchange subscriptions in: reading feed URLs, writing them.

Reading is lenient about structure (outlines nest in folders, attributes vary
in case) and strict about safety: ``defusedxml``-like limits come from
refusing DTDs and entity declarations outright, since an OPML file is
untrusted input.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
"""Folders within folders; 2,000 levels once raised an uncaught RecursionError."""
MAX_OUTLINES = 20_000
MAX_FEEDS = 500
"""As many as a recipe may name (:data:`edicola.core.feeds.recipe.MAX_FEEDS`)."""


class OpmlError(Exception):
    """Not a usable OPML file; ``str()`` says why in one line."""


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str
    folder: str = ""


def read_opml(data: bytes) -> list[OpmlFeed]:
    """Every http(s) feed in an OPML document, in order, without duplicates."""
    if len(data) > MAX_BYTES:
        raise OpmlError("the file is larger than 5 MB")
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise OpmlError("OPML with a DTD or entities is refused")
    try:
        root = etree.fromstring(data)
    except etree.ParseError as exc:
        raise OpmlError(f"not well-formed XML ({exc})") from exc
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML file (the root element is <{root.tag}>)")
    body = root.find("body")
    return _feeds(body if body is not None else root)


def _outlines(element: etree.Element) -> list[etree.Element]:
    return [child for child in element if child.tag.lower() == "outline"]


def _feeds(top: etree.Element) -> list[OpmlFeed]:
    """The feeds in document order: a walk with its own stack and the depth counted
    (outlines nest in folders as deep as a file likes)."""
    feeds: dict[str, OpmlFeed] = {}
    stack = [(outline, "", 1) for outline in reversed(_outlines(top))]
    seen = len(stack)
    while stack and seen <= MAX_OUTLINES:
        outline, folder, depth = stack.pop()
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
        url = (attrs.get("xmlurl") or "").strip()
        if url.startswith(("http://", "https://")) and url not in feeds:
            if len(feeds) == MAX_FEEDS:
                raise OpmlError(f"more than {MAX_FEEDS} feeds")
            feeds[url] = OpmlFeed(url, title or url, folder)
        children = _outlines(outline)
        if children and depth >= MAX_DEPTH:
            raise OpmlError(f"outlines nested more than {MAX_DEPTH} deep")
        seen += len(children)
        inner = title if not url else folder
        stack += [(child, inner, depth + 1) for child in reversed(children)]
    if seen > MAX_OUTLINES:
        raise OpmlError(f"more than {MAX_OUTLINES:,} outlines")
    if not feeds:
        raise OpmlError("no http(s) feeds (outline xmlUrl) in the file")
    return list(feeds.values())


def write_opml(title: str, feeds: list[OpmlFeed]) -> bytes:
    """An OPML 2.0 document; feeds with a ``folder`` are grouped under it."""
    # Here, not at the top: saxutils imports urllib.request (http.client, ssl), which
    # the reader's start-up would pay for (it imports this module to wire the feeds).
    from xml.sax.saxutils import quoteattr

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    folders: dict[str, list[OpmlFeed]] = {}
    for feed in feeds:
        folders.setdefault(feed.folder, []).append(feed)
    for folder, members in folders.items():
        indent = "    "
        if folder:
            lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
            indent = "      "
        for feed in members:
            lines.append(
                f'{indent}<outline type="rss" text={quoteattr(feed.title)} '
                f"title={quoteattr(feed.title)} xmlUrl={quoteattr(feed.url)}/>"
            )
        if folder:
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
