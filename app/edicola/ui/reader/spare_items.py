"""Article items of the editions the library panel dropped, kept for the next ones.

The panel drops its oldest editions' items in batches (``library_tree.py``).
Deleting some 4,700 of them took about 8 ms, and freeing that many small blocks
made the C allocator consolidate them at the next large allocation (about 5 ms
more, at the reading state's commit). Kept here instead, out of the tree, where
they cost Qt nothing, they are given to the editions loaded next: no more items
are ever alive than the panel held at most.

PySide keeps the wrapper of an item taken from another as that item's child, and
deletes it with it. So the dropped sections come here whole, articles and all,
under a holder item that owns them (and goes when this does), and a section is
deleted only once its last article has a new parent (:meth:`SpareItems.settle`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidgetItem

Look = tuple[bool, bool]
"""An article item's look: (read, shaped), which sets its font."""


class SpareItems:
    """Article items out of the tree, in their dropped sections, taken last first."""

    __slots__ = ("_counts", "_holder", "_looks", "_sections", "_spent")

    def __init__(self) -> None:
        self._holder = QTreeWidgetItem()
        self._sections: list[QTreeWidgetItem] = []  # the holder's, in order
        self._counts: list[int] = []  # the articles left in each
        self._looks: list[Look] = []  # every article's, in order
        self._spent: list[QTreeWidgetItem] = []  # emptied, deleted at settle()

    def __len__(self) -> int:
        return len(self._looks)

    def clear(self) -> None:
        """Drop them all (after a font change: theirs is the old one)."""
        self._holder = QTreeWidgetItem()  # the old one goes with its sections
        self._sections, self._counts, self._looks, self._spent = [], [], [], []

    def put(self, sections: list[QTreeWidgetItem], looks: list[Look]) -> None:
        """Keep ``sections``, just taken from the tree, whose articles look ``looks``
        (in order); a section with no articles is deleted."""
        self._looks += looks
        for section in sections:
            count = section.childCount()
            if count:
                self._holder.addChild(section)
                self._sections.append(section)
                self._counts.append(count)
            else:
                shiboken6.delete(section)
        if sum(self._counts) != len(self._looks):  # never expected: start afresh
            self.clear()

    def take(self, look: Look, font: QFont) -> QTreeWidgetItem | None:
        """The last article item (taking it moves no other), given ``font`` if it looked
        otherwise; None when none is left. :meth:`settle` once they have new parents."""
        if not self._looks:
            return None
        section, left = self._sections[-1], self._counts[-1] - 1
        item = section.takeChild(left)
        had = self._looks.pop()
        if left:
            self._counts[-1] = left
        else:
            self._spent.append(self._sections.pop())
            self._counts.pop()
        if item is not None and had != look:
            item.setFont(0, font)
        return item

    def settle(self) -> None:
        """Delete the sections emptied by :meth:`take`, whose items have new parents."""
        for section in self._spent:
            shiboken6.delete(section)
        self._spent.clear()
