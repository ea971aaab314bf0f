"""Rendered tiles kept by recency, bounded in bytes rather than in count.

A tile of a zoomed-in page on a HiDPI screen is a megabyte; a thumbnail is a
few kilobytes. Counting entries would either starve thumbnails or let zoomed
tiles take gigabytes, so the budget is in bytes (``QImage.sizeInBytes``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QImage

DEFAULT_BUDGET = 96 * 1024 * 1024


class TileCache:
    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self.used = 0
        self._tiles: OrderedDict[Hashable, QImage] = OrderedDict()

    def __len__(self) -> int:
        return len(self._tiles)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._tiles

    def get(self, key: Hashable) -> QImage | None:
        image = self._tiles.get(key)
        if image is not None:
            self._tiles.move_to_end(key)
        return image

    def put(self, key: Hashable, image: QImage) -> None:
        old = self._tiles.pop(key, None)
        if old is not None:
            self.used -= old.sizeInBytes()
        self._tiles[key] = image
        self.used += image.sizeInBytes()
        while self.used > self.budget and len(self._tiles) > 1:
            _, evicted = self._tiles.popitem(last=False)
            self.used -= evicted.sizeInBytes()

    def clear(self) -> None:
        self._tiles.clear()
        self.used = 0
