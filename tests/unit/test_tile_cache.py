"""The tile cache keeps the most recent tiles within a byte budget."""

from __future__ import annotations

from PySide6.QtGui import QImage

from edicola.ui.pages.tile_cache import TileCache


def _tile(side: int) -> QImage:
    return QImage(side, side, QImage.Format.Format_RGB32)


def test_evicts_the_least_recently_used_by_bytes() -> None:
    cache = TileCache(budget=3 * 100 * 100 * 4)
    for key in "abc":
        cache.put(key, _tile(100))
    assert cache.used == 3 * 40_000
    assert cache.get("a") is not None  # "a" is now the most recent
    cache.put("d", _tile(100))
    assert "b" not in cache and {"a", "c", "d"} <= {k for k in "abcd" if k in cache}
    cache.put("e", _tile(50))  # 10,000 more bytes push out the oldest, "c"
    assert [k for k in "acde" if k in cache] == ["a", "d", "e"]
    assert cache.used == 90_000 <= cache.budget


def test_a_tile_larger_than_the_budget_is_kept_alone() -> None:
    cache = TileCache(budget=1000)
    cache.put("a", _tile(10))
    cache.put("huge", _tile(100))
    assert len(cache) == 1 and "huge" in cache


def test_replacing_a_key_counts_its_bytes_once() -> None:
    cache = TileCache(budget=10**9)
    cache.put("a", _tile(10))
    cache.put("a", _tile(20))
    assert cache.used == 20 * 20 * 4 and len(cache) == 1
    cache.clear()
    assert cache.used == 0 and len(cache) == 0
