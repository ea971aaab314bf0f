"""Reader benchmark: opening an article (request to fully laid out) and switching theme.

Usage::

    python -m bench.bench_reader [--out bench/results/reader.json] [--repeats N]

Runs offscreen. It builds the sample editions in ``editions/`` plus one
synthetic edition holding a 5,000-word article with 20 images (1600×1000 PNG)
into a throw-away library, then times ``MainWindow.open_article`` until the
document is fully laid out and its first screen painted (what a click on the
library list costs), p50/p95 over every sample article and over repeated
opens of the big one (with a warm and with a cold picture cache), and a
theme switch with the big article open.

Each open has its wall time, the process's CPU time (every thread) and the
GUI thread's own (the frame: pictures are decoded on worker threads). The
sample articles are measured three ways: a first open (its Markdown rendered,
its pictures decoded: what a random open costs), the same article again, and
the next article after the reader has read one (its neighbours prepared
ahead, as the reader does a moment after each open).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from bench.report import write_results
from edicola.core.bundle.edition_source import build_all, build_edition
from edicola.core.jail import workers_cpu_seconds
from edicola.paths import EDITIONS
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.main_window import MainWindow

WORDS = [
    "river",
    "council",
    "bridge",
    "market",
    "town",
    "library",
    "school",
    "festival",
    "harbour",
    "evening",
    "morning",
    "report",
    "budget",
    "workers",
    "station",
    "people",
    "street",
    "water",
    "weather",
    "season",
    "project",
    "money",
    "city",
]


def _image(path: Path, seed: int) -> None:
    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    rng = random.Random(seed)
    image.fill(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    painter = QPainter(image)
    for _ in range(40):
        painter.fillRect(
            rng.randrange(1600),
            rng.randrange(1000),
            200,
            120,
            QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    painter.end()
    image.save(str(path))


def synthetic_source(folder: Path, words: int = 5000, images: int = 20) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "images").mkdir()
    (folder / "publication.json").write_text(
        json.dumps(
            {
                "id": "bench-daily",
                "title": "Bench Daily",
                "language": "en",
                "homepage": "https://bench.example/",
            }
        ),
        "utf-8",
    )
    (folder / "edition.json").write_text(
        json.dumps(
            {
                "date": "2026-01-01",
                "title": "Bench Daily",
                "number": 1,
                "revision": 1,
                "sections": [{"id": "long", "title": "Long reads"}],
            }
        ),
        "utf-8",
    )
    rng = random.Random(1)
    paragraphs = []
    per_paragraph = words // 100
    for i in range(100):
        paragraphs.append(
            " ".join(rng.choice(WORDS) for _ in range(per_paragraph)).capitalize() + "."
        )
        if i % 5 == 4 and i // 5 < images:
            name = f"picture-{i // 5:02d}.png"
            _image(folder / "images" / name, i)
            paragraphs.append(f"![Picture {i // 5} of the long read](images/{name})")
    (folder / "articles" / "01-long-read.md").write_text(
        "---\nsection: long\ntitle: A very long read\nstandfirst: Five thousand words.\n"
        "authors: Bench Writer\npublished: 2026-01-01T06:00:00+00:00\n---\n"
        + "\n\n".join(paragraphs)
        + "\n",
        "utf-8",
    )
    return folder


def _library(folder: Path) -> Library:
    library = Library.open(folder / "library")
    bundles = build_all(EDITIONS, folder / "bundles")
    bundles.append(build_edition(synthetic_source(folder / "synthetic"), folder / "bundles").path)
    for bundle in bundles:
        library.editions.import_bundle(bundle)
    return library


CPU: list[float] = []
"""The CPU time of every ``_open``, beside the wall time it returns: this process's
and the jail worker's that rendered the article meanwhile."""
GUI_CPU: list[float] = []
"""The frame's CPU time of every ``_open``: the GUI thread's own (``thread_time``) and
the jail's render it waited for (pictures decode on worker threads, not counted)."""


def _open(
    app: QApplication, reader: ReaderController, article_id: str, whole: bool = True
) -> float:
    """Open, lay out (the whole page, or with ``whole=False`` what Qt lays out before
    the first paint) and paint the first screen."""
    jail = workers_cpu_seconds()
    start, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
    reader.open_article(article_id, position=0.0)
    if whole:
        reader.article_view.document().documentLayout().documentSize()
    reader.article_view.viewport().repaint()  # the first screen painted
    app.processEvents()
    wall = (time.perf_counter() - start) * 1000
    cpu, gui = time.process_time() - cpu, time.thread_time() - gui
    jail = workers_cpu_seconds() - jail
    CPU.append((cpu + jail) * 1000)
    GUI_CPU.append((gui + jail) * 1000)
    return wall


