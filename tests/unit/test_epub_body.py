"""The reader's sanitised HTML made into valid EPUB XHTML (edicola.core.epub.body)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from edicola.core.epub.body import Targets, body_xhtml, external_url
from edicola.core.render import render_markdown

EDITION = "gazzetta-2026-05-04"
TARGETS = Targets(
    edition_id=EDITION,
    articles={"mercato": "../text/a-mercato.xhtml", "ponte": "../text/a-ponte.xhtml"},
    images={"images/a.png": "../media/images/a.png"},
    reserved_ids=frozenset({"page-1"}),
)
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def convert(markdown: str) -> ET.Element:
    """Render like the reader, convert, and parse the result as XML (it must be well formed)."""
    html = render_markdown(
        markdown, edition_id=EDITION, language="en", images=frozenset({"images/a.png"})
    ).html
    text = body_xhtml(html, TARGETS)
    return ET.fromstring(
        '<div xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f"{text}</div>"
    )


def tags(root: ET.Element) -> list[str]:
    return [e.tag.removeprefix(XHTML) for e in root.iter()]


def test_captioned_picture_becomes_figure_with_figcaption() -> None:
    root = convert("![A harbour at dawn](images/a.png)\n")
    figure = root.find(f"{XHTML}figure")
    assert figure is not None
    img = figure.find(f"{XHTML}img")
    assert img is not None and img.get("src") == "../media/images/a.png"
    assert img.get("alt") == "A harbour at dawn"
    assert figure.findtext(f"{XHTML}figcaption") == "A harbour at dawn"


def test_footnotes_become_noterefs_and_asides() -> None:
    root = convert(
        "Said so.[^1] And more.[^odd name: é]\n\n[^1]: First.\n[^odd name: é]: Second.\n"
    )
    refs = [a for a in root.iter(f"{XHTML}a") if a.get(EPUB_TYPE) == "noteref"]
    notes = [e for e in root.iter(f"{XHTML}aside") if e.get(EPUB_TYPE) == "footnote"]
    assert len(refs) == 2 and len(notes) == 2
    ids = {note.get("id") for note in notes}
    assert {ref.get("href", "")[1:] for ref in refs} == ids
    # ids are NCNames: no colon, no space
    assert all(i and ":" not in i and " " not in i for i in ids)
    backlinks = [a.get("href") for note in notes for a in note.iter(f"{XHTML}a")]
    targets = {e.get("id") for e in root.iter() if e.get("id")}
    assert all(href and href[1:] in targets for href in backlinks)


def test_links_between_articles_point_at_their_documents() -> None:
    root = convert(
        f"[same](edicola:article/{EDITION}/mercato) [other](edicola:article/x-2026-01-01/y) "
        f"[missing](edicola:article/{EDITION}/nope) [web](https://example.com/a b)"
    )
    hrefs = [a.get("href") for a in root.iter(f"{XHTML}a")]
    assert hrefs == ["../text/a-mercato.xhtml", "https://example.com/a%20b"]
    assert "other" in "".join(root.itertext()) and "missing" in "".join(root.itertext())


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://example.com/x?q=1#f", "https://example.com/x?q=1#f"),
        ("HTTPS://EXAMPLE.COM", "https://example.com/"),
        ("https://例え.jp/パス", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
        ("https://a.example/%zz", "https://a.example/%25zz"),
        ("https://a.example/#a#b", "https://a.example/#a%23b"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("mailto:a@b.example", "mailto:a@b.example"),
        ("http://[::1", None),
        ("https://exa mple.com/", None),
        ("https://user:pw@host.example/", None),
        ("http://host:99999/", None),
        ("ftp://example.com/", None),
        ("javascript:alert(1)", None),
        ("other.html", None),
        ("//example.com/x", None),
        ("mailto:", None),
    ],
)
def test_external_links_are_valid_uris_or_dropped(href: str, expected: str | None) -> None:
    assert external_url(href) == expected


def test_ids_are_unique_ncnames_and_fragment_links_follow_them() -> None:
    root = convert(
        '<a id="fn:1">one</a> <a id="fn:1">again</a> <div id="1 2">x</div> <div id="page-1">p</div>'
        "\n\n[to one](#fn:1) [to space](#1%202) [to page](#page-1) [nowhere](#nope)\n"
    )
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) == 4
    assert "page-1" not in ids  # reserved for the document's own page markers
    assert all(i and i[0].isalpha() and ":" not in i and " " not in i for i in ids)
    hrefs = [a.get("href") for a in root.iter(f"{XHTML}a")]
    assert len(hrefs) == 3 and all(h and h[1:] in ids for h in hrefs)


@pytest.mark.parametrize(
    ("html", "forbidden"),
    [
        ("<span><table><tr><td>x</td></tr></table></span>", ("span", "table")),
        ("<h2><p>x</p></h2>", ("h2", "p")),
        ("<p><strong><ul><li>x</li></ul></strong></p>", ("strong", "ul")),
        ("<pre><h3>x</h3></pre>", ("pre", "h3")),
    ],
)
def test_no_block_inside_phrasing_content(html: str, forbidden: tuple[str, str]) -> None:
    root = convert(html)
    outer, inner = forbidden
    for element in root.iter(XHTML + outer):
        assert inner not in tags(element)[1:], ET.tostring(root, encoding="unicode")
    assert "x" in "".join(root.itertext())


def test_lists_and_cells_out_of_place() -> None:
    root = convert(
        "<ul>loose<li>item</li></ul>\n\n<li>lone</li>\n\n<dl><dd>d</dd><dt>t</dt></dl>\n\n"
        '<table><tr><th align="right"><h2>h</h2></th></tr></table>'
    )
    for ul in root.iter(f"{XHTML}ul"):
        assert {c.tag for c in ul} == {f"{XHTML}li"}
    dl = next(root.iter(f"{XHTML}dl"))
    assert [c.tag.removeprefix(XHTML) for c in dl] == ["dt", "dd", "dt", "dd"]
    th = next(root.iter(f"{XHTML}th"))
    assert th.get("class") == "align-right" and th.get("align") is None
    assert th.find(f"{XHTML}h2") is None
    lone = [e for e in root.iter(f"{XHTML}li") if e.text == "lone"]
    assert not lone  # a list item outside a list is a div


def test_control_characters_are_dropped_and_text_escaped() -> None:
    root = convert("a\x01b\x0bc <b>&amp; &lt;x&gt;</b> \ufffe")
    assert "abc" in "".join(root.itertext())
    assert "& <x>" in "".join(root.itertext())


def test_images_outside_the_edition_are_dropped() -> None:
    html = '<p><img src="edicola:image/other-2026-01-01/images/a.png" alt="x"><img alt="y"></p>'
    assert "<img" not in body_xhtml(html, TARGETS)
