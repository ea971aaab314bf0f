"""``edicola check``: each editorial check fires where it should, and only there."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.check import CHECKS, check_editions
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.edition_text import load, load_bundle, load_source
from edicola.paths import EDITIONS
from edicola.testing.editions import pdf_page, png_bytes, write_edition

WORDS = " ".join(["parola"] * 60)


def run(*args: str, library: Path | None = None) -> tuple[int, str, str]:
    prefix = ["--library", str(library)] if library else []
    result = CliRunner().invoke(cli, [*prefix, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def careless_source(folder: Path) -> Path:
    """An edition that builds, with one of every editorial mistake."""
    write_edition(
        folder,
        publication="gazzetta",
        title="La Gazzetta",
        language="it",
        date="2026-05-04",
        images={"unused.png": png_bytes()},
        articles=[
            {
                "section": "Notizie",
                "title": "Il ponte apre",
                "authors": ["Anna Neri"],
                "body": f"{WORDS}\n\nVedi [il mercato](edicola:article/gazzetta-2026-05-04/nope)"
                " e [il sito](http://gazzetta.example/ponte).\n",
                "images": ["ponte.png"],  # no alt text
            },
            {
                "section": "Notizie",
                "title": "Il ponte apre",
                "authors": ["Luca Blu"],
                "body": "Troppo breve.",
            },
            {
                "section": "Sport",
                "title": "T" * 130,
                "standfirst": "S" * 320,
                "body": f"{WORDS}\n\n![Il derby](images/ponte.png)\n",
            },
        ],
    )
    edition = json.loads((folder / "edition.json").read_text("utf-8"))
    edition["sections"].append({"id": "cultura", "title": "Cultura"})
    (folder / "edition.json").write_text(json.dumps(edition), "utf-8")
    return folder


def test_sample_editions_are_clean() -> None:
    editions = load(Path(EDITIONS))
    assert len(editions) >= 6
    assert check_editions(editions) == []


def test_every_mistake_is_found_with_its_place(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    findings = check_editions([load_source(source)])
    by_id = {f.id: f for f in findings}
    assert set(by_id) == {
        "image-no-alt",
        "image-unused",
        "section-empty",
        "article-no-author",
        "link-broken",
        "link-not-https",
        "headline-long",
        "standfirst-long",
        "headline-duplicate",
        "body-short",
    }
    assert set(by_id) <= set(CHECKS)
    first = source / "articles" / "01-il-ponte-apre.md"
    lines = first.read_text("utf-8").split("\n")
    link_line = next(n for n, line in enumerate(lines, 1) if "edicola:article" in line)
    assert by_id["link-broken"].location == f"{first}:{link_line}"
    assert by_id["link-not-https"].location == f"{first}:{link_line}"
    image_line = next(n for n, line in enumerate(lines, 1) if "![" in line)
    assert by_id["image-no-alt"].location == f"{first}:{image_line}"
    assert by_id["image-unused"].location == "images/unused.png"
    assert by_id["section-empty"].location == "cultura"
    no_author = by_id["article-no-author"].location
    assert "/articles/03-ttt" in no_author and no_author.endswith(".md:1")
    assert all(f.edition == "gazzetta-2026-05-04" for f in findings)
    assert all(f.severity == "warning" for f in findings)


def test_a_bundle_gets_the_same_findings_at_its_member_lines(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    bundle = build_edition(source, tmp_path).path
    from_bundle = {(f.id, f.location) for f in check_editions([load_bundle(bundle)])}
    # The build leaves unused images out, so that one cannot be found in a bundle.
    assert {i for i, _ in from_bundle} == {
        f.id for f in check_editions([load_source(source)]) if f.id != "image-unused"
    }
    assert ("link-broken", "articles/01-il-ponte-apre.md:3") in from_bundle


def test_missing_and_remote_images_are_errors(tmp_path: Path) -> None:
    source = write_edition(
        tmp_path / "src",
        publication="gazzetta",
        title="La Gazzetta",
        language="it",
        date="2026-05-04",
        articles=[
            {
                "section": "Notizie",
                "title": "Foto",
                "authors": "Anna Neri",
                "body": f"{WORDS}\n\n![x](images/gone.png)\n\n![y](https://cdn.example/y.png)\n",
            }
        ],
    )
    findings = check_editions([load_source(source)])
    assert [(f.id, f.severity) for f in findings] == [("image-missing", "error")] * 2


def test_links_across_editions_are_checked_when_both_are_known(tmp_path: Path) -> None:
    def edition(day: str, body: str) -> Path:
        return write_edition(
            tmp_path / day,
            publication="gazzetta",
            title="La Gazzetta",
            language="it",
            date=day,
            articles=[{"section": "A", "title": "T", "authors": "A", "body": f"{WORDS} {body}"}],
        )

    first = edition("2026-05-03", "")
    second = edition("2026-05-04", "[ieri](edicola:article/gazzetta-2026-05-03/missing)")
    assert check_editions([load_source(second)]) == []  # the other edition is unknown
    [finding] = check_editions([load_source(first), load_source(second)])
    assert finding.id == "link-broken" and "gazzetta-2026-05-03" in finding.message


def test_a_page_region_pointing_at_no_article_is_reported(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    bundle = build_edition(source, tmp_path).path
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["pages"] = [
        {
            "file": "images/ponte.png",
            "label": "1",
            "width": 595,
            "height": 842,
            "regions": [{"article": "not-there", "rect": [10, 10, 100, 100]}],
        }
    ]
    members["manifest.json"] = json.dumps(manifest).encode()
    broken = tmp_path / "pages.edicola"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    ids = {f.id for f in check_editions([load_bundle(broken)])}
    assert "page-region-orphan" in ids


def test_a_printed_page_linking_to_no_article_is_found_in_the_source(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    (source / "pages").mkdir()
    link = "edicola:article/gazzetta-2026-05-04/not-there"
    (source / "pages" / "001.pdf").write_bytes(pdf_page({link: (40, 500, 300, 800)}))
    [orphan] = [f for f in check_editions([load_source(source)]) if f.id == "page-region-orphan"]
    assert orphan.severity == "error" and "001.pdf" in orphan.location


def test_cli_exit_status_json_and_strict(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    code, out, err = run("check", str(source))
    assert code == 0
    assert "warning: gazzetta-2026-05-04: " in out and "[link-broken]" in out
    assert "1 edition checked: 10 findings" in err

    code, out, _ = run("check", "--json", str(source))
    data = json.loads(out)
    assert code == 0 and len(data) == 10
    assert set(data[0]) == {"id", "severity", "edition", "location", "message"}

    code, _, _ = run("check", "--strict", str(source))
    assert code == 1
    code, out, _ = run("check", "--strict", str(Path(EDITIONS) / "il-faro"))
    assert (code, out) == (0, "")


def test_cli_checks_library_editions_and_reports_unknown_arguments(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    bundle = build_edition(source, tmp_path).path
    library = tmp_path / "lib"
    assert run("import", str(bundle), library=library)[0] == 0
    code, out, _ = run("check", "--json", "gazzetta-2026-05-04", library=library)
    ids = {f["id"] for f in json.loads(out)}
    assert code == 0 and {"link-broken", "image-no-alt", "body-short"} <= ids
    articles = [f for f in json.loads(out) if f["id"] != "section-empty"]
    assert all(f["location"].startswith("gazzetta-2026-05-04/") for f in articles)

    code, _, err = run("check", "nowhere-2026-01-01", library=library)
    assert code == 1 and "nowhere-2026-01-01: no such file" in err


def test_an_unreadable_bundle_fails_even_without_strict(tmp_path: Path) -> None:
    bad = tmp_path / "bad.edicola"
    bad.write_bytes(b"not a zip")
    code, out, _ = run("check", str(bad))
    assert code == 1 and "[unreadable]" in out


def test_build_prints_the_checks_as_warnings(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    code, out, err = run("build", str(source), "-o", str(tmp_path / "out.edicola"))
    assert code == 0 and "built" in out
    assert err.count("warning: ") == 10 and "[headline-duplicate]" in err


def test_a_source_the_build_would_refuse_is_an_error_with_its_line(tmp_path: Path) -> None:
    source = careless_source(tmp_path / "src")
    article = source / "articles" / "02-il-ponte-apre-2.md"
    article.write_text(article.read_text("utf-8").replace("---\n", "---\nautor: Ugo\n", 1))
    [typo] = [f for f in check_editions([load_source(source)]) if f.id == "unreadable"]
    assert typo.location == f"{article}:2" and "autor" in typo.message
