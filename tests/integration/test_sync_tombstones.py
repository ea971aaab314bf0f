"""Tombstones are forgotten once every device has seen them, and forgetting them never
brings a removed item back nor loses a new one (store/sync_peers.py, docs/sync.md)."""

from __future__ import annotations

from collections.abc import Callable

from edicola.store.sync_peers import RETIRE_AFTER_MS, tombstones
from tests.helpers.sync_fixtures import Device
from tests.helpers.webdav_server import WebDav

Make = Callable[..., Device]
HOUR_MS = 3600 * 1000
DAY_MS = 24 * HOUR_MS


def _articles(device: Device) -> list[str]:
    return [str(r[0]) for r in device.library.db.execute("SELECT id FROM articles ORDER BY id")]


def _bookmarks(device: Device) -> dict[str, str]:
    return {b.article_id: b.note for b in device.library.bookmarks.list()}


def _kept(*devices: Device) -> list[int]:
    return [tombstones(device.library.db) for device in devices]


def test_a_tombstone_goes_once_every_device_has_seen_it_and_not_before(make_device: Make) -> None:
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    gone, kept, _ = _articles(a)
    a.library.bookmarks.add(gone, note="da togliere")
    a.library.bookmarks.add(kept, note="resta")
    for device in (a, b, c, a, b, c):
        device.sync()
    a.library.bookmarks.remove(gone)
    a.sync()
    b.sync()  # b has it; its acks go up at its next pass
    b.sync()
    a.sync()
    assert _kept(a, b, c) == [1, 1, 0]  # c has not seen it: a keeps it
    c.sync()  # the last to see it: everyone else has, so c forgets it at once
    a.sync()
    assert _kept(a, c) == [1, 0]  # c's acks are not up yet
    c.sync()
    a.sync()
    assert _kept(a) == [0]
    for device in (b, c, a, b, c):
        device.sync()
    assert _kept(a, b, c) == [0, 0, 0]
    assert a.store.status().summary["collected"] == 0  # the last pass had nothing left
    late = make_device("d")  # set up now: reads only what the server holds
    for device in (late, a, b, c, late):
        device.sync()
    for device in (a, b, c, late):
        assert _bookmarks(device) == {kept: "resta"}, device.folder.name


def _removal_with_a_later_note(make_device: Make) -> tuple[Device, Device, Device, str]:
    """b removes a bookmark while c, an hour ahead and not yet told, edits its note
    (stamped after the removal); then ``c`` has acknowledged the removal, ``a`` has
    had every file, and ``b`` has not heard of the note."""
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    article = _articles(a)[0]
    c.skew_ms = HOUR_MS
    a.library.bookmarks.add(article, note="prima")
    for device in (a, c, b):
        device.sync()
    b.library.bookmarks.remove(article)
    c.library.bookmarks.set_note(article, "più tardi")
    for device in (b, c, c, a):
        device.sync()
    return a, b, c, article


def test_a_note_edited_while_its_removal_travels_holds_the_removal_until_all_have_it(
    make_device: Make,
) -> None:
    a, b, c, article = _removal_with_a_later_note(make_device)
    # Every device has acknowledged the removal, b not yet c's later note: a keeps it all.
    assert _kept(a) == [1]
    # b adds the bookmark again before it hears of c's note: its stamp lies between.
    b.library.bookmarks.add(article, note="di nuovo")
    for device in (b, a, c, a, b, c, a):
        device.sync()
    # The later note wins on every device (forgotten on a alone, it lost there).
    assert [_bookmarks(d).get(article) for d in (a, b, c)] == ["più tardi"] * 3


def test_a_removal_with_a_later_note_is_forgotten_once_all_have_both(make_device: Make) -> None:
    a, b, c, article = _removal_with_a_later_note(make_device)
    for device in (a, b, c) * 3:
        device.sync()
    assert _kept(a, b, c) == [0, 0, 0]
    assert all(article not in _bookmarks(d) for d in (a, b, c))


