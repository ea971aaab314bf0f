"""A publication belongs to the source that first brought it (issue 11 §1, §4)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.catalog.provenance import Announcement, Source
from edicola.store.editions import PublisherConflict
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

KEY_A = Source.catalog("http://a.example/catalog.json", "RWQfakekeyA")
KEY_B = Source.catalog("http://b.example/catalog.json", "RWQfakekeyB")
EDITION = "gazzetta-2026-05-04"


def bundle(tmp_path: Path, name: str, revision: int = 1, server: str | None = None) -> Path:
    source = make_edition_source(tmp_path / name, revision=revision)
    if server is not None:
        publication = json.loads((source / "publication.json").read_text("utf-8"))
        publication["comments"] = {"server": server}
        (source / "publication.json").write_text(json.dumps(publication), "utf-8")
    out = tmp_path / f"out-{name}"
    out.mkdir()
    return build_edition(source, out).path


def snapshot(library: Library) -> list[tuple[object, ...]]:
    rows = []
    for table in ("publications", "editions", "articles"):
        rows += library.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    return rows


def test_another_source_can_neither_replace_editions_nor_repoint_comments(
    library: Library, tmp_path: Path
) -> None:
    library.editions.import_bundle(
        bundle(tmp_path, "a1", 1, "http://a.example/isso/"), origin=KEY_A
    )
    before = snapshot(library)
    for source in (KEY_B, Source.local()):
        with pytest.raises(PublisherConflict) as caught:
            library.editions.import_bundle(
                bundle(tmp_path, f"b2-{source.owner[:3]}", 2, "http://evil/"), origin=source
            )
        assert "belongs to the catalog signed with key" in str(caught.value)
        assert snapshot(library) == before
    assert library.comments.settings("gazzetta").server == "http://a.example/isso/"


def test_accepting_a_new_publisher_keeps_the_server_change_pending(
    library: Library, tmp_path: Path
) -> None:
    library.editions.import_bundle(
        bundle(tmp_path, "a1", 1, "http://a.example/isso/"), origin=KEY_A
    )
    result = library.editions.import_bundle(
        bundle(tmp_path, "b2", 2, "http://b.example/isso/"), origin=KEY_B, accept_new_publisher=True
    )
    assert result.status == "updated" and library.editions.owner("gazzetta") == KEY_B.owner
    settings = library.comments.settings("gazzetta")
    assert settings.server == "http://a.example/isso/"
    assert settings.pending_server == "http://b.example/isso/"
    assert library.comments.reject_pending_server("gazzetta")
    assert library.comments.settings("gazzetta").pending_server is None


def test_the_owner_changing_its_server_is_held_until_accepted(
    library: Library, tmp_path: Path
) -> None:
    library.editions.import_bundle(
        bundle(tmp_path, "a1", 1, "http://a.example/isso/"), origin=KEY_A
    )
    library.editions.import_bundle(bundle(tmp_path, "a2", 2, "http://new.example/"), origin=KEY_A)
    settings = library.comments.settings("gazzetta")
    assert (settings.server, settings.pending_server) == (
        "http://a.example/isso/",
        "http://new.example/",
    )
    assert library.comments.accept_pending_server("gazzetta") == "http://new.example/"
    settings = library.comments.settings("gazzetta")
    assert (settings.server, settings.pending_server) == ("http://new.example/", None)
    assert library.comments.accept_pending_server("gazzetta") is None


def test_a_first_server_waits_for_the_user_when_comments_are_queued(
    library: Library, tmp_path: Path
) -> None:
    library.editions.import_bundle(bundle(tmp_path, "a1"), origin=KEY_A)
    queued = library.comments.save_draft(f"{EDITION}/ponte-nuovo", "ciao")
    library.comments.queue(queued)
    assert library.editions.adopt_comment_servers({"gazzetta": "http://a.example/isso/"}) == 1
    settings = library.comments.settings("gazzetta")
    assert (settings.server, settings.pending_server) == (None, "http://a.example/isso/")


def test_the_bundle_must_be_what_the_catalog_announced(library: Library, tmp_path: Path) -> None:
    path = bundle(tmp_path, "a2", 2)
    for wrong in (
        Announcement("gazzetta", EDITION, 3),
        Announcement("other", EDITION, 2),
        Announcement("gazzetta", "gazzetta-2026-05-05", 2),
    ):
        with pytest.raises(BundleError, match="but the catalog announced"):
            library.editions.import_bundle(path, origin=KEY_A, expect=wrong)
    assert library.db["editions"].count == 0
    library.editions.import_bundle(path, origin=KEY_A, expect=Announcement("gazzetta", EDITION, 2))


def test_legacy_publications_are_claimed_by_the_next_source(
    library: Library, tmp_path: Path
) -> None:
    library.editions.import_bundle(bundle(tmp_path, "a1"))
    library.db.execute("UPDATE publications SET owner = NULL")
    library.editions.import_bundle(bundle(tmp_path, "a2", 2), origin=KEY_A)
    assert library.editions.owner("gazzetta") == KEY_A.owner


def test_cli_import_refuses_a_takeover_in_one_line(library: Library, tmp_path: Path) -> None:
    library.editions.import_bundle(bundle(tmp_path, "a1", 1, "http://a.example/"), origin=KEY_A)
    path = bundle(tmp_path, "x2", 2, "http://evil/")
    args = ["--library", str(library.folder), "import", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()[-1:]
    assert "belongs to the catalog signed with key" in line and "a local import" in line
    assert "--accept-new-publisher" in line and "Traceback" not in result.stderr
    assert library.catalogs.library_revisions() == {EDITION: 1}
    result = CliRunner().invoke(cli, [*args, "--accept-new-publisher"])
    assert result.exit_code == 0, result.output
    assert library.editions.owner("gazzetta") == "local"
    code = CliRunner().invoke(
        cli, ["--library", str(library.folder), "comments", "server", "gazzetta"]
    )
    assert "gazzetta: http://a.example/" in code.stdout
    assert "now names http://evil/" in code.stdout and "--accept" in code.stdout


_IMPORT = """
import sys
from pathlib import Path
from edicola.store.library import Library
from edicola.core.bundle.format import BundleError
library = Library.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
try:
    print(library.editions.import_bundle(Path(sys.argv[2])).status, flush=True)
except BundleError as exc:
    print("refused", exc, flush=True)
"""


def test_two_concurrent_imports_give_one_import_and_one_no_op(
    library: Library, tmp_path: Path
) -> None:
    path = bundle(tmp_path, "a1")
    for _round in range(3):
        library.editions.delete_edition(EDITION)
        children = [
            subprocess.Popen(
                [sys.executable, "-c", _IMPORT, str(library.folder), str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        # Hold the write lock while both start, so both reach the import together.
        library.db.execute("BEGIN IMMEDIATE")
        for child in children:
            assert child.stdin is not None
            child.stdin.write("\n")
            child.stdin.flush()
        library.db.execute("COMMIT")
        outcomes = []
        for child in children:
            out, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
            outcomes.append(out.strip())
        assert sorted(outcomes) == ["imported", "unchanged"]
