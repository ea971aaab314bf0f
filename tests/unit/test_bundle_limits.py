"""Manifests and images that used to crash (exit 70) or slip through: one clear refusal each."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core import safejson
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import validate_bundle
from edicola.store.library import Library
from edicola.testing.editions import png_bytes


@pytest.fixture
def good(edition_source: Path, tmp_path: Path) -> Path:
    return build_edition(edition_source, tmp_path / "good").path


def rewrite(
    good: Path,
    out: Path,
    manifest: Callable[[dict[str, Any]], bytes | None] | None = None,
    members: dict[str, bytes] | None = None,
) -> Path:
    """Copy ``good`` with a changed manifest (raw bytes) and/or replaced members."""
    with zipfile.ZipFile(good) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    data = json.loads(entries["manifest.json"])
    for name, content in (members or {}).items():
        entries[name] = content
        data["files"][name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    raw = manifest(data) if manifest else None
    entries["manifest.json"] = raw if raw is not None else json.dumps(data).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out


def set_path(keys: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def _dated(data: dict[str, Any], day: str) -> None:
    set_path(["edition", "date"], day)(data)
    set_path(["edition", "id"], f"gazzetta-{day}")(data)


CASES: dict[str, tuple[Callable[[dict[str, Any]], bytes | None], str]] = {
    "deep json": (lambda d: b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nested"),
    "huge integer": (
        lambda d: json.dumps(d).replace('"revision": 1', '"revision": ' + "9" * 5000).encode(),
        "digits",
    ),
    "revision 2**63": (
        lambda d: set_path(["edition", "revision"], 2**63)(d) or None,
        "edition.revision",
    ),
    "number 2**64": (lambda d: set_path(["edition", "number"], 2**64)(d) or None, "edition.number"),
    # JSON Schema's "integer" takes 1e308; it overflowed SQLite on insert (fuzz round).
    "revision 1e308": (
        lambda d: set_path(["edition", "revision"], 1e308)(d) or None,
        "edition.revision",
    ),
    "size 1e9": (
        lambda d: set_path(["files", "images/ponte.png", "size"], 10**9)(d) or None,
        "over the",
    ),
    "id with a newline": (lambda d: set_path(["edition", "id"], d["edition"]["id"] + "\n")(d), ""),
    "impossible date": (lambda d: _dated(d, "2026-02-30"), "not a real date"),
    "zero date": (lambda d: _dated(d, "0000-00-00"), "not a real date"),
    "impossible published": (
        lambda d: set_path(["articles", 0, "published"], "2026-13-45T07:00:00+02:00")(d) or None,
        "not a real date-time",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_manifest_is_refused_in_one_line(
    name: str, good: Path, tmp_path: Path, library: Library
) -> None:
    change, expected = CASES[name]
    bundle = rewrite(good, tmp_path / "bad.edicola", change)
    problems = validate_bundle(bundle)
    assert problems and expected in str(problems[0]), problems
    with pytest.raises(BundleError):
        library.editions.import_bundle(bundle)
    assert library.db["editions"].count == 0
    result = CliRunner().invoke(cli, ["--library", str(library.folder), "import", str(bundle)])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_a_slug_with_a_trailing_newline_is_refused(good: Path, tmp_path: Path) -> None:
    bundle = rewrite(good, tmp_path / "nl.edicola", set_path(["sections", 0, "id"], "notizie\n"))  # type: ignore[arg-type]
    problems = validate_bundle(bundle)
    assert any("does not match" in str(p) and "sections[0].id" in str(p) for p in problems)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (png_bytes()[:8], "header"),
        (png_bytes()[:40], "truncated"),
        (b"\xff\xd8\xff", "truncated"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 7, "truncated"),
        (b"GIF89a\x01\x00", "truncated"),
        (png_bytes()[:16] + (20000).to_bytes(4, "big") + (20000).to_bytes(4, "big"), "over the"),
    ],
)
def test_truncated_or_oversized_images_are_refused(
    data: bytes, why: str, good: Path, tmp_path: Path
) -> None:
    bundle = rewrite(good, tmp_path / "img.edicola", members={"images/ponte.png": data})
    problems = validate_bundle(bundle)
    assert any(why in str(p) and "images/ponte.png" in str(p) for p in problems), problems


def test_a_2000_article_manifest_fits_the_limits(tmp_path: Path) -> None:
    """The schema allows 2,000 articles: such a manifest must pass the byte limit too."""
    from edicola.core.bundle.manifest_check import check_manifest
    from edicola.core.bundle.safezip import Limits

    articles, files = [], {}
    for i in range(2000):
        name = f"articles/{i:04d}-un-titolo-abbastanza-lungo-per-essere-realistico.md"
        files[name] = {"sha256": "0" * 64, "size": 4000}
        articles.append(
            {
                "id": f"articolo-{i:04d}-un-titolo-abbastanza-lungo-per-essere-realistico",
                "section": "notizie",
                "title": "Un titolo abbastanza lungo per essere realistico " * 2,
                "standfirst": "Un sommario di due righe che dice di cosa parla l'articolo. " * 3,
                "authors": ["Anna Neri", "Luca Blu"],
                "published": "2026-05-04T07:00:00+02:00",
                "url": f"https://gazzetta.example/2026/05/04/articolo-{i:04d}-un-titolo-lungo",
                "file": name,
                "images": [f"images/{i:04d}-foto.jpg"],
                "word_count": 800,
            }
        )
        files[f"images/{i:04d}-foto.jpg"] = {"sha256": "0" * 64, "size": 200_000}
    manifest = {
        "format": "edicola-bundle",
        "format_version": 1,
        "publication": {"id": "gazzetta", "title": "La Gazzetta", "language": "it"},
        "edition": {"id": "gazzetta-2026-05-04", "date": "2026-05-04", "title": "T", "revision": 1},
        "sections": [{"id": "notizie", "title": "Notizie"}],
        "articles": articles,
        "files": files,
    }
    raw = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    assert len(raw) <= Limits().max_manifest_bytes, len(raw)
    started = time.perf_counter()
    assert check_manifest(safejson.loads(raw)) == []
    assert time.perf_counter() - started < 20  # timing-ok: hang guard, ~1 s CPU when idle


def test_safejson_refuses_what_later_steps_cannot_handle() -> None:
    for text, why in [
        ("[" * 100 + "]" * 100, "nested 100 levels"),
        ("1" * 4400, "digits"),
        ('{"id": 1e999}', "out of range"),
        ("[NaN]", "NaN"),
    ]:
        with pytest.raises(safejson.JsonRefused, match=why):
            safejson.loads(text)
    assert safejson.loads('{"a": ["[[[[", {"b": 2.5}]}') == {"a": ["[[[[", {"b": 2.5}]}


def test_a_zip_needing_a_future_version_is_refused(good: Path, tmp_path: Path) -> None:
    """Found by the long fuzz round: zipfile raises NotImplementedError for it."""
    data = bytearray(good.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = (218).to_bytes(2, "little")  # "version 21.8 needed"
    bundle = tmp_path / "future.edicola"
    bundle.write_bytes(bytes(data))
    problems = validate_bundle(bundle)
    assert problems and "unreadable zip" in str(problems[0])
