"""Print replica benchmark: page turns, thumbnails, memory while paging, import cost.

Usage::

    QT_QPA_PLATFORM=offscreen python -m bench.bench_pages [--out bench/results/pages.json]

A 48-page replica is made from a sample edition's own PDF (its 4 pages
imported 12 times with PDFium) and measured through the real code paths:

* turning to an uncached page: the tiles of a 1440 px wide page rendered by
  ``PdfDocument.render`` as the worker does, made into QImages (p95);
* turning to a cached page: the same tiles taken from the ``TileCache`` and
  painted (p95);
* thumbnails of 48 pages in a real ``PagesView``, and the longest gap between
  event-loop ticks meanwhile (the UI must never block more than 16 ms);
* resident memory while paging the view through 48 pages twice;
* importing the edition with and without its replica.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from bench.report import write_results
from edicola.core.bundle.edition_source import build_edition
from edicola.core.print.pdf import PdfDocument
from edicola.store.library import Library
from edicola.store.pages import PageStore
from edicola.ui.pages.page_canvas import TILE
from edicola.ui.pages.tile_cache import TileCache
from edicola.ui.pages.view import PagesView

EDITIONS = Path(__file__).resolve().parents[1] / "editions"
SAMPLE = EDITIONS / "il-faro" / "2026-11-24"
WIDTH = 1440
PAGES = 48
REPLICA_BYTES = 30_000_000
GOALS = {"uncached_p95_ms": 120, "cached_p95_ms": 16, "thumbnails_s": 2.0, "ui_block_ms": 16}


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


def make_replica(source: Path, out: Path) -> None:
    """Copy the sample edition with a 48-page replica (its 4 pages, 12 times)."""
    shutil.copytree(source, out)
    shutil.copy(source.parent / "publication.json", out.parent / "publication.json")
    original = next((out / "pages").glob("*.pdf"))
    merged = pdfium.PdfDocument.new()
    donor = pdfium.PdfDocument(original.read_bytes())
    for _ in range(PAGES // len(donor)):
        merged.import_pages(donor)
    # Scanned images make a real replica heavy (about 30 MB for 48 pages); an
    # incompressible attachment gives the file that weight without changing what
    # is drawn, so the import moves realistic bytes.
    attachment = merged.new_attachment("weight.bin")
    attachment.set_data(os.urandom(REPLICA_BYTES - len(original.read_bytes()) * 12))
    buffer = io.BytesIO()
    merged.save(buffer)
    original.write_bytes(buffer.getvalue())
    donor.close()
    merged.close()


def tiles(page_px: int, height_px: int) -> list[tuple[int, int, int, int]]:
    return [
        (x, y, min(TILE, page_px - x), min(TILE, height_px - y))
        for y in range(0, height_px, TILE)
        for x in range(0, page_px, TILE)
    ]


def bench_turns(pdf: bytes) -> dict[str, float]:
    uncached, cached = [], []
    cache = TileCache()
    canvas = QImage(WIDTH, round(WIDTH * 1.42), QImage.Format.Format_RGB32)
    with PdfDocument(pdf, "replica.pdf") as document:
        for index in range(len(document)):
            width, height = document.page_size(index)
            height_px = round(WIDTH * height / width)
            start = time.perf_counter()
            for clip in tiles(WIDTH, height_px):
                raster = document.render(index, WIDTH, clip)
                image = QImage(
                    raster.data,
                    raster.width,
                    raster.height,
                    raster.stride,
                    QImage.Format.Format_RGB32,
                ).copy()
                cache.put((index, clip), image)
            uncached.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            painter = QPainter(canvas)
            for clip in tiles(WIDTH, height_px):
                tile = cache.get((index, clip))
                assert tile is not None
                painter.drawImage(clip[0], clip[1], tile)
            painter.end()
            cached.append((time.perf_counter() - start) * 1000)
    return {"uncached_p95_ms": p95(uncached), "cached_p95_ms": p95(cached)}


def bench_view(library: Library, edition_id: str, app: QApplication) -> dict[str, float]:
    store = PageStore(library.db)
    pages = store.pages(edition_id)
    files = {p.file: store.pdf(edition_id, p.file) or b"" for p in pages}
    view = PagesView(cache_bytes=96 * 1024 * 1024)
    view.resize(1500, 1000)
    view.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(0)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    start = time.perf_counter()
    view.open_edition(edition_id, pages, files)
    opening = time.perf_counter() - start
    clock.start()
    ticker.start()

    def thumbs_done() -> bool:
        return all(not view.strip.item(i).icon().isNull() for i in range(len(pages)))

    deadline = time.monotonic() + 60
    while not thumbs_done() and time.monotonic() < deadline:
        app.processEvents()
    thumbnails = time.perf_counter() - start
    ticker.stop()
    # The same loop with nothing rendering: what this machine's load alone costs.
    idle: list[float] = []
    ticker.timeout.disconnect(tick)
    ticker.timeout.connect(lambda: idle.append(clock.restart()))
    clock.start()
    ticker.start()
    quiet_until = time.monotonic() + thumbnails
    while time.monotonic() < quiet_until:
        app.processEvents()
    ticker.stop()
    before = rss_mb()
    after_first = before
    for round_ in range(2):
        for number in range(1, len(pages) + 1):
            view.show_page(number)
            view._on_timer_timeout()
            while view.worker.pending() and time.monotonic() < deadline + 120:
                app.processEvents()
            app.processEvents()
        if round_ == 0:
            after_first = rss_mb()
    after_second = rss_mb()
    view.shutdown()
    view.close()
    return {
        "thumbnails_s": thumbnails,
        "open_edition_ms": opening * 1000,
        "ui_block_ms": float(max(gaps[1:], default=0)),
        "ui_gaps_over_16ms": float(sum(1 for gap in gaps[1:] if gap > 16)),
        "ui_block_idle_ms": float(max(idle[1:], default=0)),
        "ui_gaps_over_16ms_idle": float(sum(1 for gap in idle[1:] if gap > 16)),
        "memory_growth_first_pass_mb": after_first - before,
        "memory_growth_second_pass_mb": after_second - after_first,
        "cache_mb": view.cache.used / 1048576,
    }


def bench_import(with_pages: Path, without: Path, work: Path) -> dict[str, float]:
    def once(bundle: Path, name: str) -> float:
        times = []
        for attempt in range(5):
            library = Library.open(work / f"{name}-{attempt}")
            start = time.perf_counter()
            library.editions.import_bundle(bundle)
            times.append(time.perf_counter() - start)
            library.close()
        return statistics.median(times)

    # "Copying the bytes": the replica's bytes written into a library database
    # (same pragmas, one transaction, a checksum on the way), nothing else.
    replica = with_pages.read_bytes()
    copies = []
    for attempt in range(5):
        library = Library.open(work / f"copy-{attempt}")
        start = time.perf_counter()
        with library.db.atomic():
            library.db.execute("CREATE TABLE copy (data BLOB)")
            hashlib.sha256(replica).hexdigest()
            library.db.execute("INSERT INTO copy VALUES (?)", [replica])
        copies.append(time.perf_counter() - start)
        library.close()
    return {
        "import_with_pages_s": once(with_pages, "with"),
        "import_without_pages_s": once(without, "without"),
        "store_bytes_s": statistics.median(copies),
        "replica_mb": with_pages.stat().st_size / 1048576,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/pages.json"))
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "src" / "il-faro" / "2026-11-24"
        make_replica(SAMPLE, source)
        (work / "out").mkdir()
        with_pages = build_edition(source, work / "out").path
        bare = work / "bare" / "il-faro" / "2026-11-24"
        shutil.copytree(source, bare)
        shutil.copy(source.parent / "publication.json", bare.parent / "publication.json")
        shutil.rmtree(bare / "pages")
        (work / "out-bare").mkdir()
        without = build_edition(bare, work / "out-bare").path
        results: dict[str, Any] = {}
        results.update(bench_turns(next((source / "pages").glob("*.pdf")).read_bytes()))
        results.update(bench_import(with_pages, without, work))
        library = Library.open(work / "view-lib")
        library.editions.import_bundle(with_pages)
        results.update(bench_view(library, "il-faro-2026-11-24", app))
        library.close()
    results["ratio_import"] = results["import_with_pages_s"] / results["import_without_pages_s"]
    # The goal: with pages <= 1.5 x without, plus copying the bytes.
    results["import_budget_s"] = 1.5 * results["import_without_pages_s"] + results["store_bytes_s"]
    results["goals"] = GOALS
    results["pages"] = PAGES
    results["width_px"] = WIDTH
    write_results(args.out, results)
    for key, value in results.items():
        if isinstance(value, float):
            print(f"{key:32} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
