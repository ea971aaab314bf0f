"""The article view and the front page tell their structure to screen readers.

Read through Qt's own accessibility API, as the AT-SPI bridge reads it: the
view (Qt's text object) has its viewport as a document whose children are
headings with a level, figures holding the picture and its caption, the front
page's sections as headings over a list of articles, paragraphs and links.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QFont,
)
from pytestqt.qtbot import QtBot

from edicola.core.model import Article, Edition
from edicola.core.render import smart_text
from edicola.core.themes import THEMES
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.article_page import article_html, document_css, front_page_html
from edicola.ui.reader.article_view import ArticleView
from edicola.ui.reader.front_page import FrontPage
from tests.helpers.png_image import png_bytes

Row = tuple[int, str, str, str]  # depth, role, name, description


def tree(interface: QAccessibleInterface, depth: int = 0) -> list[Row]:
    rows: list[Row] = []
    for i in range(interface.childCount()):
        child = interface.child(i)
        assert child is not None and child.isValid()
        assert interface.indexOfChild(child) == i
        assert child.parent() is not None
        asked_by_atspi(child)
        rows.append(
            (
                depth,
                child.role().name,
                child.text(QAccessible.Text.Name),
                child.text(QAccessible.Text.Description),
            )
        )
        rows += tree(child, depth + 1)
    return rows


def asked_by_atspi(node: QAccessibleInterface) -> None:
    """What Qt's AT-SPI bridge asks every object (a wrong answer once crashed the app)."""
    assert node.textInterface() is None and node.tableCellInterface() is None
    assert node.valueInterface() is None and node.editableTextInterface() is None
    assert node.selectionInterface() is None
    node.state()
    node.relations()
    node.window()
    node.childAt(0, 0)
    node.focusChild()


def document(view: ArticleView | object) -> QAccessibleInterface:
    """The view's document: the viewport child of Qt's text object."""
    interface = QAccessible.queryAccessibleInterface(view)  # type: ignore[arg-type]
    assert interface is not None
    assert interface.textInterface() is not None  # Qt's own text stays
    found = [interface.child(i) for i in range(interface.childCount())]
    documents = [c for c in found if c is not None and c.role() == QAccessible.Role.Document]
    assert len(documents) == 1, [c.role() for c in found if c is not None]
    return documents[0]


def png() -> bytes:
    return png_bytes(40, 30, "#557799")


BODY = (
    "<p>The harbour reopened on Monday.</p>"
    "<h2>What changed</h2>"
    '<p>See <a href="https://example.org/report">the report</a> for details.</p>'
    '<div class="figure"><p><img src="edicola:image/ed-1/images/molo.png" alt="The pier"/></p>'
    '<p class="caption">The new pier at dawn</p></div>'
    "<h3>Who pays</h3>"
    "<ul><li>The city</li><li>The port authority</li></ul>"
    "<p>Works end in May.</p>"
)


def article() -> Article:
    return Article(
        "ed-1/molo", "ed-1", "city", "City", 1, "The pier reopens", "A standfirst.",
        ("Ada Rossi",), "", "", "en", 120, "", BODY,
    )  # fmt: skip


def shown_article(qtbot: QtBot, closed_by_qtbot: bool = True) -> ArticleView:
    picture = png()
    view = ArticleView(lambda _edition, _path: (picture, "image/png"))
    if closed_by_qtbot:
        qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    theme = THEMES["light"]
    page = article()
    view.show_article(
        page, article_html(page), document_css(theme, "serif", 14, 150), QFont(), theme
    )
    return view


def level(interface: QAccessibleInterface) -> int:
    attributes = interface.attributesInterface()
    assert attributes is not None
    assert attributes.attributeKeys() == [QAccessible.Attribute.Level]
    return int(attributes.attributeValue(QAccessible.Attribute.Level))


def test_article_headings_figure_caption_list_and_links(qtbot: QtBot) -> None:
    view = shown_article(qtbot)
    doc = document(view)
    assert doc.text(QAccessible.Text.Name) == "Article: The pier reopens"
    rows = tree(doc)
    top = [(role, name) for depth, role, name, _d in rows if depth == 0]
    assert top == [
        ("Paragraph", "CITY"),
        ("Heading", "The pier reopens"),
        ("Paragraph", "A standfirst."),
        ("Paragraph", "By Ada Rossi"),
        ("Paragraph", top[4][1]),  # the dateline
        ("Paragraph", "The harbour reopened on Monday."),
        ("Heading", "What changed"),
        ("Paragraph", "See the report for details."),
        ("Grouping", "The new pier at dawn"),
        ("Heading", "Who pays"),
        ("List", "Who pays"),  # named after the heading over it
        ("Paragraph", "Works end in May."),
    ]
    headings = [
        doc.child(i) for i in range(doc.childCount()) if doc.child(i).role().name == "Heading"
    ]
    assert [level(h) for h in headings] == [1, 2, 3]
    # The figure: the picture (named by its alt text) and its caption.
    figure = doc.child(8)
    assert figure.text(QAccessible.Text.Description) == "Figure"
    assert [
        (figure.child(i).role(), figure.child(i).text(QAccessible.Text.Name)) for i in range(2)
    ] == [
        (QAccessible.Role.Graphic, "The pier"),
        (QAccessible.Role.Paragraph, "The new pier at dawn"),
    ]
    assert figure.child(1).text(QAccessible.Text.Description) == "Caption"
    # A list of two items; a link inside a paragraph, which opens like a click.
    listed = doc.child(10)
    assert [listed.child(i).text(QAccessible.Text.Name) for i in range(listed.childCount())] == [
        "The city",
        "The port authority",
    ]
    link = doc.child(7).child(0)
    assert (link.role(), link.text(QAccessible.Text.Name)) == (QAccessible.Role.Link, "the report")
    assert link.state().focusable and link.state().linked
    opened: list[QUrl] = []
    view.confirm_external = lambda _parent, _url: True
    view.open_external = lambda url: opened.append(url) or True
    actions = link.actionInterface()
    assert actions is not None and QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())
    assert opened == [QUrl("https://example.org/report")]
    # Every node is on screen where the page draws it (inside the viewport when shown).
    viewport = view.viewport()
    first = doc.child(1).rect()
    assert first.isValid() and viewport.rect().translated(
        viewport.mapToGlobal(viewport.rect().topLeft())
    ).contains(first.topLeft())


