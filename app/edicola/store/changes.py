"""What one committed change to the library did, in a form every view can read.

The import queue is the one writer of the library in the reader; after each
change that committed it announces a :class:`LibraryChange`, so the tree,
search results, bookmarks and pages refresh themselves instead of being
refreshed by hand from wherever the write happened. Qt-free, so the same
record can describe a change made by the CLI or a script.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LibraryChange:
    """Edition ids an import or a removal touched (one committed transaction)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    revised: tuple[str, ...] = ()
    """Editions already present that a newer revision replaced."""
    synced: bool = False
    """Other devices' positions, bookmarks, highlights or follows were merged in."""

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.revised or self.synced)

    @property
    def editions(self) -> frozenset[str]:
        """Every edition id the change touched."""
        return frozenset(self.added + self.removed + self.revised)
