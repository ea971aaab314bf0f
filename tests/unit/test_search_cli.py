"""The CLI contract for search, reindex and bookmarks, on real imported bundles."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

ARTICLE = "gazzetta-2026-05-04/ponte-nuovo"


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def imported(tmp_path: Path, revision: int = 1) -> Path:
    lib = tmp_path / "lib"
    source = make_edition_source(tmp_path / f"src{revision}", revision=revision)
    bundle = tmp_path / f"e{revision}.edicola"
    assert run(lib, "build", str(source), "-o", str(bundle))[0] == 0
    assert run(lib, "import", str(bundle))[0] == 0
    return lib


def test_search_json_follows_imports_and_updates(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    code, out, _ = run(lib, "search", "veicolo", "--json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["article_id"] == ARTICLE and hit["publication"] == "La Gazzetta di Prova"
    assert ["veicoli", True] in hit["snippet"]
    code, out, _ = run(lib, "search", "citta section:notizie", "--limit", "1")
    assert code == 0 and ARTICLE in out
    imported(tmp_path, revision=2)  # an update re-indexes in the same transaction
    assert len(json.loads(run(lib, "search", "ponte", "--json")[1])) >= 1
    library = Library.open(lib)
    try:
        assert library.editions.delete_edition("gazzetta-2026-05-04")
        assert library.search.search("ponte") == []
    finally:
        library.close()


def test_search_prints_no_traceback_for_any_query(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    for query in ('"', "OR", "-", "NEAR(", "\x01", "a" * 10_000):
        code, out, _ = run(lib, "search", query, "--json")
        assert code == 0 and isinstance(json.loads(out), list)


def test_reindex(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    code, out, _ = run(lib, "reindex")
    assert code == 0 and "indexed 3 articles" in out
    assert json.loads(run(lib, "search", "pareggio", "--json")[1])[0]["section"] == "Sport"


def test_bookmarks_commands(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    library = Library.open(lib)
    try:
        library.bookmarks.add(ARTICLE, note="rileggere")
    finally:
        library.close()
    code, out, _ = run(lib, "bookmarks", "list", "--json")
    [bookmark] = json.loads(out)
    assert bookmark["note"] == "rileggere" and bookmark["available"] is True
    for fmt in ("json", "html"):
        target = tmp_path / f"b.{fmt}"
        code, out, _ = run(lib, "bookmarks", "export", "--format", fmt, "-o", str(target))
        assert code == 0 and target.exists()
        code, out, _ = run(lib, "bookmarks", "import", str(target))
        assert code == 0 and "0 added" in out and "1 unchanged" in out
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "edicola-bookmarks", "bookmarks": [1]}', "utf-8")
    code, _, err = run(lib, "bookmarks", "import", str(bad))
    assert code == 1 and "bookmarks[0]: must be an object" in err
    assert "Traceback" not in err
