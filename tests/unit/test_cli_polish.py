"""A CLI without surprises (issue 10): listing, readable `show`, build paths, plain output.

`articles` lists an edition; `show` prints readable text; `build .` and
`build SRC -o DIR/` do what they say and a publication folder hints at
--all; `import` prints no bare "FILE:" lines when not on a terminal;
`catalogs` lists and removes catalogs; `publish` without --key warns.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.cli.plain_text import html_to_text
from edicola.cli.wording import human_size, plural
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source


def run(*args: str, library: Path | None = None) -> tuple[int, str, str]:
    prefix = ["--library", str(library)] if library else []
    result = CliRunner().invoke(cli, [*prefix, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def inside(tmp_path: Path) -> Iterator[Path]:
    """Run a test from inside ``tmp_path`` (``build .`` is about the current folder)."""
    before = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(before)


@pytest.fixture
def library(tmp_path: Path, edition_source: Path) -> Path:
    lib = tmp_path / "lib"
    run("build", str(edition_source), "-o", str(tmp_path / "b.edicola"))
    code, out, err = run("import", str(tmp_path / "b.edicola"), library=lib)
    assert code == 0 and err == "" and out.startswith("gazzetta-2026-05-04 imported")
    return lib


def test_wording() -> None:
    assert [plural(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert (
        plural(1, "entry", "entries") == "1 entry"
        and plural(3, "entry", "entries")[-7:] == "entries"
    )
    assert [human_size(n) for n in (0, 400, 148_200, 2_345_678)] == [
        "0 kB",
        "1 kB",
        "148 kB",
        "2.3 MB",
    ]


def test_articles_lists_id_section_title(library: Path) -> None:
    code, out, _ = run("articles", "gazzetta-2026-05-04", library=library)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0].startswith("gazzetta-2026-05-04/ponte-nuovo") and "Notizie" in lines[0]
    assert lines[0].endswith("Il ponte nuovo apre al traffico")
    code, out, _ = run("articles", "gazzetta-2026-05-04", "--json", library=library)
    first = json.loads(out)[0]
    assert first["id"] == "gazzetta-2026-05-04/ponte-nuovo" and first["section"] == "Notizie"
    code, _, err = run("articles", "nope", library=library)
    assert code == 1 and "no edition 'nope'" in err


def test_show_prints_readable_text_by_default(library: Path) -> None:
    article = "gazzetta-2026-05-04/ponte-nuovo"
    code, out, _ = run("show", article, library=library)
    assert code == 0 and out.startswith("Il ponte nuovo apre al traffico\n")
    assert "<p>" not in out and "](" not in out  # neither HTML nor Markdown
    assert "Il ponte è aperto." in out
    assert all(len(line) <= 100 for line in out.splitlines())
    code, markdown, _ = run("show", article, "--markdown", library=library)
    assert code == 0 and "Il ponte è aperto." in markdown and "<p>" not in markdown


def test_plain_text_of_the_library_html() -> None:
    html = (
        '<p>The report<sup><a href="#fn1">1</a></sup> says <b>so</b>.</p>'
        '<div class="figure"><p><img alt="A chart" src="x"></p>'
        '<p class="caption">Where the money goes</p></div>'
        "<ul><li>one</li><li>two</li></ul><blockquote><p>Quoted</p></blockquote>"
    )
    assert html_to_text(html, 40).split("\n\n") == [
        "The report[1] says so.",
        "[Picture: Where the money goes]",
        "• one",
        "• two",
        "  Quoted",
    ]


def test_build_dot_and_into_a_folder(inside: Path) -> None:
    source = make_edition_source(inside / "gazzetta" / "2026-05-04")
    os.chdir(source)
    code, out, _ = run("build", ".")
    assert code == 0 and (source / "gazzetta-2026-05-04-r1.edicola").is_file()
    assert "3 articles" in out and " kB" in out
    code, out, _ = run("build", ".", "-o", str(inside / "out") + "/")
    assert code == 0 and (inside / "out" / "gazzetta-2026-05-04-r1.edicola").is_file()


def test_a_publication_folder_hints_at_all(tmp_path: Path) -> None:
    make_edition_source(tmp_path / "gazzetta" / "2026-05-04")
    code, _, err = run("build", str(tmp_path / "gazzetta"))
    assert code == 1 and "holds 1 edition source" in err and "--all" in err
    code, _, err = run("build", str(tmp_path))
    assert code == 1 and "no edition.json here" in err and "Traceback" not in err


def test_catalogs_list_and_remove(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    library = Library.open(lib)
    code, out, _ = run("catalogs", library=lib)
    assert code == 0 and "No catalogs yet" in out
    library.catalogs.add("https://news.example/catalog.json")
    library.close()
    code, out, _ = run("catalogs", "--json", library=lib)
    assert [c["url"] for c in json.loads(out)] == ["https://news.example/catalog.json"]
    code, out, _ = run("catalogs", "remove", "https://news.example/catalog.json", library=lib)
    assert code == 0 and out.strip() == "removed https://news.example/catalog.json"
    code, _, err = run("catalogs", "remove", "https://news.example/catalog.json", library=lib)
    assert code == 1 and "not a followed catalog" in err


def test_publish_without_a_key_warns_the_catalog_is_unsigned(
    tmp_path: Path, edition_source: Path
) -> None:
    bundle = tmp_path / "b.edicola"
    run("build", str(edition_source), "-o", str(bundle))
    code, out, err = run("publish", str(bundle), "--to", str(tmp_path / "site"))
    assert code == 0 and "catalog version 1 written" in out
    assert "warning: no --key, so the catalog is unsigned" in err


def test_bookmarks_add_with_a_note(library: Path) -> None:
    article = "gazzetta-2026-05-04/ponte-nuovo"
    code, out, _ = run("bookmarks", "add", article, "--note", "per venerdì", library=library)
    assert code == 0 and out.strip() == f"bookmarked {article}"
    code, out, _ = run("bookmarks", "list", "--json", library=library)
    assert [(b["article_id"], b["note"]) for b in json.loads(out)] == [(article, "per venerdì")]
    code, _, err = run("bookmarks", "add", "nope/nothing", library=library)
    assert code == 1 and "no article 'nope/nothing'" in err