def _past_the_horizon(a: Device, b: Device, article: str) -> None:
    """a and b move past the horizon, where the silent c no longer holds removals back,
    and sync (an edit of ``article``'s position: forgetting happens at a pass with a file)."""
    a.skew_ms = b.skew_ms = RETIRE_AFTER_MS + DAY_MS
    a.library.reading.set_position(article, 0.5)
    for device in (a, b, b, a, b):
        device.sync()


def test_a_device_away_past_the_horizon_brings_nothing_back_and_loses_nothing(
    make_device: Make,
) -> None:
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    gone, kept, new = _articles(a)
    c.library.bookmarks.add(gone, note="di c, sarà tolto")
    c.library.bookmarks.add(kept, note="resta")
    for device in (c, a, b, c, a, b):
        device.sync()
    # c goes away with its own copy; meanwhile a removes what c had written.
    a.library.bookmarks.remove(gone)
    for device in (a, b, b, a):
        device.sync()
    assert _kept(a, b) == [1, 1]  # c has not seen the removal: nobody forgets it
    _past_the_horizon(a, b, kept)
    assert _kept(a, b) == [0, 0]
    # A device set up now reads c's old files (which still hold the item) beside the
    # others' snapshots, which had merged it and no longer hold it.
    d = make_device("d")
    d.sync()
    assert _bookmarks(d) == {kept: "resta"}
    # c comes back with a bookmark made while away and an edit of the removed one;
    # the worst case: its first upload is a snapshot of its old state.
    c.library.bookmarks.add(new, note="scritto via")
    c.library.bookmarks.set_note(gone, "modificato via")
    c.library.db.execute("UPDATE sync_config SET owed = 'snapshot'")
    for device in (c, a, b, d, c, a, b, d):
        device.sync()
    for device in (a, b, c, d):
        assert _bookmarks(device) == {kept: "resta", new: "scritto via"}, device.folder.name
    assert _kept(a, b, c, d) == [0, 0, 0, 0]


def _records(device: Device) -> dict[str, int]:
    db = device.library.db
    tables = [
        str(r[0])
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync_%'"
        )
    ]
    return {
        table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables
    }


def test_a_note_made_away_past_the_horizon_survives_the_removal_as_everywhere(
    make_device: Make,
) -> None:
    """c, away past the horizon, edits a note of a bookmark the others removed and
    forgot; it learns so from their snapshots (*absence is removal*) after sending the
    note, which the others keep as a lone field. c must keep it too: b, not yet told,
    adds the bookmark again with an earlier stamp, and the later note wins everywhere."""
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    article = _articles(a)[0]
    a.library.bookmarks.add(article, note="prima")
    for device in (a, b, c, a, b, c):
        device.sync()
    a.library.bookmarks.remove(article)
    for device in (a, b, b, a):
        device.sync()
    _past_the_horizon(a, b, _articles(a)[1])
    assert _kept(a, b) == [0, 0]
    c.skew_ms = RETIRE_AFTER_MS + 2 * DAY_MS  # back a day later by its clock
    c.library.bookmarks.set_note(article, "di c")
    c.sync()  # sends the note, then drops the bookmark the others forgot
    assert article not in _bookmarks(c)
    b.library.bookmarks.add(article, note="di b")  # before it hears of c's note
    for device in (b, a, c, a, b, c):
        device.sync()
    assert [_bookmarks(d).get(article) for d in (a, b, c)] == ["di c"] * 3


def test_passes_with_nothing_new_add_no_records(make_device: Make, dav: WebDav) -> None:
    a, b = make_device("a"), make_device("b")
    first, second, _ = _articles(a)
    a.library.bookmarks.add(first)
    a.library.bookmarks.add(second)
    a.library.bookmarks.remove(second)
    for device in (a, b, a, b):
        device.sync()
    before = (_records(a), _records(b), sorted(dav.files()))
    asked = len(dav.faults.seen)
    for device in (a, b) * 5:
        device.sync()
    assert (_records(a), _records(b), sorted(dav.files())) == before
    assert len(dav.faults.seen) - asked == 10  # one listing a pass
    # The test server's relay drops the connections that ended (it used to keep them
    # all: 2 sockets a pass); the last ones may still be closing on their threads.
    assert dav.connections() <= 8
