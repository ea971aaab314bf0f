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
library. *A new reader's first press*: from ``Ctrl+Shift+R`` on an open article
to the engine reporting it is speaking (the daemon's "begin" event, when audio
starts), in a fresh reader each time, with this process's CPU and the daemon's
(and its eSpeak NG module's) beside it; interleaved with the same press with
the quick voice switched off, which is how it was before (Qt's engine starts
and lists every voice). *A reader who listened before*: Qt's engine started at
start-up in its thread (wall, CPU, the daemon's CPU, resident memory added:
also what starting it for every reader would cost), then the key with the
engine ready. *Highlight latency*: from the engine starting a sentence to that
sentence's highlight being on the page (extra selection set and viewport
updated), over every sentence of two articles. Medians and p95.

**With no daemon running** (the usual desktop: nothing has started
speech-dispatcher before the first press): a new reader's first press in a
session of its own each run (``edicola.servers.speechd_home``: its own runtime
folder, socket and config, the system's speechd.conf with silent audio), so
read aloud starts the daemon as libspeechd would (``edicola.ui.speech.spawn``)
and speaks through the quick voice; interleaved with the same press as before
(Qt's engine, whose libspeechd starts the daemon, then lists every voice). The
daemon started is stopped after each run. CPU: this process; the daemon's is
the command that started it (waited for: ``RUSAGE_CHILDREN``), the daemon it
forked and the output modules it started (from /proc), with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import write_results
from edicola.core.bundle.edition_source import build_edition
from edicola.core.speech import espeak
from edicola.core.speech.script import article_script
from edicola.paths import EDITIONS
from edicola.servers import speech_dispatcher
from edicola.servers.speechd_home import SpeechdHome
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
    tick = QTimer()  # wakes the blocked loop to look at the deadline
    tick.start(50)
    try:  # blocks until an event comes (processEvents' time limit would spin, and cost CPU)
        while not done() and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()
    return bool(done())


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 1), "p95": round(p95, 1)}


def _first_presses(new: list[dict[str, Any]], before: list[dict[str, Any]]) -> dict[str, Any]:
    """First presses with the quick voice (``new``) and without it (``before``)."""
    return {
        "first_press_ms": _ms([f["ms"] for f in new]),
        "first_press_cpu_ms": _ms([f["cpu_ms"] for f in new]),
        "first_press_daemon_cpu_ms": _ms([f["daemon_cpu_ms"] for f in new]),
        "first_press_by": sorted({f["by"] for f in new}),
        "first_press_before_ms": _ms([f["ms"] for f in before]),
        "first_press_before_cpu_ms": _ms([f["cpu_ms"] for f in before]),
        "first_press_before_daemon_cpu_ms": _ms([f["daemon_cpu_ms"] for f in before]),
    }


