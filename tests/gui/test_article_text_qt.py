"""The article's text as the store counts it is the text the reader's document shows.

Highlights keep offsets in :func:`article_text` (Qt-free); the reader draws
them in its ``QTextDocument``. Both must agree on every article, or a
highlight made in one place is drawn in another.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from edicola.core.annotations.article_text import Normalised, article_text
from edicola.store.library import Library
from edicola.ui.reader.article_page import adapt_body, article_html

SNIPPETS = [
    "<p>a  b\n c</p><p> d </p>",
    "<p>a<br>b<br/>c</p>",
    "<ul><li>one</li><li><p>two</p></li></ul><p>after</p>",
    "<blockquote><p>q1</p><p>q2</p></blockquote><p>z</p>",
    "<pre><code>line1\n  line2\n\nline4\n</code></pre><p>z</p>",
    "<p>x</p><hr><p>y</p>",
    '<div class="footnote"><hr><ol><li id="fn:1"><p>note&#160;<a href="#fnref:1">↩</a></p>'
    "</li></ol></div>",
    "<p>x</p><table><thead><tr><th>H</th></tr></thead><tbody><tr><td>v</td><td></td></tr>"
    "</tbody></table><p>y</p>",
    "<dl><dt>term</dt><dd>def</dd></dl>",
    "<p>a<strong>b</strong> <em>c</em>&nbsp;d&amp;e</p>",
    "<div>loose text<p>p</p>tail</div>",
    '<p><img src="edicola:image/e/x.png" alt="A"> after <img src="https://x.example/y.png"></p>',
    '<figure><img src="edicola:image/e/x.png" alt="A"><figcaption>Cap</figcaption></figure>',
    "<h2>Head</h2><p>t</p><h3>h3</h3><p><sup>1</sup>x<sub>2</sub></p>",
]


def shown(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return Normalised(document.toPlainText()).text


def test_every_sample_article_matches_the_reader(qtbot: QtBot, sample_library: Library) -> None:
    checked = 0
    for article_id in sample_library.editions.article_ids():
        article = sample_library.editions.article(article_id)
        assert article is not None
        text = article_text(article.html, article.title)
        # The page prints kicker, headline, standfirst, byline and dateline above the body.
        assert shown(article_html(article, QLocale("it"))).endswith("\n" + text), article_id
        checked += 1
    assert checked >= 40


def test_body_html_shapes_match_the_reader(qtbot: QtBot) -> None:
    for snippet in SNIPPETS:
        assert shown(f"<html><body>{adapt_body(snippet)}</body></html>") == article_text(snippet), (
            snippet
        )
