"""The quick manifest check never accepts what the JSON Schema refuses (issue 21).

``check_manifest`` skips ``jsonschema`` when the compiled check is sure a manifest
is valid. Every mutation of real manifests (each field set to hostile values,
removed, or joined by a stray key) must give exactly the problems the schema
alone gives, and the good manifests must take the quick path.
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from edicola.core.bundle import manifest_check
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.manifest_check import check_manifest
from edicola.core.bundle.quick_schema import _KEYWORDS, ANNOTATIONS, compile_schema
from edicola.core.bundle.samples import build_samples
from edicola.testing.editions import make_edition_source

VALUES: list[Any] = [
    None,
    True,
    False,
    -1,
    0,
    1,
    1.0,
    0.5,
    -0.0,
    2**31,
    2**63,
    1e308,
    float("nan"),
    float("inf"),
    "",
    "x",
    "x\n",
    "a" * 129,
    "é" * 501,
    "é" * 2001,
    "2026-05-04",
    "2026-05-04T07:00:00+02:00",
    "https://example.org/a",
    "../etc/passwd",
    "articles/a.md",
    "0" * 64,
    "edicola-bundle",
    [],
    [1],
    ["x"],
    {},
    {"sha256": "0" * 64, "size": 1},
]


def _manifest_of(bundle: Path) -> dict[str, Any]:
    with zipfile.ZipFile(bundle) as archive:
        data: dict[str, Any] = json.loads(archive.read("manifest.json"))
    return data


@pytest.fixture(scope="module")
def manifests(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("quick-schema")
    built = build_edition(make_edition_source(folder / "src"), folder / "out").path
    found = [_manifest_of(built)] + [_manifest_of(b) for b in build_samples(folder / "samples")]
    with_pages = copy.deepcopy(found[0])
    with_pages["files"]["pages/p.pdf"] = {"sha256": "0" * 64, "size": 1}
    article = with_pages["articles"][0]["id"]
    with_pages["pages"] = [
        {
            "file": "pages/p.pdf",
            "index": 0,
            "label": "1",
            "width": 600,
            "height": 800.5,
            "regions": [{"article": article, "rect": [0, 0, 10.5, 10]}],
        }
    ]
    return [*found, with_pages]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:1]):
            yield from _paths(child, (*prefix, index))


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        document = document[key]
    return document


def _mutations(manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path in list(_paths(manifest)):
        for value in VALUES:
            changed = copy.deepcopy(manifest)
            _parent(changed, path)[path[-1]] = value
            yield changed
        changed = copy.deepcopy(manifest)
        parent = _parent(changed, path)
        del parent[path[-1]]
        yield changed
        if isinstance(parent, dict):
            changed = copy.deepcopy(manifest)
            _parent(changed, path)["stray"] = 1
            yield changed
    yield {**manifest, "stray": True}


def _schema_only(data: Any) -> list[str]:
    errors = sorted(
        manifest_check._validator().iter_errors(data), key=lambda e: list(e.absolute_path)
    )
    return [f"{e.message} {list(e.absolute_path)}" for e in errors]


def test_good_manifests_take_the_quick_path(manifests: list[dict[str, Any]]) -> None:
    quick = manifest_check._quick_check()
    for manifest in manifests:
        assert _schema_only(manifest) == []
        assert quick(manifest), manifest["edition"]["id"]


def test_the_quick_check_never_accepts_what_the_schema_refuses(
    manifests: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the quick check is unsure, ``check_manifest`` runs the schema as before;
    where it is sure, the schema must find nothing and the problems must be the same."""
    quick = manifest_check._quick_check()
    accepted = refused = 0
    for changed in _mutations(manifests[-1]):  # the built edition, with a print replica
        if not quick(changed):
            refused += 1
            continue
        accepted += 1
        assert _schema_only(changed) == [], changed
        fast = [str(p) for p in check_manifest(changed)]
        with monkeypatch.context() as patched:
            patched.setattr(manifest_check, "_quick_check", lambda: lambda _data: False)
            slow = [str(p) for p in check_manifest(changed)]
        assert fast == slow
    assert accepted > 100 and refused > 500  # both answers were given


def test_every_keyword_of_the_manifest_schema_is_compiled() -> None:
    """A keyword the quick check does not know sends every manifest to jsonschema."""

    def keywords(schema: Any) -> Iterator[str]:
        if isinstance(schema, dict):
            for key, value in schema.items():
                yield key
                if key in ("properties", "$defs"):
                    for sub in value.values():
                        yield from keywords(sub)
                elif isinstance(value, dict):
                    yield from keywords(value)

    unknown = set(keywords(manifest_check._schema())) - set(_KEYWORDS) - ANNOTATIONS
    assert unknown == set()


def test_an_unknown_keyword_makes_the_check_unsure() -> None:
    check = compile_schema({"type": "string", "uniqueItems": True}, manifest_check._compiled)
    assert not check("x")
    assert compile_schema({"type": "string"}, manifest_check._compiled)("x")
