"""An article's sanitised HTML made into valid EPUB 3 XHTML.

The reader's HTML is already safe (nh3 kept no script, style, form or remote
image); what it is not is *valid*: raw HTML in Markdown can put a table in a
``span`` or a lone ``li`` in the body, ids can repeat or hold colons, links can
point at other files of a web site. epubcheck counts each of those as an
error, so this pass

* fixes the content model: phrasing-only elements (``p``, headings, ``span``…)
  get the text of any block inside them, lists and definition lists get their
  stray content wrapped in ``li``/``dd``, list items and cells out of place
  become ``div``;
* makes ids unique NCNames, and rewrites ``#fragment`` links to them;
* turns captioned images into ``figure``/``figcaption``, Markdown footnotes
  into EPUB footnotes (``epub:type="noteref"``/``"footnote"`` in ``aside``);
* points images at the EPUB's copies, links between articles of the edition
  at their documents, and keeps only http(s) and mailto links that are valid
  URLs. Any other link keeps its text and loses its target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

from edicola.core.epub.markup import Element, parse_fragment, serialise
from edicola.core.model import IMAGE_SCHEME, image_url

PHRASING = frozenset(
    {"a", "abbr", "b", "br", "code", "em", "i", "img", "s", "small", "span", "strong", "sub"}
    | {"sup", "u"}
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose content must be phrasing content only (``a`` passes its context on).
PHRASING_ONLY = frozenset({"p", "pre"}) | HEADINGS | (PHRASING - {"a"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"})
_ALIGN = frozenset({"left", "right", "center", "justify"})
_KEEP_ATTRS = {
    "a": ("title",),
    "img": ("alt", "title"),
    "abbr": ("title",),
    "div": ("class",),
    "p": ("class",),
    "span": ("class",),
}
_ARTICLE = f"{IMAGE_SCHEME}:article/"
_NCNAME = re.compile(r"[^A-Za-z0-9_-]+")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PATH_SAFE = "/!$&'()*+,;=:@-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


@dataclass(frozen=True)
class Targets:
    """Where things of the edition are, seen from an article's document."""

    edition_id: str
    articles: Mapping[str, str]
    """Article slug -> its document's href."""
    images: Mapping[str, str]
    """Bundle image path -> its href."""
    reserved_ids: frozenset[str] = frozenset()
    """Ids the surrounding document uses itself."""


@dataclass
class _Ids:
    """Each element's new id, the first element's id for each old one, and the footnotes."""

    assigned: dict[int, str] = field(default_factory=dict)
    by_old: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    footnotes: set[str] = field(default_factory=set)

    def new(self, wanted: str) -> str:
        base = _NCNAME.sub("-", wanted).strip("-") or "id"
        if not base[0].isalpha():
            base = "x-" + base
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate


def body_xhtml(html: str, targets: Targets) -> str:
    """The article body ``html`` as an XHTML fragment for an EPUB content document."""
    root = parse_fragment(html)
    ids = _collect_ids(root, targets.reserved_ids)
    out = Element("#root")
    out.children = _Converter(targets, ids).flow(root.children)
    return serialise(out)


def _collect_ids(root: Element, reserved: frozenset[str]) -> _Ids:
    ids = _Ids(used=set(reserved))
    notes = {id(li) for note in _footnote_blocks(root) for li in note.elements() if li.tag == "li"}
    for element in root.iter():
        old = element.attrs.get("id")
        if old is None or element.tag == "#root":
            continue
        new = ids.new(old)
        ids.assigned[id(element)] = new
        ids.by_old.setdefault(old, new)
        if id(element) in notes:
            ids.footnotes.add(new)
    return ids


def _footnote_blocks(root: Element) -> Iterator[Element]:
    """The ``ol`` of every Markdown footnote block (``div.footnote`` > ``hr``? ``ol``)."""
    for element in root.iter():
        if element.tag == "div" and "footnote" in element.attrs.get("class", "").split():
            lists = element.elements()
            if [e.tag for e in lists if e.tag != "hr"] == ["ol"]:
                yield next(e for e in lists if e.tag == "ol")


def _has_class(element: Element, name: str) -> bool:
    return name in element.attrs.get("class", "").split()


