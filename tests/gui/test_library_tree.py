"""The library panel stays small however many editions the reader visits."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from edicola.store.library import Library
from edicola.ui.common.dates import long_date
from edicola.ui.reader.library_tree import (
    ARTICLE,
    ID,
    KIND,
    MAX_LOADED,
    LibraryTree,
    needs_shaping,
)
from edicola.ui.reader.reading_adapter import StoreReadingState
from tests.helpers.search_library import Doc, add_edition
from tests.helpers.tooltips import hover_tip


def _fill(library: Library, editions: int) -> list[str]:
    made = []
    for day in range(editions):
        docs = [Doc(f"a{n}", f"Articolo {n}", "Testo.") for n in range(5)]
        made.append(add_edition(library.db, library.search, docs, date=f"2026-01-{day + 1:02d}"))
    return made


def _tree(library: Library) -> LibraryTree:
    """The panel on the library, reading marks through the reader's adapter (as the app)."""
    return LibraryTree(library.editions, StoreReadingState(library.reading, library.editions))


def _article_items(tree: LibraryTree) -> dict[str, QTreeWidgetItem]:
    """The panel's article items by article id, as the tree holds them now."""
    every = Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
    return {str(i.data(0, ID)): i for i in tree.findItems("*", every) if i.data(0, KIND) == ARTICLE}


def _panel(
    qtbot: QtBot, library: Library, editions: int, max_kept: int | None = None
) -> tuple[LibraryTree, list[str]]:
    """A library panel on ``editions`` new editions of five articles (``max_kept``: the
    editions that may hold items before the oldest are dropped)."""
    made = _fill(library, editions)
    tree = _tree(library)
    if max_kept is not None:
        tree.max_kept = max_kept
    qtbot.addWidget(tree)
    tree.reload()
    return tree, made


def test_revealing_articles_everywhere_keeps_few_editions_loaded(
    qtbot: QtBot, library: Library
) -> None:
    # the 11th edition drops the 3 oldest
    tree, editions = _panel(qtbot, library, MAX_LOADED + 4, max_kept=MAX_LOADED + 2)
    for edition_id in editions:
        tree.reveal_article(edition_id, f"{edition_id}/a3")
        current = tree.currentItem()
        assert current is not None and current.data(0, ID) == f"{edition_id}/a3"
    expanded = [e for e in editions if tree._edition_item(e).isExpanded()]  # type: ignore[union-attr]
    assert expanded == editions[-MAX_LOADED:]
    # Each edition still holding items has its three sections and five articles.
    assert tree.loaded_item_count() == (MAX_LOADED + 1) * (3 + 5)
    first = tree._edition_item(editions[0])
    assert first is not None and first.childCount() == 0 and not first.isExpanded()
    first.setExpanded(True)  # the reader opens an edition unloaded earlier
    kinds = [
        first.child(s).child(a).data(0, KIND)  # type: ignore[union-attr]
        for s in range(first.childCount())
        for a in range(first.child(s).childCount())  # type: ignore[union-attr]
    ]
    assert kinds == [ARTICLE] * 5
    assert tree.loaded_item_count() == (MAX_LOADED + 2) * (3 + 5)
    assert not tree._edition_item(editions[-MAX_LOADED]).isExpanded()  # type: ignore[union-attr]


def _detached_articles() -> list[QTreeWidgetItem]:
    """Article items alive out of the tree (the panel's look models, which have no id,
    left out)."""
    gc.collect()
    return [
        item
        for item in gc.get_objects()
        if isinstance(item, QTreeWidgetItem)
        and isValid(item)
        and item.treeWidget() is None
        and item.data(0, KIND) == ARTICLE
        and item.data(0, ID) is not None
    ]


