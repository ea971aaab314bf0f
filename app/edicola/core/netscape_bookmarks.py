"""Reading Netscape bookmarks HTML (what every browser exports) without being slowed down.

``html.parser`` rescans an unterminated comment or tag at every ``<`` (quadratic:
``<a `` 20,000 times took minutes), so comments are dropped and a ``<`` with no
``>`` before the next ``<`` is escaped first, in linear passes; then
:class:`NetscapeParser` collects each ``<A>`` and the ``<DD>`` note after it.
"""

from __future__ import annotations

from html.parser import HTMLParser


def without_comments(text: str) -> str:
    """``text`` with ``<!-- … -->`` removed (an unterminated one runs to the end)."""
    parts: list[str] = []
    index = 0
    while (start := text.find("<!--", index)) != -1:
        parts.append(text[index:start])
        end = text.find("-->", start + 4)
        if end == -1:
            return "".join(parts)
        index = end + 3
    parts.append(text[index:])
    return "".join(parts)


def closed_tags(text: str) -> str:
    """``text`` with every ``<`` that opens no complete tag written as ``&lt;``."""
    parts: list[str] = []
    index, closing, size = 0, -1, len(text)
    while (start := text.find("<", index)) != -1:
        if closing <= start:
            found = text.find(">", start + 1)
            closing = size if found == -1 else found
        following = text.find("<", start + 1)
        if closing == size or (following != -1 and following < closing):
            parts.append(text[index:start] + "&lt;")
            index = start + 1
        else:
            parts.append(text[index : closing + 1])
            index = closing + 1
    parts.append(text[index:])
    return "".join(parts)


class NetscapeParser(HTMLParser):
    """Collects ``<A>`` links (``links``: their attributes, ``title`` and ``note``)
    and the ``<DD>`` note that follows each; call :meth:`close` before reading them.

    Text is kept in pieces and joined once: a note of a million pieces joined as it
    arrived cost the square of its length.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []
        self.seen_netscape = False
        self._in_link = False
        self._in_note = False
        self._pieces: list[tuple[list[str], list[str]]] = []

    def handle_decl(self, decl: str) -> None:
        if "netscape-bookmark-file" in decl.lower():
            self.seen_netscape = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "a" and values.get("href"):
            self.links.append({**values, "title": "", "note": ""})
            self._pieces.append(([], []))
            self._in_link, self._in_note = True, False
        elif tag == "dd" and self.links:
            self._in_note = True
        elif tag in ("dt", "dl", "h3"):
            self._in_note = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_link = False

    def handle_data(self, data: str) -> None:
        if self._in_link:
            self._pieces[-1][0].append(data)
        elif self._in_note:
            self._pieces[-1][1].append(data)

    def close(self) -> None:
        super().close()
        for link, (title, note) in zip(self.links, self._pieces, strict=True):
            link["title"], link["note"] = "".join(title), "".join(note).strip()
