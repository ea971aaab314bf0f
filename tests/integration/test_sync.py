"""Sync through a real WebDAV server (wsgidav on 127.0.0.1): what syncs, and the faults
it survives (docs/sync.md)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from edicola.core.sync.engine import LOGS_BEFORE_SNAPSHOT, PassphraseChanged, SyncFailed
from tests.helpers.sync_fixtures import CHEAP_KDF, Device
from tests.helpers.webdav_server import WebDav

Make = Callable[..., Device]


def _articles(device: Device) -> list[str]:
    return [str(r[0]) for r in device.library.db.execute("SELECT id FROM articles ORDER BY id")]


def _bookmarks(device: Device) -> dict[str, tuple[str, float]]:
    return {b.article_id: (b.note, b.position) for b in device.library.bookmarks.list()}


def test_bookmarks_positions_and_removals_reach_the_other_device(make_device: Make) -> None:
    a, b = make_device("a"), make_device("b")
    first, second, third = _articles(a)
    a.library.bookmarks.add(first, note="da rileggere", position=0.3)
    a.library.bookmarks.add(second)
    a.library.reading.set_position(third, 0.5)
    a.library.reading.opened(third)
    done = a.sync()
    assert done.sent > 0 and done.bad == {}
    got = b.sync()
    assert got.merged > 0
    assert _bookmarks(b) == {first: ("da rileggere", 0.3), second: ("", 0.0)}
    state = b.library.reading.state(third)
    assert state is not None and state.position == 0.5 and state.last_opened is not None

    b.library.bookmarks.remove(second)
    b.library.bookmarks.set_note(first, "letto")
    b.sync()
    a.sync()
    assert _bookmarks(a) == {first: ("letto", 0.3)}
    assert a.sync().merged == 0  # nothing new: nothing merged


def test_highlights_catalogs_and_follows_sync(make_device: Make) -> None:
    a, b = make_device("a"), make_device("b")
    article = _articles(a)[0]
    mark = a.library.highlights.add(article, span=(0, 12), note="nota segreta", color="blue")
    a.library.catalogs.add("https://giornale.example/catalog.json", allow_unsigned=True)
    a.library.catalogs.subscribe(
        "https://giornale.example/catalog.json", "gazzetta", auto_download=True, keep_last=5
    )
    a.sync()
    b.sync()
    got = b.library.highlights.get(mark.id)
    assert got is not None and got.note == "nota segreta" and got.color == "blue"
    assert got.anchor is not None and got.anchor.exact == mark.anchor.exact  # type: ignore[union-attr]
    follows = b.library.catalogs.subscriptions()
    assert [(s.publication_id, s.auto_download, s.keep_last) for s in follows] == [
        ("gazzetta", True, 5)
    ]
    b.library.highlights.remove(mark.id)
    b.library.catalogs.remove("https://giornale.example/catalog.json")
    b.sync()
    a.sync()
    assert a.library.highlights.get(mark.id) is None
    assert a.library.catalogs.all() == [] and a.library.catalogs.subscriptions() == []


def test_nothing_readable_on_the_server(make_device: Make, dav: WebDav) -> None:
    a = make_device("a")
    article = _articles(a)[0]
    a.library.bookmarks.add(article, note="NOTA-SEGRETISSIMA")
    a.library.highlights.add(article, span=(0, 12), note="ALTRA-NOTA")
    a.library.catalogs.add("https://segreto.example/catalog.json")
    a.sync()
    stored = dav.files()
    assert len(stored) >= 3
    secrets = [b"NOTA-SEGRETISSIMA", b"ALTRA-NOTA", b"segreto.example", article.encode()]
    title = a.library.db.execute("SELECT title FROM articles WHERE id = ?", [article]).fetchone()
    secrets.append(str(title[0]).encode())
    for name, data in stored.items():
        for secret in secrets:
            assert secret not in data, f"{secret!r} readable in {name}"
            assert secret.decode() not in name


def _local_state(device: Device) -> tuple[object, ...]:
    db = device.library.db
    return (
        sorted(db.execute("SELECT * FROM bookmarks").fetchall()),
        sorted(db.execute("SELECT * FROM reading_state").fetchall()),
        sorted(db.execute("SELECT id, note, color FROM highlights").fetchall()),
        db.execute("SELECT count(*) FROM sync_outbox").fetchone(),
    )


def test_server_down_changes_nothing_and_loses_nothing(make_device: Make, dav: WebDav) -> None:
    a, b = make_device("a"), make_device("b")
    article = _articles(a)[0]
    a.library.bookmarks.add(article, note="scritta offline")
    b.library.bookmarks.add(_articles(b)[1], note="da b")
    b.sync()
    dav.relay.down()
    before = _local_state(a)
    with pytest.raises(SyncFailed, match="cannot reach the sync server"):
        a.sync()
    assert a.store.status().state == "failed"
    assert _local_state(a)[:3] == before[:3]
    dav.relay.up()
    a.sync()
    b.sync()
    assert _bookmarks(b)[article] == ("scritta offline", 0.0)
    assert a.store.status().state == "ok"


@pytest.mark.parametrize(
    ("method", "status", "words"),
    [
        ("PROPFIND", 401, "user name or password"),
        ("PROPFIND", 403, "403 Forbidden"),
        ("PROPFIND", 404, "no sync folder"),
        ("PUT", 409, "conflict (409)"),
        ("MOVE", 412, "412 Precondition Failed"),
        ("PUT", 507, "out of space (507"),
        ("GET", 403, "403 Forbidden"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(
    make_device: Make, dav: WebDav, method: str, status: int, words: str
) -> None:
    a, b = make_device("a"), make_device("b")
    b.library.bookmarks.add(_articles(b)[2], note="da b")
    b.sync()
    a.library.bookmarks.add(_articles(a)[0], note="mia")
    before = _local_state(a)
    dav.answer(method, status)
    with pytest.raises(SyncFailed, match=re.escape(words)) as failure:
        a.sync()
    assert "\n" not in str(failure.value)
    assert _local_state(a)[:3] == before[:3]
    a.sync()  # the fault has passed: everything goes through, nothing was lost
    b.sync()
    assert set(_bookmarks(b)) == {_articles(b)[0], _articles(b)[2]}
    assert _bookmarks(a)[_articles(a)[2]] == ("da b", 0.0)


def test_a_cut_upload_leaves_nothing_half_written(make_device: Make, dav: WebDav) -> None:
    a, b = make_device("a"), make_device("b")
    article = _articles(a)[0]
    a.library.bookmarks.add(article, note="x" * 5000)
    dav.cut_next_put(after_bytes=300)
    with pytest.raises(SyncFailed):
        a.sync()
    # Only whole files carry a real name; a cut temporary file is ignored by readers.
    for name in dav.files():
        assert name == "vault" or name.startswith("tmp-") or len(name) == 32
    assert b.sync().bad == {}
    a.sync()
    b.sync()
    assert _bookmarks(b)[article][0] == "x" * 5000


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_remote_file_is_skipped_and_reported(
    make_device: Make, dav: WebDav, damage: str
) -> None:
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    a.library.bookmarks.add(_articles(a)[0], note="da a")
    a.sync()
    c.library.bookmarks.add(_articles(c)[1], note="da c")
    c.sync()
    own_a = {f.name for f in a.store.own_files()}
    (name,) = [n for n in dav.files() if n in own_a]
    path = dav.root / "sync" / name
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        path.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    else:
        path.write_bytes(b"<html>not what we wrote</html>")
    done = b.sync()
    assert list(done.bad) == [name]
    assert name in done.bad[name][1]
    assert _bookmarks(b) == {_articles(b)[1]: ("da c", 0.0)}  # the good file still merged
    assert b.store.status().problems  # reported by sync status
    assert b.sync().bad == {}  # not read again until it changes


def test_clocks_hours_apart_still_let_the_later_edit_win(make_device: Make) -> None:
    a, b = make_device("a"), make_device("b")
    a.skew_ms = 5 * 3600 * 1000  # five hours fast
    article = _articles(a)[0]
    a.library.bookmarks.add(article, note="prima")
    a.sync()
    b.sync()
    b.library.bookmarks.set_note(article, "dopo")  # later, on a clock five hours behind
    b.sync()
    a.sync()
    assert _bookmarks(a)[article][0] == "dopo"
    assert _bookmarks(b)[article][0] == "dopo"


def test_a_device_back_after_months_offline(make_device: Make, dav: WebDav) -> None:
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    articles = _articles(a)
    c.sync()
    c.skew_ms = -120 * 24 * 3600 * 1000  # its clock stopped months ago
    c.library.bookmarks.add(articles[2], note="offline da mesi")
    a.library.bookmarks.add(articles[0], note="uno")
    for round_ in range(12):  # enough logs for a and b to write snapshots and delete logs
        a.library.reading.set_position(articles[1], round_ / 20)
        a.sync()
        b.library.reading.set_position(articles[0], round_ / 30)
        b.sync()
    own = a.store.own_files()
    assert any(f.type == "snapshot" for f in own)
    assert len(own) <= LOGS_BEFORE_SNAPSHOT  # the logs a snapshot replaced are deleted
    assert {f.name for f in own} <= set(dav.files())
    c.sync()
    a.sync()
    b.sync()
    for device in (a, b, c):
        assert _bookmarks(device) == {
            articles[0]: ("uno", 0.0),
            articles[2]: ("offline da mesi", 0.0),
        }
        state = device.library.reading.state(articles[1])
        assert state is not None and state.position == 11 / 20


def test_a_new_passphrase_on_one_device_is_asked_for_on_the_others(make_device: Make) -> None:
    from edicola.net.sync_session import Session

    a, b = make_device("a"), make_device("b")
    a.library.bookmarks.add(_articles(a)[0], note="prima del cambio")
    a.sync()
    Session.open(a.library.db, a.folder, keyring=None).change_passphrase("nuova frase", CHEAP_KDF)
    a.sync()
    b.library.bookmarks.add(_articles(b)[1], note="in attesa")
    before = _local_state(b)
    with pytest.raises(PassphraseChanged, match="enter the new one"):
        b.sync()
    assert _local_state(b)[:3] == before[:3]
    assert b.store.status().state == "passphrase"
    with pytest.raises(SyncFailed, match="passphrase does not open"):
        b.setup(passphrase="sbagliata")
    b.setup(passphrase="nuova frase")
    b.sync()
    a.sync()
    assert set(_bookmarks(a)) == set(_bookmarks(b)) == set(_articles(a)[:2])
