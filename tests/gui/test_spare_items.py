"""The library panel's spare article items: taken last first, kept alive until placed."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from edicola.ui.reader.spare_items import SpareItems

UNREAD, READ = (False, False), (True, False)


def _dropped(qtbot: QtBot, *sizes: int) -> list[QTreeWidgetItem]:
    """Sections of ``sizes`` articles each, taken out of a tree as the panel drops them."""
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    edition = QTreeWidgetItem(["edizione"])
    tree.addTopLevelItem(edition)
    for s, size in enumerate(sizes):
        section = QTreeWidgetItem([f"sezione {s}"])
        section.addChildren([QTreeWidgetItem([f"articolo {s}.{n}"]) for n in range(size)])
        edition.addChild(section)
    return edition.takeChildren()


def test_items_come_out_last_first_and_outlive_their_emptied_sections(qtbot: QtBot) -> None:
    spares = SpareItems()
    spares.put(_dropped(qtbot, 2, 0, 1), [UNREAD] * 3)
    assert len(spares) == 3
    taken = [spares.take(UNREAD, QFont()) for _ in range(4)]
    assert taken[3] is None
    placed = [item for item in taken if item is not None]
    assert [item.text(0) for item in placed] == ["articolo 2.0", "articolo 0.1", "articolo 0.0"]
    # PySide would delete an item with the section it was taken from: once they have
    # new parents, the emptied sections go and the items stay.
    parent = QTreeWidgetItem(["nuova sezione"])
    parent.addChildren(placed)
    spares.settle()
    assert all(isValid(item) for item in placed) and parent.childCount() == 3
    assert len(spares) == 0


def test_an_item_that_looked_otherwise_gets_the_font_asked_for(qtbot: QtBot) -> None:
    spares = SpareItems()
    spares.put(_dropped(qtbot, 2), [READ, UNREAD])
    bold = QFont()
    bold.setBold(True)
    same = spares.take(UNREAD, bold)  # the last one was unread already: left as it was
    other = spares.take(UNREAD, bold)  # read before: given the unread font
    assert same is not None and other is not None
    assert not same.font(0).bold() and other.font(0).bold()


def test_clearing_drops_every_spare(qtbot: QtBot) -> None:
    spares = SpareItems()
    spares.put(_dropped(qtbot, 3), [UNREAD] * 3)
    spares.clear()
    assert len(spares) == 0 and spares.take(UNREAD, QFont()) is None
