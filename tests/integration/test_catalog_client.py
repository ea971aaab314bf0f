"""Fetching catalogs from a real server: signatures, pinning, freshness, hosts, size caps."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.build import build_catalog
from edicola.core.catalog.minisign import SecretKey, sign_bytes, sign_file
from edicola.core.catalog.opds import EditionState, PublicationInfo, edition_state
from edicola.core.catalog.publisher import load_folder, publish
from edicola.net.catalog_client import CatalogClient
from edicola.net.downloader import Downloader
from edicola.servers.static_server import Fault, StaticServer, serve
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def client(qapp: object, library: Library) -> Iterator[CatalogClient]:
    nam = QNetworkAccessManager()
    yield CatalogClient(nam, library.catalogs)
    nam.deleteLater()


def bundle(tmp_path: Path, date: str = "2026-05-04", revision: int = 1) -> Path:
    source = make_edition_source(tmp_path / f"src-{date}-{revision}", date=date, revision=revision)
    out = tmp_path / "built"
    out.mkdir(exist_ok=True)
    return build_edition(source, out).path


def refresh(qtbot, client: CatalogClient, url: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    outcome: list[tuple[str, ...]] = []
    client.refreshed.connect(lambda u: outcome.append(("ok", u)))
    client.failed.connect(
        lambda u, message, retryable: outcome.append(("failed", message, retryable))
    )
    client.refresh(url)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome[0]


def catalog_url(server: StaticServer) -> str:
    return server.url + "catalog.json"


def test_signed_catalog_is_pinned_and_cached(qtbot, tmp_path, server, key, client, library) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW, title="Prova")
    url = catalog_url(server)
    assert refresh(qtbot, client, url) == ("ok", url)
    record = library.catalogs.get(url)
    assert record is not None
    assert record.public_key == key.public_key.to_base64() and record.highest_version == 1
    snapshot = client.snapshot(url)
    assert snapshot is not None and snapshot.signed and snapshot.root.title == "Prova"
    (entry,) = snapshot.editions()
    assert entry.edition_id == "gazzetta-2026-05-04"
    assert entry.bundle_href == server.url + "bundles/gazzetta-2026-05-04.r1.edicola"
    # The entry downloads and verifies with the pinned key.
    downloader = Downloader(
        client.nam, library.folder / "downloads", library.editions.import_bundle
    )
    with qtbot.waitSignal(downloader.finished, timeout=10_000):
        downloader.enqueue(client.download_request(url, entry))
    revisions = library.catalogs.library_revisions()
    assert edition_state(entry.revision, revisions.get(entry.edition_id)) == EditionState.DOWNLOADED
    # A corrected edition: the catalog now offers an update.
    publish(server.root, [bundle(tmp_path, revision=2)], key=key, now=NOW)
    assert refresh(qtbot, client, url) == ("ok", url)
    (entry,) = client.snapshot(url).editions()  # type: ignore[union-attr]
    assert edition_state(entry.revision, revisions.get(entry.edition_id)) == EditionState.UPDATE


def test_offline_keeps_cached_catalog(qtbot, tmp_path, server, key, client, library) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    url = catalog_url(server)
    assert refresh(qtbot, client, url)[0] == "ok"
    server.fault("catalog.json", Fault("status", status=503))
    outcome = refresh(qtbot, client, url)
    assert outcome[0] == "failed" and "503" in outcome[1] and outcome[2] is True
    assert client.snapshot(url) is not None
    server.stop()
    outcome = refresh(qtbot, client, url)
    assert outcome[0] == "failed" and outcome[2] is True
    assert client.snapshot(url) is not None


def test_replayed_catalog_is_refused(qtbot, tmp_path, server, key, client, library) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    old = tmp_path / "old"
    shutil.copytree(server.root, old)
    publish(server.root, [], key=key, now=NOW, refresh=True)
    url = catalog_url(server)
    assert refresh(qtbot, client, url)[0] == "ok"
    shutil.rmtree(server.root)
    shutil.copytree(old, server.root)
    outcome = refresh(qtbot, client, url)
    assert outcome[0] == "failed" and outcome[2] is False
    assert "version 1 is older than version 2 already seen" in outcome[1]
    assert library.catalogs.get(url).highest_version == 2  # type: ignore[union-attr]


def test_expired_catalog_is_refused(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW - timedelta(days=40))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "expired on" in outcome[1] and outcome[2] is False
    assert client.snapshot(catalog_url(server)) is None


def test_changed_key_is_refused_with_warning(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    url = catalog_url(server)
    assert refresh(qtbot, client, url)[0] == "ok"
    other = SecretKey.generate()
    shutil.rmtree(server.root)
    publish(server.root, [bundle(tmp_path)], key=other, now=NOW, refresh=True)
    outcome = refresh(qtbot, client, url)
    assert outcome[0] == "failed" and outcome[2] is False
    assert "WARNING: the publisher key changed" in outcome[1]
    assert key.public_key.key_id_hex in outcome[1] and other.public_key.key_id_hex in outcome[1]


def test_unknown_key_signature_is_refused(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    sign_file(server.root / "catalog.json", SecretKey.generate())  # not the key the feed names
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "signature refused: signed with key" in outcome[1]


def test_tampered_catalog_is_refused(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW, title="Prova")
    root = server.root / "catalog.json"
    root.write_bytes(root.read_bytes().replace(b'"Prova"', b'"Prove"'))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "signature does not match" in outcome[1]


def test_tampered_publication_feed_is_refused(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    feed = server.root / "publications" / "gazzetta.json"
    feed.write_bytes(feed.read_bytes().replace(b"Gazzetta di Prova", b"Gazzetta di Provx"))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "does not match the hash" in outcome[1]


def test_unsigned_catalog_needs_explicit_permission(
    qtbot, tmp_path, server, client, library
) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=None, now=NOW)
    url = catalog_url(server)
    outcome = refresh(qtbot, client, url)
    assert outcome[0] == "failed" and "not signed" in outcome[1] and outcome[2] is False
    library.catalogs.set_allow_unsigned(url, True)
    assert refresh(qtbot, client, url) == ("ok", url)
    assert client.snapshot(url).signed is False  # type: ignore[union-attr]


def test_malformed_catalog_is_refused(qtbot, server, key, client) -> None:  # type: ignore[no-untyped-def]
    root = server.root / "catalog.json"
    root.write_bytes(b'{"metadata": [')
    sign_file(root, key)
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "catalog.json: malformed JSON" in outcome[1]


def test_enormous_catalog_is_refused(qtbot, server, client) -> None:  # type: ignore[no-untyped-def]
    (server.root / "catalog.json").write_bytes(b" " * (9 * 1024 * 1024))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "larger than" in outcome[1]


def test_entry_on_another_host_is_refused(qtbot, tmp_path, server, key, client) -> None:  # type: ignore[no-untyped-def]
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    folder = load_folder(server.root, "x")
    (good,) = folder.editions.values()
    evil = good.__class__(**{**good.__dict__, "bundle_href": "http://evil.example/x.edicola"})
    files = build_catalog(
        title="x",
        publications=[PublicationInfo("gazzetta", "G", "it")],
        editions=[evil],
        version=5,
        expires=NOW + timedelta(days=1),
        modified=NOW,
        publisher_key=key.public_key.to_base64(),
    )
    for rel, data in files.items():
        (server.root / rel).write_bytes(data)
    sig = sign_bytes(files["catalog.json"], key, "evil")
    (server.root / "catalog.json.minisig").write_text(sig.to_text())
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "points to another host (evil.example)" in outcome[1]


@pytest.fixture
def other_server(tmp_path: Path) -> Iterator[StaticServer]:
    """Another service on this machine (an "admin" page on another local port)."""
    root = tmp_path / "admin"
    root.mkdir()
    (root / "x.edicola").write_bytes(b"secret")
    (root / "catalog.json").write_bytes(b"{}")
    yield from serve(root)


def test_entry_on_another_local_port_is_refused_and_never_fetched(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, server, other_server, key, client
) -> None:
    """Issue 19: what a catalog names may not reach another service of this machine."""
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    (good,) = load_folder(server.root, "x").editions.values()
    target = other_server.url + "x.edicola"
    moved = good.__class__(**{**good.__dict__, "bundle_href": target})
    files = build_catalog(
        title="x",
        publications=[PublicationInfo("gazzetta", "G", "it")],
        editions=[moved],
        version=5,
        expires=NOW + timedelta(days=1),
        modified=NOW,
        publisher_key=key.public_key.to_base64(),
    )
    for rel, data in files.items():
        (server.root / rel).write_bytes(data)
    (server.root / "catalog.json.minisig").write_text(
        sign_bytes(files["catalog.json"], key, "x").to_text()
    )
    outcome = refresh(qtbot, client, catalog_url(server))
    port = other_server.url.rstrip("/").rsplit(":", 1)[1]
    assert outcome[0] == "failed" and "\n" not in outcome[1]
    assert f"points to another host (127.0.0.1:{port}), refused" in outcome[1]
    assert other_server.requests == []


def test_a_redirect_to_another_local_port_is_refused(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, server, other_server, key, client
) -> None:
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    server.fault("catalog.json", Fault("redirect", location=other_server.url + "catalog.json"))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "\n" not in outcome[1], outcome
    moved = f"redirected to another host or port ({other_server.url}catalog.json), refused"
    assert moved in outcome[1]
    assert outcome[2] is False  # not "offline": trying again will not help
    assert other_server.requests == []


@pytest.mark.parametrize("private", ["http://10.0.0.1/catalog.json", "http://[::1]:9/x"])
def test_a_redirect_to_a_private_address_is_refused(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, server, key, client, private
) -> None:
    publish(server.root, [bundle(tmp_path)], key=key, now=NOW)
    server.fault("catalog.json", Fault("redirect", location=private))
    outcome = refresh(qtbot, client, catalog_url(server))
    assert outcome[0] == "failed" and "redirected to another host or port" in outcome[1], outcome
