"""Every size bounded (issue 19): recipes, OPML, feed article text, and a bundle whose
revision is already in the library still has its bytes checked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.markdown_shapes import SHAPES, at_megabyte
from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.feeds.opml import MAX_DEPTH, MAX_FEEDS, OpmlError, read_opml
from edicola.core.feeds.recipe import RecipeError, load_recipe
from edicola.core.markdown_budget import fit_budget, markdown_problem
from edicola.store.library import Library

HEAD = '[publication]\nid = "p"\ntitle = "P"\n'


def _section(i: int, feeds: int = 1, port: int = 8000) -> str:
    urls = ", ".join(f'"http://127.0.0.1:{port + j}/f{i}"' for j in range(feeds))
    return f'[[sections]]\nid = "s{i}"\ntitle = "S"\nfeeds = [{urls}]\n'


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (HEAD + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deep"),
        (HEAD + "x = " + "{a = " * 100_000 + "1" + "}" * 100_000 + "\n", "nested too deep"),
        (HEAD + "".join(_section(i) for i in range(101)), "sections: 101, at most 100"),
        (HEAD + _section(0, feeds=101), "101 feeds, at most 100"),
        (HEAD + "".join(_section(i, feeds=100) for i in range(6)), "600 feeds in all"),
        (HEAD + "# " + "x" * (1024 * 1024) + "\n", "larger than 1024 KiB"),
    ],
)
def test_recipes_are_bounded(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "r.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(RecipeError, match=why) as caught:
        load_recipe(path)
    assert "\n" not in str(caught.value)


def test_a_deep_recipe_is_one_line_from_feeds_build_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(HEAD + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["feeds", "build", str(path), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nested too deep" in result.stderr and "Traceback" not in result.stderr


def _opml(body: str) -> bytes:
    return f'<?xml version="1.0"?><opml version="2.0"><body>{body}</body></opml>'.encode()


def test_deep_opml_is_refused_not_a_recursion_error() -> None:
    deep = '<outline text="f">' * 2000 + '<outline xmlUrl="http://a/"/>' + "</outline>" * 2000
    with pytest.raises(OpmlError, match="nested more than 32 deep"):
        read_opml(_opml(deep))
    ok = '<outline text="f">' * (MAX_DEPTH - 1) + '<outline xmlUrl="http://a/"/>'
    assert [f.url for f in read_opml(_opml(ok + "</outline>" * (MAX_DEPTH - 1)))] == ["http://a/"]


def test_opml_entries_are_bounded() -> None:
    many = "".join(f'<outline xmlUrl="http://127.0.0.1:{i}/"/>' for i in range(MAX_FEEDS + 1))
    with pytest.raises(OpmlError, match="more than 500 feeds"):
        read_opml(_opml(many))
    folders = '<outline text="x"/>' * 20_001
    with pytest.raises(OpmlError, match="more than 20,000 outlines"):
        read_opml(_opml(folders + '<outline xmlUrl="http://a/"/>'))


def test_opml_keeps_document_order_and_folders() -> None:
    body = (
        '<outline xmlUrl="http://a/1" title="One"/>'
        '<outline text="Sport"><outline xmlUrl="http://a/2" text="Two"/></outline>'
        '<outline xmlUrl="http://a/3" title="Three"/>'
    )
    found = [(f.url, f.title, f.folder) for f in read_opml(_opml(body))]
    assert found == [
        ("http://a/1", "One", ""),
        ("http://a/2", "Two", "Sport"),
        ("http://a/3", "Three", ""),
    ]


@pytest.mark.parametrize("name", ["links in one paragraph", "many small paragraphs"])
def test_feed_text_over_the_budget_keeps_its_first_blocks(name: str) -> None:
    """A feed page of 60,000 links once stalled a build: its text is cut to the budget."""
    text = at_megabyte(SHAPES[name])
    assert markdown_problem(text) is not None
    kept = fit_budget(text)
    assert markdown_problem(kept) is None
    assert text.startswith(kept)
    assert fit_budget("A short story.\n\nWith two paragraphs.") == (
        "A short story.\n\nWith two paragraphs."
    )


def test_an_import_checks_the_bytes_even_when_the_revision_is_present(
    edition_source: Path, tmp_path: Path, library: Library
) -> None:
    bundle = build_edition(edition_source, tmp_path).path
    assert library.editions.import_bundle(bundle).status == "imported"
    damaged = tmp_path / "damaged.edicola"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".md"):
                data = data.replace(b"e", b"3", 1)  # same size, another sha256
            target.writestr(info, data)
    with pytest.raises(BundleError, match="sha256 does not match"):
        library.editions.import_bundle(damaged)
    assert library.editions.import_bundle(bundle).status == "unchanged"
