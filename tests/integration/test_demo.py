"""``edicola dev demo``: a signed catalog and a library following it, oldest editions in."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from edicola import paths
from edicola.cli import cli
from edicola.cli.demo_setup import catalog_url, follow_demo_catalog
from edicola.core.catalog.minisign import PublicKey, verify_file
from edicola.servers.static_host import StaticHost
from edicola.store.library import Library
from tests.helpers.catalog_check import catalog_problems


def run_demo_command(target: Path) -> str:
    result = CliRunner().invoke(cli, ["dev", "demo", "--to", str(target)])
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_makes_signed_catalog_and_library(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    run_demo_command(target)
    catalog = target / "catalog"
    public = PublicKey.load(target / "keys" / "demo.pub")
    verify_file(catalog / "catalog.json", catalog / "catalog.json.minisig", public)
    bundles = sorted((catalog / "bundles").glob("*.edicola"))
    # One bundle per sample edition source (each has an edition.json).
    assert len(bundles) == len(list(paths.EDITIONS.glob("*/*/edition.json")))
    for bundle in bundles:
        verify_file(bundle, bundle.with_name(bundle.name + ".minisig"), public)
    assert "http://127.0.0.1:8766/" in (catalog / "publications" / "il-faro.json").read_text()
    assert catalog_problems(catalog) == []  # OPDS 2.0 and Readium schemas, covers, links
    root = json.loads((catalog / "catalog.json").read_text("utf-8"))
    assert root["links"][0] == {
        "href": "http://127.0.0.1:8765/catalog.json",
        "rel": "self",
        "type": "application/opds+json",
    }
    library = Library.open(target / "library")
    try:
        (record,) = library.catalogs.all()
        assert record.url == catalog_url() == "http://127.0.0.1:8765/catalog.json"
        assert record.public_key == public.to_base64()
        assert sorted(e.id for e in library.editions.editions()) == [
            "il-faro-2026-11-23",
            "riverside-courier-2026-11-23",
        ]
        servers = {p.comments_server for p in library.editions.publications()}
        assert servers == {"http://127.0.0.1:8766/"}
    finally:
        library.close()
    before = {p: p.read_bytes() for p in catalog.rglob("*") if p.is_file()}
    output = run_demo_command(target)
    assert "unchanged" in output
    assert {p: p.read_bytes() for p in catalog.rglob("*") if p.is_file()} == before


def test_demo_catalog_follows_a_moved_port(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    run_demo_command(target)
    host = StaticHost(target / "catalog").start()  # any free port, as when 8765 is taken
    try:
        key = PublicKey.load(target / "keys" / "demo.pub").to_base64()
        library = Library.open(target / "library")
        try:
            follow_demo_catalog(library.catalogs, catalog_url(host.port), key)
            (record,) = library.catalogs.all()
            assert record.url == host.url + "catalog.json" and record.public_key == key
        finally:
            library.close()
    finally:
        host.stop()


def test_demo_comments_go_to_its_isso_as_the_readers_own(tmp_path: Path) -> None:
    """Issue 19: a catalog's server may not be on 127.0.0.1; the demo's Isso is the
    reader's own choice, and a later run keeps what the reader changed."""
    from edicola.cli.demo_setup import COMMENTS_SERVER
    from edicola.net.comment_delivery import server_guard

    target = tmp_path / "demo"
    run_demo_command(target)
    library = Library.open(target / "library")
    try:
        publications = [p.id for p in library.editions.publications()]
        assert publications
        for publication in publications:
            settings = library.comments.settings(publication)
            assert settings.server == COMMENTS_SERVER and settings.reader_set
            assert server_guard(settings, COMMENTS_SERVER) is None
        library.comments.set_server(publications[0], "")
    finally:
        library.close()
    run_demo_command(target)
    library = Library.open(target / "library")
    try:
        assert library.comments.settings(publications[0]).server is None
    finally:
        library.close()
