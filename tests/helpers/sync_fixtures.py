"""Fixtures for the sync tests: a real WebDAV server and devices that sync through it.

A *device* is a library of its own (a copy of a small template library holding
one sample edition) set up to sync with the server's folder. Its clock can be
skewed; its credentials go to the 0600 file, never to the developer's keyring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.core.sync.engine import Pass
from edicola.net.sync_session import Session, setup
from edicola.store.library import Library
from edicola.store.sync_state import SyncStore
from edicola.testing.editions import make_edition_source
from tests.helpers.sample_library import copy_library

if TYPE_CHECKING:  # wsgidav is imported only by the tests that start it
    from tests.helpers.webdav_server import WebDav

USER = "anna"
PASSWORD = "pàss wörd €"  # non-ASCII: sent as UTF-8 (RFC 7617)
PASSPHRASE = "corretto cavallo batteria graffetta"
CHEAP_KDF = {"n": 2**10, "r": 8, "p": 1}
"""Tests of the merge need not pay for the real scrypt cost at every set-up."""


def _real_ms() -> int:
    import time

    return time.time_ns() // 1_000_000


class Device:
    """One library syncing with the server; ``skew_ms`` moves its clock."""

    def __init__(self, folder: Path, url: str) -> None:
        self.folder = folder
        self.url = url
        self.skew_ms = 0
        self.library = Library.open(folder)

    def now_ms(self) -> int:
        return _real_ms() + self.skew_ms

    @property
    def store(self) -> SyncStore:
        return SyncStore(self.library.db, self.folder, self.now_ms)

    def setup(self, passphrase: str = PASSPHRASE, password: str = PASSWORD) -> None:
        setup(
            self.library.db,
            self.folder,
            self.url,
            USER,
            password,
            passphrase,
            kdf=CHEAP_KDF,
            keyring=None,
        )

    def sync(self) -> Pass:
        session = Session.open(self.library.db, self.folder, keyring=None, now_ms=self.now_ms)
        return session.run()

    def close(self) -> None:
        self.library.close()


@pytest.fixture(scope="session")
def sync_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with one three-article edition, made once per session."""
    root = tmp_path_factory.mktemp("sync-template")
    bundle = build_edition(make_edition_source(root / "source"), root).path
    library = Library.open(root / "library")
    try:
        library.editions.import_bundle(bundle)
    finally:
        library.close()
    return root / "library"


@pytest.fixture
def dav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebDav]:
    from tests.helpers.webdav_server import WebDav

    monkeypatch.setenv("EDICOLA_SYNC_KEYRING", "file")
    root = tmp_path / "dav"
    root.mkdir()
    server = WebDav(root, USER, PASSWORD)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def make_device(
    tmp_path: Path, dav: WebDav, sync_template: Path
) -> Iterator[Callable[..., Device]]:
    made: list[Device] = []

    def make(name: str, *, set_up: bool = True) -> Device:
        folder = copy_library(sync_template, tmp_path / f"device-{name}")
        device = Device(folder, dav.url())
        made.append(device)
        if set_up:
            device.setup()
        return device

    yield make
    for device in made:
        device.close()
