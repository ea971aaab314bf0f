"""The pytest plugin (``pytest11`` entry point ``edicola``): fixtures for testing editions.

Each fixture is a factory or an object that owns what it starts — temporary
folders, servers, windows — and stops or removes it when the test ends, so
tests pass in any order and outside this repository. Qt, pytest-qt and the
project's servers are imported only when a fixture is used, so having
Edicola installed costs other test suites nothing.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from datetime import date as Day
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from edicola.core.catalog.minisign import PublicKey, SecretKey
    from edicola.servers.fault_proxy import FaultProxy
    from edicola.servers.isso_server import IssoServer
    from edicola.servers.static_server import StaticServer
    from edicola.store.library import Library
    from edicola.testing.reader import ReaderDriver


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Run Qt headless where there is no display, and make pytest-qt use PySide6."""
    os.environ.setdefault("PYTEST_QT_API", "pyside6")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Folders:
    """Temporary folders removed at teardown (pytest's tmp_path is kept for a few runs)."""

    def __init__(self, prefix: str) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=prefix))
        self._count = itertools.count(1)

    def new(self, name: str) -> Path:
        folder = self.root / f"{next(self._count):03d}-{name}"
        folder.mkdir(parents=True)
        return folder

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# -- editions -------------------------------------------------------------------


class EditionFactory:
    """``edicola_edition(...)``: build a valid, signed bundle from plain data."""

    def __init__(self, folders: _Folders) -> None:
        from edicola.core.catalog.minisign import SecretKey

        self._folders = folders
        self.key: SecretKey = SecretKey.generate()
        """The key every bundle of this test is signed with."""
        self._dates: dict[str, int] = {}

    @property
    def public_key(self) -> PublicKey:
        return self.key.public_key

    def _default_date(self, publication: str) -> str:
        n = self._dates.get(publication, 0)
        self._dates[publication] = n + 1
        return (Day.today() - timedelta(days=n)).isoformat()

    def __call__(
        self,
        publication: str,
        title: str,
        language: str,
        articles: Sequence[Mapping[str, Any]],
        date: str | None = None,
        images: Mapping[str, bytes | str | Path] | None = None,
        pages: Sequence[bytes | str | Path] | None = None,
    ) -> Path:
        from edicola.core.bundle.edition_source import SourceError, build_edition
        from edicola.core.catalog.minisign import sign_file
        from edicola.testing.editions import slugify, write_edition

        day = date or self._default_date(slugify(publication))
        work = self._folders.new(f"{slugify(publication)}-{day}")
        source = write_edition(
            work / "source",
            publication=publication,
            title=title,
            language=language,
            articles=articles,
            date=day,
            images=images,
        )
        if pages:
            (source / "pages").mkdir()
            for number, page in enumerate(pages, start=1):
                data = page if isinstance(page, bytes) else Path(page).read_bytes()
                (source / "pages" / f"{number:03d}.pdf").write_bytes(data)
        try:
            built = build_edition(source, work)
        except SourceError as exc:
            raise ValueError(f"edicola_edition: {exc}") from None
        sign_file(built.path, self.key)
        return built.path


@pytest.fixture
def edicola_edition() -> Iterator[EditionFactory]:
    """``edicola_edition(publication, title, language, articles, date=None, images=None,
    pages=None) -> Path``: a valid bundle signed with ``edicola_edition.key``."""
    folders = _Folders("edicola-editions-")
    try:
        yield EditionFactory(folders)
    finally:
        folders.remove()


# -- the library and the reader -------------------------------------------------


@pytest.fixture
def edicola_library() -> Iterator[Library]:
    """A fresh, empty library (``edicola.store.library.Library``) in a temporary folder."""
    from edicola.store.library import Library

    folders = _Folders("edicola-library-")
    library = Library.open(folders.root / "library")
    try:
        yield library
    finally:
        library.close()
        folders.remove()


@pytest.fixture
def edicola_reader(qtbot: Any, edicola_library: Library) -> Iterator[ReaderDriver]:
    """The real reader window on ``edicola_library``, driven by keys, clicks and typing."""
    from edicola.testing.reader import ReaderDriver

    folders = _Folders("edicola-reader-")
    driver = ReaderDriver(qtbot, edicola_library, folders.root / "settings.ini")
    try:
        yield driver
    finally:
        driver.close()
        folders.remove()


# -- servers ----------------------------------------------------------------------


