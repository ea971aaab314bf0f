"""OPML, the file feed readers exchange subscriptions in: reading feed URLs, writing them.

Reading is lenient about structure (outlines nest in folders, attributes vary
in case) and strict about safety: ``defusedxml``-like limits come from
refusing DTDs and entity declarations outright, since an OPML file is
untrusted input.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

MAX_BYTES = 5 * 1024 * 1024


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
    feeds: dict[str, OpmlFeed] = {}

    def walk(element: etree.Element, folder: str) -> None:
        for outline in element:
            if outline.tag.lower() != "outline":
                continue
            attrs = {k.lower(): v for k, v in outline.attrib.items()}
            title = " ".join((attrs.get("title") or attrs.get("text") or "").split())
            url = (attrs.get("xmlurl") or "").strip()
            if url.startswith(("http://", "https://")) and url not in feeds:
                feeds[url] = OpmlFeed(url, title or url, folder)
            walk(outline, title if not url else folder)

    body = root.find("body")
    walk(body if body is not None else root, "")
    if not feeds:
        raise OpmlError("no http(s) feeds (outline xmlUrl) in the file")
    return list(feeds.values())


def write_opml(title: str, feeds: list[OpmlFeed]) -> bytes:
    """An OPML 2.0 document; feeds with a ``folder`` are grouped under it."""
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
