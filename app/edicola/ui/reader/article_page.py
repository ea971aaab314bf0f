"""How an article is laid out as a page: kicker, headline, standfirst, byline, dateline, body.

The body HTML comes from the library (rendered and sanitised at import); here it
is only adapted to what ``QTextDocument`` understands (``figure`` and
``figcaption`` become a block and a caption paragraph) and images are wrapped
in a link so they can be opened large with the keyboard too. The document
style sheet is generated from the theme so the page, the window and the
contrast test share colours.
"""

from __future__ import annotations

import functools
import html
import re

from PySide6.QtCore import QCoreApplication, QLocale

from edicola.core.model import Article, Edition
from edicola.core.reading_comfort import Comfort
from edicola.core.render import smart_text
from edicola.core.themes import Theme
from edicola.ui.common.dates import long_date, long_datetime

ZOOM_PREFIX = "edicola:zoom/"
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(["'])(edicola:image/[^"']+)\1""", re.IGNORECASE)


def byline(authors: tuple[str, ...]) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        names = authors[0]
    else:
        names = (
            QCoreApplication.translate("ArticlePage", "%1 and %2")
            .replace("%1", ", ".join(authors[:-1]))
            .replace("%2", authors[-1])
        )
    return QCoreApplication.translate("ArticlePage", "By %1").replace("%1", names)


def reading_minutes(word_count: int) -> str:
    minutes = max(1, round(word_count / 230))
    return QCoreApplication.translate("ArticlePage", "%n min read", "", minutes)


def _wrap_image(match: re.Match[str]) -> str:
    tag = match.group(0)
    src = _SRC.search(tag)
    if not src:
        return ""  # images from anywhere but the library are dropped
    target = ZOOM_PREFIX + src.group(2).removeprefix("edicola:image/")
    return f'<a href="{html.escape(target)}" class="figure-link">{tag}</a>'


def adapt_body(body: str) -> str:
    """Make sanitised article HTML fit QTextDocument's HTML subset."""
    out = re.sub(r"<figure\b[^>]*>", '<div class="figure">', body, flags=re.IGNORECASE)
    out = re.sub(r"</figure>", "</div>", out, flags=re.IGNORECASE)
    out = re.sub(r"<figcaption\b[^>]*>", '<p class="caption">', out, flags=re.IGNORECASE)
    out = re.sub(r"</figcaption>", "</p>", out, flags=re.IGNORECASE)
    out = _IMG.sub(_wrap_image, out)
    return out


def _strip_leading_title(body: str, title: str) -> str:
    """Drop an ``<h1>`` repeating the headline (the page prints its own)."""
    m = re.match(r"\s*<h1\b[^>]*>(.*?)</h1>", body, flags=re.IGNORECASE | re.DOTALL)
    heading = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else None
    if m and heading in (title.strip(), smart_text(title).strip()):
        return body[m.end() :]
    return body


def article_html(article: Article, locale: QLocale | None = None) -> str:
    parts = []
    if article.section_title:
        parts.append(f'<p class="kicker">{html.escape(article.section_title.upper())}</p>')
    # Titles and standfirsts get the bodies' smart quotes (bodies get them at import).
    title = smart_text(article.title, article.language)
    parts.append(f'<h1 class="headline">{html.escape(title)}</h1>')
    if article.standfirst:
        standfirst = smart_text(article.standfirst, article.language)
        parts.append(f'<p class="standfirst">{html.escape(standfirst)}</p>')
    by = byline(article.authors)
    if by:
        parts.append(f'<p class="byline">{html.escape(by)}</p>')
    dateline = [long_datetime(article.published, locale)] if article.published else []
    if article.publication_title:
        dateline.insert(0, article.publication_title)
    dateline.append(reading_minutes(article.word_count))
    parts.append(f'<p class="dateline">{html.escape(" · ".join(dateline))}</p>')
    parts.append("<hr/>")
    if article.problem:
        parts.append(unreadable_body(article.problem))
    else:
        parts.append(adapt_body(_strip_leading_title(article.html, article.title)))
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def unreadable_body(problem: str) -> str:
    """The body of an article the library cannot show: why, in the reader's language,
    then the library's own words (a damaged body, a render the jail stopped)."""
    said = QCoreApplication.translate("ArticlePage", "This article cannot be shown.")
    return f'<p><em>{html.escape(said)}</em></p><p class="caption">{html.escape(problem)}</p>'


def front_page_html(
    edition: Edition,
    sections: list[tuple[str, list[tuple[str, str, str, bool]]]],
    locale: QLocale | None = None,
) -> str:
    """The edition's table of contents; ``sections`` is (title, [(id, title, standfirst, read)])."""
    parts = [
        f'<p class="masthead">{html.escape(edition.publication_title)}</p>',
        f'<p class="edition-date">{html.escape(long_date(edition.date, locale))}'
        + (
            html.escape(
                " · "
                + QCoreApplication.translate("ArticlePage", "No. %1").replace(
                    "%1", str(edition.number)
                )
            )
            if edition.number
            else ""
        )
        + "</p>",
        "<hr/>",
    ]
    cover = ""
    if edition.cover:
        src = html.escape(f"edicola:image/{edition.id}/{edition.cover}")
        cover = f'<img class="cover" src="{src}" alt="" style="float: right"/>'
    for title, items in sections:
        parts.append(f'<p class="toc-section">{cover}{html.escape(title.upper())}</p>')
        cover = ""
        for article_id, article_title, standfirst, read in items:
            href = html.escape("edicola:article/" + article_id)
            css = "toc-title read" if read else "toc-title"
            shown = html.escape(smart_text(article_title, edition.language))
            parts.append(f'<p class="{css}"><a href="{href}">{shown}</a></p>')
            if standfirst:
                standfirst = smart_text(standfirst, edition.language)
                parts.append(f'<p class="toc-standfirst">{html.escape(standfirst)}</p>')
    return "<html><body>" + "\n".join(parts) + "</body></html>"


@functools.lru_cache(maxsize=16)  # the same few settings for every page opened
def document_css(
    t: Theme, family: str, size_pt: int, line_spacing: int, comfort: Comfort | None = None
) -> str:
    """The QTextDocument style sheet for articles and front pages.

    Qt's proportional line height multiplies the font's own line spacing
    (about 1.35 em for Source Serif), so a requested spacing of 1.5 em is
    applied as 111%. The reader's letter and word spacing
    (:mod:`edicola.core.reading_comfort`) go on the body in px, which every
    block inherits (QTextDocument reads no em for them).
    """
    lead = round(line_spacing / 1.35)
    css = _document_css(t, family, size_pt, lead)
    if comfort is not None and (comfort.letter_spacing or comfort.word_spacing):
        size_px = size_pt * 4 / 3
        css += (
            f"body {{ letter-spacing: {comfort.letter_spacing_px(size_px):.2f}px; "
            f"word-spacing: {comfort.word_spacing_px(size_px):.2f}px; }}\n"
        )
    # QTextDocument reads margins in px only.
    return re.sub(
        r"(margin(?:-\w+)?): (\d+)pt",
        lambda m: f"{m.group(1)}: {round(int(m.group(2)) * 4 / 3)}px",
        css,
    )


def _document_css(t: Theme, family: str, size_pt: int, lead: int) -> str:
    ui = "'DejaVu Sans', 'Noto Sans', sans-serif"
    return f"""
body {{ color: {t.text}; background-color: {t.background}; font-family: {family};
        font-size: {size_pt}pt; }}
p {{ line-height: {lead}%; margin-top: 0; margin-bottom: {round(size_pt * 0.9)}pt; }}
a {{ color: {t.link_text}; text-decoration: underline; }}
a.figure-link {{ text-decoration: none; }}
sup {{ font-size: {max(9, round(size_pt * 0.8))}pt; }}
sup a {{ font-weight: 700; text-decoration: none; }}
h1, h2, h3, h4 {{ font-family: {family}; color: {t.text}; }}
h1.headline {{ font-size: {round(size_pt * 2.3)}pt; font-weight: 700; margin-top: 4pt;
        margin-bottom: 10pt; line-height: 100%; }}
h2 {{ font-size: {round(size_pt * 1.35)}pt; font-weight: 700; margin-top: 18pt;
        margin-bottom: 6pt; }}
h3 {{ font-size: {round(size_pt * 1.15)}pt; font-weight: 700; margin-top: 14pt; }}
p.kicker {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.72))}pt; font-weight: 700;
        color: {t.accent_text}; margin-top: 12pt; margin-bottom: 2pt; }}
p.standfirst {{ font-size: {round(size_pt * 1.2)}pt; color: {t.muted_text}; line-height: 108%;
        margin-bottom: 12pt; }}
p.byline {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.8))}pt; font-weight: 700;
        color: {t.text}; margin-bottom: 1pt; }}
p.dateline {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.75))}pt;
        color: {t.muted_text}; margin-bottom: 6pt; }}
hr {{ color: {t.rule}; background-color: {t.rule}; margin-top: 8pt; margin-bottom: 14pt; }}
div.figure {{ margin-top: 8pt; margin-bottom: 14pt; }}
p.caption {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.75))}pt;
        color: {t.muted_text}; line-height: 110%; margin-top: 4pt; }}
blockquote {{ font-size: {round(size_pt * 1.3)}pt; font-style: italic; color: {t.text};
        background-color: {t.quote_background}; margin-top: 14pt; margin-bottom: 14pt;
        margin-left: 18pt; margin-right: 18pt; }}
blockquote p {{ line-height: 108%; margin-top: 6pt; margin-bottom: 6pt; }}
table {{ border-collapse: collapse; border-color: {t.rule}; margin-top: 8pt;
        margin-bottom: 14pt; font-family: {ui}; font-size: {max(8, round(size_pt * 0.8))}pt; }}
th {{ background-color: {t.quote_background}; color: {t.text}; font-weight: 700;
        padding: 4px; border: 1px solid {t.rule}; text-align: left; }}
td {{ padding: 4px; border: 1px solid {t.rule}; }}
code, pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: {max(8, size_pt - 2)}pt; }}
li {{ line-height: {lead}%; margin-bottom: 4pt; }}
p.masthead {{ font-size: {round(size_pt * 2.8)}pt; font-weight: 700; text-align: center;
        margin-top: 10pt; margin-bottom: 2pt; }}
p.edition-date {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.8))}pt;
        text-align: center; color: {t.muted_text}; }}
p.cover {{ margin-top: 6pt; margin-bottom: 12pt; }}
p.toc-section {{ font-family: {ui}; font-size: {max(8, round(size_pt * 0.75))}pt;
        font-weight: 700; color: {t.accent_text}; margin-top: 18pt; margin-bottom: 4pt; }}
p.toc-title {{ font-size: {round(size_pt * 1.3)}pt; font-weight: 700; margin-bottom: 2pt;
        line-height: 100%; }}
p.toc-title a {{ color: {t.text}; text-decoration: none; }}
p.read a {{ color: {t.muted_text}; font-weight: 400; }}
p.toc-standfirst {{ color: {t.muted_text}; margin-bottom: 10pt; line-height: 110%; }}
"""