def _daemon_cpu_s() -> float:
    """CPU seconds of this process's children (the private speech-dispatcher and its
    eSpeak NG module), from /proc: they are not waited for, so getrusage misses them."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        total += sum(cpu.get(child, 0.0) for child in children)
        todo += children
    return total


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _press(view: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(
        view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def _reader(library: Library, settings: Path, listened: bool, quick: bool = True) -> Any:
    """The reader, offscreen, on an English article, ready for the key; ``listened``:
    a reader who has used read aloud before (Qt's engine starts at start-up);
    ``quick=False``: the engine as it was before the quick voice (for comparison)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from edicola.ui.app import EdicolaApp
    from edicola.ui.speech.wiring import USED_KEY

    qt = QApplication.instance() or QApplication([])
    ini = QSettings(str(settings), QSettings.Format.IniFormat)
    ini.setValue(USED_KEY, listened)
    edicola = EdicolaApp(library, ini, speech_engine="speechd")
    if not quick:
        edicola.read_aloud.engine.start_quick = lambda: None  # type: ignore[method-assign]
    edicola.window.resize(1100, 760)
    edicola.window.show()
    edicola.reader.open_article(library.editions.articles(f"riverside-courier-{DAY}")[0].id)
    edicola.window.activateWindow()  # offscreen: shortcuts reach only the active window
    _wait(qt, edicola.window.isActiveWindow, 10)
    edicola.reader.article_view.setFocus()
    return edicola


def _children_cpu_s() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _spawned_cpu_s(home: SpeechdHome) -> float:
    """CPU seconds of what starting the daemon in ``home`` left running: the daemon (it
    forked away from this process's tree) and its output modules (orphans in this
    process's group), from /proc; the command that started them is in
    ``_children_cpu_s`` once waited for."""
    tick, group, total = os.sysconf("SC_CLK_TCK"), os.getpgrp(), 0.0
    daemons = set(home.daemons())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            argv0 = (entry / "cmdline").read_bytes().split(b"\0")[0]
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        module = b"speech-dispatcher-modules/" in argv0 and int(fields[2]) == group
        if int(entry.name) in daemons or module:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _first_press(
    library: Library, folder: Path, run: int, quick: bool, home: SpeechdHome | None = None
) -> dict[str, Any]:
    """A new reader's first Ctrl+Shift+R: wall, this process's CPU and the daemon's
    (the private one's, or, with ``home``, the one the press starts there)."""
    from PySide6.QtWidgets import QApplication

    qt = QApplication.instance()
    edicola = _reader(library, folder / f"new-{run}-{quick}.ini", listened=False, quick=quick)
    aloud = edicola.read_aloud
    started: list[float] = []
    aloud.engine.started.connect(lambda: started.append(time.perf_counter()))

    def daemon_cpu_s() -> float:
        return _daemon_cpu_s() if home is None else _children_cpu_s() + _spawned_cpu_s(home)

    try:
        load = os.getloadavg()[0]
        cpu, daemon, pressed = time.process_time(), daemon_cpu_s(), time.perf_counter()
        _press(edicola.reader.article_view)
        if not _wait(qt, lambda: bool(started)):
            raise RuntimeError(f"the engine never started speaking ({aloud.speech.state})")
        return {
            "ms": (started[0] - pressed) * 1000,
            "cpu_ms": (time.process_time() - cpu) * 1000,
            "daemon_cpu_ms": (daemon_cpu_s() - daemon) * 1000,
            "by": "quick voice (SSIP)" if aloud.engine._speaker == "quick" else "Qt engine",
            "load": load,
        }
    finally:
        aloud.stop()
        edicola.window.close()
        edicola.shutdown()


def bench_no_daemon(library: Library, folder: Path, runs: int) -> dict[str, Any]:
    """A new reader's first press with no speech-dispatcher running, each run in a
    session of its own whose daemon is stopped after: read aloud starting it (then the
    quick voice), interleaved with Qt's engine doing so (as before)."""
    from PySide6.QtWidgets import QApplication

    _qt = QApplication.instance() or QApplication([])  # kept alive for the presses
    firsts: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    for run in range(runs):
        for quick in (True, False):
            home = SpeechdHome()
            saved = {name: os.environ.get(name) for name in home.environ()}
            os.environ.update(home.environ())
            try:
                firsts[quick].append(_first_press(library, folder, 100 + run, quick, home))
            finally:
                home.stop()
                for name, value in saved.items():
                    if value is None:
                        os.environ.pop(name, None)
                    else:
                        os.environ[name] = value
    new, before = firsts[True], firsts[False]
    return {
        "engine": "speechd (speech-dispatcher 0.11, eSpeak NG), no daemon running",
        **_first_presses(new, before),
        "first_press_before_by": sorted({f["by"] for f in before}),
        "runs": runs,
        "load_average": round(statistics.median(f["load"] for f in new + before), 1),
        "goal_first_sound_ms": GOAL_FIRST_SOUND_MS,
    }


def bench_in_reader(
    library: Library, folder: Path, presses: int, sentences: int, runs: int
) -> dict[str, Any]:
    """A new reader's first press (quick voice, and as before it, interleaved); then a
    reader who listened before: Qt's engine starting at start-up (what it costs), the
    key with the engine ready, and the delay from each sentence's first sound to its
    highlight, on the real engine."""
    from PySide6.QtWidgets import QApplication

    qt = QApplication.instance() or QApplication([])
    firsts: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    for run in range(runs):
        for quick in (True, False):
            firsts[quick].append(_first_press(library, folder, run, quick))
    edicola = _reader(library, folder / "listened.ini", listened=False)
    window, aloud = edicola.window, edicola.read_aloud
    # What USED_KEY's start at start-up does (a reader who listened before), alone.
    rss0, cpu0, daemon0, t0 = _rss_mb(), time.process_time(), _daemon_cpu_s(), time.perf_counter()
    aloud.engine.start_full()
    if not _wait(qt, aloud.engine.voices_listed):
        raise RuntimeError("Qt's speech engine never started")
    engine_start = {
        "wall_s": round(time.perf_counter() - t0, 2),
        "cpu_s": round(time.process_time() - cpu0, 2),
        "daemon_cpu_s": round(_daemon_cpu_s() - daemon0, 2),
        "rss_mb": round(_rss_mb() - rss0, 1),
    }
    view = edicola.reader.article_view
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
    cpu0 = time.process_time()
    try:
        for _press_number in range(presses):
            started.clear()
            pressed = time.perf_counter()
            _press(view)
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
        _press(view)
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
    new, before = firsts[True], firsts[False]
    return {
        "engine": "speechd (speech-dispatcher 0.11, eSpeak NG)",
        **_first_presses(new, before),
        "first_press_runs": runs,
        "engine_start": engine_start,
        "key_to_sound_ms": _ms(key_ms),
        "presses": len(key_ms),
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
    parser.add_argument("--presses", type=int, default=5, help="key presses, engine ready")
    parser.add_argument("--first", type=int, default=3, help="new readers' first presses")
    parser.add_argument("--sentences", type=int, default=12, help="sentences timed")
    parser.add_argument(
        "--no-daemon-only", action="store_true", help="only the first press with no daemon"
    )
    args = parser.parse_args()
    results: dict[str, Any] = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="edicola-bench-speech-") as tmp:
        folder = Path(tmp)
        library = _library(folder)
        try:
            if args.no_daemon_only:  # the other figures kept from the last full run
                missing = speech_dispatcher.available()
                if missing:
                    raise SystemExit(f"no daemon running: skipped, {missing}")
                if args.out.exists():
                    results = json.loads(args.out.read_text("utf-8"))
                results["no_daemon"] = bench_no_daemon(library, folder, args.first)
                print("no daemon running:", results["no_daemon"], flush=True)
                write_results(args.out, results)
                return 0
            (folder / "wav").mkdir()
            results["files"] = bench_files(library, folder / "wav", args.runs)
            print("to files:", results["files"], flush=True)
            missing = speech_dispatcher.available()
            if missing:
                print("in the reader: skipped,", missing, flush=True)
                results["in_reader"] = {"skipped": missing}
            else:
                results["no_daemon"] = bench_no_daemon(library, folder, args.first)
                print("no daemon running:", results["no_daemon"], flush=True)
                with speech_dispatcher.SpeechDispatcher():
                    results["in_reader"] = bench_in_reader(
                        library, folder, args.presses, args.sentences, args.first
                    )
                print("in the reader:", results["in_reader"], flush=True)
        finally:
            library.close()
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
