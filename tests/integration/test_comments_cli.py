"""`edicola comments …` against a real Isso."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.servers.isso_server import IssoServer
from edicola.store.library import Library
from edicola.testing.plugin import IssoFactory
from tests.helpers.comment_library import ARTICLE, PUBLICATION, seed_library


@pytest.fixture
def isso(edicola_isso: IssoFactory) -> IssoServer:
    """A real Isso from the plugin testers get (started and stopped by it)."""
    return edicola_isso.servers[edicola_isso()]


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
    assert run(lib, "edit", local_id[:6], "bozza corretta")[0] == 0  # a unique prefix will do
    assert " published" in run(lib, "send", local_id)[1]  # delivered at once: the server answers
    other = run(lib, "write", ARTICLE, "da cancellare")[1].split()[0]
    assert run(lib, "delete", other)[0] == 0
    code, out, _ = run(lib, "sync")
    assert code == 0 and "0 still waiting" in out
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
    code, _, err = run(lib, "write", ARTICLE, "  \n ")  # refused when written, even as a draft
    assert code == 1 and "the comment is empty; nothing was saved" in err
    assert json.loads(run(lib, "list", "--json")[1]) == []


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


def test_ambiguous_prefix_names_the_candidates(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    seed_library(lib).close()
    library = Library.open(lib)
    for local_id in ("abc-1", "abc-2"):
        library.comments.save_draft(ARTICLE, "bozza", local_id=local_id)
    library.close()
    code, _, err = run(lib, "delete", "abc")
    assert code == 1 and "'abc' is ambiguous: it starts abc-1, abc-2" in err
    assert run(lib, "delete", "abc-2")[0] == 0
    code, out, _ = run(lib, "delete", "abc")  # now unique
    assert code == 0 and out.strip() == "abc-1 deleted"


@pytest.fixture
def free_port_url() -> str:
    """The address of a port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def test_sync_waits_for_an_unreachable_server_and_exits_3(
    tmp_path: Path, free_port_url: str
) -> None:
    lib = tmp_path / "lib"
    seed_library(lib, server=free_port_url).close()
    local_id = run(lib, "write", ARTICLE, "Aspetto")[1].split()[0]
    code, out, _ = run(lib, "send", local_id)
    assert code == 0 and "queued" in out  # could not be delivered at once: it waits
    code, out, err = run(lib, "sync", "--wait", "0.5")
    assert code == 3 and "1 still waiting" in out and "still waiting after 0.5 s" in err
