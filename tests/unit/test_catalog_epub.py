"""``edicola publish --epub``: the EPUB beside each bundle, a second acquisition link, and
a catalog that still validates against the official OPDS 2.0 schema (vendored in
tests/data/opds)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.opds import ACQUISITION_REL, BUNDLE_TYPE, EPUB_TYPE
from edicola.core.catalog.publisher import load_folder, publish
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.writer import build_epub
from edicola.testing.editions import make_edition_source
from tests.helpers.catalog_check import catalog_problems, feed_validator

NOW = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)


def bundle(tmp_path: Path, date: str, revision: int = 1, number: bool = True) -> Path:
    source = make_edition_source(tmp_path / f"src-{date}-{revision}", date=date, revision=revision)
    if not number:
        edition = json.loads((source / "edition.json").read_text("utf-8"))
        del edition["number"]
        (source / "edition.json").write_text(json.dumps(edition), "utf-8")
    return build_edition(source, tmp_path / f"gazzetta-{date}-r{revision}.edicola").path


def links(folder: Path) -> list[dict[str, Any]]:
    feed = json.loads((folder / "publications" / "gazzetta.json").read_text("utf-8"))
    return [link for pub in feed["publications"] for link in pub["links"]]


def test_the_schema_check_can_fail() -> None:
    assert list(feed_validator().iter_errors({"metadata": {}, "links": []}))


def test_epub_beside_each_bundle_with_a_second_acquisition_link(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    first = bundle(tmp_path, "2026-05-04")
    publish(catalog, [first], key=None, now=NOW, epub=True)
    acquisitions = [link for link in links(catalog) if link["rel"] == ACQUISITION_REL]
    assert [link["type"] for link in acquisitions] == [BUNDLE_TYPE, EPUB_TYPE]
    epub = acquisitions[1]
    path = catalog / "publications" / epub["href"]
    assert path.resolve() == (catalog / "bundles" / "gazzetta-2026-05-04.r1.epub").resolve()
    data = path.read_bytes()
    assert data == build_epub(edition_from_bundle(first))
    assert epub["properties"] == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert catalog_problems(catalog) == []


def test_publishing_again_changes_nothing_and_keeps_the_epub(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    first = bundle(tmp_path, "2026-05-04")
    publish(catalog, [first], key=None, now=NOW, epub=True)
    before = {p: p.read_bytes() for p in catalog.rglob("*") if p.is_file()}
    again = publish(catalog, [first], key=None, now=NOW, epub=True)
    assert again.unchanged == ["gazzetta-2026-05-04"] and not again.changed
    without = publish(catalog, [first], key=None, now=NOW)  # a cron job without --epub
    assert without.unchanged == ["gazzetta-2026-05-04"]
    assert {p: p.read_bytes() for p in catalog.rglob("*") if p.is_file()} == before
    entry = load_folder(catalog, "x").editions["gazzetta-2026-05-04"]
    assert entry.epub_href == "bundles/gazzetta-2026-05-04.r1.epub"


def test_a_new_revision_replaces_its_epub(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    publish(catalog, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW, epub=True)
    result = publish(
        catalog, [bundle(tmp_path, "2026-05-04", revision=2)], key=None, now=NOW, epub=True
    )
    assert result.updated == ["gazzetta-2026-05-04"]
    assert sorted(p.name for p in (catalog / "bundles").glob("*.epub")) == [
        "gazzetta-2026-05-04.r2.epub"
    ]
    # Without --epub a new revision has no EPUB, and the old one goes.
    publish(catalog, [bundle(tmp_path, "2026-05-04", revision=3)], key=None, now=NOW)
    assert not list((catalog / "bundles").glob("*.epub"))
    assert EPUB_TYPE not in [link.get("type") for link in links(catalog)]


def test_catalogs_validate_against_opds_2(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    publish(
        catalog,
        [bundle(tmp_path, "2026-04-30", number=False), bundle(tmp_path, "2026-05-04")],
        key=None,
        now=NOW,
        epub=True,
    )
    publish(catalog, [bundle(tmp_path, "2026-05-05")], key=None, now=NOW)  # no EPUB
    assert len(list(catalog.rglob("*.json"))) == 3  # root, feed, one archive month
    assert catalog_problems(catalog) == []


def test_cli_publish_epub(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    result = CliRunner().invoke(
        cli, ["publish", str(bundle(tmp_path, "2026-05-04")), "--to", str(catalog), "--epub"]
    )
    assert result.exit_code == 0, result.output
    assert (catalog / "bundles" / "gazzetta-2026-05-04.r1.epub").exists()


@pytest.mark.parametrize(
    "link",
    [
        {"type": EPUB_TYPE, "href": "x.epub"},
        {"type": EPUB_TYPE, "href": "https://elsewhere.example/x.epub", "properties": {}},
        {"type": EPUB_TYPE, "href": 7, "properties": {"size": 1, "sha256": "a" * 64}},
        {"type": EPUB_TYPE, "href": "x.epub", "properties": {"size": True, "sha256": "a" * 64}},
        {"type": EPUB_TYPE, "href": "x.epub", "properties": {"size": 1, "sha256": "zz"}},
    ],
)
def test_a_bad_epub_link_is_ignored_not_refused(tmp_path: Path, link: dict[str, Any]) -> None:
    from edicola.core.catalog.parse import parse_publication_feed

    catalog = tmp_path / "catalog"
    publish(catalog, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW)
    path = catalog / "publications" / "gazzetta.json"
    feed = json.loads(path.read_text("utf-8"))
    feed["publications"][0]["links"].append({"rel": ACQUISITION_REL, **link})
    parsed = parse_publication_feed(feed, "https://c.example/publications/gazzetta.json", "f")
    assert parsed.editions[0].epub_href is None


def test_retire_removes_the_epub(tmp_path: Path) -> None:
    from edicola.core.catalog.publisher import retire

    catalog = tmp_path / "catalog"
    publish(catalog, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW, epub=True)
    retire(catalog, "gazzetta-2026-05-04", key=None, now=NOW)
    assert not list((catalog / "bundles").iterdir())
