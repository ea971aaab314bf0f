"""The librarian CLI contract: build, validate, import, list --json, show."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.testing.editions import make_edition_source


def run(*args: str, library: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    prefix = ["--library", str(library)] if library else []
    result = runner.invoke(cli, [*prefix, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_build_validate_import_list_show(tmp_path: Path, edition_source: Path) -> None:
    lib = tmp_path / "lib"
    code, out, _ = run("build", str(edition_source), "-o", str(tmp_path / "out.edicola"))
    assert code == 0 and "3 articles" in out
    bundle = tmp_path / "out.edicola"

    code, out, _ = run("validate", str(bundle))
    assert (code, out.strip()) == (0, "out.edicola: ok")

    code, out, _ = run("import", str(bundle), library=lib)
    assert code == 0 and "gazzetta-2026-05-04 imported (3 articles)" in out
    code, out, _ = run("import", str(bundle), library=lib)
    assert code == 0 and "already in the library" in out

    code, out, _ = run("list", "--json", library=lib)
    [edition] = json.loads(out)
    assert edition["id"] == "gazzetta-2026-05-04" and edition["article_count"] == 3

    code, out, _ = run("show", "gazzetta-2026-05-04/ponte-nuovo", "--json", library=lib)
    meta = json.loads(out)
    assert meta["title"] == "Il ponte nuovo apre al traffico"
    assert meta["section_title"] == "Notizie"
    code, out, _ = run("show", "gazzetta-2026-05-04/ponte-nuovo", "--html", library=lib)
    assert out.startswith("<p>Il ponte è aperto.") and "edicola:image/" in out

    code, _, err = run("show", "nope/nothing", library=lib)
    assert code == 1 and "no article 'nope/nothing'" in err


def test_build_is_reproducible(tmp_path: Path, edition_source: Path) -> None:
    run("build", str(edition_source), "-o", str(tmp_path / "a.edicola"))
    run("build", str(edition_source), "-o", str(tmp_path / "b.edicola"))
    assert (tmp_path / "a.edicola").read_bytes() == (tmp_path / "b.edicola").read_bytes()


def test_build_all(tmp_path: Path) -> None:
    make_edition_source(tmp_path / "src" / "gazzetta" / "2026-05-04")
    make_edition_source(tmp_path / "src" / "gazzetta" / "2026-05-05", date="2026-05-05")
    code, _, _ = run("build", "--all", str(tmp_path / "src"), "-o", str(tmp_path / "out"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "gazzetta-2026-05-04-r1.edicola",
        "gazzetta-2026-05-05-r1.edicola",
    ]


def test_source_mistakes_name_file_and_line(tmp_path: Path, edition_source: Path) -> None:
    article = edition_source / "articles" / "03-derby.md"
    article.write_text(article.read_text("utf-8").replace("section: sport", "section: meteo"))
    broken = edition_source / "articles" / "02-mercato.md"
    broken.write_text(broken.read_text("utf-8").replace("title:", "title =", 1))
    (edition_source / "articles" / "01-ponte-nuovo.md").write_text(
        "---\nsection: notizie\ntitle: T\npublished: 2026-05-04T07:00:00+02:00\n---\n\n"
        "Testo.\n\n![Assente](images/assente.png)\n"
    )
    code, _, err = run("build", str(edition_source), "-o", str(tmp_path / "x.edicola"))
    assert code == 1
    assert "03-derby.md:1: section 'meteo' is not a section of edition.json" in err
    assert "02-mercato.md:3: expected 'key: value'" in err
    assert "01-ponte-nuovo.md:9: image not found in the edition: 'images/assente.png'" in err
    assert not (tmp_path / "x.edicola").exists()


def test_validate_reports_each_problem_and_exits_1(tmp_path: Path, edition_source: Path) -> None:
    run("build", str(edition_source), "-o", str(tmp_path / "ok.edicola"))
    bad = tmp_path / "bad.edicola"
    with zipfile.ZipFile(tmp_path / "ok.edicola") as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".md"):
                data += b"tampered"
            dst.writestr(info.filename, data)
    code, _, err = run("validate", str(bad))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all("the manifest says" in line for line in lines)
    assert "Traceback" not in err


def test_import_of_a_broken_file_is_one_clear_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.edicola"
    junk.write_bytes(b"hello")
    code, _, err = run("import", str(junk), library=tmp_path / "lib")
    assert code == 1
    assert "error: junk.edicola: not a zip file" in err  # the name once
    assert "Traceback" not in err


def test_validate_checks_the_signature_against_trusted_keys(
    tmp_path: Path, edition_source: Path
) -> None:
    bundle = tmp_path / "signed.edicola"
    run("build", str(edition_source), "-o", str(bundle))
    pub, sec = tmp_path / "pub.key", tmp_path / "sec.key"
    other_pub = tmp_path / "other.pub"
    assert run("keygen", "-p", str(pub), "-s", str(sec))[0] == 0
    assert run("keygen", "-p", str(other_pub), "-s", str(tmp_path / "other.key"))[0] == 0

    code, _, err = run("validate", "--key", str(pub), str(bundle))
    assert code == 1 and "no signature file signed.edicola.minisig" in err

    assert run("sign", str(bundle), "--key", str(sec))[0] == 0
    code, out, _ = run("validate", "--key", str(pub), str(bundle))
    assert (code, out.strip()) == (0, "signed.edicola: ok")
    # any one trusted key that verifies is enough
    assert run("validate", "--key", str(other_pub), "--key", str(pub), str(bundle))[0] == 0

    code, _, err = run("validate", "--key", str(other_pub), str(bundle))
    assert code == 1 and "signed.edicola: signature:" in err and "Traceback" not in err

    data = bytearray(bundle.read_bytes())
    data[-30] ^= 0xFF  # a flipped byte in the central directory's comment area
    bundle.write_bytes(bytes(data))
    code, _, err = run("validate", "--key", str(pub), str(bundle))
    assert code == 1 and "signature:" in err
