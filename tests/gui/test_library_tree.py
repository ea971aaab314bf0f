"""The library panel stays small however many editions the reader visits."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.reader.library_tree import ARTICLE, ID, KIND, MAX_LOADED, LibraryTree
from tests.helpers.search_library import Doc, add_edition


def _fill(library: Library, editions: int) -> list[str]:
    made = []
    for day in range(editions):
        docs = [Doc(f"a{n}", f"Articolo {n}", "Testo.") for n in range(5)]
        made.append(add_edition(library.db, library.search, docs, date=f"2026-01-{day + 1:02d}"))
    return made


def test_revealing_articles_everywhere_keeps_few_editions_loaded(
    qtbot: QtBot, library: Library
) -> None:
    editions = _fill(library, MAX_LOADED + 4)
    tree = LibraryTree(library.editions, library.reading)
    qtbot.addWidget(tree)
    tree.reload()
    for edition_id in editions:
        tree.reveal_article(edition_id, f"{edition_id}/a3")
        current = tree.currentItem()
        assert current is not None and current.data(0, ID) == f"{edition_id}/a3"
    # Each loaded edition holds its three sections and five articles.
    assert tree.loaded_item_count() == MAX_LOADED * (3 + 5)
    first = tree._edition_item(editions[0])
    assert first is not None and first.childCount() == 0 and not first.isExpanded()
    first.setExpanded(True)  # the reader opens an edition unloaded earlier
    kinds = [
        first.child(s).child(a).data(0, KIND)  # type: ignore[union-attr]
        for s in range(first.childCount())
        for a in range(first.child(s).childCount())  # type: ignore[union-attr]
    ]
    assert kinds == [ARTICLE] * 5
    assert tree.loaded_item_count() == MAX_LOADED * (3 + 5)


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
    tree = LibraryTree(library.editions, library.reading)
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