def _settle(app: QApplication, reader: ReaderController, prepare: bool = True) -> None:
    """Let every picture decode land and (``prepare``) the neighbours be prepared: the
    time a reader spends on the article."""
    prepare_neighbours = getattr(reader, "prepare_neighbours", None)
    if prepare and prepare_neighbours is not None:
        prepare_neighbours()
    view = reader.article_view
    pending = getattr(view, "pictures_pending", lambda: 0)
    deadline = time.monotonic() + 30  # a hang guard, far above the few ms it takes
    while pending() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def _sample_opens(
    app: QApplication, reader: ReaderController, library: Library, samples: list[str]
) -> dict[str, Any]:
    """First opens, the same article again, and the next article with neighbours prepared."""
    out: dict[str, list[float]] = {}

    def note(name: str, wall: float) -> None:
        for suffix, value in (("", wall), ("_cpu", CPU[-1]), ("_gui_cpu", GUI_CPU[-1])):
            out.setdefault(name + suffix, []).append(value)

    for article_id in samples:
        note("open_sample_article_first", _open(app, reader, article_id))
        _settle(app, reader, prepare=False)
        note("open_sample_article_again", _open(app, reader, article_id))
    _forget(library, reader)
    previous: str | None = None
    for article_id in samples:
        order = reader.order
        prepared = previous is not None and order is not None
        prepared = prepared and order.next_article(previous) == article_id  # type: ignore[union-attr]
        wall = _open(app, reader, article_id)
        if prepared:
            note("open_next_article_prepared", wall)
        _settle(app, reader)
        previous = article_id
    return {name: _stats(values) for name, values in out.items()}


def _forget(library: Library, reader: ReaderController) -> None:
    """Forget every rendered page, title and decoded picture: each open is a first."""
    forget = getattr(library.editions, "forget_rendered", None)
    if forget is not None:
        forget()
    from edicola.core.render import smart_text

    smart_text.cache_clear()
    reader.article_view.clear_image_cache()


def theme_switches(
    app: QApplication, window: MainWindow, reader: ReaderController, article_id: str, repeats: int
) -> dict[str, Any]:
    """Switch theme ``repeats`` times (dark, sepia, light, ...) with ``article_id`` open,
    each until its events are processed (repainted): wall and CPU time, and the load."""
    wall, cpu = [], []
    reader.open_article(article_id, position=0.0)
    app.processEvents()
    for i in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        window.set_theme(("dark", "sepia", "light")[i % 3])
        app.processEvents()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return {
        "theme_switch_with_big_article": _stats(wall),
        "theme_switch_with_big_article_cpu": _stats(cpu),
        "theme_switch_load_average": round(os.getloadavg()[0], 2),
    }


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "count": len(samples),
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(ordered[-1], 2),
    }


def run(repeats: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = _library(folder)
        settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
        edicola = EdicolaApp(library, settings)
        window, reader = edicola.window, edicola.reader
        window.resize(1280, 860)
        window.show()
        app.processEvents()
        samples = [
            a.id
            for e in library.editions.editions()
            if e.publication_id != "bench-daily"
            for a in library.editions.articles(e.id)
        ]
        big = library.editions.articles("bench-daily-2026-01-01")[0].id
        if hasattr(reader, "prepare_delay_ms"):
            reader.prepare_delay_ms = None  # prepared only where measured so (_settle)
        _open(app, reader, samples[0])  # warm up fonts and caches
        _forget(library, reader)
        CPU.clear()
        GUI_CPU.clear()
        sample_times = [
            _open(app, reader, a) for a in samples for _ in range(max(1, repeats // 10))
        ]
        sample_cpu, sample_gui = list(CPU), list(GUI_CPU)
        _forget(library, reader)
        opens = _sample_opens(app, reader, library, samples)
        big_times, cold_times, big_cpu, big_gui, screen_times, screen_gui = [], [], [], [], [], []
        for _ in range(repeats):
            big_times.append(_open(app, reader, big))
            big_cpu.append(CPU[-1])
            big_gui.append(GUI_CPU[-1])
            _open(app, reader, samples[0])
            screen_times.append(_open(app, reader, big, whole=False))
            screen_gui.append(GUI_CPU[-1])
            _open(app, reader, samples[0])
            reader.article_view.clear_image_cache()
            cold_times.append(_open(app, reader, big))
            _open(app, reader, samples[0])
        themes = theme_switches(app, window, reader, big, repeats)
        window.close()
        window.deleteLater()
        app.processEvents()
        library.close()
    return {
        "open_sample_article": _stats(sample_times),
        "open_5000_words_20_images": _stats(big_times),
        "open_sample_article_cpu": _stats(sample_cpu),
        "open_5000_words_20_images_cpu": _stats(big_cpu),
        "open_sample_article_gui_cpu": _stats(sample_gui),
        "open_5000_words_20_images_gui_cpu": _stats(big_gui),
        "open_5000_words_20_images_first_screen": _stats(screen_times),
        "open_5000_words_20_images_first_screen_gui_cpu": _stats(screen_gui),
        **opens,
        "open_5000_words_20_images_cold_cache": _stats(cold_times),
        **themes,
        "sample_articles": len(samples),
        "load_average": os.getloadavg()[0],
        "platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Reader open/theme benchmark")
    parser.add_argument("--out", type=Path, default=Path("bench/results/reader.json"))
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    results = run(args.repeats)
    write_results(args.out, results)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
