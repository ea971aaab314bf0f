"""Suite-wide set-up: headless Qt, an isolated library and settings for every test."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Tests never need a display; set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from edicola.store.database import open_connection
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

pytest_plugins = ["tests.helpers.newsstand_fixtures", "tests.helpers.sync_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's library or settings."""
    monkeypatch.setenv("EDICOLA_LIBRARY", str(tmp_path / "default-library"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _nothing_left_behind(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a visible window, a replaced excepthook or a running
    thread behind: the next test, in whatever order, must find a clean process.

    Autouse and function-scoped, so it is torn down after qtbot has closed the
    test's own widgets and after the test's server fixtures have stopped.
    """
    hook = sys.excepthook
    threads = set(threading.enumerate())
    yield
    problems = []
    # pytest-qt swaps in hooks of its own around each phase; only ours must not stay.
    if sys.excepthook is not hook and sys.excepthook.__module__.startswith("edicola"):
        sys.excepthook = hook
        problems.append("sys.excepthook was replaced and not restored")
    for thread in set(threading.enumerate()) - threads:
        thread.join(timeout=10)  # a server thread finishing its last request
        if thread.is_alive():
            problems.append(f"thread {thread.name!r} is still running")
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            for widget in left:
                widget.close()
            problems += [f"window {w.objectName() or type(w).__name__} left open" for w in left]
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


@pytest.fixture(autouse=True)
def _every_catalog_validates(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test after which a catalog it published (``publish``, ``retire``, the CLI,
    ``feeds build --publish``, the demo, the testing plugin: all end in the
    publisher's ``_write_feeds``) does not pass the OPDS 2.0 and Readium schemas
    and the rules in tests/helpers/catalog_check.py. Checked as each is written,
    before a test tampers with it on purpose."""
    from edicola.core.catalog import publisher
    from tests.helpers.catalog_check import catalog_problems

    write_feeds = publisher._write_feeds
    problems: list[str] = []

    def checked(folder: Path, *args: Any, **kwargs: Any) -> tuple[int, bool]:
        written = write_feeds(folder, *args, **kwargs)
        problems.extend(f"{folder}/{problem}" for problem in catalog_problems(folder))
        return written

    monkeypatch.setattr(publisher, "_write_feeds", checked)
    yield
    if problems:
        pytest.fail("invalid catalog written: " + "; ".join(problems[:5]), pytrace=False)


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    """A real, empty library in a temporary folder."""
    lib = Library.open(library_dir)
    yield lib
    lib.close()


@pytest.fixture
def memory_db():  # type: ignore[no-untyped-def]
    db = open_connection(sqlite3.connect(":memory:"))
    yield db
    db.close()


@pytest.fixture
def edition_source(tmp_path: Path) -> Path:
    """A small, valid edition source folder (two sections, three articles, images)."""
    return make_edition_source(tmp_path / "source")
