"""Read-aloud benchmark: speaking an edition to files, key to first sound, highlight latency.

Usage::

    python -m bench.bench_speech [--out bench/results/speech.json] [--runs 3]

**To files** (``edicola speak EDITION -o DIR/``): both sample editions of one
day (7 Italian and 7 English articles) spoken by eSpeak NG; the figure is
seconds of speech per second of wall time (goal ≥ 5× real time), with the CPU
time of the synthesiser processes beside it.

**In the reader** (needs speech-dispatcher and espeak-ng; skipped, saying so,
without them): a private speech-dispatcher speaking into ALSA's null device
(``edicola.servers.speech_dispatcher``), the reader offscreen on the sample
library. *Key to first sound*: from ``Ctrl+Shift+R`` pressed on an open
article to the engine reporting it is speaking (Qt's ``Speaking`` state, which
the speechd plugin sets on the daemon's "begin" event, when audio starts).
*Highlight latency*: from the engine starting a sentence to that sentence's
highlight being on the page (extra selection set and viewport updated),
over every sentence of two articles. Medians and p95.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import write_results
from edicola.core.bundle.edition_source import build_edition
from edicola.core.speech import espeak
from edicola.core.speech.script import article_script
from edicola.paths import EDITIONS
from edicola.store.library import Library

GOAL_FILES_X = 5.0
GOAL_FIRST_SOUND_MS = 300.0
GOAL_HIGHLIGHT_MS = 100.0
DAY = "2026-11-24"


def _library(folder: Path) -> Library:
    library = Library.open(folder / "library")
    for publication in ("il-faro", "riverside-courier"):
        bundle = build_edition(EDITIONS / publication / DAY, folder / "bundles").path
        library.editions.import_bundle(bundle)
    return library


def bench_files(library: Library, out: Path, runs: int) -> dict[str, Any]:
    """Speech seconds written per wall second, for both editions of the day."""
    editions = [f"il-faro-{DAY}", f"riverside-courier-{DAY}"]
    articles = [
        a
        for edition in editions
        for summary in library.editions.articles(edition)
        if (a := library.editions.article(summary.id)) is not None
    ]
    texts = [(a, article_script(a).text(), espeak.choose_voice(a.language)) for a in articles]
    ratios, walls, cpus, audio = [], [], [], 0.0
    for run in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        audio = 0.0
        for number, (_article, text, voice) in enumerate(texts):
            audio += espeak.synthesize(text, out / f"{run}-{number:02d}.wav", voice)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
        walls.append(wall)
        ratios.append(audio / wall)
    return {
        "articles": len(texts),
        "words": sum(a.word_count for a, _, _ in texts),
        "audio_s": round(audio, 1),
        "wall_s": round(statistics.median(walls), 3),
        "cpu_s": round(statistics.median(cpus), 3),
        "times_real_time": round(statistics.median(ratios), 1),
        "goal_times_real_time": GOAL_FILES_X,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/speech.json"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, Any] = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="edicola-bench-speech-") as tmp:
        folder = Path(tmp)
        library = _library(folder)
        try:
            (folder / "wav").mkdir()
            results["files"] = bench_files(library, folder / "wav", args.runs)
            print("to files:", results["files"], flush=True)
            # The in-reader figures (key to first sound, highlight latency) come with
            # ui/speech (issue 25, not wired yet).
        finally:
            library.close()
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