def test_dropped_editions_items_serve_the_next_and_nothing_accumulates(
    qtbot: QtBot, library: Library
) -> None:
    """PySide keeps an item taken out of the tree alive (its wrapper stays a child of
    the item it came from): a dropped edition's article items are kept aside and given
    to the editions loaded next, so however long the session, only those are alive out
    of the tree (deleting them, 4,700 at a time in a real library, cost 8 ms of an open
    and more in the allocator at the next commit)."""
    # the 11th edition drops the 3 oldest (15 article items aside), the 12th takes 5
    # of those; from then on every edition loaded takes its 5 items from the spares
    tree, editions = _panel(qtbot, library, MAX_LOADED + 4, max_kept=MAX_LOADED + 2)
    for edition_id in editions:
        tree.reveal_article(edition_id, f"{edition_id}/a3")
    assert tree.spare_item_count() == 2 * 5
    after_one_round = len(_detached_articles())
    assert after_one_round == tree.spare_item_count()
    for _round in range(3):
        for edition_id in editions:
            tree.reveal_article(edition_id, f"{edition_id}/a3")
        assert len(_detached_articles()) == tree.spare_item_count() <= 3 * 5
    assert tree.loaded_item_count() <= (MAX_LOADED + 2) * (3 + 5)


@pytest.mark.qt_log_ignore(r".*does not support raise.*")  # a tooltip shown again, offscreen
def test_an_item_kept_aside_shows_only_the_article_it_is_given(
    qtbot: QtBot, library: Library
) -> None:
    """A spare item was another article's: its title, read mark, accessible name and
    tooltip must all be the new article's."""
    made = []
    for day in range(MAX_LOADED + 3):
        docs = [Doc(f"a{n}", f"Giorno {day} pezzo {n}", "Testo.") for n in range(5)]
        made.append(add_edition(library.db, library.search, docs, date=f"2026-04-{day + 1:02d}"))
    first, *others = made
    for n in range(5):
        library.reading.mark_read(f"{first}/a{n}")  # the spares will all look read
    tree = _tree(library)
    tree.max_kept = MAX_LOADED  # the edition loaded after as many drops the first
    qtbot.addWidget(tree)
    tree.resize(260, 600)
    tree.show()
    tree.reload()
    tree.reveal_article(first, f"{first}/a0")
    old = _article_items(tree)[f"{first}/a0"]
    assert hover_tip(qtbot, tree, tree.visualItemRect(old)) == "<b>Giorno 0 pezzo 0</b>"
    for other in others[:MAX_LOADED]:
        tree.reveal_article(other, f"{other}/a0")
    assert tree.spare_item_count() == 5  # the first edition's
    fresh = others[MAX_LOADED]
    tree.reveal_article(fresh, f"{fresh}/a0")
    # The first edition's five went to it; then the next oldest left its own aside.
    assert tree.spare_item_count() == 5
    items = _article_items(tree)
    assert old in items.values()
    for n in range(5):
        item = items[f"{fresh}/a{n}"]
        assert item.text(0) == f"Giorno {MAX_LOADED + 1} pezzo {n}"
        assert item.font(0).bold()
        said = item.data(0, Qt.ItemDataRole.AccessibleTextRole)
        assert said == f"Giorno {MAX_LOADED + 1} pezzo {n}, unread"
    assert old.toolTip(0) == ""
    tree.scrollToItem(old)
    tip = hover_tip(qtbot, tree, tree.visualItemRect(old))
    assert tip.startswith(f"<b>Giorno {MAX_LOADED + 1} pezzo")
    # A new font: the spare items, which have the old one, are not used any more.
    tree.reveal_article(others[0], f"{others[0]}/a0")  # dropped meanwhile: loaded again
    assert tree.spare_item_count() > 0
    bigger = tree.font()
    bigger.setPointSize(bigger.pointSize() + 6)
    tree.setFont(bigger)
    assert tree.spare_item_count() == 0
    last = others[MAX_LOADED + 1]
    tree.reveal_article(last, f"{last}/a0")
    added = _article_items(tree)
    assert {added[f"{last}/a{n}"].font(0).pointSize() for n in range(5)} == {bigger.pointSize()}


