"""Broken and hostile bundles: each gets one specific error and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import validate_bundle
from edicola.core.bundle.safezip import Limits
from edicola.store.library import Library

MiB = 1024 * 1024


def _entries(bundle: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(bundle) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _write(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def _manifest_of(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> dict:  # type: ignore[type-arg]
    return json.loads(next(data for info, data in entries if info.filename == "manifest.json"))


def _with_manifest(
    entries: list[tuple[zipfile.ZipInfo, bytes]],
    change: Callable[[dict], None],  # type: ignore[type-arg]
) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    manifest = _manifest_of(entries)
    change(manifest)
    out: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    for info, data in entries:
        if info.filename == "manifest.json":
            data = json.dumps(manifest).encode()
        out.append((info.filename, data))
    return out


def _add_file(entries, name: str, data: bytes, *, listed: bool = True):  # type: ignore[no-untyped-def]
    def change(m: dict) -> None:  # type: ignore[type-arg]
        if listed:
            m["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    return [*_with_manifest(entries, change), (name, data)]


def _replace_member(entries, name: str, data: bytes):  # type: ignore[no-untyped-def]
    """Swap one member's bytes and fix up the manifest so only the content is wrong."""
    rest = [(info, d) for info, d in entries if info.filename != name]

    def change(m: dict) -> None:  # type: ignore[type-arg]
        m["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    return [*_with_manifest(rest, change), (name, data)]


@pytest.fixture
def good(edition_source: Path, tmp_path: Path) -> Path:
    return build_edition(edition_source, tmp_path / "good.edicola").path


def _raw_name_zip(path: Path, name: bytes) -> Path:
    """A zip whose entry name bypasses zipfile's own name normalisation."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("X" * len(name), b"hello")
    data = buffer.getvalue().replace(b"X" * len(name), name)
    path.write_bytes(data)
    return path


def _overlapping_zip(path: Path) -> Path:
    """Two central-directory entries pointing at the same local data (CVE-2024-0450)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("a.txt", b"A" * 100)
    data = bytearray(buffer.getvalue())
    cd = data.rfind(b"PK\x01\x02")  # central entry of a.txt
    # point a.txt's local header offset (at +42) at manifest.json's header (0)
    struct.pack_into("<I", data, cd + 42, 0)
    path.write_bytes(bytes(data))
    return path


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {}


def case(expected: str):  # type: ignore[no-untyped-def]
    def register(fn: Callable[[Path, Path], Path]) -> Callable[[Path, Path], Path]:
        CASES[fn.__name__] = (fn, expected)
        return fn

    return register


@case("the manifest says")
def image_larger_than_manifest_says(good: Path, out: Path) -> Path:
    def shrink(m: dict) -> None:  # type: ignore[type-arg]
        m["files"]["images/ponte.png"]["size"] = 10

    return _write(out, _with_manifest(_entries(good), shrink))


@case("absolute path")
def absolute(good: Path, out: Path) -> Path:
    return _write(out, [*_entries(good), (zipfile.ZipInfo("/etc/passwd"), b"x")])


@case("'..'")
def dotdot(good: Path, out: Path) -> Path:
    return _raw_name_zip(out, b"../evil.txt")


@case("backslash")
def backslash(good: Path, out: Path) -> Path:
    return _raw_name_zip(out, b"..\\evil.txt")


@case("drive-letter")
def drive_letter(good: Path, out: Path) -> Path:
    return _raw_name_zip(out, b"C:evil.txt")


@case("articles/03-der\\ny.md: unsafe entry: control character in file name")
def newline_in_name(good: Path, out: Path) -> Path:
    """The name is shown with its control character escaped: the message stays one line
    and says which entry (found by the long fuzz round)."""
    return _raw_name_zip(out, b"articles/03-der\ny.md")


@case("symbolic link")
def symlink(good: Path, out: Path) -> Path:
    info = zipfile.ZipInfo("images/link.png")
    info.create_system = 3
    info.external_attr = (0o120777) << 16
    return _write(out, [*_entries(good), (info, b"/etc/passwd")])


@case("duplicate entry")
def duplicate(good: Path, out: Path) -> Path:
    entries = _entries(good)
    with pytest.warns(UserWarning):
        return _write(out, [*entries, (entries[1][0], entries[1][1])])


@case("clashes with")
def duplicate_casefold(good: Path, out: Path) -> Path:
    return _write(out, [*_entries(good), ("MANIFEST.JSON", b"{}")])


@case("clashes with")
def duplicate_unicode(good: Path, out: Path) -> Path:
    return _write(out, [("caf\u00e9.md", b"a"), ("cafe\u0301.md", b"b")])


@case("overlapping entries")
def overlapping(good: Path, out: Path) -> Path:
    return _overlapping_zip(out)


@case("encrypted entry")
def encrypted(good: Path, out: Path) -> Path:
    _write(out, _entries(good))
    data = bytearray(out.read_bytes())
    for magic, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (pos := data.find(magic, start)) >= 0:
            data[pos + flag_at] |= 0x1
            start = pos + 4
    out.write_bytes(bytes(data))
    return out


@case("compression method")
def odd_compression(good: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("manifest.json"), b"{}", compress_type=zipfile.ZIP_BZIP2)
    return out


@case("stray file")
def unlisted_file(good: Path, out: Path) -> Path:
    return _write(out, [*_entries(good), ("notes.txt", b"not in the manifest")])


@case("manifest.json: missing")
def missing_manifest(good: Path, out: Path) -> Path:
    return _write(out, [(i, d) for i, d in _entries(good) if i.filename != "manifest.json"])


@case("malformed JSON at line 1")
def malformed_manifest(good: Path, out: Path) -> Path:
    entries = [(i.filename, d) for i, d in _entries(good) if i.filename != "manifest.json"]
    return _write(out, [("manifest.json", b"{not json"), *entries])


@case("sha256 does not match")
def wrong_checksum(good: Path, out: Path) -> Path:
    entries = _entries(good)
    tampered = [
        (i.filename, d.replace(b"ponte", b"PONTE") if i.filename.endswith("ponte-nuovo.md") else d)
        for i, d in entries
    ]
    return _write(out, tampered)


@case("format version 2 is newer")
def future_format(good: Path, out: Path) -> Path:
    return _write(out, _with_manifest(_entries(good), lambda m: m.update(format_version=2)))


@case("articles[0].section")
def unknown_section(good: Path, out: Path) -> Path:
    return _write(
        out, _with_manifest(_entries(good), lambda m: m["articles"][0].update(section="meteo"))
    )


@case("invalid UTF-8 at byte")
def invalid_utf8(good: Path, out: Path) -> Path:
    return _write(
        out,
        _replace_member(_entries(good), "articles/03-derby.md", b"Un pareggio \xff\xfe meritato."),
    )


@case("references a missing image")
def missing_image_reference(good: Path, out: Path) -> Path:
    return _write(
        out,
        _replace_member(
            _entries(good), "articles/03-derby.md", b"![Nessuna](images/assente.png)\n"
        ),
    )


@case("not a zip file or a truncated one")
def truncated(good: Path, out: Path) -> Path:
    data = good.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


@case("not a zip file")
def not_a_zip(good: Path, out: Path) -> Path:
    out.write_bytes(b"%PDF-1.7 certainly not a bundle\n" * 10)
    return out


@case("the file is empty")
def empty(good: Path, out: Path) -> Path:
    out.write_bytes(b"")
    return out


@case("compression ratio")
def zip_bomb(good: Path, out: Path) -> Path:
    bomb = b"\0" * (40 * MiB)
    return _write(out, _add_file(_entries(good), "images/bomb.png", bomb))


@case("not a PNG, JPEG, GIF or WebP")
def script_as_image(good: Path, out: Path) -> Path:
    return _write(
        out, _replace_member(_entries(good), "images/ponte.png", b"<svg onload='alert(1)'/>")
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_bundle_is_refused_and_changes_nothing(
    name: str, good: Path, tmp_path: Path, library: Library
) -> None:
    make, expected = CASES[name]
    bundle = make(good, tmp_path / f"{name}.edicola")

    problems = validate_bundle(bundle)
    assert problems, f"{name} passed validation"
    assert any(expected in str(p) for p in problems), [str(p) for p in problems]

    before = library.db.execute("SELECT count(*) FROM editions").fetchone()
    with pytest.raises(BundleError) as raised:
        library.editions.import_bundle(bundle)
    assert "\n" not in str(raised.value)
    assert library.db.execute("SELECT count(*) FROM editions").fetchone() == before
    for table in ("articles", "images", "sections", "publications"):
        assert library.db[table].count == 0


def test_limits_are_configurable(good: Path, tmp_path: Path) -> None:
    problems = validate_bundle(good, Limits(max_entries=2))
    assert "over the limit of 2" in str(problems[0])
    problems = validate_bundle(good, Limits(max_bundle_bytes=100))
    assert "limit" in str(problems[0])


def test_header_sizes_are_not_trusted(good: Path, tmp_path: Path) -> None:
    """An entry that claims to be small but inflates larger is caught by counting."""
    out = tmp_path / "liar.edicola"
    _write(out, _entries(good))
    data = bytearray(out.read_bytes())
    target = b"articles/01-ponte-nuovo.md"
    for magic, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := data.find(magic, start)) >= 0:
            name_at = pos + (30 if magic == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(target)] == target:
                struct.pack_into("<I", data, pos + size_at, 10)
            start = pos + 4
    out.write_bytes(bytes(data))
    problems = validate_bundle(out)
    assert any("01-ponte-nuovo.md" in str(p) for p in problems), problems
