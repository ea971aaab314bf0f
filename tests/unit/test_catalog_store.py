"""The catalog store: following, pinning, monotonic versions, subscriptions, retention."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.store.catalogs import CatalogStoreError
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

URL = "https://news.example/catalog.json"


def test_follow_pin_and_versions(library: Library) -> None:
    store = library.catalogs
    record = store.add(URL)
    assert record.public_key is None and record.highest_version == 0 and not record.allow_unsigned
    store.pin_key(URL, "RWQkey")
    store.pin_key(URL, "RWQkey")
    with pytest.raises(CatalogStoreError, match="different publisher key"):
        store.pin_key(URL, "RWQother")
    store.record_feed(URL, title="T", version=5, feed={"root": {}})
    store.record_feed(URL, title="T", version=3, feed={"root": {}})
    record = store.get(URL)
    assert record is not None and record.highest_version == 5 and record.feed == {"root": {}}
    store.add(URL, allow_unsigned=True)
    assert store.get(URL).allow_unsigned  # type: ignore[union-attr]
    with pytest.raises(CatalogStoreError, match="not a followed catalog"):
        store.set_allow_unsigned("https://other.example/", True)


def test_subscriptions(library: Library) -> None:
    store = library.catalogs
    store.add(URL)
    store.subscribe(URL, "gazzetta", auto_download=True, keep_last=3)
    store.subscribe(URL, "gazzetta", auto_download=False, keep_days=7)
    (sub,) = store.subscriptions(URL)
    assert (sub.auto_download, sub.keep_last, sub.keep_days) == (False, None, 7)
    with pytest.raises(CatalogStoreError, match="keep_last: must be at least 1"):
        store.subscribe(URL, "gazzetta", keep_last=0)
    store.remove(URL)
    assert store.subscriptions() == []


def _import(library: Library, tmp_path: Path, day: int) -> str:
    source = make_edition_source(tmp_path / f"src{day}", date=f"2026-05-{day:02d}")
    out = tmp_path / "built"
    out.mkdir(exist_ok=True)
    return library.editions.import_bundle(build_edition(source, out).path).edition_id


def test_retention_spares_bookmarks_and_unsent_comments(library: Library, tmp_path: Path) -> None:
    ids = [_import(library, tmp_path, day) for day in (1, 2, 3, 4, 5)]
    store = library.catalogs
    store.add(URL)
    sub = store.subscribe(URL, "gazzetta", keep_last=2)
    assert store.retention_candidates(sub, date(2026, 5, 5)) == ids[:3]
    tables = set(library.db.table_names())
    if "bookmarks" in tables:
        library.db.execute(
            "INSERT INTO bookmarks (article_id, created_at) VALUES (?, '2026-05-05')",
            [f"{ids[0]}/mercato"],
        )
        assert ids[0] not in store.retention_candidates(sub, date(2026, 5, 5))
    assert store.library_revisions()[ids[0]] == 1
    by_days = store.subscribe(URL, "gazzetta", keep_days=2)
    expected = [i for i in ids[:2] if not ("bookmarks" in tables and i == ids[0])]
    assert store.retention_candidates(by_days, date(2026, 5, 5)) == expected
    deleted = store.apply_retention(library.editions.delete_edition, date(2026, 5, 5))
    assert deleted == expected
    assert library.editions.edition(ids[1]) is None and library.editions.edition(ids[2])


def test_unsent_comment_protects_edition(library: Library, tmp_path: Path) -> None:
    if "comments" not in set(library.db.table_names()):
        pytest.skip("comments table not in this build")
    ids = [_import(library, tmp_path, day) for day in (1, 2)]
    store = library.catalogs
    store.add(URL)
    sub = store.subscribe(URL, "gazzetta", keep_last=1)
    columns = {c.name: c for c in library.db["comments"].columns}
    row = {name: "x" for name, c in columns.items() if c.notnull and c.default_value is None}
    row.update({"article_id": f"{ids[0]}/mercato", "state": "draft"})
    for name, column in columns.items():
        if name in row and column.type.upper().startswith("INT"):
            row[name] = 1
    row["article_id"], row["state"] = f"{ids[0]}/mercato", "draft"
    library.db["comments"].insert(row)  # type: ignore[union-attr]
    assert store.retention_candidates(sub, date(2026, 5, 5)) == []
    library.db.execute("UPDATE comments SET state = 'published'")
    assert store.retention_candidates(sub, date(2026, 5, 5)) == [ids[0]]