def test_editions_leaving_the_last_ones_fold_and_rows_go_in_batches(
    qtbot: QtBot, library: Library
) -> None:
    """Removing rows makes Qt lay out the whole tree again: an open removes none until
    more than ``max_kept`` editions hold items, then the oldest go together."""
    tree, editions = _panel(qtbot, library, MAX_LOADED + 6, max_kept=MAX_LOADED + 4)
    removals: list[int] = []
    tree.model().rowsRemoved.connect(lambda *_args: removals.append(1))
    per_open = []
    for edition_id in editions:
        removals.clear()
        tree.reveal_article(edition_id, f"{edition_id}/a0")
        per_open.append(len(removals))
        held = sum(1 for e in editions if tree._edition_item(e).childCount())  # type: ignore[union-attr]
        assert held <= tree.max_kept
    kept = tree.max_kept
    # Removals only at the open past max_kept: the oldest editions' items, together.
    assert per_open[:kept] == [0] * kept
    assert per_open[kept] == kept + 1 - MAX_LOADED  # one removal of rows per edition
    assert per_open[kept + 1 :] == [0] * (len(editions) - kept - 1)
    assert sum(tree._edition_item(e).isExpanded() for e in editions) == MAX_LOADED  # type: ignore[union-attr,misc]


def test_a_long_run_of_editions_shows_the_newest_and_older_on_demand(
    qtbot: QtBot, library: Library
) -> None:
    from edicola.ui.reader.library_tree import BATCH, EDITION, MORE

    editions = []
    for day in range(BATCH + 5):
        docs = [Doc("a0", "Articolo", "Testo.")]
        month, dom = divmod(day, 28)
        editions.append(
            add_edition(
                library.db, library.search, docs, date=f"2026-{month + 1:02d}-{dom + 1:02d}"
            )
        )
    tree = _tree(library)
    qtbot.addWidget(tree)
    tree.reload()
    top = tree.topLevelItem(0)
    assert top is not None and top.childCount() == BATCH + 1
    more = top.child(BATCH)
    assert more is not None and more.data(0, KIND) == MORE
    assert top.child(0).data(0, ID) == editions[-1]  # type: ignore[union-attr]
    tree.itemActivated.emit(more, 0)  # the reader asks for older editions
    assert top.childCount() == BATCH + 6 and more.isHidden()
    assert top.child(BATCH + 4).data(0, ID) == editions[0]  # type: ignore[union-attr]
    tree.reload()
    tree.reveal_article(editions[0], f"{editions[0]}/a0")  # the oldest, from a search
    current = tree.currentItem()
    assert current is not None and current.data(0, ID) == f"{editions[0]}/a0"
    top = tree.topLevelItem(0)
    assert top is not None
    kinds = [top.child(i).data(0, KIND) for i in range(top.childCount())]  # type: ignore[union-attr]
    assert kinds == [EDITION] * (BATCH + 5) + [MORE]


# The offscreen platform cannot raise a popup nor grab the keyboard for it.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)")
def test_the_context_menu_asks_to_remove_the_edition_and_is_not_kept(
    qtbot: QtBot, library: Library
) -> None:
    tree, (edition_id,) = _panel(qtbot, library, 1)
    tree.resize(300, 400)
    tree.show()
    tree.reveal_article(edition_id, f"{edition_id}/a1")
    where = tree.visualItemRect(tree.currentItem()).center()

    def choose() -> None:  # the menu runs its own event loop: choose once it is up
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(0, choose)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    for _ in range(3):
        QTimer.singleShot(0, choose)
        with qtbot.waitSignal(tree.removeEditionRequested) as asked:
            event = QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, where, tree.viewport().mapToGlobal(where)
            )
            QApplication.sendEvent(tree.viewport(), event)
        assert asked.args == [edition_id]
    qtbot.waitUntil(lambda: not tree.findChildren(QMenu, "libraryTreeMenu"))


