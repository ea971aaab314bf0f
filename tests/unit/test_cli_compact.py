"""``edicola compact``: upkeep to its end, its sizes, and ``--vacuum`` only on request."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner

from bench.synth import bulk_insert, editions
from edicola.cli import cli
from edicola.store.database import DATABASE_NAME
from edicola.store.library import Library
from edicola.store.search_eras import fts_tables
from edicola.store.upkeep import fts_levels, wants_merge


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def make_library(folder: Path, *, old: bool) -> Path:
    """240 synthetic articles; ``old``: made as libraries were before upkeep
    (no auto-vacuum), so its free pages stay until a VACUUM."""
    if old:
        folder.mkdir()
        conn = sqlite3.connect(folder / DATABASE_NAME)
        conn.execute("PRAGMA page_size=16384")
        conn.execute("CREATE TABLE made_before (x)")
        conn.close()
    library = Library.open(folder)
    try:
        for edition in editions(240, words=120, per_edition=8):
            bulk_insert(library.db, edition, library.search)
    finally:
        library.close()
    return folder


class State(NamedTuple):
    auto_vacuum: int
    merged: bool
    results: list[object]


def state(folder: Path) -> State:
    library = Library.open(folder)
    try:
        conn = library.db.conn
        merged = not any(wants_merge(fts_levels(conn, table)) for table in fts_tables(conn))
        found = [library.search.search(q, limit=30) for q in ("il", "the", "di*", "author:a")]
        return State(conn.execute("PRAGMA auto_vacuum").fetchone()[0], merged, found)
    finally:
        library.close()


def sizes(out: str) -> tuple[float, float]:
    found = re.search(r"library\.db: ([\d.]+) MB -> ([\d.]+) MB", out)
    assert found, out
    return float(found[1]), float(found[2])


def test_compact_merges_and_vacuum_gives_space_back(tmp_path: Path) -> None:
    folder = make_library(tmp_path / "old", old=True)
    before = state(folder)
    assert not before.merged and before.auto_vacuum == 0 and any(before.results)
    code, out, _ = run(folder, "compact")
    assert code == 0
    steps = re.search(
        r"upkeep: \d+ article bodies re-packed, (\d+) merge steps, 0 pages given back", out
    )
    assert steps and int(steps[1]) > 0
    assert "of it is free pages, which later imports reuse (--vacuum gives them back)" in out
    first, second = sizes(out)
    assert second >= first  # the merge writes its segment first; its free pages stay
    assert state(folder) == before._replace(merged=True)

    code, out, _ = run(folder, "compact", "--vacuum")
    assert code == 0 and "upkeep: 0 article bodies re-packed, 0 merge steps" in out
    assert "vacuum: the whole file rewritten" in out and "free pages" not in out
    first, second = sizes(out)
    assert second < first
    assert (folder / DATABASE_NAME).stat().st_size == pytest.approx(second * 1e6, abs=5e4)
    assert state(folder) == before._replace(merged=True, auto_vacuum=2)  # now incremental


def test_compact_gives_pages_back_in_a_new_library(tmp_path: Path) -> None:
    folder = make_library(tmp_path / "new", old=False)
    code, out, _ = run(folder, "compact")
    given = re.search(
        r"upkeep: \d+ article bodies re-packed, \d+ merge steps, (\d+) pages given back", out
    )
    assert code == 0 and given and int(given[1]) > 0
    first, second = sizes(out)
    assert second < first and "free pages" not in out


def test_vacuum_is_refused_without_the_disk_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_library(tmp_path / "old", old=True)
    data = (folder / DATABASE_NAME).read_bytes()
    usage = shutil.disk_usage(folder)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=1_000_000))
    code, _, err = run(folder, "compact", "--vacuum")
    assert code == 1 and err.count("\n") == 1
    assert "--vacuum needs about" in err and "(free: 1.00 MB); nothing was changed" in err
    assert (folder / DATABASE_NAME).read_bytes() == data


def test_compact_needs_a_library(tmp_path: Path) -> None:
    code, _, err = run(tmp_path / "none", "compact")
    assert code == 1 and "no library at" in err and not (tmp_path / "none").exists()
