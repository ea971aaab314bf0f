"""The pytest plugin testers get (edicola.testing): every fixture, used as a tester would."""

from __future__ import annotations

import http.client
import json
import socket
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from edicola.core.bundle.reader import read_manifest
from edicola.core.catalog.minisign import verify_file
from edicola.testing.editions import pdf_page
from edicola.testing.plugin import FaultProxyFactory, NewsstandFactory, _Folders
from edicola.testing.reader import ReaderDriver

pytestmark = pytest.mark.qt_log_ignore(r".*propagateSizeHints.*")
BODY = "Il ponte nuovo è aperto. " * 20

ARTICLES = [
    {
        "section": "Notizie",
        "title": "Il ponte nuovo apre al traffico",
        "standfirst": "Dopo due anni di lavori.",
        "authors": ["Anna Neri"],
        "body": BODY,
        "images": [("ponte.png", "Il ponte visto dal fiume")],
    },
    {
        "section": "Notizie",
        "title": "Il mercato cambia piazza",
        "authors": "Luca Blu",
        "body": "Le bancarelle vanno al porto. "
        + "Leggi [il ponte](edicola:article/gazzetta-2026-05-04/il-ponte-nuovo-apre-al-traffico)."
        + " Mercato " * 40,
    },
    {"section": "Sport", "title": "Derby sotto la pioggia", "authors": "Ugo", "body": BODY},
]


def status_of(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", target, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()


def refused(url: str) -> bool:
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=2).close()
    except OSError:
        return True
    return False


def test_edition_is_a_valid_signed_bundle(edicola_edition: Any) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES, date="2026-05-04")
    assert bundle.name == "gazzetta-2026-05-04-r1.edicola"
    verify_file(bundle, bundle.with_name(bundle.name + ".minisig"), edicola_edition.public_key)
    other = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES[:1])
    assert other != bundle and other.exists()  # a default date never collides


def test_edition_with_printed_pages(edicola_edition: Any) -> None:
    page = pdf_page({"edicola:article/gazzetta-2026-05-04/derby": (40, 500, 300, 800)})
    articles = [{**ARTICLES[2], "id": "derby"}]
    bundle = edicola_edition("gazzetta", "G", "it", articles, date="2026-05-04", pages=[page])
    [entry] = read_manifest(bundle).raw["pages"]
    assert entry["regions"][0]["article"] == "derby"
    orphan = pdf_page({"edicola:article/gazzetta-2026-05-03/nothing": (40, 500, 300, 800)})
    with pytest.raises(ValueError, match="not an article of this edition"):
        edicola_edition("gazzetta", "G", "it", articles, date="2026-05-03", pages=[orphan])


def test_edition_rejects_an_article_without_a_body(edicola_edition: Any) -> None:
    with pytest.raises(ValueError, match="article 1 lacks body"):
        edicola_edition("gazzetta", "La Gazzetta", "it", [{"section": "A", "title": "T"}])


def test_reader_reads_walks_searches_and_bookmarks(
    edicola_edition: Any, edicola_reader: ReaderDriver, tmp_path: Path
) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES, date="2026-05-04")
    assert edicola_reader.import_bundle(bundle) == "gazzetta-2026-05-04"
    ponte = "gazzetta-2026-05-04/il-ponte-nuovo-apre-al-traffico"
    mercato = "gazzetta-2026-05-04/il-mercato-cambia-piazza"
    edicola_reader.open(mercato)
    assert edicola_reader.current_article() == mercato
    assert "Il mercato cambia piazza" in edicola_reader.text()
    assert edicola_reader.links() == [ponte]
    assert edicola_reader.previous_article() == ponte
    assert edicola_reader.images() == {"edicola:image/gazzetta-2026-05-04/images/ponte.png": True}
    assert edicola_reader.next_article() == mercato
    assert edicola_reader.next_article() == "gazzetta-2026-05-04/derby-sotto-la-pioggia"

    assert edicola_reader.search("bancarelle") == [mercato]
    assert edicola_reader.search("pioggia derby")[0].endswith("derby-sotto-la-pioggia")
    assert edicola_reader.search("bancarelle") == [mercato]  # the same query again
    assert ponte in edicola_reader.search("è aperto")  # typed beyond ASCII
    assert edicola_reader.window.search_box.text() == "è aperto"

    edicola_reader.open(ponte)
    edicola_reader.bookmark("da rileggere, è così ✓")
    [saved] = edicola_reader.library.bookmarks.list()
    assert (saved.article_id, saved.note) == (ponte, "da rileggere, è così ✓")

    shot = edicola_reader.screenshot(tmp_path / "reader.png")
    assert not QImage(str(shot)).isNull()
    assert edicola_reader.check() == []


