"""`edicola build` refuses, in one line naming the article, every article that
`edicola validate` would refuse for its rendering budget or depth: a librarian
never ships a bundle its readers' copy of Edicola turns away."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core import jail
from edicola.core.bundle import edition_source
from edicola.testing.editions import make_edition_source

REFUSED = {
    "divs nested 33 deep": ("<div>" * 33 + "x" + "</div>" * 33, "HTML elements nested 33 deep"),
    "tables nested 4 deep": ("<table><tr><td>" * 4 + "x", "tables nested 4 deep"),
    "quotations nested 17 deep": ("> " * 17 + "x", "quotations nested 17 deep"),
    "7,000 paragraphs": ("p\n\n" * 7000, "too many lines"),
    "[ 1,500 times": ("[" * 1500, "too much inline markup"),
}


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    jail.shutdown()


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", list(REFUSED))
def test_build_refuses_what_validate_refuses(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body, why = REFUSED[name]
    source = make_edition_source(tmp_path / "src")
    article = source / "articles" / "03-derby.md"
    article.write_text(article.read_text("utf-8") + "\n" + body + "\n", "utf-8")
    out = tmp_path / "out"

    code, _, err = _run("build", str(source), "-o", f"{out}/")
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert code == 1 and len(errors) == 1, err
    assert "articles/03-derby.md" in errors[0] and why in errors[0]
    assert list(out.iterdir()) == []  # nothing written, not even a part file

    # What validate says of the same article, in a bundle built without the check.
    monkeypatch.setattr(edition_source, "markdown_problem", lambda _text: None)
    code, _, err = _run("build", str(source), "-o", f"{out}/")
    assert code == 0, err
    [bundle] = out.iterdir()
    with zipfile.ZipFile(bundle) as archive:
        assert "articles/03-derby.md" in archive.namelist()
    code, stdout, stderr = _run("validate", str(bundle))
    said = stdout + stderr
    assert code != 0 and "articles/03-derby.md" in said and why in said, said
