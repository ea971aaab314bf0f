"""Draw the original illustrations of the sample editions from their ``images.json`` specs.

The sample editions must not ship third-party pictures, so every chart, map and "photo"
is drawn here with QPainter on an offscreen QImage.  The PNGs are committed: building a
bundle never needs Qt, only re-running this script after editing an ``images.json`` does.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python editions/tools/make_images.py [EDITION_DIR...]

With no argument every ``editions/*/*/images.json`` is processed.  Each file is a JSON list
of objects::

    {"file": "images/<name>.png",   # required, relative to the edition dir, ends in .png
     "kind": "<kind>",              # required, see below
     "title": "text",               # optional: chart title, map title, cover masthead
     "labels": ["..."],             # optional list of strings
     "values": [1.0, 2.0],          # numbers; required by the three chart kinds
     "seed": 7,                     # optional int (default 0): same seed → same picture
     "palette": "harbour"}          # optional: harbour | terracotta | forest | night

Kinds (960×540 unless noted):

* ``bar-chart``, ``line-chart``, ``pie-chart`` — ``values`` (and ``labels`` of the same
  length, default "1", "2", …), ``title`` on top, axis with ticks, legend for the pie.
* ``map`` — a stylised district map (seeded streets, river, coast, parks); each label
  becomes a numbered, labelled point; ``title`` in a box.
* ``skyline`` — a harbour skyline with a lighthouse, cranes and boats.
* ``landscape`` — hills, sea and sun, a flat-colour "photo".
* ``portrait`` — a stylised head-and-shoulders silhouette.
* ``still-life`` — objects (vases, bottles, cups, fruit, books) on a table.
* ``pattern`` — an abstract geometric editorial illustration.
* ``cover`` (600×800) — a front page: masthead, date line, the first three ``labels`` as
  headlines and a drawn illustration.  The masthead is ``title`` (if it contains " — ",
  the part after it is the date line); otherwise the publication title and the edition
  title are read from ``../publication.json`` and ``edition.json``.

Output is deterministic: the same spec gives byte-identical PNGs.  Pictures use flat
colours and few gradients so each PNG stays well below 120 KB.  A bad spec is reported as
one line (file, item, field, why) and nothing is written.

The drawing code lives next to this script: ``img_base`` (palettes, spec, helpers),
``img_charts``, ``img_scenes`` (skyline, landscape, map) and ``img_figures`` (portrait,
still life, pattern, cover).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from img_base import PALETTES, Spec
from img_charts import draw_bar_chart, draw_line_chart, draw_pie_chart
from img_figures import draw_cover, draw_pattern, draw_portrait, draw_still_life
from img_scenes import draw_landscape, draw_map, draw_skyline
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

EDITIONS = Path(__file__).resolve().parents[1]

IMAGE_SIZE = (960, 540)

COVER_SIZE = (600, 800)

MAX_BYTES = 120_000

CHART_KINDS = ("bar-chart", "line-chart", "pie-chart")

KINDS = (*CHART_KINDS, "map", "skyline", "landscape", "portrait", "still-life", "pattern", "cover")


class SpecError(Exception):
    """A one-line description of what is wrong with an images.json entry."""


def parse_item(item: Any, where: str, decimal: str = ".") -> Spec:
    """Validate one images.json entry; raise SpecError naming the field that is wrong."""
    if not isinstance(item, dict):
        raise SpecError(f"{where}: must be an object")
    file = item.get("file")
    if not isinstance(file, str) or not file.endswith(".png"):
        raise SpecError(f"{where}: field 'file' must be a relative path ending in .png")
    if file.startswith("/") or ".." in Path(file).parts:
        raise SpecError(f"{where}: field 'file' must stay inside the edition folder")
    kind = item.get("kind")
    if kind not in KINDS:
        raise SpecError(f"{where}: field 'kind' is {kind!r}, expected one of {', '.join(KINDS)}")
    title = item.get("title", "")
    if not isinstance(title, str):
        raise SpecError(f"{where}: field 'title' must be a string")
    labels = item.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise SpecError(f"{where}: field 'labels' must be a list of strings")
    values = item.get("values", [])
    if not isinstance(values, list) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in values
    ):
        raise SpecError(f"{where}: field 'values' must be a list of finite numbers")
    seed = item.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise SpecError(f"{where}: field 'seed' must be an integer")
    palette = item.get("palette", "harbour")
    if palette not in PALETTES:
        raise SpecError(
            f"{where}: field 'palette' is {palette!r}, expected one of {', '.join(PALETTES)}"
        )
    if kind in CHART_KINDS:
        if not values:
            raise SpecError(f"{where}: a {kind} needs a non-empty 'values' list")
        if labels and len(labels) != len(values):
            raise SpecError(
                f"{where}: 'labels' has {len(labels)} items but 'values' has {len(values)}"
            )
        if not labels:
            labels = [str(i + 1) for i in range(len(values))]
        if kind == "pie-chart" and (min(values) < 0 or sum(values) <= 0):
            raise SpecError(f"{where}: a pie-chart needs non-negative values with a positive sum")
    return Spec(
        file,
        kind,
        title,
        tuple(labels),
        tuple(float(v) for v in values),
        seed,
        PALETTES[palette],
        decimal=decimal,
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpecError(f"{path}: cannot read JSON ({exc})") from exc


def load_specs(edition_dir: Path) -> list[Spec]:
    """Read and validate ``edition_dir/images.json``; fill in cover masthead and date."""
    path = edition_dir / "images.json"
    data = _read_json(path)
    if not isinstance(data, list):
        raise SpecError(f"{path}: must hold a JSON list of image specs")
    pub_title, language, date_line = "", "", ""
    publication = edition_dir.parent / "publication.json"
    if publication.is_file():
        pub = _read_json(publication)
        if isinstance(pub, dict):
            pub_title, language = str(pub.get("title", "")), str(pub.get("language", ""))
    edition = edition_dir / "edition.json"
    if edition.is_file():
        ed = _read_json(edition)
        if isinstance(ed, dict):
            date_line = str(ed.get("title", "")).split(" — ")[-1] or str(ed.get("date", ""))
    decimal = "," if language == "it" else "."
    specs, seen = [], set()
    for i, item in enumerate(data):
        spec = parse_item(item, f"{path}: item {i}", decimal)
        if spec.file in seen:
            raise SpecError(f"{path}: item {i}: file {spec.file!r} is listed twice")
        seen.add(spec.file)
        if spec.kind == "cover":
            masthead, _, sub = (spec.title or pub_title or "Edicola").partition(" — ")
            spec = Spec(
                spec.file,
                spec.kind,
                masthead,
                spec.labels,
                spec.values,
                spec.seed,
                spec.palette,
                sub or date_line,
                decimal,
            )
        specs.append(spec)
    return specs


DRAWERS = {
    "bar-chart": draw_bar_chart,
    "line-chart": draw_line_chart,
    "pie-chart": draw_pie_chart,
    "map": draw_map,
    "skyline": draw_skyline,
    "landscape": draw_landscape,
    "portrait": draw_portrait,
    "still-life": draw_still_life,
    "pattern": draw_pattern,
    "cover": draw_cover,
}


def render(spec: Spec) -> QImage:
    """Draw one spec into a new image (a QGuiApplication must exist)."""
    w, h = COVER_SIZE if spec.kind == "cover" else IMAGE_SIZE
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(spec.palette.bg))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(0, 0, w, h)
        if spec.kind in CHART_KINDS:
            rect = rect.adjusted(30, 20, -30, -20)
        DRAWERS[spec.kind](painter, rect, spec, random.Random(f"{spec.seed}:{spec.kind}"))
    finally:
        painter.end()
    return image


def write_image(spec: Spec, edition_dir: Path) -> int:
    """Render spec into edition_dir; return the PNG size in bytes."""
    target = edition_dir / spec.file
    target.parent.mkdir(parents=True, exist_ok=True)
    # The PySide6 stubs want bytes for the format, the runtime only accepts str.
    if not render(spec).save(str(target), "PNG", 0):  # type: ignore[call-overload]
        raise SpecError(f"{target}: cannot write PNG")
    return target.stat().st_size


def edition_dirs(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted(p.parent for p in EDITIONS.glob("*/*/images.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw edition images from images.json.")
    parser.add_argument("edition_dirs", nargs="*", metavar="EDITION_DIR")
    args = parser.parse_args(argv)
    try:
        jobs = [(d, load_specs(d)) for d in edition_dirs(args.edition_dirs)]
    except SpecError as exc:
        print(f"make_images: {exc}", file=sys.stderr)
        return 1
    _app = QGuiApplication.instance() or QGuiApplication([])
    for edition_dir, specs in jobs:
        try:
            sizes = [write_image(spec, edition_dir) for spec in specs]
        except SpecError as exc:
            print(f"make_images: {exc}", file=sys.stderr)
            return 1
        for spec, size in zip(specs, sizes, strict=True):
            if size > MAX_BYTES:
                print(
                    f"make_images: warning: {edition_dir / spec.file} is {size // 1000} KB",
                    file=sys.stderr,
                )
        print(f"{edition_dir}: {len(specs)} images, {sum(sizes) // 1000} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
