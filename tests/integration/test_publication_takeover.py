"""One catalog cannot take over another publisher's publication (issue 11 §1), end to end.

Two signed catalogs on two real static servers, two real Isso servers (the
owner's and the attacker's), the real downloader and ``edicola comments``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey
from edicola.core.catalog.provenance import key_id
from edicola.core.catalog.publisher import publish
from edicola.net.catalog_client import CatalogClient
from edicola.net.downloader import Downloader
from edicola.servers.isso_server import IssoServer, running_isso
from edicola.servers.static_server import StaticServer, serve
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

EDITION = "gazzetta-2026-05-04"
ARTICLE = f"{EDITION}/ponte-nuovo"


@pytest.fixture
def owner_isso(tmp_path: Path) -> Iterator[IssoServer]:
    with running_isso(tmp_path / "isso-owner") as server:
        yield server


@pytest.fixture
def attacker_isso(tmp_path: Path) -> Iterator[IssoServer]:
    with running_isso(tmp_path / "isso-attacker") as server:
        yield server


@pytest.fixture
def other_server(tmp_path: Path) -> Iterator[StaticServer]:
    yield from serve(tmp_path / "www-b")


def bundle(tmp_path: Path, name: str, revision: int, comments: str, body: str) -> Path:
    source = make_edition_source(tmp_path / name, revision=revision)
    publication = json.loads((source / "publication.json").read_text("utf-8"))
    publication["comments"] = {"server": comments}
    (source / "publication.json").write_text(json.dumps(publication), "utf-8")
    article = source / "articles" / "01-ponte-nuovo.md"
    text = article.read_text("utf-8").replace("Il ponte è aperto.", body)
    article.write_text(text, "utf-8")
    out = tmp_path / f"built-{name}"
    out.mkdir()
    return build_edition(source, out).path


def refresh(qtbot, client: CatalogClient, url: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(client.refreshed, timeout=10_000):
        client.refresh(url)


def download(qtbot, client, library, url, *, accept=False) -> str:  # type: ignore[no-untyped-def]
    """Download the catalog's edition; returns '' on success or the failure message."""
    downloader = Downloader(
        client.nam, library.folder / "downloads", library.editions.import_bundle
    )
    outcome: list[str] = []
    downloader.finished.connect(lambda _e: outcome.append(""))
    downloader.failed.connect(lambda _e, message, _r: outcome.append(message))
    (entry,) = client.snapshot(url).editions()
    downloader.enqueue(client.download_request(url, entry, accept_new_publisher=accept))
    qtbot.waitUntil(lambda: bool(outcome), timeout=15_000)
    return outcome[0]


