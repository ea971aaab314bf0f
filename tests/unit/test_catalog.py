"""Catalog feeds (OPDS 2.0), publishing into a folder, freshness and host checks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.build import build_catalog
from edicola.core.catalog.minisign import SecretKey, verify_file
from edicola.core.catalog.opds import (
    ACQUISITION_REL,
    BUNDLE_TYPE,
    COMMENTS_REL,
    MAX_FEED_BYTES,
    CatalogError,
    EditionEntry,
    EditionState,
    PublicationInfo,
    check_freshness,
    decode_json,
    edition_state,
)
from edicola.core.catalog.parse import parse_publication_feed, parse_root
from edicola.core.catalog.publisher import PublishError, load_folder, publish, retire
from edicola.core.catalog.snapshot import parse_feed_for_reader
from edicola.testing.editions import make_edition_source

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
BASE = "https://news.example/catalog.json"
INFO = PublicationInfo("gazzetta", "La Gazzetta", "it")


def entry(date: str, revision: int = 1) -> EditionEntry:
    return EditionEntry(
        edition_id=f"gazzetta-{date}",
        publication_id="gazzetta",
        date=date,
        title=f"Gazzetta {date}",
        revision=revision,
        language="it",
        bundle_href=f"bundles/gazzetta-{date}.r{revision}.edicola",
        size=123,
        sha256="a" * 64,
        signature_href=f"bundles/gazzetta-{date}.r{revision}.edicola.minisig",
        cover_href=f"covers/gazzetta-{date}.r{revision}.png",
        cover_type="image/png",
        comments_server="https://comments.example/",
    )


def build(entries: list[EditionEntry], version: int = 1) -> dict[str, bytes]:
    return build_catalog(
        title="Test",
        publications=[INFO],
        editions=entries,
        version=version,
        expires=NOW + timedelta(days=1),
        modified=NOW,
        publisher_key=None,
    )


def test_feeds_are_paged_by_month_and_pinned_by_hash() -> None:
    entries = [entry(f"2026-0{m}-{d:02d}") for m in (3, 4, 5) for d in (1, 2)]
    files = build(entries)
    assert sorted(files) == [
        "catalog.json",
        "publications/gazzetta.json",
        "publications/gazzetta/2026-03.json",
        "publications/gazzetta/2026-04.json",
    ]
    root = parse_root(decode_json(files["catalog.json"], "catalog.json"), BASE)
    ((info, link),) = root.publications
    assert info.id == "gazzetta" and link.count == 6
    current = parse_feed_for_reader(decode_json(files[link.href], link.href), BASE, link.href)
    assert [e.date for e in current.editions] == ["2026-05-02", "2026-05-01"]
    first = current.editions[0]
    assert first.bundle_href == "https://news.example/bundles/gazzetta-2026-05-02.r1.edicola"
    assert first.cover_href == "https://news.example/covers/gazzetta-2026-05-02.r1.png"
    assert first.comments_server == "https://comments.example/"
    assert [a.title for a in current.archives] == ["2026-04", "2026-03"]
    assert current.archives[0].href == "gazzetta/2026-04.json"


def test_acquisition_link_carries_type_size_and_sha256() -> None:
    files = build([entry("2026-05-01")])
    feed = json.loads(files["publications/gazzetta.json"])
    links = feed["publications"][0]["links"]
    acquisition = next(link for link in links if link["rel"] == ACQUISITION_REL)
    assert acquisition["type"] == BUNDLE_TYPE
    assert acquisition["properties"] == {"size": 123, "sha256": "a" * 64}
    assert any(link["rel"] == COMMENTS_REL for link in links)
    assert feed["publications"][0]["metadata"]["published"] == "2026-05-01"


def test_build_is_deterministic() -> None:
    assert build([entry("2026-05-01")]) == build([entry("2026-05-01")])


def test_entry_on_another_host_is_refused() -> None:
    bad = entry("2026-05-01")
    bad = EditionEntry(**{**bad.__dict__, "bundle_href": "https://evil.example/x.edicola"})
    files = build([bad])
    data = decode_json(files["publications/gazzetta.json"], "feed")
    with pytest.raises(CatalogError, match=r"another host \(evil\.example\)"):
        parse_feed_for_reader(data, BASE, "publications/gazzetta.json")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("metadata"), "metadata: must be an object"),
        (lambda d: d["metadata"].update(version=-1), "metadata.version"),
        (lambda d: d["metadata"].update(version=True), "metadata.version"),
        (lambda d: d["metadata"].update(expires="tomorrow"), "metadata.expires"),
        (lambda d: d["metadata"].update(expires="2026-05-11T00:00:00"), "metadata.expires"),
        (lambda d: d.update(navigation={}), "navigation: must be a list"),
        (lambda d: d["navigation"][0]["properties"].update(sha256="xyz"), "sha256"),
        (lambda d: d["navigation"][0].update(href="//evil.example/p.json"), "another host"),
    ],
)
def test_malformed_root_is_refused(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(build([entry("2026-05-01")])["catalog.json"])
    mutate(data)
    with pytest.raises(CatalogError, match=message):
        parse_root(data, BASE)


def test_malformed_edition_is_refused() -> None:
    data = json.loads(build([entry("2026-05-01")])["publications/gazzetta.json"])
    data["publications"][0]["links"][0]["type"] = "application/zip"
    with pytest.raises(CatalogError, match=r"publications\[0\]\.links: acquisition link type"):
        parse_publication_feed(data, BASE, "gazzetta.json")


def test_decode_refuses_enormous_and_broken_json() -> None:
    with pytest.raises(CatalogError, match="larger than 8 MiB"):
        decode_json(b" " * (MAX_FEED_BYTES + 1), "catalog.json")
    with pytest.raises(CatalogError, match="malformed JSON at line 1"):
        decode_json(b"{nope", "catalog.json")
    with pytest.raises(CatalogError, match="invalid UTF-8"):
        decode_json(b'{"a": "\xff"}', "catalog.json")


def test_freshness() -> None:
    root = parse_root(json.loads(build([entry("2026-05-01")], version=4)["catalog.json"]), BASE)
    check_freshness(root, 4, NOW, "c")
    with pytest.raises(CatalogError, match="version 4 is older than version 5 already seen"):
        check_freshness(root, 5, NOW, "c")
    with pytest.raises(CatalogError, match="expired on 2026-05-11T12:00:00Z"):
        check_freshness(root, 0, NOW + timedelta(days=2), "c")


def test_edition_state() -> None:
    assert edition_state(1, None) == EditionState.AVAILABLE
    assert edition_state(2, 1) == EditionState.UPDATE
    assert edition_state(2, 2) == EditionState.DOWNLOADED


# -- publishing into a folder ---------------------------------------------------------------


def bundle(tmp_path: Path, date: str = "2026-05-04", revision: int = 1) -> Path:
    source = make_edition_source(tmp_path / f"src-{date}-{revision}", date=date, revision=revision)
    out = tmp_path / "built"
    out.mkdir(exist_ok=True)
    return build_edition(source, out).path


def test_publish_is_idempotent_and_signed(tmp_path: Path) -> None:
    key = SecretKey.generate()
    site = tmp_path / "site"
    first = publish(site, [bundle(tmp_path)], key=key, now=NOW, title="Prova")
    assert first.added == ["gazzetta-2026-05-04"] and first.version == 1 and first.changed
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    again = publish(site, [bundle(tmp_path)], key=key, now=NOW + timedelta(hours=1))
    assert again.unchanged == ["gazzetta-2026-05-04"] and not again.changed
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    public = key.public_key
    verify_file(site / "catalog.json", site / "catalog.json.minisig", public)
    verify_file(
        site / "bundles/gazzetta-2026-05-04.r1.edicola",
        site / "bundles/gazzetta-2026-05-04.r1.edicola.minisig",
        public,
    )
    assert (site / "covers/gazzetta-2026-05-04.r1.png").read_bytes().startswith(b"\x89PNG")
    assert load_folder(site, "x").title == "Prova"


def test_corrected_edition_bumps_revision_and_version(tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish(site, [bundle(tmp_path)], key=None, now=NOW)
    result = publish(site, [bundle(tmp_path, revision=2)], key=None, now=NOW)
    assert result.updated == ["gazzetta-2026-05-04"] and result.version == 2
    assert not (site / "bundles/gazzetta-2026-05-04.r1.edicola").exists()
    assert load_folder(site, "x").editions["gazzetta-2026-05-04"].revision == 2
    with pytest.raises(PublishError, match="revision 1 is older than the published revision 2"):
        publish(site, [bundle(tmp_path)], key=None, now=NOW)


def test_same_revision_with_other_content_is_refused(tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish(site, [bundle(tmp_path)], key=None, now=NOW)
    other = make_edition_source(tmp_path / "other", articles=None)
    (other / "articles" / "03-derby.md").unlink()
    (tmp_path / "b2").mkdir()
    changed = build_edition(other, tmp_path / "b2").path
    with pytest.raises(PublishError, match="bump the edition's revision"):
        publish(site, [changed], key=None, now=NOW)


def test_months_and_retire(tmp_path: Path) -> None:
    site = tmp_path / "site"
    bundles = [bundle(tmp_path, date) for date in ("2026-04-30", "2026-05-01", "2026-05-02")]
    publish(site, bundles, key=None, now=NOW, comments_server="https://c.example/")
    assert (site / "publications/gazzetta/2026-04.json").exists()
    assert set(load_folder(site, "x").editions) == {
        "gazzetta-2026-04-30",
        "gazzetta-2026-05-01",
        "gazzetta-2026-05-02",
    }
    result = retire(site, "gazzetta-2026-04-30", key=None, now=NOW)
    assert result.removed == ["gazzetta-2026-04-30"] and result.version == 2
    assert not (site / "publications/gazzetta/2026-04.json").exists()
    assert not (site / "bundles/gazzetta-2026-04-30.r1.edicola").exists()
    folder = load_folder(site, "x")
    assert folder.publications["gazzetta"].comments_server == "https://c.example/"
    with pytest.raises(PublishError, match="not in the catalog"):
        retire(site, "gazzetta-2026-04-30", key=None, now=NOW)


def test_broken_bundle_is_refused_and_nothing_written(tmp_path: Path) -> None:
    broken = tmp_path / "broken.edicola"
    broken.write_bytes(b"not a zip")
    with pytest.raises(PublishError, match=r"broken\.edicola"):
        publish(tmp_path / "site", [broken], key=None, now=NOW)
    assert not (tmp_path / "site").exists()
