"""The ``edicola sync`` contract against a real WebDAV server (wsgidav on 127.0.0.1)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from tests.helpers.sample_library import copy_library
from tests.helpers.sync_fixtures import PASSPHRASE, PASSWORD, USER
from tests.helpers.webdav_server import WebDav


def run(library: Path, *args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, ["--library", str(library), *args], env=env, catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def secrets(passphrase: str = PASSPHRASE, password: str = PASSWORD) -> dict[str, str]:
    return {"EDICOLA_SYNC_PASSWORD": password, "EDICOLA_SYNC_PASSPHRASE": passphrase}


@pytest.fixture
def two(tmp_path: Path, sync_template: Path) -> tuple[Path, Path]:
    return copy_library(sync_template, tmp_path / "a"), copy_library(sync_template, tmp_path / "b")


def test_setup_now_status_forget(dav: WebDav, two: tuple[Path, Path]) -> None:
    a, b = two
    code, out, err = run(a, "sync", "setup", dav.url(), "--user", USER, **secrets())
    assert code == 0, err
    assert "created the sync folder's key" in out and "mode 0600" in out
    credentials = a / "sync-credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert PASSPHRASE not in credentials.read_text()
    code, out, err = run(b, "sync", "setup", dav.url(), "--user", USER, **secrets())
    assert code == 0 and "opened the sync folder's key" in out, err

    article = "gazzetta-2026-05-04/ponte-nuovo"
    assert run(a, "bookmarks", "add", article, "--note", "sincronizzato")[0] == 0
    code, out, err = run(a, "sync", "now", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["sent"] > 0 and summary["skipped"] == []
    code, out, _ = run(b, "sync", "now")
    assert code == 0 and out.startswith("in sync: sent 0, received ")
    listed = json.loads(run(b, "bookmarks", "list", "--json")[1])
    assert [(x["article_id"], x["note"]) for x in listed] == [(article, "sincronizzato")]

    code, out, _ = run(b, "sync", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["set_up"] and status["state"] == "ok"
    assert status["pending"] == 0 and len(status["devices"]) == 1

    assert run(b, "bookmarks", "remove", article)[0] == 0
    assert run(b, "sync", "now")[0] == 0
    assert run(a, "sync", "now")[0] == 0
    assert json.loads(run(a, "bookmarks", "list", "--json")[1]) == []

    code, out, _ = run(b, "sync", "forget")
    assert code == 0 and not (b / "sync-credentials.json").exists()
    assert json.loads(run(b, "sync", "status", "--json")[1]) == {"set_up": False}
    code, out, _ = run(a, "sync", "forget", "--delete-remote")
    assert code == 0 and not (dav.root / "sync").exists()


def test_wrong_passphrase_and_bad_password_are_one_line_and_change_nothing(
    dav: WebDav, two: tuple[Path, Path]
) -> None:
    a, b = two
    assert run(a, "sync", "setup", dav.url(), "--user", USER, **secrets())[0] == 0
    code, _, err = run(b, "sync", "setup", dav.url(), "--user", USER, **secrets("sbagliata"))
    assert code == 1 and err.count("\n") == 1 and "passphrase does not open" in err
    assert json.loads(run(b, "sync", "status", "--json")[1]) == {"set_up": False}
    code, _, err = run(b, "sync", "setup", dav.url(), "--user", USER, **secrets(password="nope"))
    assert code == 1 and "user name or password (401)" in err and err.count("\n") == 1
    assert not (b / "sync-credentials.json").exists()


def test_now_when_the_server_is_unreachable(dav: WebDav, two: tuple[Path, Path]) -> None:
    a, _ = two
    code, _, err = run(a, "sync", "now")
    assert code == 1 and "sync is not set up" in err
    assert run(a, "sync", "setup", dav.url(), "--user", USER, **secrets())[0] == 0
    run(a, "bookmarks", "add", "gazzetta-2026-05-04/mercato")
    dav.relay.down()
    code, _, err = run(a, "sync", "now", "--json")
    assert code == 1 and "cannot reach the sync server" in err and err.count("\n") == 1
    assert json.loads(run(a, "sync", "status", "--json")[1])["state"] == "failed"
    dav.relay.up()
    code, out, _ = run(a, "sync", "now", "--json")
    assert code == 0 and json.loads(out)["sent"] > 0