def comments(library: Library, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library.folder), "comments", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_a_second_catalog_cannot_take_over_a_publication(  # type: ignore[no-untyped-def]
    qtbot, qapp, tmp_path, server, other_server, library, owner_isso, attacker_isso
) -> None:
    key_a, key_b = SecretKey.generate(), SecretKey.generate()
    now = datetime.now(UTC)
    real = bundle(tmp_path, "a1", 1, owner_isso.url, "Il ponte è aperto.")
    publish(server.root, [real], key=key_a, now=now, title="Catalog A")
    fake = bundle(tmp_path, "b2", 2, attacker_isso.url, "Testo dell'attaccante.")
    publish(other_server.root, [fake], key=key_b, now=now, title="Catalog B")
    url_a, url_b = server.url + "catalog.json", other_server.url + "catalog.json"
    nam = QNetworkAccessManager()
    client = CatalogClient(nam, library.catalogs)

    # The library follows A and holds revision 1; Alice queues a comment for A's server.
    refresh(qtbot, client, url_a)
    assert download(qtbot, client, library, url_a) == ""
    local_id = library.comments.save_draft(
        ARTICLE, "Bel ponte", author="Alice", email="alice@example.org"
    )
    library.comments.queue(local_id)

    # B, signed by its own key, lists revision 2 with the attacker's comment server.
    refresh(qtbot, client, url_b)
    message = download(qtbot, client, library, url_b)
    assert "belongs to the catalog signed with key" in message
    assert key_id(key_a.public_key.to_base64()) in message
    assert key_id(key_b.public_key.to_base64()) in message
    assert library.catalogs.library_revisions() == {EDITION: 1}
    article = library.editions.article(ARTICLE)
    assert article is not None and "attaccante" not in article.html
    settings = library.comments.settings("gazzetta")
    assert settings.server == owner_isso.url and settings.pending_server is None
    assert "signed with key " + key_id(key_a.public_key.to_base64()) in settings.origin
    # The catalog server map follows the owner, not the first catalog listed.
    assert library.catalogs.comment_servers().get("gazzetta") in (None, owner_isso.url)

    # Both Issos are on 127.0.0.1, where a catalog's server may not go (issue 19):
    # Alice takes A's as her own, as in the server dialog.
    assert comments(library, "server", "gazzetta", owner_isso.url)[0] == 0
    # Alice's comment goes to A's server only.
    code, out, _ = comments(library, "sync")
    assert code == 0 and "1 published" in out
    assert owner_isso.texts() == ["Bel ponte"] and attacker_isso.count() == 0

    # The user explicitly accepts B: the edition is replaced, but the comment server
    # change is only pending; nothing goes to it until the user accepts that too.
    assert download(qtbot, client, library, url_b, accept=True) == ""
    assert library.editions.owner("gazzetta") == "key:" + key_b.public_key.to_base64()
    settings = library.comments.settings("gazzetta")
    assert settings.server == owner_isso.url and settings.pending_server == attacker_isso.url
    code, out, _ = comments(library, "server", "gazzetta")
    assert code == 0 and attacker_isso.url in out and "--accept" in out
    second = library.comments.save_draft(ARTICLE, "Secondo", author="Alice")
    library.comments.queue(second)
    code, out, _ = comments(library, "sync")
    assert code == 0 and attacker_isso.count() == 0 and owner_isso.count("Secondo") == 1
    code, out, _ = comments(library, "server", "gazzetta", "--accept")
    assert code == 0 and f"gazzetta: {attacker_isso.url}" in out
    third = library.comments.save_draft(ARTICLE, "Terzo", author="Alice")
    library.comments.queue(third)
    assert comments(library, "sync")[0] == 0
    assert attacker_isso.texts() == ["Terzo"]
    nam.deleteLater()


def test_a_bundle_must_be_what_its_catalog_entry_announced(  # type: ignore[no-untyped-def]
    qtbot, qapp, tmp_path, server, library
) -> None:
    key = SecretKey.generate()
    publish(
        server.root,
        [bundle(tmp_path, "a1", 1, "http://127.0.0.1:9/", "x")],
        key=key,
        now=datetime.now(UTC),
    )
    url = server.url + "catalog.json"
    nam = QNetworkAccessManager()
    client = CatalogClient(nam, library.catalogs)
    refresh(qtbot, client, url)
    # The publisher swaps in (and re-signs) a bundle of another revision under the same entry.
    other = bundle(tmp_path, "a3", 3, "http://127.0.0.1:9/", "y")
    (served,) = (server.root / "bundles").glob(f"{EDITION}.r1.edicola")
    (entry,) = client.snapshot(url).editions()  # type: ignore[union-attr]
    served.write_bytes(other.read_bytes())
    from dataclasses import replace

    from edicola.core.bundle.format import file_sha256
    from edicola.core.catalog.minisign import sign_file

    sign_file(served, key)
    request = replace(
        client.download_request(url, entry), size=served.stat().st_size, sha256=file_sha256(served)
    )
    downloader = Downloader(nam, library.folder / "downloads", library.editions.import_bundle)
    with qtbot.waitSignal(downloader.failed, timeout=10_000) as blocker:
        downloader.enqueue(request)
    assert "revision 3" in blocker.args[1] and "announced" in blocker.args[1]
    assert library.catalogs.library_revisions() == {}
    nam.deleteLater()
