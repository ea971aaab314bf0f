"""An article's sanitised HTML as readable plain text for the terminal.

``edicola show`` prints what a reader would read: paragraphs wrapped to the
terminal, headings on their own lines, list items with a bullet, quotes
indented, pictures named by their caption. The HTML is the library's own
(already sanitised at import), so a small stdlib parser is enough.
"""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "tr"}
_SKIP = {"script", "style", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (kind, text)
        self._kind = "p"
        self._parts: list[str] = []
        self._quote = 0
        self._skip = 0
        self._figure = 0  # inside a figure the caption names the picture
        self._divs: list[bool] = []  # per open <div>: is it a figure?

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            kind = "quote" if self._quote and self._kind == "p" else self._kind
            self.blocks.append((kind, text))
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # The library keeps figures as <div class="figure"> with <p class="caption">.
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div":
            self._divs.append("figure" in classes)
            if "figure" in classes:
                self._figure += 1
            return
        if tag == "p" and "caption" in classes:
            tag = "figcaption"
        if tag in _SKIP:
            self._skip += 1
        elif tag == "blockquote":
            self._flush()
            self._quote += 1
        elif tag in _BLOCKS:
            self._flush()
            self._kind = tag
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "figure":
            self._figure += 1
        elif tag == "sup":
            self._parts.append("[")  # a footnote marker: report[1]
        elif tag == "img" and not self._figure:
            alt = dict(attrs).get("alt") or ""
            if alt:
                self._parts.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            if self._divs and self._divs.pop():
                self._figure = max(0, self._figure - 1)
            return
        if tag == "p" and self._kind == "figcaption":
            tag = "figcaption"
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "blockquote":
            self._flush()
            self._quote = max(0, self._quote - 1)
        elif tag in _BLOCKS:
            self._flush()
            self._kind = "p"
        elif tag == "figure":
            self._figure = max(0, self._figure - 1)
        elif tag == "sup":
            self._parts.append("]")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str, width: int = 80) -> str:
    """``html`` as paragraphs wrapped to ``width`` columns, separated by blank lines."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    out: list[str] = []
    for kind, text in parser.blocks:
        if kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
            out.append(text.upper() if kind in ("h1", "h2") else text)
        elif kind == "li":
            out.append(textwrap.fill(text, width, initial_indent="• ", subsequent_indent="  "))
        elif kind == "quote":
            out.append(textwrap.fill(text, width, initial_indent="  ", subsequent_indent="  "))
        elif kind == "figcaption":
            out.append(textwrap.fill(f"[Picture: {text}]", width))
        else:
            out.append(textwrap.fill(text, width))
    return "\n\n".join(out)
