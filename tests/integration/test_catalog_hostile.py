"""Signed but malformed catalogs: a one-line refusal, never a hang (issue 11 §3).

Each used to raise inside the Qt slot, so the refresh's ``done`` was never
called: ``edicola catalog`` waited forever and the GUI never refreshed again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.build import build_catalog
from edicola.core.catalog.minisign import SecretKey, sign_bytes
from edicola.core.catalog.opds import PublicationInfo
from edicola.core.catalog.publisher import load_folder, publish
from edicola.net.catalog_client import CatalogClient
from edicola.servers.static_server import StaticServer
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def client(qapp: object, library: Library) -> Iterator[CatalogClient]:
    nam = QNetworkAccessManager()
    yield CatalogClient(nam, library.catalogs)
    nam.deleteLater()


def refresh(qtbot, client: CatalogClient, url: str) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    outcome: list[tuple[Any, ...]] = []
    client.refreshed.connect(lambda u: outcome.append(("ok",)))
    client.failed.connect(lambda u, message, retryable: outcome.append(("failed", message)))
    client.refresh(url)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome[0]


def _sign_root(server: StaticServer, key: SecretKey, text: str) -> None:
    data = text.encode()
    (server.root / "catalog.json").write_bytes(data)
    sig = sign_bytes(data, key, "hostile")
    (server.root / "catalog.json.minisig").write_text(sig.to_text())


def _root_change(change: Callable[[str], str]) -> Callable[[StaticServer, SecretKey], None]:
    def apply(server: StaticServer, key: SecretKey) -> None:
        text = (server.root / "catalog.json").read_text("utf-8")
        _sign_root(server, key, change(text))

    return apply


def _json_change(change: Callable[[dict[str, Any]], None]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        data = json.loads(text)
        change(data)
        return json.dumps(data)

    return apply


def _entry_href(href: str) -> Callable[[StaticServer, SecretKey], None]:
    def apply(server: StaticServer, key: SecretKey) -> None:
        folder = load_folder(server.root, "x")
        (good,) = folder.editions.values()
        evil = good.__class__(**{**good.__dict__, "bundle_href": "http://placeholder.example/x"})
        files = build_catalog(
            title="x",
            publications=[PublicationInfo("gazzetta", "G", "it")],
            editions=[evil],
            version=5,
            expires=NOW + timedelta(days=1),
            modified=NOW,
            publisher_key=key.public_key.to_base64(),
        )
        feed = files["publications/gazzetta.json"].replace(
            b"http://placeholder.example/x", href.encode()
        )
        files["publications/gazzetta.json"] = feed
        root = json.loads(files["catalog.json"])
        root["navigation"][0]["properties"].update(
            sha256=hashlib.sha256(feed).hexdigest(), size=len(feed)
        )
        for rel, data in files.items():
            (server.root / rel).write_bytes(data)
        _sign_root(server, key, json.dumps(root))

    return apply


def _set_meta(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data["metadata"].__setitem__(key, value)


CASES = {
    "expires overflows": (
        _root_change(_json_change(_set_meta("expires", "0001-01-01T00:00:00+23:59"))),
        "metadata.expires",
    ),
    "5000-digit version": (
        _root_change(lambda t: t.replace('"version": 1', '"version": ' + "7" * 5000)),
        "digits",
    ),
    "version 2**63": (_root_change(_json_change(_set_meta("version", 2**63))), "at most"),
    "deep json": (
        _root_change(
            lambda t: t.replace('"metadata":', '"x": ' + "[" * 5000 + "]" * 5000 + ', "metadata":')
        ),
        "nested",
    ),
    "port out of range": (_entry_href("http://127.0.0.1:99999/x.edicola"), "refused"),
    "bad IPv6 literal": (_entry_href("http://[::1/x.edicola"), "refused"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_signed_catalog_is_refused_not_hung(  # type: ignore[no-untyped-def]
    name, qtbot, tmp_path: Path, server: StaticServer, client: CatalogClient
) -> None:
    key = SecretKey.generate()
    source = make_edition_source(tmp_path / "src")
    built = build_edition(source, tmp_path / "out")
    publish(server.root, [built.path], key=key, now=NOW)
    apply, expected = CASES[name]
    apply(server, key)
    outcome = refresh(qtbot, client, server.url + "catalog.json")
    assert outcome[0] == "failed" and expected in outcome[1], outcome
    assert "\n" not in outcome[1] and "Traceback" not in outcome[1]
