"""The library store: atomic imports, revisions, reads, migrations."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError
from edicola.store.database import open_library, schema_version
from edicola.store.library import Library
from edicola.store.migrations import migrations
from edicola.testing.editions import make_edition_source


@pytest.fixture
def bundle(edition_source: Path, tmp_path: Path) -> Path:
    return build_edition(edition_source, tmp_path).path


def test_import_then_read_back(library: Library, bundle: Path) -> None:
    result = library.editions.import_bundle(bundle)
    assert (result.status, result.articles) == ("imported", 3)
    [edition] = library.editions.editions()
    assert (edition.id, edition.publication_title, edition.article_count) == (
        "gazzetta-2026-05-04",
        "La Gazzetta di Prova",
        3,
    )
    assert [s.title for s in library.editions.sections(edition.id)] == ["Notizie", "Sport"]
    article = library.editions.article("gazzetta-2026-05-04/ponte-nuovo")
    assert article is not None
    assert article.authors == ("Anna Neri", "Luca Blu")
    assert article.url == "https://gazzetta.example/2026/05/04/ponte-nuovo"
    assert 'src="edicola:image/gazzetta-2026-05-04/images/ponte.png"' in article.html
    data, media_type = library.editions.image(edition.id, "images/ponte.png") or (b"", "")
    assert media_type == "image/png" and data.startswith(b"\x89PNG")
    assert library.editions.cover(edition.id) is not None


def test_reimporting_the_same_revision_is_a_no_op(library: Library, bundle: Path) -> None:
    library.editions.import_bundle(bundle)
    again = library.editions.import_bundle(bundle)
    assert again.status == "unchanged"
    assert "already in the library" in again.describe()
    assert library.db["articles"].count == 3


def test_newer_revision_replaces_the_old_one(library: Library, tmp_path: Path) -> None:
    first = build_edition(make_edition_source(tmp_path / "r1"), tmp_path).path
    library.editions.import_bundle(first)
    articles = {
        "01-ponte-nuovo.md": ("notizie", "Il ponte riapre (corretto)", "Corretto.", "Testo.\n")
    }
    second = build_edition(
        make_edition_source(tmp_path / "r2", revision=2, articles=articles), tmp_path
    )
    result = library.editions.import_bundle(second.path)
    assert (result.status, result.previous_revision, result.revision) == ("updated", 1, 2)
    assert [a.title for a in library.editions.articles("gazzetta-2026-05-04")] == [
        "Il ponte riapre (corretto)"
    ]
    with pytest.raises(BundleError, match="older than the library's revision 2"):
        library.editions.import_bundle(first)


def test_failure_during_import_rolls_everything_back(library: Library, bundle: Path) -> None:
    class Exploding:
        def edition_added(self, db: Database, edition_id: str) -> None:
            raise RuntimeError("disk on fire")

        def edition_removing(self, db: Database, edition_id: str) -> None:
            pass

    library.editions.listeners.append(Exploding())
    with pytest.raises(RuntimeError):
        library.editions.import_bundle(bundle)
    for table in ("publications", "editions", "sections", "articles", "images"):
        assert library.db[table].count == 0, table


def test_delete_edition(library: Library, bundle: Path) -> None:
    library.editions.import_bundle(bundle)
    assert library.editions.delete_edition("gazzetta-2026-05-04")
    assert library.editions.editions() == []
    assert library.db["images"].count == 0
    assert not library.editions.delete_edition("gazzetta-2026-05-04")


def test_database_pragmas(library: Library) -> None:
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_older_database_is_migrated_forward(tmp_path: Path) -> None:
    """A library written by an older Edicola (only the first migration) opens and upgrades."""
    folder = tmp_path / "old"
    folder.mkdir()
    db = Database(sqlite3.connect(folder / "library.db"))
    first = migrations.pending(db)[0].name
    later = [m.name for m in migrations.pending(db)[1:]]
    migrations.apply(db, stop_before=later) if later else migrations.apply(db)
    db["publications"].insert({"id": "old", "title": "Old", "language": "en"})
    db.close()

    upgraded = open_library(folder)
    assert schema_version(upgraded)[0] == first
    assert schema_version(upgraded) == [m.name for m in migrations._migrations]
    assert upgraded["publications"].count == 1
    upgraded.close()


_KILL_SCRIPT = """
import sys
from pathlib import Path
from edicola.store.library import Library
library = Library.open(Path(sys.argv[1]))
def progress(done, total):
    if done == 2:
        print("half-way", flush=True)
        sys.stdin.readline()  # wait here until killed
library.editions.import_bundle(Path(sys.argv[2]), progress)
"""


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_import_killed_half_way_leaves_library_unchanged(tmp_path: Path, bundle: Path) -> None:
    folder = tmp_path / "lib"
    with subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(folder), str(bundle)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "half-way"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

    library = Library.open(folder)
    try:
        for table in ("publications", "editions", "sections", "articles", "images"):
            assert library.db[table].count == 0, table
        result = library.editions.import_bundle(bundle)
        assert result.status == "imported"
    finally:
        library.close()


def test_list_json_shape(library: Library, bundle: Path) -> None:
    library.editions.import_bundle(bundle)
    edition = library.editions.editions()[0]
    assert json.loads(json.dumps(edition.__dict__))["id"] == "gazzetta-2026-05-04"


def test_comment_server_from_elsewhere_survives_reimport(library: Library, tmp_path: Path) -> None:
    """A server learnt from the catalog is kept when a bundle declares none."""
    first = build_edition(make_edition_source(tmp_path / "r1"), tmp_path).path
    library.editions.import_bundle(first)
    assert library.editions.adopt_comment_servers({"gazzetta": "http://127.0.0.1:9/"}) == 1
    assert library.editions.adopt_comment_servers({"gazzetta": "http://other/"}) == 0
    second = build_edition(make_edition_source(tmp_path / "r2", revision=2), tmp_path).path
    library.editions.import_bundle(second)
    publication = library.editions.publication("gazzetta")
    assert publication is not None
    assert publication.comments_server == "http://127.0.0.1:9/"
