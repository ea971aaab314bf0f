"""A small element tree for XHTML: parsing sanitised HTML and writing well-formed XML.

The bodies the reader shows are HTML5 as nh3 serialises it (void elements
unclosed, attributes quoted). ``html.parser`` reads that into plain
:class:`Element` objects; :func:`serialise` writes them back as XML, escaping
every text and attribute and dropping the characters XML 1.0 forbids (a
control character in an article would otherwise make the whole EPUB
unreadable).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({"br", "hr", "img", "meta", "link", "wbr", "col"})

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def elements(self) -> list[Element]:
        return [child for child in self.children if isinstance(child, Element)]

    def text(self) -> str:
        """All the text inside, in order."""
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self) -> list[Element]:
        """This element and every element below it, in document order."""
        found = [self]
        for child in self.elements():
            found.extend(child.iter())
        return found


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {n: v or "" for n, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_fragment(html: str) -> Element:
    """Sanitised HTML as a tree under a ``#root`` element."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def xml_text(text: str) -> str:
    """``text`` escaped for XML character data, without characters XML cannot hold."""
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(text: str) -> str:
    return xml_text(text).replace('"', "&quot;")


def start_tag(tag: str, attrs: dict[str, str], *, empty: bool = False) -> str:
    rendered = "".join(f' {name}="{xml_attr(value)}"' for name, value in attrs.items())
    return f"<{tag}{rendered}{' /' if empty else ''}>"


def serialise(node: Element | str) -> str:
    """One node as XML (``#root`` writes only its children)."""
    if isinstance(node, str):
        return xml_text(node)
    inner = "".join(serialise(child) for child in node.children)
    if node.tag == "#root":
        return inner
    if node.tag in VOID:
        return start_tag(node.tag, node.attrs, empty=True)
    return f"{start_tag(node.tag, node.attrs)}{inner}</{node.tag}>"