@pytest.mark.qt_log_ignore(r"This plugin does not support raise")
@pytest.mark.qt_log_ignore(r".*does not support raise.*")  # a tooltip shown again, offscreen
def test_hovering_an_article_shows_its_full_title_and_standfirst(
    qtbot: QtBot, library: Library
) -> None:
    docs = [
        Doc(
            "long",
            "Ponti <e> strade: un titolo che il pannello stretto taglia",
            "Testo.",
            standfirst="Il comune rifà i ponti & le strade del centro.",
        ),
        Doc("bare", "Piazze", "Testo."),
    ]
    edition = add_edition(library.db, library.search, docs, date="2026-02-01")
    tree = _tree(library)
    qtbot.addWidget(tree)
    tree.resize(240, 400)
    tree.show()
    tree.reload()
    tree.reveal_article(edition, f"{edition}/long")
    items = _article_items(tree)
    shown = [
        hover_tip(qtbot, tree, tree.visualItemRect(items[f"{edition}/{article}"]))
        for article in ("long", "bare")
    ]
    assert shown == [
        "<b>Ponti &lt;e&gt; strade: un titolo che il pannello stretto taglia</b>"
        "<br/>Il comune rifà i ponti &amp; le strade del centro.",
        "<b>Piazze</b>",
    ]
    # An edition's row shows its date; its tip, made on hover too, its title.
    edition_item = tree._edition_item(edition)
    assert edition_item is not None and edition_item.text(0) == long_date("2026-02-01")
    assert edition_item.toolTip(0) == ""
    assert hover_tip(qtbot, tree, tree.visualItemRect(edition_item)) == "Il Faro 2026-02-01"


def test_articles_say_and_show_whether_they_are_read(qtbot: QtBot, library: Library) -> None:
    tree, made = _panel(qtbot, library, editions=2)
    first, second = made
    library.reading.mark_read(f"{first}/a1")
    tree.reveal_article(first, f"{first}/a0")
    items = _article_items(tree)
    unread, read = items[f"{first}/a0"], items[f"{first}/a1"]
    assert unread.font(0).bold() and not read.font(0).bold()
    assert unread.data(0, Qt.ItemDataRole.AccessibleTextRole) == "Articolo 0, unread"
    assert read.data(0, Qt.ItemDataRole.AccessibleTextRole) == "Articolo 1, read"
    tree.mark_read(f"{first}/a0")
    assert not unread.font(0).bold()
    assert unread.data(0, Qt.ItemDataRole.AccessibleTextRole) == "Articolo 0, read"
    # A new font (the reader's text size) reaches the items added from then on.
    bigger = tree.font()
    bigger.setPointSize(bigger.pointSize() + 6)
    tree.setFont(bigger)
    tree.reveal_article(second, f"{second}/a0")
    added = _article_items(tree)[f"{second}/a0"]
    assert added.font(0).pointSize() == bigger.pointSize() and added.font(0).bold()


def test_the_panel_skips_shaping_and_sets_nothing_else_of_its_font(
    qtbot: QtBot, library: Library
) -> None:
    """Titles are laid out without HarfBuzz shaping at every paint (a third of an open's
    work before); that is the one attribute the panel sets, the rest is inherited."""
    tree = _tree(library)
    qtbot.addWidget(tree)
    assert tree.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    only = QFont()
    only.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    assert tree.font().resolveMask() == only.resolveMask()
    assert tree.font().family() == QApplication.font().family()


def test_a_title_in_a_script_that_needs_shaping_keeps_it(qtbot: QtBot, library: Library) -> None:
    """Unshaped, Arabic lost its joined forms: such titles get a font that shapes them."""
    assert needs_shaping("مرحبا بالعالم") and needs_shaping("नमस्ते") and needs_shaping("e\u0301")
    assert not needs_shaping("Città, l’“ultima” corsa – 5 € … Straße")
    docs = [Doc("ar", "مرحبا بالعالم", "Testo."), Doc("it", "Città e porti", "Testo.")]
    edition = add_edition(library.db, library.search, docs, date="2026-03-01")
    tree = _tree(library)
    qtbot.addWidget(tree)
    tree.reload()
    tree.reveal_article(edition, f"{edition}/ar")
    fonts = {key.rsplit("/", 1)[-1]: i.font(0) for key, i in _article_items(tree).items()}
    unshaped = QFont.StyleStrategy.PreferNoShaping
    assert not fonts["ar"].styleStrategy() & unshaped and fonts["ar"].bold()
    assert fonts["it"].styleStrategy() & unshaped and fonts["it"].bold()
