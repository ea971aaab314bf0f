"""The reader keeps its library compact after imports, and stops doing so at shutdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.store.editions import ImportResult
from edicola.store.library import Library
from edicola.store.search_eras import fts_tables
from edicola.store.search_index import SearchIndex
from edicola.store.upkeep import fts_levels, wants_merge
from edicola.testing.editions import make_edition_source
from edicola.ui.app import EdicolaApp


def test_upkeep_follows_an_import_and_stops_at_shutdown(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, tmp_path: Path
) -> None:
    app = make_app()
    bundle = build_edition(make_edition_source(tmp_path / "src"), tmp_path / "built").path
    done: list[object] = []
    with qtbot.waitSignal(app.upkeep.settled, timeout=60_000):  # timing-ok: hang guard
        app.imports.submit(bundle, done.append)
    assert isinstance(done[0], ImportResult) and done[0].status == "imported"
    conn = sample_library.db.conn
    for table in fts_tables(conn):
        levels = fts_levels(conn, table)
        assert not wants_merge(levels) and not any(level.merging for level in levels)

    app.upkeep.library_changed()  # a run under way when the window closes
    assert app.upkeep.running
    app.shutdown()
    assert not app.upkeep.running and not app.imports.busy
    app.upkeep.library_changed()  # nothing is queued after shutdown
    assert not app.upkeep.running
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_index_from_before_the_eras_starts_upkeep_with_the_reader(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    sample_library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its cut (store/era_cut.py) need not wait for the next import; a library whose
    index is in eras starts no upkeep until something changes."""
    assert not sample_library.search.outgrown()
    assert not make_app().upkeep.running
    monkeypatch.setattr(SearchIndex, "outgrown", lambda self: True)
    app = make_app()
    assert app.upkeep.running  # queued once every feature was built
    qtbot.waitUntil(lambda: not app.upkeep.running, timeout=60_000)  # timing-ok: hang guard