class NewsstandFactory:
    """``edicola_newsstand(bundles, key=None) -> str``: a signed OPDS catalog on HTTP."""

    def __init__(self, folders: _Folders) -> None:
        self._folders = folders
        self.servers: dict[str, StaticServer] = {}
        """Each catalog URL's server (request log, scripted faults)."""
        self.keys: dict[str, SecretKey] = {}
        """Each catalog URL's signing key."""

    def __call__(
        self, bundles: Sequence[Path | str], key: SecretKey | Path | str | None = None
    ) -> str:
        from edicola.core.catalog.minisign import SecretKey
        from edicola.core.catalog.publisher import publish
        from edicola.servers.static_server import StaticServer

        secret = key if isinstance(key, SecretKey) else None
        if key is not None and secret is None:
            secret = SecretKey.load(Path(key))  # type: ignore[arg-type]
        secret = secret or SecretKey.generate()
        www = self._folders.new("www")
        server = StaticServer(www).start()  # first: its address is the catalog's self links'
        try:
            publish(
                www,
                [Path(b) for b in bundles],
                key=secret,
                now=datetime.now(UTC),
                title="Newsstand",
                base_url=server.url,
            )
        except BaseException:
            server.stop()
            raise
        url = f"{server.url}catalog.json"
        self.servers[url] = server
        self.keys[url] = secret
        return url

    def close(self) -> None:
        for server in self.servers.values():
            server.stop()


@pytest.fixture
def edicola_newsstand() -> Iterator[NewsstandFactory]:
    """``edicola_newsstand(bundles, key=None) -> str``: serve a signed catalog of
    ``bundles`` (Range, ETag) on 127.0.0.1 and a free port; returns its URL."""
    folders = _Folders("edicola-newsstand-")
    factory = NewsstandFactory(folders)
    try:
        yield factory
    finally:
        factory.close()
        folders.remove()


class IssoFactory:
    """``edicola_isso(moderation=False, guard=False) -> str``: a real Isso server."""

    def __init__(self, folders: _Folders) -> None:
        self._folders = folders
        self.servers: dict[str, IssoServer] = {}
        """Each URL's server: what Isso stored (``count``, ``texts``), ``activate``."""

    def __call__(self, moderation: bool = False, guard: bool = False) -> str:
        from edicola.servers.isso_server import start_isso

        server = start_isso(self._folders.new("isso"), moderation=moderation, guard=guard)
        self.servers[server.url] = server
        return server.url

    def close(self) -> None:
        for server in self.servers.values():
            server.stop()


@pytest.fixture
def edicola_isso() -> Iterator[IssoFactory]:
    """``edicola_isso(moderation=False, guard=False) -> str``: start a real Isso on
    127.0.0.1 and a free port (stopped after the test); returns its URL."""
    folders = _Folders("edicola-isso-")
    factory = IssoFactory(folders)
    try:
        yield factory
    finally:
        factory.close()
        folders.remove()


class FaultProxyFactory:
    """``edicola_fault_proxy(upstream, drop=0.0, status503=0.0, stall=0.0) -> str``."""

    def __init__(self) -> None:
        self.proxies: dict[str, FaultProxy] = {}
        """Each URL's proxy: ``script(...)`` faults, ``down()``/``up()``, ``seen``."""

    def __call__(
        self,
        upstream: str | int,
        drop: float = 0.0,
        status503: float = 0.0,
        stall: float = 0.0,
        *,
        stall_seconds: float = 3.0,
        seed: int | None = 0,
    ) -> str:
        from edicola.servers.fault_proxy import FaultProxy

        if isinstance(upstream, int):
            host, port, path = "127.0.0.1", upstream, "/"
        else:
            parts = urlsplit(upstream)
            if parts.scheme != "http" or parts.port is None or not parts.hostname:
                raise ValueError(f"upstream must be http://HOST:PORT/…, not {upstream!r}")
            host, port, path = parts.hostname, parts.port, parts.path or "/"
        proxy = FaultProxy(
            port,
            upstream_host=host,
            drop=drop,
            status503=status503,
            stall=stall,
            stall_seconds=stall_seconds,
            seed=seed,
        )
        proxy.up()
        url = f"http://127.0.0.1:{proxy.port}{path}"
        self.proxies[url] = proxy
        return url

    def close(self) -> None:
        for proxy in self.proxies.values():
            proxy.close()


@pytest.fixture
def edicola_fault_proxy() -> Iterator[FaultProxyFactory]:
    """``edicola_fault_proxy(upstream, drop=0.0, status503=0.0, stall=0.0) -> str``: an
    HTTP proxy to ``upstream`` that drops, answers 503 or stalls that share of requests."""
    factory = FaultProxyFactory()
    try:
        yield factory
    finally:
        factory.close()
