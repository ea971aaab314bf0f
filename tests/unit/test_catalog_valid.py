"""Catalogs that OPDS 2.0 clients take (issue 20): no ``null`` numbers, absolute ``self``
links once the catalog's public address is known (``--base-url``, then kept), and a
cover for every edition, drawn when its bundle has none. Every catalog the suite
writes is checked too (``_every_catalog_validates`` in tests/conftest.py); these
tests say what the check catches and how ``publish`` meets it."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.build import build_catalog, catalog_base
from edicola.core.catalog.opds import PublicationInfo
from edicola.core.catalog.publisher import PublishError, load_folder, publish, retire
from edicola.testing.editions import make_edition_source
from tests.helpers.catalog_check import catalog_problems

NOW = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)
BASE = "https://news.example/gazzetta/"


def bundle(tmp_path: Path, date: str, *, cover: bool = True, number: bool = True) -> Path:
    """A built edition; without ``cover`` or ``number`` as a feeds-less librarian's may be."""
    source = make_edition_source(tmp_path / f"src-{date}", date=date)
    edition = json.loads((source / "edition.json").read_text("utf-8"))
    if not cover:
        del edition["cover"]
        (source / "cover.png").unlink()
    if not number:
        del edition["number"]
    (source / "edition.json").write_text(json.dumps(edition), "utf-8")
    out = tmp_path / "built"
    out.mkdir(exist_ok=True)
    return build_edition(source, out).path


def read(folder: Path, rel: str) -> Any:
    return json.loads((folder / rel).read_text("utf-8"))


def self_hrefs(folder: Path) -> dict[str, str]:
    feeds = ["catalog.json", *(p.relative_to(folder).as_posix() for p in folder.rglob("*/*.json"))]
    return {
        rel: next(link["href"] for link in read(folder, rel)["links"] if link["rel"] == "self")
        for rel in sorted(feeds)
    }


def snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_check_catches_null_numbers_relative_self_links_and_missing_covers(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    publish(site, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW, base_url=BASE)
    assert catalog_problems(site) == []
    feed_path = site / "publications" / "gazzetta.json"
    good = read(site, "publications/gazzetta.json")

    broken = json.loads(json.dumps(good))
    broken["publications"][0]["metadata"]["belongsTo"]["series"]["position"] = None
    feed_path.write_text(json.dumps(broken), "utf-8")
    assert any("belongsTo.series" in p and "'position': None" in p for p in catalog_problems(site))

    broken = json.loads(json.dumps(good))
    broken["links"][0]["href"] = "gazzetta.json"  # relative although the root names BASE
    feed_path.write_text(json.dumps(broken), "utf-8")
    assert any("is not absolute" in p for p in catalog_problems(site))

    broken = json.loads(json.dumps(good))
    del broken["publications"][0]["images"]
    feed_path.write_text(json.dumps(broken), "utf-8")
    assert any("no images" in p for p in catalog_problems(site))

    feed_path.write_text(json.dumps(good), "utf-8")
    next((site / "covers").iterdir()).unlink()
    assert any("not in the catalog folder" in p for p in catalog_problems(site))


def test_an_edition_without_cover_or_number_gets_a_drawn_cover(tmp_path: Path) -> None:
    site = tmp_path / "site"
    plain = bundle(tmp_path, "2026-05-04", cover=False, number=False)
    publish(site, [plain], key=None, now=NOW)
    assert catalog_problems(site) == []
    (edition,) = read(site, "publications/gazzetta.json")["publications"]
    assert "position" not in edition["metadata"]["belongsTo"]["series"]
    assert edition["images"] == [
        {"href": "../covers/gazzetta-2026-05-04.r1.png", "type": "image/png"}
    ]
    with Image.open(
        io.BytesIO((site / "covers" / "gazzetta-2026-05-04.r1.png").read_bytes())
    ) as im:
        assert im.format == "PNG" and im.size == (600, 800)
    before = snapshot(site)
    again = publish(site, [plain], key=None, now=NOW + timedelta(hours=1))
    assert again.unchanged == ["gazzetta-2026-05-04"] and not again.changed
    assert snapshot(site) == before  # the same edition draws the same bytes


def test_base_url_makes_self_links_absolute_and_is_kept(tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish(
        site,
        [bundle(tmp_path, "2026-04-30"), bundle(tmp_path, "2026-05-04")],
        key=None,
        now=NOW,
        base_url="https://news.example/gazzetta/catalog.json",  # the catalog's own URL works too
    )
    assert self_hrefs(site) == {
        "catalog.json": BASE + "catalog.json",
        "publications/gazzetta.json": BASE + "publications/gazzetta.json",
        "publications/gazzetta/2026-04.json": BASE + "publications/gazzetta/2026-04.json",
    }
    assert load_folder(site, "x").base_url == BASE
    before = snapshot(site)
    later = publish(site, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW + timedelta(days=1))
    assert not later.changed and later.base_url == BASE and snapshot(site) == before
    result = retire(site, "gazzetta-2026-04-30", key=None, now=NOW)
    assert result.base_url == BASE and self_hrefs(site)["catalog.json"] == BASE + "catalog.json"
    moved = publish(site, [], key=None, now=NOW, base_url="https://other.example")
    assert (
        moved.changed and self_hrefs(site)["catalog.json"] == "https://other.example/catalog.json"
    )


@pytest.mark.parametrize(
    "url",
    ["news.example/", "ftp://news.example/", "https:///x", "https://u:p@news.example/",
     "https://news.example/?a=1", "https://news example/"],
)  # fmt: skip
def test_a_bad_base_url_is_refused_and_changes_nothing(tmp_path: Path, url: str) -> None:
    with pytest.raises(ValueError):
        catalog_base(url)
    site = tmp_path / "site"
    publish(site, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW)
    before = snapshot(site)
    with pytest.raises(PublishError, match="base URL"):
        publish(site, [bundle(tmp_path, "2026-05-05")], key=None, now=NOW, base_url=url)
    assert snapshot(site) == before
    result = CliRunner().invoke(cli, ["publish", "--to", str(site), "--base-url", url, "--refresh"])
    assert result.exit_code == 2 and "--base-url" in result.output
    assert "Traceback" not in result.output and snapshot(site) == before


def test_base_urls_are_normalised() -> None:
    assert catalog_base("https://news.example") == "https://news.example/"
    assert catalog_base(" HTTPS://news.example/a%20b ") == "https://news.example/a%20b/"
    assert catalog_base("http://127.0.0.1:8765/catalog.json") == "http://127.0.0.1:8765/"
    assert catalog_base("https://news.example/edizioni/città") == (
        "https://news.example/edizioni/citt%C3%A0/"
    )


def test_the_cli_says_in_one_line_that_self_links_need_the_address(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = str(bundle(tmp_path, "2026-05-04"))
    result = CliRunner().invoke(cli, ["publish", first, "--to", str(site)])
    assert result.exit_code == 0, result.output
    (note,) = [line for line in result.output.splitlines() if "--base-url" in line]
    assert note.startswith("note: ") and "self links" in note
    result = CliRunner().invoke(cli, ["publish", "--to", str(site), "--base-url", BASE])
    assert result.exit_code == 0 and "--base-url" not in result.output, result.output
    assert "catalog version 2 written" in result.output  # setting it alone is a change
    result = CliRunner().invoke(cli, ["publish", first, "--to", str(site)])
    assert "--base-url" not in result.output and "catalog version 2 unchanged" in result.output
    assert self_hrefs(site)["catalog.json"] == BASE + "catalog.json"


def test_a_catalog_published_without_covers_gets_them_on_the_next_run(tmp_path: Path) -> None:
    """As an older Edicola left it: an edition without ``images``, its bundle in the folder."""
    site = tmp_path / "site"
    old_bundle = bundle(tmp_path, "2026-05-03", cover=False)
    publish(site, [old_bundle], key=None, now=NOW)
    state = load_folder(site, "x")
    coverless = [replace(e, cover_href=None, cover_type=None) for e in state.editions.values()]
    files = build_catalog(
        title=state.title,
        publications=list(state.publications.values()),
        editions=coverless,
        version=state.version,
        expires=NOW + timedelta(days=30),
        modified=NOW,
        publisher_key=None,
    )
    for rel, data in files.items():
        (site / rel).write_bytes(data)
    shutil.rmtree(site / "covers")
    assert any("no images" in p for p in catalog_problems(site))
    result = publish(site, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW)
    assert result.added == ["gazzetta-2026-05-04"] and result.changed
    assert catalog_problems(site) == []
    assert (site / "covers" / "gazzetta-2026-05-03.r1.png").is_file()


def test_retiring_the_last_edition_leaves_a_valid_empty_catalog(tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish(site, [bundle(tmp_path, "2026-05-04")], key=None, now=NOW, base_url=BASE)
    retire(site, "gazzetta-2026-05-04", key=None, now=NOW)
    assert catalog_problems(site) == []
    root = read(site, "catalog.json")
    assert "navigation" not in root and root["groups"][0]["metadata"]["title"] == "No editions"
    assert load_folder(site, "x").editions == {}
    publish(site, [bundle(tmp_path, "2026-05-05")], key=None, now=NOW)  # and it fills again
    assert [p.title for p in load_folder(site, "x").publications.values()] == [
        "La Gazzetta di Prova"
    ]
    assert catalog_problems(site) == []


def test_a_publication_without_editions_gets_no_empty_feed() -> None:
    files = build_catalog(
        title="Vuoto",
        publications=[PublicationInfo("gazzetta", "La Gazzetta", "it")],
        editions=[],
        version=1,
        expires=NOW,
        modified=NOW,
        publisher_key=None,
    )
    assert list(files) == ["catalog.json"]
