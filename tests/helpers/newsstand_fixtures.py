"""Fixtures shared by the newsstand tests: a real static server and a signing key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from edicola.core.catalog.minisign import SecretKey
from edicola.servers.static_server import StaticServer, serve


@pytest.fixture
def server(tmp_path: Path) -> Iterator[StaticServer]:
    """A Range/ETag static server on 127.0.0.1 serving ``tmp_path/www``."""
    yield from serve(tmp_path / "www")


@pytest.fixture
def key() -> SecretKey:
    """A fresh publisher key."""
    return SecretKey.generate()
