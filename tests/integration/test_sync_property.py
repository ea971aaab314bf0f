"""Three devices, 300 random offline edits each, synced in random orders, end identical.

The oracle is independent of the merge code: the test tracks what each device
had seen when it made each edit (its causal past). At the end, on every
device, each field must hold the value of an edit that no later edit of the
same field knew about — so no edit is lost except to a later edit of that
field, and an item whose removal came after every add stays removed. Clocks
are skewed by up to hours per device; the hybrid logical clocks must keep the
causal order anyway.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edicola.core.sync.merge import ALIVE
from tests.helpers.sample_library import copy_library
from tests.helpers.sync_fixtures import Device
from tests.helpers.webdav_server import WebDav

EDITS = 300
FieldKey = tuple[str, str, str]
_run = itertools.count()


class Oracle:
    """Every edit, the fields it wrote, and what its device had seen when it made it."""

    def __init__(self, devices: int) -> None:
        self.writes: dict[FieldKey, list[tuple[int, object]]] = defaultdict(list)
        self.past: list[frozenset[int]] = []
        self.known: list[set[int]] = [set() for _ in range(devices)]
        self.mine: list[set[int]] = [set() for _ in range(devices)]
        self.uploaded: set[int] = set()

    def edit(self, device: int, fields: dict[FieldKey, object]) -> None:
        op = len(self.past)
        self.past.append(frozenset(self.known[device]))
        self.known[device].add(op)
        self.mine[device].add(op)
        for key, value in fields.items():
            self.writes[key].append((op, value))

    def synced(self, device: int) -> None:
        self.known[device] |= self.uploaded
        self.uploaded |= self.mine[device]

    def allowed(self, key: FieldKey) -> set[object]:
        """Values of the writes of ``key`` that no other write of it had seen."""
        ops = self.writes[key]
        seen = set().union(*(self.past[op] for op, _ in ops))
        return {value for op, value in ops if op not in seen}


def _fields(device: Device) -> dict[FieldKey, object]:
    db = device.library.db
    found: dict[FieldKey, object] = {}
    for article, position in db.execute("SELECT article_id, position FROM reading_state"):
        found[("position", article, "position")] = position
    for article, note in db.execute("SELECT article_id, note FROM bookmarks"):
        found[("bookmark", article, ALIVE)] = True
        found[("bookmark", article, "note")] = note
    for mark, note in db.execute("SELECT id, note FROM highlights"):
        found[("highlight", mark, ALIVE)] = True
        found[("highlight", mark, "note")] = note
    for url, allow in db.execute("SELECT url, allow_unsigned FROM catalogs"):
        found[("catalog", url, ALIVE)] = True
        found[("catalog", url, "allow_unsigned")] = bool(allow)
    return found


def _edit(device: Device, rng: random.Random, articles: list[str]) -> dict[FieldKey, object]:
    """One random edit through the library's own stores; the fields it wrote."""
    lib = device.library
    article = rng.choice(articles)
    choice = rng.randrange(9)
    word = f"n{rng.randrange(10**6)}"
    if choice == 0:
        value = rng.randrange(0, 97) / 100  # below READ_AT: ``read`` stays as it was
        lib.reading.set_position(article, value)
        return {("position", article, "position"): value}
    if choice == 1:
        lib.bookmarks.add(article, note=word)
        return {("bookmark", article, ALIVE): True, ("bookmark", article, "note"): word}
    if choice == 2 and lib.bookmarks.contains(article):
        lib.bookmarks.set_note(article, word)
        return {("bookmark", article, "note"): word}
    if choice == 3 and lib.bookmarks.remove(article):
        return {("bookmark", article, ALIVE): False}
    marks = [str(r[0]) for r in lib.db.execute("SELECT id FROM highlights ORDER BY id")]
    if choice == 4 or (choice in (5, 6) and not marks):
        mark = lib.highlights.add(article, span=(0, rng.randrange(4, 30)), note=word)
        return {("highlight", mark.id, ALIVE): True, ("highlight", mark.id, "note"): word}
    if choice == 5:
        mark_id = rng.choice(marks)
        lib.highlights.edit(mark_id, note=word)
        return {("highlight", mark_id, "note"): word}
    if choice == 6:
        mark_id = rng.choice(marks)
        lib.highlights.remove(mark_id)
        return {("highlight", mark_id, ALIVE): False}
    url = f"https://catalogo-{rng.randrange(4)}.example/catalog.json"
    if choice == 7 and lib.catalogs.get(url) is not None:
        lib.catalogs.remove(url)
        return {("catalog", url, ALIVE): False}
    allow = rng.random() < 0.5
    if lib.catalogs.get(url) is None:
        lib.catalogs.add(url, allow_unsigned=allow)
        return {("catalog", url, ALIVE): True, ("catalog", url, "allow_unsigned"): allow}
    lib.catalogs.set_allow_unsigned(url, allow)
    return {("catalog", url, "allow_unsigned"): allow}


@pytest.mark.slow
@settings(
    max_examples=2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32), skews=st.lists(st.integers(-6, 6), min_size=3, max_size=3))
def test_three_devices_random_offline_edits_end_identical(
    seed: int,
    skews: list[int],
    dav: WebDav,
    sync_template: Path,
    tmp_path: Path,
    make_device: Callable[..., Device],
) -> None:
    rng = random.Random(seed)
    run = next(_run)
    devices = []
    for index, hours in enumerate(skews):
        folder = copy_library(sync_template, tmp_path / f"run{run}-device{index}")
        device = Device(folder, dav.url(f"sync-{run}"))
        device.skew_ms = hours * 3600 * 1000
        device.setup()
        devices.append(device)
    try:
        articles = [str(r[0]) for r in devices[0].library.db.execute("SELECT id FROM articles")]
        oracle = Oracle(len(devices))
        left = [EDITS] * len(devices)
        while any(left):
            index = rng.choice([i for i, n in enumerate(left) if n])
            if rng.random() < 0.07:
                devices[index].sync()
                oracle.synced(index)
                continue
            oracle.edit(index, _edit(devices[index], rng, articles))
            left[index] -= 1
        for _ in range(2):
            for index in rng.sample(range(len(devices)), len(devices)):
                devices[index].sync()
                oracle.synced(index)
        finals = [_fields(device) for device in devices]
        assert finals[1] == finals[0] and finals[2] == finals[0]
        for key in oracle.writes:
            kind, item, name = key
            alive = finals[0].get((kind, item, ALIVE), kind == "position")
            if name == ALIVE:
                assert alive in oracle.allowed(key), f"{key}: {alive} not an allowed outcome"
            elif alive:
                assert finals[0][key] in oracle.allowed(key), f"{key}: edit lost"
    finally:
        for device in devices:
            device.close()
