"""The edition image generator draws every kind at the right size, deterministically.

The sample editions commit the generated PNGs, so re-running the script must not churn
them: the same spec has to give the same bytes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "editions" / "tools"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _load() -> ModuleType:
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location("make_images", TOOLS / "make_images.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


make_images = _load()

SPECS = [
    {
        "file": "images/bar.png",
        "kind": "bar-chart",
        "title": "Affitti",
        "seed": 1,
        "labels": ["Centro", "Porto", "Lido"],
        "values": [14.5, -2, 9.8],
    },
    {
        "file": "images/line.png",
        "kind": "line-chart",
        "title": "Passeggeri",
        "values": [3, 5, 4, 8],
        "palette": "terracotta",
    },
    {
        "file": "images/pie.png",
        "kind": "pie-chart",
        "labels": ["A", "B"],
        "values": [1, 3],
        "palette": "forest",
    },
    {"file": "images/map.png", "kind": "map", "title": "Tram", "labels": ["Stazione", "Molo"]},
    {"file": "images/skyline.png", "kind": "skyline", "palette": "night", "seed": 3},
    {"file": "images/landscape.png", "kind": "landscape", "seed": 4},
    {"file": "images/portrait.png", "kind": "portrait", "seed": 5},
    {"file": "images/still.png", "kind": "still-life", "seed": 6},
    {"file": "images/pattern.png", "kind": "pattern", "seed": 7},
    {
        "file": "cover.png",
        "kind": "cover",
        "title": "Il Faro — martedì 24 novembre 2026",
        "labels": ["Primo titolo", "Secondo titolo", "Terzo titolo"],
        "seed": 8,
    },
]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _generate(edition: Path) -> dict[str, bytes]:
    assert make_images.main([str(edition)]) == 0
    return {s["file"]: (edition / s["file"]).read_bytes() for s in SPECS}


def test_every_kind_is_drawn_at_its_size_and_deterministically(tmp_path: Path, qapp) -> None:
    edition = tmp_path / "2026-11-24"
    edition.mkdir()
    (edition / "images.json").write_text(json.dumps(SPECS), encoding="utf-8")
    first = _generate(edition)
    second = _generate(edition)
    assert first == second
    for spec in SPECS:
        data = first[spec["file"]]
        expected = (600, 800) if spec["kind"] == "cover" else (960, 540)
        assert _png_size(data) == expected, spec["kind"]
        assert len(data) < make_images.MAX_BYTES, spec["kind"]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"file": "a.png", "kind": "photo"}, "field 'kind'"),
        ({"file": "a.jpg", "kind": "map"}, "field 'file'"),
        ({"file": "../a.png", "kind": "map"}, "field 'file'"),
        ({"file": "a.png", "kind": "bar-chart", "values": []}, "'values'"),
        ({"file": "a.png", "kind": "bar-chart", "values": [1], "labels": ["a", "b"]}, "'labels'"),
        ({"file": "a.png", "kind": "map", "palette": "pink"}, "field 'palette'"),
        ({"file": "a.png", "kind": "map", "seed": "x"}, "field 'seed'"),
    ],
)
def test_bad_specs_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], item: dict[str, object], message: str
) -> None:
    (tmp_path / "images.json").write_text(json.dumps([item]), encoding="utf-8")
    assert make_images.main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "a.png").exists()
