"""The CLI contract for highlights and ``bookmarks remove``, on a real imported bundle."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.annotations.marks import bookmark_id
from edicola.testing.editions import make_edition_source

ARTICLE = "gazzetta-2026-05-04/ponte-nuovo"


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def imported(folder: Path) -> Path:
    """A library in ``folder``/lib holding the test edition, built and imported by the CLI."""
    lib = folder / "lib"
    bundle = folder / "e1.edicola"
    assert run(lib, "build", str(make_edition_source(folder / "src")), "-o", str(bundle))[0] == 0
    assert run(lib, "import", str(bundle))[0] == 0
    return lib


def test_add_list_edit_remove(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    code, out, _ = run(lib, "highlights", "add", ARTICLE, "--quote", "I veicoli elettrici")
    assert code == 0
    first = out.strip()
    assert first.startswith("h-") and "\n" not in first
    code, out, _ = run(
        lib,
        *("highlights", "add", ARTICLE, "--quote", "il ponte è aperto"),
        *("--note", "finalmente", "--color", "blue"),
    )
    second = out.strip()
    code, out, _ = run(lib, "highlights", "list", "--json")
    entries = json.loads(out)
    assert code == 0 and [e["id"] for e in entries] == [second, first]
    for entry in entries:
        assert {"id", "article_id", "quote", "note", "color", "state", "created"} <= set(entry)
    assert entries[0]["quote"] == "Il ponte è aperto" and entries[0]["color"] == "blue"
    assert entries[0]["note"] == "finalmente" and entries[0]["state"] == "anchored"
    assert entries[1]["article_id"] == ARTICLE
    code, out, _ = run(lib, "highlights", "list", "--article", "gazzetta-2026-05-04/mercato")
    assert code == 0 and out == ""
    code, out, _ = run(lib, "highlights", "list")
    assert first in out and "“I veicoli elettrici”" in out and "note: finalmente" in out
    assert run(lib, "highlights", "edit", first, "--note", "nota")[0] == 0
    [noted] = json.loads(run(lib, "highlights", "list", "--json", "--filter", "nota")[1])
    assert noted["id"] == first
    assert run(lib, "highlights", "remove", first) == (0, f"removed {first}\n", "")
    code, _, err = run(lib, "highlights", "remove", first)
    assert code == 1 and "no highlight" in err and err.count("\n") == 1


def test_a_quote_not_in_the_article_is_one_line_and_exit_1(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    code, out, err = run(lib, "highlights", "add", ARTICLE, "--quote", "un ponte d'oro")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "the quote is not in article" in err
    code, _, err = run(lib, "highlights", "add", "nope/none", "--quote", "x")
    assert code == 1 and "no article 'nope/none'" in err
    code, _, err = run(lib, "highlights", "add", ARTICLE, "--quote", "ponte", "--color", "red")
    assert code == 2 and "red" in err
    assert json.loads(run(lib, "highlights", "list", "--json")[1]) == []


def test_exports_and_import(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    made = run(lib, "highlights", "add", ARTICLE, "--quote", "veicoli", "--note", "n")[1].strip()
    assert run(lib, "bookmarks", "add", ARTICLE)[0] == 0
    notes = tmp_path / "notes"
    code, out, _ = run(lib, "highlights", "export", "--format", "markdown", "-o", str(notes))
    assert code == 0 and out == f"exported 2 marks to {notes}\n"
    assert f"^{made}" in (notes / "gazzetta-2026-05-04.md").read_text("utf-8")
    anno = tmp_path / "h.jsonld"
    assert run(lib, "highlights", "export", "--format", "web-annotation", "-o", str(anno))[0] == 0
    csv_file = tmp_path / "h.csv"
    code, out, _ = run(lib, "highlights", "export", "--format", "readwise-csv", "-o", str(csv_file))
    assert code == 0 and "exported 1 mark " in out
    assert csv_file.read_text("utf-8").startswith("Highlight,Title,Author,URL,Note,Location,Date\n")
    code, _, err = run(lib, "highlights", "export", "--format", "readwise-csv", "-o", str(notes))
    assert code == 1 and "is a folder" in err
    other = imported(tmp_path / "o")
    code, out, _ = run(other, "highlights", "import", str(anno))
    assert (code, out) == (0, "2 added, 0 unchanged\n")
    assert json.loads(run(other, "highlights", "list", "--json")[1])[0]["id"] == made
    assert run(other, "highlights", "import", str(anno))[1] == "0 added, 2 unchanged\n"
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "Annotation"}', "utf-8")
    code, _, err = run(other, "highlights", "import", str(bad))
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"Error: {bad}: annotation[0].target")


def test_bookmarks_remove_by_bookmark_id_or_article_id(tmp_path: Path) -> None:
    lib = imported(tmp_path)
    assert run(lib, "bookmarks", "add", ARTICLE)[0] == 0
    [entry] = json.loads(run(lib, "bookmarks", "list", "--json")[1])
    assert entry["id"] == bookmark_id(ARTICLE)
    assert run(lib, "bookmarks", "remove", entry["id"]) == (
        0,
        f"removed the bookmark of {ARTICLE}\n",
        "",
    )
    assert run(lib, "bookmarks", "add", ARTICLE)[0] == 0
    assert run(lib, "bookmarks", "remove", ARTICLE)[0] == 0
    code, _, err = run(lib, "bookmarks", "remove", ARTICLE)
    assert code == 1 and "no bookmark" in err
    assert json.loads(run(lib, "bookmarks", "list", "--json")[1]) == []