class _Converter:
    def __init__(self, targets: Targets, ids: _Ids) -> None:
        self.targets = targets
        self.ids = ids

    # -- content models --------------------------------------------------------------

    def flow(self, nodes: list[Element | str], *, no_headings: bool = False) -> list[Element | str]:
        out: list[Element | str] = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            else:
                out.extend(self.element(node, phrasing=False, no_headings=no_headings))
        return out

    def phrasing(self, nodes: list[Element | str]) -> list[Element | str]:
        out: list[Element | str] = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            else:
                out.extend(self.element(node, phrasing=True, no_headings=True))
        return out

    def element(self, e: Element, *, phrasing: bool, no_headings: bool) -> list[Element | str]:
        tag = e.tag
        if tag == "img":
            return self.image(e)
        if tag == "a":
            return self.link(e, phrasing=phrasing, no_headings=no_headings)
        if tag == "br":
            return [Element("br")]
        if tag == "hr":
            return [] if phrasing else [Element("hr")]
        if phrasing and tag not in PHRASING:
            return self.flattened(e)
        if tag in PHRASING_ONLY:
            if tag in HEADINGS and no_headings:
                return [self.copy(e, "p", self.phrasing(e.children))]
            return [self.copy(e, tag, self.phrasing(e.children))]
        if tag == "div" and _has_class(e, "figure"):
            return self.figure(e)
        if tag == "div" and _has_class(e, "footnote"):
            notes = self.footnotes(e)
            if notes is not None:
                return notes
        if tag in ("ul", "ol"):
            return [self.copy(e, tag, self.wrapped(e.children, {"li"}, "li"))]
        if tag == "dl":
            return [self.copy(e, tag, _term_groups(self.wrapped(e.children, {"dt", "dd"}, "dd")))]
        if tag == "table":
            return [self.table(e)]
        if tag in ("li", "dd", "blockquote", "div") or tag in _TABLE_PARTS or tag == "dt":
            # In their place these are handled by wrapped()/table(); out of place, a div.
            name = tag if tag in ("blockquote", "div") else "div"
            return [self.copy(e, name, self.flow(e.children, no_headings=no_headings))]
        return self.flattened(e)  # nothing else is expected after the sanitiser

    def flattened(self, e: Element) -> list[Element | str]:
        """A block where only phrasing may stand: its text and inline content, spaced."""
        out: list[Element | str] = []
        anchor = self.ids.assigned.get(id(e))
        if anchor:
            out.append(Element("span", {"id": anchor}))
        out.append(" ")
        out.extend(self.phrasing(e.children))
        out.append(" ")
        return out

    def wrapped(
        self, nodes: list[Element | str], allowed: set[str], wrapper: str
    ) -> list[Element | str]:
        """A list's children: allowed items converted, anything else gathered into a wrapper."""
        out: list[Element | str] = []
        stray: list[Element | str] = []

        def close() -> None:
            if any(not isinstance(n, str) or n.strip() for n in stray):
                out.append(Element(wrapper, {}, self.flow(stray)))
            stray.clear()

        for node in nodes:
            if isinstance(node, Element) and node.tag in allowed:
                close()
                no_headings = node.tag == "dt"
                out.append(
                    self.copy(node, node.tag, self.flow(node.children, no_headings=no_headings))
                )
            else:
                stray.append(node)
        close()
        return out

    def table(self, e: Element) -> Element:
        rows: list[Element | str] = []
        for part in e.elements():
            if part.tag in ("thead", "tbody", "tfoot"):
                inner = [self.row(tr) for tr in part.elements() if tr.tag == "tr"]
                rows.append(self.copy(part, part.tag, list(inner)))
            elif part.tag == "tr":
                rows.append(self.row(part))
        return self.copy(e, "table", rows)

    def row(self, tr: Element) -> Element:
        cells: list[Element | str] = []
        for cell in tr.elements():
            if cell.tag in ("td", "th"):
                converted = self.copy(cell, cell.tag, self.flow(cell.children, no_headings=True))
                align = cell.attrs.get("align", "").strip().lower()
                if align in _ALIGN:  # HTML5 has no align: a class the stylesheet knows
                    converted.attrs["class"] = f"align-{align}"
                cells.append(converted)
        return self.copy(tr, "tr", cells)

    def copy(self, e: Element, tag: str, children: list[Element | str]) -> Element:
        attrs = {name: e.attrs[name] for name in _KEEP_ATTRS.get(tag, ()) if name in e.attrs}
        if tag not in ("div", "p", "span") and "class" in attrs:
            del attrs["class"]
        anchor = self.ids.assigned.get(id(e))
        if anchor:
            attrs = {"id": anchor, **attrs}
        return Element(tag, attrs, children)

    # -- figures and footnotes ----------------------------------------------------------

    def figure(self, e: Element) -> list[Element | str]:
        parts = [p for p in e.elements() if p.tag == "p"]
        holder = parts[0] if parts else None
        images = holder.elements() if holder is not None else []
        shape_ok = (
            holder is not None
            and len(images) == 1
            and images[0].tag == "img"
            and all(p is holder or _has_class(p, "caption") for p in parts)
            and len(parts) <= 2
        )
        if not shape_ok:
            return [self.copy(e, "div", self.flow(e.children))]
        picture = self.image(images[0])
        captions = [p for p in parts if p is not holder]
        out = self.copy(e, "figure", list(picture))
        if captions:
            caption = Element("figcaption", {}, self.phrasing(captions[0].children))
            if not picture:  # the picture is gone: its caption stays as text
                return [Element("p", {"class": "caption"}, caption.children)]
            out.children.append(caption)
        elif not picture:
            return []
        return [out]

    def footnotes(self, e: Element) -> list[Element | str] | None:
        lists = [child for child in e.elements() if child.tag == "ol"]
        if len(lists) != 1:
            return None
        notes: list[Element | str] = [Element("hr", {"class": "footnotes"})]
        for li in lists[0].elements():
            if li.tag != "li":
                continue
            aside = self.copy(li, "aside", self.flow(li.children))
            aside.attrs["epub:type"] = "footnote"
            aside.attrs["class"] = "footnote"
            notes.append(aside)
        return notes

    # -- links and images -----------------------------------------------------------------

    def image(self, e: Element) -> list[Element | str]:
        prefix = image_url(self.targets.edition_id, "")
        src = e.attrs.get("src", "")
        href = self.targets.images.get(src[len(prefix) :]) if src.startswith(prefix) else None
        if href is None:
            return []  # the reader shows nothing there either
        attrs = {"src": href, "alt": e.attrs.get("alt", "")}
        if e.attrs.get("title"):
            attrs["title"] = e.attrs["title"]
        return [Element("img", attrs)]

    def link(self, e: Element, *, phrasing: bool, no_headings: bool) -> list[Element | str]:
        children = (
            self.phrasing(e.children)
            if phrasing
            else self.flow(e.children, no_headings=no_headings)
        )
        href = self.target(e.attrs.get("href"))
        anchor = self.ids.assigned.get(id(e))
        if href is None:
            if anchor:
                return [Element("span", {"id": anchor}), *children]
            return children
        link = self.copy(e, "a", children)
        link.attrs["href"] = href
        fragment = href[1:] if href.startswith("#") else None
        if fragment is not None and fragment in self.ids.footnotes:
            link.attrs["epub:type"] = "noteref"
        return [link]

    def target(self, href: str | None) -> str | None:
        """Where a link may point inside the EPUB, or None (its text stays, unlinked)."""
        if not href:
            return None
        if href.startswith("#"):
            fragment = href[1:]
            new = self.ids.by_old.get(fragment) or self.ids.by_old.get(unquote(fragment))
            return f"#{new}" if new else None
        if href.startswith(_ARTICLE):
            rest = href[len(_ARTICLE) :].split("#", 1)[0]
            edition, _, slug = rest.partition("/")
            if edition != self.targets.edition_id:
                return None  # another edition: not in this book
            return self.targets.articles.get(slug)
        return external_url(href)