def test_a_new_article_replaces_the_structure(qtbot: QtBot) -> None:
    view = shown_article(qtbot)
    doc = document(view)
    old = doc.child(1)
    assert old.text(QAccessible.Text.Name) == "The pier reopens"
    old_id = QAccessible.uniqueId(old)  # as the AT-SPI bridge registers what it hands out
    page = article()
    other = Article(**{**page.__dict__, "title": "Another day", "html": "<p>Only this.</p>"})
    theme = THEMES["light"]
    view.show_article(
        other, article_html(other), document_css(theme, "serif", 14, 150), QFont(), theme
    )
    doc = document(view)
    assert [(r, n) for _d, r, n, _x in tree(doc)][1] == ("Heading", "Another day")
    assert "Only this." in [n for _d, _r, n, _x in tree(doc)]
    assert QAccessible.accessibleInterface(old_id) is None  # the old page's left the registry


def test_closing_the_view_leaves_nothing_registered(qtbot: QtBot) -> None:
    view = shown_article(qtbot, closed_by_qtbot=False)  # this test deletes it
    doc = document(view)
    ids = [QAccessible.uniqueId(doc.child(i)) for i in range(doc.childCount())]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    with qtbot.waitSignal(view.destroyed):
        view.close()
        view.deleteLater()
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)


def test_the_front_page_is_sections_over_lists_of_articles(
    make_app: Callable[..., EdicolaApp], qtbot: QtBot
) -> None:
    app = make_app(speech_engine="mock")
    edition = next(
        e for e in app.library.editions.editions() if e.publication_id == "riverside-courier"
    )
    app.reader.open_edition(edition.id)
    front = app.reader.front_page
    doc = document(front)
    rows = tree(doc)
    assert rows[0][:3] == (0, "Heading", "The Riverside Courier")
    lists = [
        doc.child(i)
        for i in range(doc.childCount())
        if doc.child(i).role() == QAccessible.Role.List
    ]
    assert lists, rows
    articles = {a.id: a for a in app.library.editions.articles(edition.id)}
    items = [lst.child(i) for lst in lists for i in range(lst.childCount())]
    assert len(items) == len(articles)
    for lst in lists:
        heading = doc.child(doc.indexOfChild(lst) - 1)
        assert heading.role() == QAccessible.Role.Heading and level(heading) == 2
        assert lst.text(QAccessible.Text.Name) == heading.text(QAccessible.Text.Name)
    first = items[0]
    assert first.role() == QAccessible.Role.ListItem
    link = first.child(0)
    assert link.role() == QAccessible.Role.Link
    assert link.text(QAccessible.Text.Name) == first.text(QAccessible.Text.Name)
    standfirsts = {smart_text(a.standfirst, edition.language) for a in articles.values()}
    assert first.text(QAccessible.Text.Description) in standfirsts
    # Pressing an item opens its article, as Enter on its title does.
    with qtbot.waitSignal(front.articleRequested) as opened:
        first.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert opened.args[0] in articles


def test_read_articles_are_visited_links_and_standfirsts_describe_items(qtbot: QtBot) -> None:
    view = FrontPage(lambda _edition, _path: None)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    edition = Edition("ed-1", "faro", "Il Faro", "2026-11-26", "", 7, 1, None, "it")
    sections = [
        ("Cronaca", [("ed-1/a", "Title A", "Stand A.", False), ("ed-1/b", "Title B", "", True)]),
        ("Sport", [("ed-1/c", "Title C", "", False)]),
    ]
    css = document_css(THEMES["light"], "serif", 14, 150)
    view.show_edition(edition, front_page_html(edition, sections), css, QFont())
    doc = document(view)
    rows = [(d, r, n, x) for d, r, n, x in tree(doc) if r != "Paragraph"]
    assert rows == [
        (0, "Heading", "Il Faro", ""),
        (0, "Heading", "CRONACA", ""),
        (0, "List", "CRONACA", ""),
        (1, "ListItem", "Title A", "Stand A."),
        (2, "Link", "Title A", ""),
        (1, "ListItem", "Title B", ""),
        (2, "Link", "Title B", ""),
        (0, "Heading", "SPORT", ""),
        (0, "List", "SPORT", ""),
        (1, "ListItem", "Title C", ""),
        (2, "Link", "Title C", ""),
    ]
    cronaca = doc.child(3)
    assert [cronaca.child(i).child(0).state().traversed for i in range(2)] == [False, True]
