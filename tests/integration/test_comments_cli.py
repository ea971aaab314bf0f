"""`edicola comments …` against a real Isso."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from tests.helpers.comment_library import ARTICLE, PUBLICATION, seed_library
from tests.helpers.isso_server import IssoServer, running_isso


@pytest.fixture
def isso(tmp_path: Path) -> Iterator[IssoServer]:
    with running_isso(tmp_path / "isso") as server:
        yield server


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(folder), "comments", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_write_list_sync(tmp_path: Path, isso: IssoServer) -> None:
    lib = tmp_path / "lib"
    seed_library(lib).close()  # no server in the bundle
    code, out, _ = run(lib, "write", ARTICLE, "Scritto offline", "--author", "Ann", "--send")
    assert code == 0 and "queued" in out and "until the publication has a comments server" in out
    local_id = out.split()[0]
    code, out, _ = run(lib, "list", "--json")
    rows = json.loads(out)
    assert [(r["local_id"], r["state"], r["text"]) for r in rows] == [
        (local_id, "queued", "Scritto offline")
    ]
    code, out, _ = run(lib, "sync", "--server", isso.url)
    assert code == 0 and "1 published" in out
    assert isso.count("Scritto offline") == 1
    code, out, _ = run(lib, "list")
    assert "published" in out and "Published" in out


def test_write_send_delivers_with_the_publication_server(tmp_path: Path, isso: IssoServer) -> None:
    lib = tmp_path / "lib"
    seed_library(lib).close()
    assert run(lib, "server", PUBLICATION, isso.url)[0] == 0
    code, out, _ = run(lib, "write", ARTICLE, "Subito!", "--send")
    assert code == 0 and "published" in out
    code, out, _ = run(lib, "server", PUBLICATION)
    assert isso.url in out and "400" in out


def test_draft_edit_send_delete(tmp_path: Path, isso: IssoServer) -> None:
    lib = tmp_path / "lib"
    seed_library(lib, server=isso.url).close()
    code, out, _ = run(lib, "write", ARTICLE, "bozza")
    assert code == 0 and " draft: Draft" in out
    local_id = out.split()[0]
    assert run(lib, "edit", local_id, "bozza corretta")[0] == 0
    assert "queued" in run(lib, "send", local_id)[1]
    other = run(lib, "write", ARTICLE, "da cancellare")[1].split()[0]
    assert run(lib, "delete", other)[0] == 0
    code, out, _ = run(lib, "sync")
    assert "1 published" in out
    assert isso.texts() == ["bozza corretta"]
    code, _, err = run(lib, "delete", local_id)
    assert code == 1 and "is published and can no longer be changed" in err


def test_overlong_comment_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seed_library(lib).close()
    code, _, err = run(lib, "write", ARTICLE, "x" * 10_000, "--send")
    assert code == 1
    assert "the comment is 10000 characters long; this publication accepts at most 400" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    rows = json.loads(run(lib, "list", "--json")[1])
    assert rows[0]["state"] == "refused" and len(rows[0]["text"]) == 10_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("write", "no/such-article", "text"), "no article with id no/such-article"),
        (("edit", "nope", "text"), "no comment with id nope"),
        (("delete", "nope"), "no comment with id nope"),
        (("sync", "--server", "ftp://x"), "not an http(s) comments server address"),
        (("server", "nope", "http://x/"), "no publication with id nope"),
    ],
)
def test_bad_input_is_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    lib = tmp_path / "lib"
    seed_library(lib).close()
    code, _, err = run(lib, *args)
    assert code != 0 and message in err and "Traceback" not in err