def _term_groups(items: list[Element | str]) -> list[Element | str]:
    """A definition list as XHTML wants it: terms, then their definitions, every time
    (an empty ``dt`` before a definition with no term, an empty ``dd`` after a last term)."""
    out: list[Element | str] = []
    last = ""
    for item in items:
        if isinstance(item, Element):
            if item.tag == "dd" and last not in ("dt", "dd"):
                out.append(Element("dt"))
            last = item.tag
        out.append(item)
    if last == "dt":
        out.append(Element("dd"))
    return out


def external_url(href: str) -> str | None:
    """An http(s) or mailto link as a valid URI (percent-encoded), or None."""
    try:
        parts = urlsplit(href.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        address = _quoted(parts.path, _PATH_SAFE)
        if not address or parts.netloc:
            return None
        return f"mailto:{address}" + (
            f"?{_quoted(parts.query, _QUERY_SAFE)}" if parts.query else ""
        )
    if scheme not in ("http", "https") or parts.username or parts.password:
        return None
    host = parts.hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not host or not re.fullmatch(r"[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+", host):
        return None
    if ":" in host:
        host = f"[{host}]"
    url = f"{scheme}://{host}{'' if port is None else f':{port}'}"
    url += _quoted(parts.path, _PATH_SAFE) or "/"
    if parts.query:
        url += "?" + _quoted(parts.query, _QUERY_SAFE)
    if parts.fragment:
        url += "#" + _quoted(parts.fragment, _QUERY_SAFE)
    return url


def _quoted(text: str, safe: str) -> str:
    return _STRAY_PERCENT.sub("%25", quote(text, safe=safe))
