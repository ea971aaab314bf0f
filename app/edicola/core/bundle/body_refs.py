"""What an article's Markdown refers to: its images and its links, by line.

Markdown syntax and the raw HTML a body may hold (``<img>``, ``<a href>``) are
both read, so the editorial checks see every reference a reader would follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]*)>?(?:\s+[\"'][^)]*)?\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?(?P<href>[^)\s>]+)>?(?:\s+[\"'][^)]*)?\)")
_AUTOLINK = re.compile(r"<(?P<href>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>")
_HTML_LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)')""", re.I)


def body_lines(body: str) -> Iterable[tuple[int, str]]:
    return enumerate(body.split("\n"), start=1)


def body_images(body: str) -> Iterable[tuple[int, str, str]]:
    """(line, src, alt) of every image in a Markdown body, raw HTML included."""
    for number, line in body_lines(body):
        for match in _IMAGE.finditer(line):
            yield number, match.group("src"), match.group("alt").strip()
        for tag in _HTML_IMAGE.finditer(line):
            attrs = {k.lower(): a or b for k, a, b in _HTML_ATTR.findall(tag.group(0))}
            yield number, attrs.get("src", ""), attrs.get("alt", "").strip()


def body_links(body: str) -> Iterable[tuple[int, str]]:
    """(line, href) of every link in a Markdown body: links, autolinks, raw HTML."""
    for number, line in body_lines(body):
        for match in _LINK.finditer(line):
            yield number, match.group("href")
        for match in _AUTOLINK.finditer(line):
            yield number, match.group("href")
        for match in _HTML_LINK.finditer(line):
            yield number, match.group("d") or match.group("s") or ""
