"""An edition made of hostile Markdown that still passes ``edicola validate``.

Every article here is something a publisher (or a feed) can put in a bundle:
script and remote references the sanitiser removes, raw HTML that breaks
XHTML's content model (a table in a span, a lone list item), ids with colons
and duplicates, links to other web pages, to nowhere and to other editions,
invalid URLs, control characters, footnotes with odd names, the Big List of
Naughty Strings, and pictures in PNG, JPEG, GIF and WebP (WebP is not an
EPUB 3.2 core type). The export of it must pass epubcheck.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from edicola.core.render import markdown_problem
from edicola.testing.editions import make_edition_source, png_bytes

BLNS = Path(__file__).resolve().parents[1] / "data" / "blns" / "blns.json"
EDITION = "gazzetta-2026-05-04"

NEUTRALISED = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<img src="http://tracker.example/p.png">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "<style>body{background:url(https://evil.example/)}</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(https://evil.example/)">x</p>',
    '<a href="edicola:image/../../etc/passwd">x</a>',
    '<object data="https://evil.example/x.swf"></object>',
    '<svg><use href="https://evil.example/#x"/></svg>',
    '<form action="https://evil.example/"><input></form>',
    '<video src="https://evil.example/v.mp4"></video>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
]

CONTENT_MODEL = [
    "<span><table><tr><td>cell in a span</td></tr></table></span>",
    "<ul>loose text<li>item</li><hr><p>para in list</p></ul>",
    "<li>a lone item</li>",
    "<dt>a lone term</dt><dd>a lone definition</dd>",
    "<dl><p>para in dl</p><dt>term</dt><dd>def</dd>text</dl>",
    "<h2><p>para in a heading</p></h2>",
    "<abbr title='x'><p>para in abbr</p></abbr>",
    "<strong><ul><li>list in strong</li></ul></strong>",
    "<sup><div>div in sup</div></sup>",
    "<pre><h2>heading in pre</h2><table><tr><td>t</td></tr></table></pre>",
    "<table><tr><th><h2>heading in th</h2></th><td><h3>in td</h3></td></tr></table>",
    "<td>an orphan cell</td><tr><td>an orphan row</td></tr><thead>x</thead>",
    "<table><tr><td><table><tr><td><table><tr><td>deep</td></tr></table></td></tr></table>"
    "</td></tr></table>",
    "<table>text in a table<tr><td>1</td></tr></table>",
    "<table></table><ol></ol><ul><li></li></ul>",
    '<table><tr><td align="right">r</td><th align="CENTER">c</th><td align="evil">e</td></tr>'
    "</table>",
    "<blockquote><blockquote><p>nested quote</p></blockquote></blockquote>",
    "<em><blockquote>quote in em</blockquote></em>",
    '<p class="caption">a caption with no figure</p>',
    '<div class="figure"><p><img src="images/ponte.png"></p><p class="caption">raw</p></div>',
    '<div class="figure"><p>no picture</p><p>two</p><p>three</p></div>',
    '<div class="footnote"><ol><li id="fn:9">a fake footnote</li></ol></div>',
    '<div class="footnote"><ol><li>one</li></ol><ol><li>two</li></ol></div>',
    "<small><h4>h4 in small</h4></small> <code><ul><li>list in code</li></ul></code>",
    "<u><s><b><i>deep <sub>inline <sup>nest</sup></sub></i></b></s></u>",
]

IDS_AND_LINKS = [
    '<a id="fn:1">id with a colon</a> <a id="fn:1">the same id again</a>',
    '<div id="1 2">id with a space</div><div id="">empty id</div><div id="page-1">page</div>',
    '<div id="toc">toc</div><div id="-">dash</div><li id="é✓">unicode id</li>',
    "[to a web page](other.html) [to nowhere](#nowhere) [to the colon id](#fn:1)",
    "[to a space id](#1%202) [to page](#page-1) [to toc](#toc)",
    '<a href="https://exa mple.com/a b">space in host</a>',
    '<a href="http://[::1">unclosed ipv6</a> <a href="http://[::1]:8080/x">ipv6</a>',
    '<a href="https://ex%zz.com/%zz?q=%">stray percents</a>',
    '<a href="https://例え.jp/パス?q=ü#frag#2">IDN and a second hash</a>',
    '<a href="https://xn--.com/">bad punycode</a> <a href="https://a..b/">empty label</a>',
    '<a href="http://host:99999/">bad port</a> <a href="https://user:pw@host.example/">creds</a>',
    '<a href="HTTPS://EXAMPLE.COM">upper case</a> <a href="https://[x]/">bracket</a>',
    '<a href="mailto:">empty mailto</a> <a href="mailto:a b@c.example">space mailto</a>',
    '<a href="mailto:x@example.com?subject=a b&body=<c>">mailto with query</a>',
    '<a href="ftp://example.com/">ftp</a> <a href="//example.com/x">scheme-relative</a>',
    '<a href="edicola:article/gazzetta-2026-05-04/mercato#x">this edition</a>',
    '<a href="edicola:article/other-2020-01-01/x">another edition</a>',
    '<a href="edicola:article/gazzetta-2026-05-04/missing">a missing article</a>',
    '<a href="edicola:article/gazzetta-2026-05-04">no slug</a>',
    '<a href="#fn:1"><div>block in a link</div></a>',
]

FOOTNOTES = (
    "A note[^weird name: é] and another[^2] and a repeat[^2] and a missing one[^nope].\n\n"
    "[^weird name: é]: The odd one, with [a link](https://example.com/é).\n"
    "[^2]: The second, with `code` and a ![picture](images/ponte.png).\n"
)

CONTROL = (
    "Control characters \x01\x02\x03\x0b\x0c\x1f\x7f, non-characters \ufffe\uffff\ufdd0, "
    "a zero width joiner \u200d and bidi \u202e override\u202c, a BOM \ufeff.\n\n"
    + "x" * 5000
    + " [" * 300
    + "\n"
)


def _picture(kind: str) -> bytes:
    out = io.BytesIO()
    mode = "RGBA" if kind == "WEBP" else "RGB"
    Image.new(mode, (40, 30), (30, 120, 200, 255)[: len(mode)]).save(out, kind)
    return out.getvalue()


def _blns() -> str:
    """The naughty strings, one a paragraph, as many as the render budget allows
    (its unclosed tags add up to more nesting than a bundle may have)."""
    text = ""
    for string in json.loads(BLNS.read_text("utf-8")):
        more = text + string.replace("\n", " ") + "\n\n"
        if string.strip() and markdown_problem(more) is None:
            text = more
    return text


def hostile_edition_source(folder: Path) -> Path:
    """Write the hostile edition's source folder (edition ``gazzetta-2026-05-04``)."""
    pictures = (
        '![A PNG with "quotes" & <tags>](images/ponte.png "a title")\n\n'
        "![](images/photo.jpg)\n\n"
        "![An animation](images/anim.gif)\n\n"
        "![A WebP picture](images/pic.webp)\n\n"
        "| picture | in a table |\n|---|---|\n| ![cell](images/ponte.png) | x |\n\n"
        "[![a linked picture](images/ponte.png)](https://example.com/)\n"
    )
    articles = {
        "01-ponte.md": ("notizie", 'Titles with <script>alert("x")</script> & "quotes"',
                        "A standfirst with <b>tags</b> & ampersands", "\n\n".join(NEUTRALISED)),
        "02-mercato.md": ("notizie", "Content model", "", "\n\n".join(CONTENT_MODEL)),
        "03-ids.md": ("notizie", "Ids and links", "", "\n\n".join(IDS_AND_LINKS)),
        "04-notes.md": ("sport", "Footnotes", "", FOOTNOTES),
        "05-control.md": ("sport", "Control characters", "", CONTROL),
        "06-pictures.md": ("sport", "Pictures", "", pictures),
        "07-blns.md": ("sport", "Naughty strings", "", _blns()),
    }  # fmt: skip
    source = make_edition_source(folder, articles=articles)
    (source / "images" / "photo.jpg").write_bytes(_picture("JPEG"))
    (source / "images" / "anim.gif").write_bytes(_picture("GIF"))
    (source / "images" / "pic.webp").write_bytes(_picture("WEBP"))
    (source / "images" / "ponte.png").write_bytes(png_bytes(8, 6))
    return source