def test_reader_highlights_passages_with_notes_and_colours(
    edicola_edition: Any, edicola_reader: ReaderDriver
) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES, date="2026-05-04")
    edicola_reader.import_bundle(bundle)
    mercato = "gazzetta-2026-05-04/il-mercato-cambia-piazza"
    edicola_reader.open(mercato)
    plain = edicola_reader.highlight("Le bancarelle vanno al porto")
    noted = edicola_reader.highlight("Leggi il ponte", note="perché là? ✓", color="blue")
    with pytest.raises(LookupError):
        edicola_reader.highlight("non c'è")
    found = {entry["id"]: entry for entry in edicola_reader.highlights()}
    assert set(found) == {plain, noted}
    assert found[plain]["quote"] == "Le bancarelle vanno al porto"
    assert (found[plain]["color"], found[plain]["note"]) == ("yellow", "")
    assert (found[noted]["color"], found[noted]["note"]) == ("blue", "perché là? ✓")
    assert found[noted]["article_id"] == mercato and found[noted]["state"] == "anchored"
    assert edicola_reader.highlights("gazzetta-2026-05-04/derby-sotto-la-pioggia") == []


def test_reader_check_reports_a_bundle_and_the_library(
    edicola_edition: Any, edicola_reader: ReaderDriver
) -> None:
    careless = [{"section": "A", "title": "Breve", "body": "Vedi http://x.example/ ora."}]
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", careless, date="2026-05-04")
    found = edicola_reader.check(bundle)
    assert any("[article-no-author]" in line for line in found)
    assert any("[body-short]" in line for line in found)
    assert edicola_reader.check() == []  # nothing imported yet
    edicola_reader.import_bundle(bundle)
    assert any("[article-no-author]" in line for line in edicola_reader.check())


def test_newsstand_serves_a_signed_catalog_with_ranges(
    edicola_edition: Any, edicola_newsstand: Any
) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES, date="2026-05-04")
    url = edicola_newsstand([bundle], key=edicola_edition.key)
    assert url.startswith("http://127.0.0.1:") and url.endswith("/catalog.json")
    with urllib.request.urlopen(url, timeout=10) as response:
        catalog = json.loads(response.read())
    assert catalog["metadata"]["title"] == "Newsstand"
    status, headers = status_of(url + ".minisig")
    assert status == 200
    www_bundle = next(
        p for p in edicola_newsstand.servers[url].root.rglob("*.edicola") if p.is_file()
    )
    path = www_bundle.relative_to(edicola_newsstand.servers[url].root).as_posix()
    base = url.rsplit("/", 1)[0]
    status, headers = status_of(f"{base}/{path}", {"Range": "bytes=0-9"})
    assert status == 206 and headers["content-length"] == "10" and headers["etag"]


def test_the_reader_downloads_from_the_newsstand(
    edicola_edition: Any, edicola_newsstand: Any, edicola_reader: ReaderDriver
) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES, date="2026-05-04")
    url = edicola_newsstand([bundle])
    controller = edicola_reader.app.newsstand
    edicola_reader.window.show_view(controller.view)
    controller.view.addCatalogRequested.emit(url, False)  # what the Add catalog dialog sends
    qtbot = edicola_reader.qtbot
    qtbot.waitUntil(lambda: controller.view.state_of("gazzetta-2026-05-04") == "available")
    download = controller.view.findChild(QPushButton, "download_gazzetta-2026-05-04")
    qtbot.mouseClick(download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.view.state_of("gazzetta-2026-05-04") == "in library", timeout=10_000
    )
    edicola_reader.open("gazzetta-2026-05-04/derby-sotto-la-pioggia")
    assert "Derby sotto la pioggia" in edicola_reader.text()


def test_fault_proxy_breaks_the_share_of_requests_it_is_told(
    edicola_edition: Any, edicola_newsstand: Any, edicola_fault_proxy: Any
) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES[:1])
    upstream = edicola_newsstand([bundle])
    fine = edicola_fault_proxy(upstream)
    assert urlsplit(fine).path == "/catalog.json"
    assert status_of(fine)[0] == 200
    assert status_of(edicola_fault_proxy(upstream, status503=1.0))[0] == 503
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        status_of(edicola_fault_proxy(upstream, drop=1.0))
    half = edicola_fault_proxy(upstream, status503=0.5)
    statuses = [status_of(half)[0] for _ in range(40)]
    assert 5 <= statuses.count(503) <= 35 and statuses.count(200) == 40 - statuses.count(503)
    with pytest.raises(ValueError, match="probability"):
        edicola_fault_proxy(upstream, drop=1.5)


def test_isso_is_real_and_answers(edicola_isso: Any) -> None:
    url = edicola_isso(moderation=True)
    status, _ = status_of(f"{url}?uri=/nothing-yet")
    assert status == 200
    server = edicola_isso.servers[url]
    assert server.count() == 0


def test_servers_stop_and_files_go_when_a_fixture_ends(edicola_edition: Any) -> None:
    bundle = edicola_edition("gazzetta", "La Gazzetta", "it", ARTICLES[:1])
    newsstand = NewsstandFactory(_Folders("edicola-test-"))
    url = newsstand([bundle])
    proxies = FaultProxyFactory()
    proxy = proxies(url)
    assert status_of(proxy)[0] == 200
    proxies.close()
    newsstand.close()
    newsstand._folders.remove()
    assert refused(url) and refused(proxy)
    assert not newsstand._folders.root.exists()
