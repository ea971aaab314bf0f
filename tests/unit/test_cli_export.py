"""``edicola export``: one edition to a file, the followed publications into a folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.epub.folder import exported_revision
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.writer import build_epub
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args])
    assert "Traceback" not in result.output + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def bundle(tmp_path: Path, publication: str, date: str, revision: int = 1) -> Path:
    source = make_edition_source(
        tmp_path / f"src-{publication}-{date}-{revision}",
        date=date,
        revision=revision,
        publication_id=publication,
    )
    return build_edition(source, tmp_path / f"{publication}-{date}-r{revision}.edicola").path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Two editions of a followed publication, one of another."""
    folder = tmp_path / "library"
    lib = Library.open(folder)
    try:
        for publication, date in (
            ("gazzetta", "2026-05-04"),
            ("gazzetta", "2026-05-05"),
            ("altra", "2026-05-04"),
        ):
            lib.editions.import_bundle(bundle(tmp_path, publication, date))
        lib.catalogs.add("https://news.example/catalog.json")
        lib.catalogs.subscribe("https://news.example/catalog.json", "gazzetta")
    finally:
        lib.close()
    return folder


def test_one_edition_to_a_file(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "today.epub"
    code, out, _ = run(library, "export", "gazzetta-2026-05-04", "--epub", "-o", str(target))
    assert code == 0 and out.startswith(f"exported {target} (3 articles, ")
    with zipfile.ZipFile(target) as archive:
        assert archive.read("mimetype") == b"application/epub+zip"
    expected = build_epub(edition_from_bundle(tmp_path / "gazzetta-2026-05-04-r1.edicola"))
    assert target.read_bytes() == expected


def test_followed_publications_into_a_folder(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sync"
    code, out, _ = run(library, "export", "--epub", "--to", str(folder))
    assert code == 0, out
    assert sorted(p.name for p in folder.iterdir()) == [
        "gazzetta-2026-05-04.epub",
        "gazzetta-2026-05-05.epub",
    ]
    code, out, _ = run(library, "export", "--epub", "--to", str(folder))
    assert (code, out.strip()) == (0, f"2 editions already in {folder}")
    # A corrected revision replaces its file, and only that one is written.
    lib = Library.open(library)
    try:
        lib.editions.import_bundle(bundle(tmp_path, "gazzetta", "2026-05-05", revision=2))
    finally:
        lib.close()
    code, out, _ = run(library, "export", "--epub", "--to", str(folder))
    assert code == 0 and out.count("exported") == 1 and "gazzetta-2026-05-05.epub" in out
    assert exported_revision(folder / "gazzetta-2026-05-05.epub") == 2
    assert exported_revision(folder / "gazzetta-2026-05-04.epub") == 1


def test_chosen_publication_and_one_edition_into_a_folder(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sync"
    code, _, _ = run(library, "export", "--epub", "--to", str(folder), "--publication", "altra")
    assert code == 0 and [p.name for p in folder.iterdir()] == ["altra-2026-05-04.epub"]
    code, _, _ = run(library, "export", "gazzetta-2026-05-05", "--epub", "--to", str(folder))
    assert code == 0 and (folder / "gazzetta-2026-05-05.epub").exists()


def test_onto_the_mounted_reader(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kobo = tmp_path / "media" / "KOBOeReader"
    (kobo / ".kobo").mkdir(parents=True)
    kindle = tmp_path / "media" / "Kindle"
    (kindle / "documents").mkdir(parents=True)
    (kindle / "system").mkdir()
    volumes = [kobo, kindle]
    # The volumes a real machine would list; recognising them is the code under test.
    monkeypatch.setattr("edicola.core.epub.devices.system_volumes", lambda: volumes)
    code, out, _ = run(library, "export", "gazzetta-2026-05-04", "--epub", "--device")
    assert code == 0 and f"sending to Kobo (KOBOeReader), {kobo / 'Edicola'}" in out
    assert (kobo / "Edicola" / "gazzetta-2026-05-04.epub").exists()
    volumes.remove(kobo)
    code, _, err = run(library, "export", "gazzetta-2026-05-04", "--epub", "--device")
    assert code == 1 and "a Kindle does not open EPUB files copied over USB" in err
    volumes.clear()
    code, _, err = run(library, "export", "--epub", "--device")
    assert code == 1 and "no e-reader is mounted" in err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export", "gazzetta-2026-05-04", "-o", "x.epub"], 2, "choose the format: --epub"),
        (["export", "gazzetta-2026-05-04", "--epub"], 2, "give one destination"),
        (["export", "--epub", "-o", "x.epub"], 2, "-o needs an EDITION_ID"),
        (["export", "--epub", "-o", "x.epub", "--to", "d"], 2, "give one destination"),
        (["export", "nope", "--epub", "-o", "x.epub"], 1, "no edition 'nope' in the library"),
        (["export", "nope", "--epub", "--to", "d"], 1, "no edition 'nope' in the library"),
    ],
)
def test_mistakes_are_one_line(
    library: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    got, _, err = run(library, *args)
    assert got == code and message in err
    assert not (tmp_path / "x.epub").exists()


def test_nothing_followed(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    Library.open(folder).close()
    code, _, err = run(folder, "export", "--epub", "--to", str(tmp_path / "sync"))
    assert code == 1 and "no followed publications" in err


def test_unwritable_target_is_one_line(library: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(
        library, "export", "gazzetta-2026-05-04", "--epub", "-o", str(blocker / "x.epub")
    )
    assert code == 1 and err.startswith(f"Error: {blocker / 'x.epub'}: cannot write")
    code, _, err = run(library, "export", "--epub", "--to", str(blocker / "sub"))
    assert code == 1 and "could not be exported" in err and "cannot write" in err


def test_a_file_that_is_not_ours_is_written_over(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sync"
    folder.mkdir()
    (folder / "gazzetta-2026-05-04.epub").write_bytes(b"not a zip")
    with zipfile.ZipFile(folder / "gazzetta-2026-05-05.epub", "w") as foreign:
        foreign.writestr("mimetype", "application/epub+zip")
    assert exported_revision(folder / "gazzetta-2026-05-04.epub") is None
    code, out, _ = run(library, "export", "--epub", "--to", str(folder))
    assert code == 0 and out.count("exported") == 2
    assert exported_revision(folder / "gazzetta-2026-05-04.epub") == 1
