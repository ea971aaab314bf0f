"""`edicola catalog URL` errors a new user meets, told apart, against a real static host.

A web page instead of a catalog, a server that is not running and an
unsigned catalog each get their own one-line reason naming the catalog; a
catalog that failed on its first fetch is not followed; the first good fetch
of a signed catalog prints the key it pins.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.servers.static_host import StaticHost
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source


@pytest.fixture
def site(tmp_path: Path) -> Iterator[StaticHost]:
    root = tmp_path / "site"
    root.mkdir()
    host = StaticHost(root).start()
    yield host
    host.stop()


def run(lib: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(lib), *args])
    return result.exit_code, result.stdout, result.stderr


def followed(lib: Path) -> list[str]:
    library = Library.open(lib)
    try:
        return [r.url for r in library.catalogs.all()]
    finally:
        library.close()


def test_a_web_page_is_not_a_catalog(qapp: object, tmp_path: Path, site: StaticHost) -> None:
    (site.root / "index.html").write_text("<!doctype html><html><body>News</body></html>")
    url = f"http://127.0.0.1:{site.port}/index.html"
    code, _, err = run(tmp_path / "lib", "catalog", url)
    assert code == 1 and err.startswith(f"Error: {url}: this is a web page (HTML), not a catalog")
    assert followed(tmp_path / "lib") == []  # failed on first fetch: not saved


def test_a_server_not_running_is_told_apart(qapp: object, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/catalog.json"
    code, _, err = run(tmp_path / "lib", "catalog", url)
    assert code == 1 and f"{url}: the server refused the connection" in err
    assert len(err.strip().splitlines()) == 1 and followed(tmp_path / "lib") == []


def test_unsigned_names_the_way_to_allow_it_and_signed_pins_the_key(
    qapp: object, tmp_path: Path, site: StaticHost
) -> None:
    source = make_edition_source(tmp_path / "src")
    (tmp_path / "out").mkdir()
    bundle = build_edition(source, tmp_path / "out").path
    lib = tmp_path / "lib"
    url = f"http://127.0.0.1:{site.port}/catalog.json"
    assert run(lib, "publish", str(bundle), "--to", str(site.root))[0] == 0
    code, _, err = run(lib, "catalog", url)
    assert code == 1 and "not signed" in err and "--allow-unsigned" in err
    assert followed(lib) == []

    key = tmp_path / "k.key"
    run(lib, "keygen", "-p", str(tmp_path / "k.pub"), "-s", str(key))
    assert run(lib, "publish", str(bundle), "--to", str(site.root), "--key", str(key))[0] == 0
    code, out, err = run(lib, "catalog", url)
    assert code == 0 and "gazzetta-2026-05-04" in out
    assert "pinned the publisher key " in err and followed(lib) == [url]
    code, _, err = run(lib, "catalog", url)
    assert code == 0 and "pinned" not in err  # only the first fetch pins
