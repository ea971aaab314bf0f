"""Seeded fuzzing of everything Edicola reads from strangers (issue 11, "How to prove it").

Bundles, catalogs, comment-server replies and bookmark files are mutated with
a fixed seed (``EDICOLA_FUZZ_SEED`` changes it, ``EDICOLA_FUZZ_CASES`` the
count). Every case must end in success or in the one refusal each reader
knows (``BundleError``, ``CatalogError``, ``BookmarkError``): never another
exception (which the CLI reports as exit 70), never more than 10 s, and a
refused bundle leaves the library exactly as it was. The default round is a
few hundred cases; ``pytest -m slow`` runs a longer one, and so does any run with
``EDICOLA_FUZZ_LONG_CASES`` set (CI's ``make test`` sets a few hundred), on a seed
of its own each run (``--randomly-seed`` replays it).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import random
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
from edicola.core.catalog.minisign import SecretKey
from edicola.core.catalog.opds import CatalogError, check_freshness, decode_json
from edicola.core.catalog.parse import parse_root
from edicola.core.catalog.publisher import publish
from edicola.core.catalog.snapshot import parse_feed_for_reader
from edicola.core.comments.isso_reply import clean_thread
from edicola.core.comments.outbox import HttpOutcome, classify, find_delivered
from edicola.store.bookmarks import BookmarkError
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

SEED = int(os.environ.get("EDICOLA_FUZZ_SEED", "20261130"))
CASES = int(os.environ.get("EDICOLA_FUZZ_CASES", "200"))
SLOW_CASES = 2000
LONG_CASES = int(os.environ.get("EDICOLA_FUZZ_LONG_CASES", "0"))
MAX_SECONDS = 10.0  # timing-ok: a hang guard per case; a case takes milliseconds

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    -1,
    0,
    2**63,
    2**64 + 1,
    10**40,
    1e308,
    -0.5,
    "",
    "x\n",
    "é" * 600,
    "../../etc/passwd",
    "0000-00-00",
    "2026-02-30",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "http://[::1",
    "http://127.0.0.1:99999/",
    "http://",
    [],
    {},
    [[[[[[[[]]]]]]]],
    {"a": {"b": {"c": {}}}},
]

HOSTILE_TEXT: list[str] = [
    "[" * 3000,
    "<http://" * 1500,
    "&#x110000;" * 3000,
    "*a" * 3000,
    "<table><tr><td>" * 8,
    "> " * 40 + "x",
    "x" * 200_000,
    "![a](images/nope.png)",
    '<img src="http://evil/x.png"><script>alert(1)</script>',
    "\x00\x01\x02",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON document (keys and indexes), to pick one to mutate."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:5]):
            found += _paths(child, (*prefix, index))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def mutate_json(rng: random.Random, document: Any) -> bytes:
    """One hostile change to a JSON document, returned as bytes."""
    choice = rng.random()
    if choice < 0.08:
        return b"[" * rng.choice([100, 5000, 100_000]) + b"]" * 10
    if choice < 0.12:
        return json.dumps(document).encode()[: rng.randrange(1, 200)]
    if choice < 0.16:
        return json.dumps(document).replace("1", "1" * 5000, 1).encode()
    paths = _paths(document)
    for _ in range(rng.randint(1, 3)):
        if not paths:
            break
        path = rng.choice(paths)
        with contextlib.suppress(TypeError, KeyError, IndexError):
            _set(document, path, copy.deepcopy(rng.choice(HOSTILE_VALUES)))
        paths = _paths(document)
    data = json.dumps(document, allow_nan=True).encode()
    if rng.random() < 0.1:
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    return data


def _timed(run: Callable[..., object], *args: Any) -> float:
    started = time.perf_counter()
    run(*args)
    return time.perf_counter() - started


# -- bundles --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-good")
    return build_edition(make_edition_source(folder / "src"), folder / "out").path


def mutate_bundle(rng: random.Random, good: Path, out: Path) -> Path:
    """A copy of ``good`` with one hostile change: manifest, member, or raw bytes."""
    raw = good.read_bytes()
    kind = rng.random()
    if kind < 0.15:  # raw byte damage to the zip itself
        data = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        out.write_bytes(bytes(data))
        return out
    if kind < 0.2:  # truncated
        out.write_bytes(raw[: rng.randrange(len(raw))])
        return out
    with zipfile.ZipFile(good) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(entries["manifest.json"])
    if kind < 0.6:
        entries["manifest.json"] = mutate_json(rng, manifest)
    else:
        name = rng.choice(sorted(n for n in entries if n != "manifest.json"))
        if name.endswith(".md"):
            content = rng.choice(HOSTILE_TEXT).encode("utf-8", "replace")
        else:
            original = entries[name]
            content = rng.choice(
                [
                    original[:8],
                    original[: rng.randrange(1, len(original))],
                    original[:16] + (20000).to_bytes(4, "big") * 2 + original[24:],
                    b"\xff\xd8\xff" + os.urandom(rng.randrange(1, 64)),
                    b"GIF89a" + os.urandom(8),
                ]
            )
        entries[name] = content
        if rng.random() < 0.8:  # keep the checksums right, so the content checks run
            import hashlib

            manifest["files"][name] = {
                "sha256": hashlib.sha256(content).hexdigest(),
                "size": len(content),
            }
        entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out


def _library_state(library: Library) -> list[Any]:
    rows: list[Any] = []
    for table in ("publications", "editions", "sections", "articles", "images"):
        rows.append(library.db.execute(f"SELECT count(*) FROM {table}").fetchone())
    rows += library.db.execute("SELECT id, revision, bundle_sha256 FROM editions").fetchall()
    return rows


def _fuzz_bundles(cases: int, good: Path, tmp: Path, library: Library, seed: int = SEED) -> None:
    rng = random.Random(seed)
    library.editions.import_bundle(good)  # refusals must leave this as it was
    refused = [0]

    def run(bundle: Path, case: int, before: list[Any]) -> None:
        problems = validate_bundle(bundle)
        assert all(str(p) and "\n" not in str(p) for p in problems)
        try:
            library.editions.import_bundle(bundle)
        except BundleError as exc:
            refused[0] += 1
            assert "\n" not in str(exc) and str(exc), f"case {case}"
            assert _library_state(library) == before, f"case {case} changed the library"

    for case in range(cases):
        bundle = mutate_bundle(rng, good, tmp / f"case-{case % 4}.edicola")
        elapsed = _timed(run, bundle, case, _library_state(library))
        assert elapsed < MAX_SECONDS, f"case {case} (seed {seed}) took {elapsed:.1f} s"  # timing-ok
    assert refused[0] > cases // 2


def test_fuzzed_bundles_are_imported_or_refused_cleanly(
    good_bundle: Path, tmp_path: Path, library: Library
) -> None:
    _fuzz_bundles(CASES, good_bundle, tmp_path, library)


def test_fuzzed_bundles_through_the_cli_never_crash(good_bundle: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    runner = CliRunner()
    for case in range(max(10, CASES // 20)):
        bundle = mutate_bundle(rng, good_bundle, tmp_path / f"cli-{case}.edicola")
        for command in (["validate", str(bundle)], ["import", str(bundle)]):
            args = ["--library", str(tmp_path / "lib"), *command]
            result = runner.invoke(cli, args)
            assert result.exit_code in (0, 1), (case, command, result.output[-500:])
            assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.slow
def test_long_fuzz_round(
    request: pytest.FixtureRequest, good_bundle: Path, tmp_path: Path, library: Library
) -> None:
    slow = "slow" in (request.config.getoption("markexpr") or "")
    if not slow and not LONG_CASES:
        pytest.skip("the long round runs with -m slow or EDICOLA_FUZZ_LONG_CASES")
    seed = random.randrange(2**32)  # new ground each run; pytest-randomly's seed replays it
    _fuzz_bundles(SLOW_CASES if slow else LONG_CASES, good_bundle, tmp_path, library, seed)


# -- catalogs -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalog_files(tmp_path_factory: pytest.TempPathFactory, good_bundle: Path) -> dict[str, Any]:
    from datetime import UTC, datetime

    www = tmp_path_factory.mktemp("fuzz-www")
    publish(www, [good_bundle], key=SecretKey.generate(), now=datetime.now(UTC), title="F")
    return {
        "root": json.loads((www / "catalog.json").read_text("utf-8")),
        "feed": json.loads((www / "publications" / "gazzetta.json").read_text("utf-8")),
    }


def test_fuzzed_catalogs_parse_or_are_refused(catalog_files: dict[str, Any]) -> None:
    from datetime import UTC, datetime

    rng = random.Random(SEED + 2)
    base = "http://127.0.0.1:8765/catalog.json"

    def run(which: str, data: bytes) -> None:
        try:
            obj = decode_json(data, which)
            if which == "root":
                root = parse_root(obj, base)
                check_freshness(root, 0, datetime.now(UTC), which)
            else:
                parse_feed_for_reader(obj, base, "publications/gazzetta.json")
        except CatalogError as exc:
            assert "\n" not in str(exc)

    for case in range(CASES):
        which = rng.choice(["root", "feed"])
        data = mutate_json(rng, json.loads(json.dumps(catalog_files[which])))
        assert _timed(run, which, data) < MAX_SECONDS, f"catalog case {case}"  # timing-ok


# -- comment-server replies -------------------------------------------------------------------


def test_fuzzed_comment_server_replies_never_crash() -> None:
    rng = random.Random(SEED + 3)
    thread = {
        "id": 1,
        "total_replies": 2,
        "replies": [
            {"id": 1, "parent": None, "author": "A", "text": "t", "created": 1.0, "mode": 1},
            {"id": 2, "parent": 1, "text": "u", "created": 2.0, "replies": []},
        ],
    }

    def run(body: bytes) -> None:
        try:
            cleaned = clean_thread(safejson.loads(body))
        except ValueError:
            cleaned = None
        if cleaned is not None:
            json.dumps(cleaned)
            find_delivered(cleaned, author="A", text="t", parent=None, not_before=0)
        for status in (200, 201, 202, 400, 500):
            classify(HttpOutcome(status, body, {}, sent=True), time.time())

    for case in range(CASES):
        body = mutate_json(rng, json.loads(json.dumps(thread)))
        assert _timed(run, body) < MAX_SECONDS, f"reply case {case}"  # timing-ok


# -- bookmark files ---------------------------------------------------------------------------


def test_fuzzed_bookmark_files_merge_or_are_refused(library: Library) -> None:
    rng = random.Random(SEED + 4)
    document = {
        "format": "edicola-bookmarks",
        "version": 1,
        "bookmarks": [
            {
                "article_id": "gazzetta-2026-05-04/ponte-nuovo",
                "title": "Il ponte",
                "url": "https://gazzetta.example/ponte",
                "note": "",
                "created_at": "2026-05-04T07:00:00+00:00",
                "position": 0.5,
            }
        ],
    }
    html_parts = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        '<DT><A HREF="https://x.example/" ADD_DATE="1700000000">t</A>',
        "<DD>note",
        "<!--",
        "<a ",
        '<a href="',
        "</",
        "<![CDATA[",
        "&#",
        ' ADD_DATE="' + "9" * 40 + '"',
    ]

    def run(text: str, as_json: bool) -> None:
        try:
            if as_json:
                library.bookmarks.import_json(text)
            else:
                library.bookmarks.import_html(text)
        except BookmarkError as exc:
            assert "\n" not in str(exc)

    for case in range(CASES):
        as_json = rng.random() < 0.5
        if as_json:
            text = mutate_json(rng, json.loads(json.dumps(document))).decode("utf-8", "replace")
        else:
            text = "".join(rng.choice(html_parts) * rng.choice([1, 1, 10, 4000]) for _ in range(6))
        assert _timed(run, text, as_json) < MAX_SECONDS, f"bookmark case {case}"  # timing-ok
