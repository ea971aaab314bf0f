"""Import benchmark: real bundles through the code ``edicola import`` runs.

Usage::

    python -m bench.bench_import [--library DIR] [--out bench/results/import.json]

Synthetic editions of 150, 1,000 and 2,000 articles are written as source
folders and built into bundles by the real builder (``build_edition``; kept
in ``var/bench/bundles``). Each is imported with
``Library.editions.import_bundle`` (what ``edicola import`` calls): opening
the zip, checking every member's size and SHA-256, validating the manifest,
checking each article's image references (a plain read; a render only when
that cannot vouch for them), compressing and inserting the rows, indexing,
committing. The editions carry figures (sample papers' pictures), tables and
footnotes in the sample papers' proportions. Wall and CPU time
(``process_time``) from the call to its return, best of three (five for the
150-article edition), into an empty library and into ``DIR`` (the big synthetic
library); the edition is deleted again after each run. Where the 150-article
import's CPU goes is measured by phase (``phase_split``). The whole
``edicola import`` process is timed once too.
Memory: a fresh process imports the 2,000-article bundle and reports its RSS before and its peak
after (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import write_results
from bench.synth import editions, write_source
from edicola.core.bundle.edition_source import build_edition
from edicola.core.jail import cpu_seconds_with_workers
from edicola.store.library import Library

ROOT = Path(__file__).resolve().parent.parent
BUNDLES = ROOT / "var" / "bench" / "bundles"
SIZES = (150, 1000, 2000)


def bundle_of(articles: int) -> Path:
    """A bundle of one synthetic edition with ``articles`` articles (built once), with
    figures, tables and footnotes in the sample papers' proportions (``synth.EXTRAS``)."""
    folder = BUNDLES / f"x{articles}"
    found = sorted(folder.glob("*.edicola"))
    if found:
        return found[0]
    [edition] = editions(
        articles, seed=articles, per_edition=articles, start=_far_future(), extras=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = write_source(edition, Path(tmp))
        folder.mkdir(parents=True, exist_ok=True)
        return build_edition(source, folder).path


def _far_future() -> Any:
    from datetime import date

    return date(2035, 1, 1)  # after every synthetic library's last day: newest first


def time_import(library: Library, bundle: Path, runs: int = 3) -> list[tuple[float, float]]:
    """(wall, CPU) seconds per import of ``bundle`` (removed again after each run)."""
    times = []
    for _ in range(runs):
        # the jail's workers too: a body the import cannot vouch for is rendered there
        started, cpu = time.perf_counter(), cpu_seconds_with_workers()
        result = library.editions.import_bundle(bundle, lambda done, total: None)
        times.append((time.perf_counter() - started, cpu_seconds_with_workers() - cpu))
        assert result.status == "imported", result
        library.editions.delete_edition(result.edition_id)
    return times


def time_cli(library_dir: Path, bundle: Path) -> float:
    """Seconds for a whole ``edicola import`` process (interpreter start included)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "edicola", "--library", str(library_dir), "import", str(bundle)],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def memory_child(bundle: Path, library_dir: Path) -> None:
    """In a fresh process: RSS before the import and the peak after (KiB), as JSON."""
    library = Library.open(library_dir)
    before = _rss_kib()
    library.editions.import_bundle(bundle, lambda done, total: None)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    library.close()
    print(json.dumps({"rss_before_kib": before, "peak_rss_kib": peak}))


def memory_growth(bundle: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-m", "bench.bench_import", "--memory-child", str(bundle), tmp],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    data["growth_mb"] = round((data["peak_rss_kib"] - data["rss_before_kib"]) / 1024, 1)
    return data


PHASES: tuple[tuple[str, str, str], ...] = (
    ("edicola.core.bundle.reader", "open_bundle", "manifest: zip structure, JSON, schema"),
    ("edicola.core.bundle.reader", "BundleReader.read_article", "articles: read and checked"),
    ("edicola.store.edition_import", "quick_missing_images", "image references"),
    (
        "edicola.store.body_codec",
        "Packer.__call__",
        "compressing (zlib 6, or zstd 6 with a dictionary)",
    ),
    ("edicola.store.edition_import", "_insert_image", "images (streamed into blobs)"),
    ("edicola.store.search_index", "SearchIndex.edition_added", "indexing, in all"),
    ("edicola.store.search_index", "make_doc", "… plain text, folding, words"),
    ("edicola.store.search_docs", "PostingBatch.flush", "… FTS5 and search_docs inserts"),
    ("edicola.store.search_index", "SearchIndex._count_terms", "… vocabulary: stems, upserts"),
)
"""(module, function, label): where one import's CPU goes (``phase_split``)."""


def phase_split(bundle: Path, library_dir: Path, runs: int = 5) -> dict[str, float]:
    """CPU ms of each phase of an import (the least of ``runs``), by wrapping the
    functions in :data:`PHASES` with ``process_time``; ``other`` is the rest (row
    inserts, the commit, Python around them)."""
    import importlib

    spent: dict[str, float] = {}
    restore = []
    for module_name, name, label in PHASES:
        owner: Any = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, attribute)

        def timed(*args: Any, _f: Any = original, _label: str = label, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - started

        setattr(owner, attribute, timed)
        restore.append((owner, attribute, original))
    best: dict[str, float] = {}
    library = Library.open(library_dir)
    try:
        for _ in range(runs):
            spent.clear()
            started = time.process_time()
            result = library.editions.import_bundle(bundle, lambda done, total: None)
            total = time.process_time() - started
            outer = [label for _m, _n, label in PHASES if not label.startswith("…")]
            spent["other"] = total - sum(spent.get(label, 0.0) for label in outer)
            spent["total"] = total
            for label, value in spent.items():
                best[label] = min(best.get(label, value), value)
            library.editions.delete_edition(result.edition_id)
    finally:
        library.close()
        for owner, attribute, original in restore:
            setattr(owner, attribute, original)
    return {label: round(value * 1000, 1) for label, value in best.items()}


def measure(bundle: Path, library_dir: Path, runs: int) -> dict[str, Any]:
    library = Library.open(library_dir)
    try:
        times = time_import(library, bundle, runs)
    finally:
        library.close()
    best = min(t for t, _cpu in times)
    best_cpu = min(cpu for _t, cpu in times)
    cpus = sorted(cpu for _t, cpu in times)
    articles = int(bundle.parent.name[1:])
    return {
        "bundle_bytes": bundle.stat().st_size,
        "seconds": [round(t, 3) for t, _cpu in times],
        "cpu_seconds": [round(cpu, 3) for _t, cpu in times],
        "best_s": round(best, 3),
        "best_cpu_s": round(best_cpu, 3),
        "median_cpu_s": round(cpus[len(cpus) // 2], 3),
        "per_article_ms": round(best_cpu / articles * 1000, 3),
    }


def run(library: Path | None, out: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"sizes": {}, "load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        for size in SIZES:
            try:
                bundle = bundle_of(size)
                runs = 5 if size == 150 else 3
                entry: dict[str, Any] = {"empty_library": measure(bundle, empty, runs)}
            except Exception as exc:  # a refused bundle is a figure too
                entry = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            if library is not None and size == 150 and "error" not in entry:
                try:
                    entry["big_library"] = measure(bundle, library, 3)
                except Exception as exc:  # an old library (no migration) says so here
                    entry["big_library"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            result["sizes"][str(size)] = entry
        try:
            result["phases_150_cpu_ms"] = phase_split(bundle_of(150), Path(tmp) / "phases")
        except Exception as exc:
            result["phases_150_cpu_ms"] = {"error": str(exc)[:300]}
        try:
            result["cli_import_150_s"] = round(time_cli(Path(tmp) / "cli", bundle_of(150)), 3)
        except Exception as exc:
            result["cli_import_150_s"] = None
            result["cli_error"] = str(exc)[:300]
    sizes = result["sizes"]
    small = sizes.get("150", {}).get("empty_library", {}).get("per_article_ms")
    large = sizes.get("1000", {}).get("empty_library", {}).get("per_article_ms")
    result["per_article_ratio_1000_vs_150"] = round(large / small, 3) if small and large else None
    if library is not None:
        result["library"] = str(library)
        opened = Library.open(library)
        try:
            result["library_articles"] = opened.db.execute(
                "SELECT count(*) FROM articles"
            ).fetchone()[0]
        finally:
            opened.close()
    result["memory_2000"] = memory_growth(bundle_of(2000)) if "error" not in sizes["2000"] else None
    write_results(out, result)
    return result


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--memory-child":
        memory_child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("bench/results/import.json"))
    args = parser.parse_args()
    print(json.dumps(run(args.library, args.out), indent=2))


if __name__ == "__main__":
    main()
