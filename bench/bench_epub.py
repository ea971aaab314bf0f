"""EPUB export benchmark: a 150-article edition with a figure in every article (issue 26).

Usage::

    python -m bench.bench_epub [--out bench/results/epub.json] [--articles 150] [--runs 5]

The edition is synthetic text (``bench.synth``, 600 words an article on
average) with one 1200×800 JPEG figure per article, built into a bundle by the
real builder and imported into a fresh library. It is then exported the way
``edicola export ID --epub -o FILE`` does (from the library: each article's
Markdown rendered to the reader's HTML, made into XHTML, zipped with the
pictures and the font, written to disk), each run on a newly opened library so
no rendered HTML is cached; and the way ``edicola publish --epub`` does (from
the bundle). CPU time (this process's and the jail workers' that render the
articles) is the figure the goal is set on (≤ 1 s); wall time is beside it.
Medians of the runs.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from bench.report import write_results
from bench.synth import editions, write_source
from edicola.core.bundle.edition_source import build_edition
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.from_library import edition_from_library
from edicola.core.epub.writer import write_epub
from edicola.core.jail import cpu_seconds_with_workers
from edicola.store.library import Library
from edicola.store.pages import PageStore

GOAL_CPU_S = 1.0


def figure(seed: int) -> bytes:
    """A 1200×800 JPEG with some texture (about what a news photo weighs)."""
    rng = random.Random(seed)
    small = Image.new("RGB", (60, 40))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))] * 2400)
    for _ in range(400):
        small.putpixel((rng.randrange(60), rng.randrange(40)), (rng.randrange(256),) * 3)
    out = io.BytesIO()
    small.resize((1200, 800), Image.Resampling.BICUBIC).save(out, "JPEG", quality=82)
    return out.getvalue()


def make_bundle(folder: Path, articles: int) -> Path:
    """The synthetic edition with one captioned figure per article, built into a bundle."""
    edition = next(editions(articles, per_edition=articles, seed=26))
    with_figures = tuple(
        replace(a, body=f"{a.body}\n\n![Figure {n}: {a.title}](images/fig-{n:03d}.jpg)\n")
        for n, a in enumerate(edition.articles)
    )
    source = write_source(replace(edition, articles=with_figures), folder / "source")
    (source / "images").mkdir()
    for n in range(len(with_figures)):
        (source / "images" / f"fig-{n:03d}.jpg").write_bytes(figure(n))
    return build_edition(source, folder / "edition.edicola").path


def timed(run: Any) -> tuple[float, float]:
    """(CPU, wall) seconds of ``run``: this process's CPU and the jail workers', where
    each article's Markdown is rendered."""
    cpu, wall = cpu_seconds_with_workers(), time.perf_counter()
    run()
    return cpu_seconds_with_workers() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/results/epub.json"))
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="edicola-bench-epub-") as tmp:
        folder = Path(tmp)
        bundle = make_bundle(folder, args.articles)
        library_dir = folder / "library"
        library = Library.open(library_dir)
        edition_id = library.editions.import_bundle(bundle).edition_id
        library.close()
        target = folder / "out.epub"

        def from_library() -> None:
            lib = Library.open(library_dir, write=False)
            try:
                edition = edition_from_library(lib.editions, PageStore(lib.db), edition_id)
                write_epub(edition, target)
            finally:
                lib.close()

        def from_bundle() -> None:
            write_epub(edition_from_bundle(bundle), target)

        from_library()  # warm imports and the file system once
        library_runs = [timed(from_library) for _ in range(args.runs)]
        bundle_runs = [timed(from_bundle) for _ in range(args.runs)]
        results = {
            "articles": args.articles,
            "figures": args.articles,
            "bundle_mb": round(bundle.stat().st_size / 1e6, 2),
            "epub_mb": round(target.stat().st_size / 1e6, 2),
            "runs": args.runs,
            "library_cpu_s": round(statistics.median(c for c, _ in library_runs), 3),
            "library_wall_s": round(statistics.median(w for _, w in library_runs), 3),
            "bundle_cpu_s": round(statistics.median(c for c, _ in bundle_runs), 3),
            "bundle_wall_s": round(statistics.median(w for _, w in bundle_runs), 3),
            "goal_cpu_s": GOAL_CPU_S,
            "load_average": os.getloadavg()[0],
        }
    write_results(args.out, results)
    for key, value in results.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
