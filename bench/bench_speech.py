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

from PySide6.QtCore import QEventLoop

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import write_results
from edicola.core.bundle.edition_source import build_edition
from edicola.core.speech import espeak
from edicola.core.speech.script import article_script
from edicola.paths import EDITIONS
from edicola.servers import speech_dispatcher
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


def _wait(app: Any, done: Any, seconds: float = 60) -> bool:
    """Run the event loop until ``done()``; False when ``seconds`` ran out (a hang guard)."""
    deadline = time.perf_counter() + seconds  # timing-ok: hang guard only
    while not done() and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return bool(done())


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 1), "p95": round(p95, 1)}


def bench_in_reader(library: Library, folder: Path, presses: int, sentences: int) -> dict[str, Any]:
    """Key to first sound (cold: the engine starts; warm: it is ready) and the delay
    from each sentence's first sound to its highlight, on the real engine."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from edicola.ui.app import EdicolaApp

    qt = QApplication.instance() or QApplication([])
    edicola = EdicolaApp(
        library,
        QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat),
        speech_engine="speechd",
    )
    window, aloud = edicola.window, edicola.read_aloud
    window.resize(1100, 760)
    view = edicola.reader.article_view
    window.show()
    article = library.editions.articles(f"riverside-courier-{DAY}")[0].id
    edicola.reader.open_article(article)
    window.activateWindow()  # offscreen: shortcuts reach only the active window
    _wait(qt, window.isActiveWindow, 10)
    view.setFocus()
    started: list[float] = []
    shown: dict[int, float] = {}
    aloud.engine.started.connect(lambda: started.append(time.perf_counter()))
    show = aloud.highlight.show

    def timed_show(*args: Any) -> None:
        show(*args)
        view.viewport().repaint()  # on the page, not just asked for
        shown[aloud.speech.index] = time.perf_counter()

    aloud.highlight.show = timed_show  # type: ignore[method-assign]
    key_ms: list[float] = []
    engine = "speechd (speech-dispatcher, eSpeak NG)"
    cpu0 = time.process_time()
    try:
        for _press in range(presses):
            started.clear()
            pressed = time.perf_counter()
            QTest.keyClick(
                view,
                Qt.Key.Key_R,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            if not _wait(qt, lambda: bool(started)):
                raise RuntimeError(f"the engine never started speaking ({aloud.speech.state})")
            key_ms.append((started[0] - pressed) * 1000)
            aloud.stop()
            aloud.engine.set_rate(1.0)  # the sentences below at the fastest rate
        started.clear()
        shown.clear()
        lags: list[float] = []
        starts: list[tuple[int, float]] = []
        aloud.speech.sentenceStarted.connect(lambda i: starts.append((i, time.perf_counter())))
        QTest.keyClick(
            view,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        _wait(qt, lambda: len(starts) >= sentences, 240)
        aloud.stop()
        # The sound starts at the engine's Speaking (``started``); the sentence's
        # highlight is drawn before it is sent, so the delay is most often 0.
        for (index, _at), sound in zip(starts, started, strict=False):
            lags.append(max(0.0, (shown.get(index, sound) - sound) * 1000))
        lead = [
            (sound - shown[index]) * 1000
            for (index, _at), sound in zip(starts, started, strict=False)
            if index in shown
        ]
    finally:
        window.close()
        edicola.shutdown()
    cold, warm = key_ms[0], key_ms[1:]
    return {
        "engine": engine,
        "key_to_sound_cold_ms": round(cold, 1),
        "key_to_sound_ms": _ms(warm or [cold]),
        "presses": len(warm),
        "highlight_delay_ms": _ms(lags or [0.0]),
        "highlight_lead_ms": _ms(lead or [0.0]),
        "sentences": len(lags),
        "cpu_s": round(time.process_time() - cpu0, 2),
        "goal_first_sound_ms": GOAL_FIRST_SOUND_MS,
        "goal_highlight_ms": GOAL_HIGHLIGHT_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/speech.json"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presses", type=int, default=6, help="key presses (1 cold)")
    parser.add_argument("--sentences", type=int, default=12, help="sentences timed")
    args = parser.parse_args()
    results: dict[str, Any] = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="edicola-bench-speech-") as tmp:
        folder = Path(tmp)
        library = _library(folder)
        try:
            (folder / "wav").mkdir()
            results["files"] = bench_files(library, folder / "wav", args.runs)
            print("to files:", results["files"], flush=True)
            missing = speech_dispatcher.available()
            if missing:
                print("in the reader: skipped,", missing, flush=True)
                results["in_reader"] = {"skipped": missing}
            else:
                with speech_dispatcher.SpeechDispatcher():
                    results["in_reader"] = bench_in_reader(
                        library, folder, args.presses, args.sentences
                    )
                print("in the reader:", results["in_reader"], flush=True)
        finally:
            library.close()
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
