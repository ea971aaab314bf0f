"""Highlights benchmark: the view's list, an article with 200 highlights, re-anchoring.

Usage::

    python -m bench.bench_highlights [--out bench/results/highlights.json] [--repeats N]

Runs offscreen in a throw-away library:

- **the view's list**: 2,000 synthetic articles with 10,000 highlights (five per
  article, 3 % with notes) and 500 bookmarks; what the *Highlights and
  bookmarks* view reads when it opens (the count and the first 200 rows of
  ``MarkList.summaries()``, newest first, by edition, filtered by a word),
  p50/p95 wall and CPU time; all 10,500 rows, and the whole records an export
  reads (``MarkList.marks()``), for comparison;
- **the view, in the reader**: the real *Highlights and bookmarks* view of the
  reader (``EdicolaApp``) opened with ``Ctrl+B``'s action on those 10,500
  marks, until it is painted (``QWidget.grab``), after the reader was shown;
- **an article with 200 highlights**: a 5,000-word article opened in the real
  reader (``ReaderController.open_article``: read, set, laid out, its
  highlights read and those near the screen drawn by
  ``ui/highlights/article_marks.py``, the first screen painted), against an
  article of the same length without highlights; the ratio of the p50s (runs
  interleaved). For comparison, the earlier stand-in (``article_html`` in a
  bare 760 px ``QTextBrowser``, every highlight drawn as an extra selection);
- **re-anchoring**: an edition of 20 real articles (built and imported as
  bundles) with 500 highlights, then a revision that adds a paragraph above
  every article's text, changes a word next to 10 % of the quotes and inside
  another 10 %, and removes 5 % of the quoted sentences; the import listener's
  time per highlight, and how many were kept, moved and orphaned.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit

from bench.report import write_results
from bench.synth import bulk_insert, editions, synthesize, write_source
from edicola.core.annotations.anchoring import Text, locate
from edicola.core.annotations.article_text import Normalised, article_text
from edicola.core.annotations.marks import ANCHORED, ORPHANED
from edicola.core.annotations.selectors import Anchor
from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.article_page import article_html

PAGE = 200
"""Rows the view reads when it opens (it reads more as it scrolls)."""


def _timed(action: Callable[[], Any], repeats: int) -> dict[str, float]:
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    walls.sort()
    return {
        "p50_ms": statistics.median(walls),
        "p95_ms": walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))],
        "cpu_p50_ms": statistics.median(cpus),
    }


def _spans(text: str, count: int, rng: random.Random) -> list[tuple[int, int]]:
    """``count`` spans of 5 to 20 words at random places in ``text``."""
    starts = [i + 1 for i, char in enumerate(text) if char == " "]
    spans = []
    for _ in range(count):
        start = rng.choice(starts[: max(1, len(starts) - 25)])
        end = start
        for _ in range(rng.randint(5, 20)):
            end = text.find(" ", end + 1)
            if end == -1:
                end = len(text)
                break
        spans.append((start, end))
    return spans


def bench_view(folder: Path, repeats: int) -> dict[str, Any]:
    library = Library.open(folder / "view")
    rng = random.Random(5)
    try:
        synthesize(library.db, 2000, words=400)
        ids = [row[0] for row in library.db.execute("SELECT id FROM articles ORDER BY id")]
        started = time.perf_counter()
        with library.db.atomic():
            for article_id in ids:
                article = library.editions.article(article_id)
                assert article is not None
                text = article_text(article.html, article.title)
                for start, end in _spans(text, 5, rng):
                    note = "una nota da rileggere" if rng.random() < 0.03 else ""
                    color = rng.choice(("yellow", "green", "blue", "pink"))
                    library.highlights.add(article_id, span=(start, end), note=note, color=color)
            for article_id in rng.sample(ids, 500):
                library.bookmarks.add(article_id, note="da leggere")
        made_s = time.perf_counter() - started
        marks = library.marks

        def first_page(**filters: Any) -> None:
            marks.count(**filters)
            marks.summaries(limit=PAGE, **filters)

        in_reader = _reader_view(library, folder, repeats)
        return {
            "highlights": library.highlights.count(),
            "marks": marks.count(),
            "view_in_reader": in_reader,
            "making_10000_s": made_s,
            "open_newest_first": _timed(first_page, repeats),
            "open_by_edition": _timed(lambda: first_page(order="edition"), repeats),
            "open_filtered_by_word": _timed(lambda: first_page(text="nota"), repeats),
            "whole_list": _timed(lambda: marks.summaries(), repeats),
            "whole_records_for_export": _timed(lambda: marks.marks(order="edition"), 3),
            "article_highlights": _timed(lambda: library.highlights.spans(ids[7]), repeats),
        }
    finally:
        library.close()


def _app(library: Library, folder: Path) -> EdicolaApp:
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    edicola = EdicolaApp(library, settings)
    edicola.window.resize(1280, 860)
    edicola.window.show()
    QApplication.processEvents()
    return edicola


def _close(edicola: EdicolaApp) -> None:
    """Close and delete the window: a later one restyles every widget still alive,
    and this one's would read a library closed by then."""
    edicola.window.close()
    edicola.shutdown()
    edicola.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _reader_view(library: Library, folder: Path, repeats: int) -> dict[str, float]:
    """The reader's own view opened (its action, as Ctrl+B) until painted."""
    edicola = _app(library, folder)
    window, view = edicola.window, edicola.bookmarks.view
    try:

        def open_view() -> None:
            edicola.bookmarks.view_action.trigger()
            view.grab()

        def leave() -> None:
            window.show_view(None)
            QApplication.processEvents()

        open_view()  # warm: fonts, the first query plan
        walls, cpus = [], []
        for _ in range(repeats):
            leave()
            wall, cpu = time.perf_counter(), time.process_time()
            open_view()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        assert view.row_count() == PAGE, view.row_count()
        walls.sort()
        return {
            "p50_ms": statistics.median(walls),
            "p95_ms": walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))],
            "cpu_p50_ms": statistics.median(cpus),
        }
    finally:
        _close(edicola)


def _body_start(view: QTextBrowser, shown: Normalised) -> int:
    """Where the body starts in the shown text: after the rule under the dateline."""
    block = view.document().begin()
    while block.isValid():
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            return shown.from_raw(block.next().position(), block.next().position() + 1)[0]
        block = block.next()
    return 0


def _open(view: QTextBrowser, library: Library, article_id: str, drawn: str) -> None:
    """Open an article as the reader shows it: laid out and its first screen painted.

    ``drawn``: ``none``; ``all`` (the 200 highlights read, checked against the
    text and made extra selections); ``visible`` (the same for those that start
    on the first screen, the text mapped up to its end: a reader adds the rest
    as it scrolls). A highlight's offsets hold for the text its article shows
    now (re-anchored on import), so it is only checked against the shown text,
    and anchored again when that text differs (never, here).
    """
    article = library.editions.article(article_id)
    assert article is not None
    view.setExtraSelections([])
    view.setHtml(article_html(article, QLocale("it")))
    document = view.document()
    document.size()  # the whole document laid out
    if drawn != "none":
        plain = document.toPlainText()
        limit = len(plain)
        if drawn == "visible":  # only the text up to the screen's end is mapped
            corner = view.viewport().rect().bottomRight()
            limit = min(limit, view.cursorForPosition(corner).position() + 1)
        shown = Normalised(plain[:limit])
        body = _body_start(view, shown)
        spans = []
        for span in library.highlights.spans(article_id, before=len(shown.text) - body):
            start, end = body + span.start, body + span.end
            if shown.text[start:end] != span.exact:
                if end <= len(shown.text):
                    found = locate(Text(shown.text[body:]), Anchor(span.exact, "", "", *span[1:3]))
                    if found is None:
                        continue
                    start, end = body + found.anchor.start, body + found.anchor.end
                else:  # runs past the screen: up to the screen's end is drawn for now
                    end = len(shown.text)
            spans.append(shown.to_raw(start, end))
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(QColor("#fde68a"))
            selections.append(selection)
        view.setExtraSelections(selections)
    view.viewport().grab()  # the first screen painted


def bench_article(folder: Path, repeats: int) -> dict[str, Any]:
    library = Library.open(folder / "article")
    rng = random.Random(9)
    try:
        [edition] = list(editions(2, words=5000, seed=3, start=date(2030, 1, 1), per_edition=2))
        with library.db.atomic():
            bulk_insert(library.db, edition, library.search)
        marked, plain = (f"{edition.edition_id}/{a.slug}" for a in edition.articles)
        article = library.editions.article(marked)
        assert article is not None
        text = article_text(article.html, article.title)
        with library.db.atomic():
            for start, end in _spans(text, 200, rng):
                library.highlights.add(marked, span=(start, end))
        view = QTextBrowser()
        view.resize(760, 900)
        view.show()
        for drawn in ("all", "visible", "none"):  # warm caches: rendered HTML, fonts
            _open(view, library, marked, drawn)
            _open(view, library, plain, drawn)
        # Interleaved, so a change in the machine's load falls on all three alike.
        times: dict[str, list[float]] = {"none": [], "visible": [], "all": []}
        cpus: dict[str, list[float]] = {"none": [], "visible": [], "all": []}
        for _ in range(repeats):
            for drawn in times:
                wall, cpu = time.perf_counter(), time.process_time()
                _open(view, library, marked, drawn)
                times[drawn].append((time.perf_counter() - wall) * 1000)
                cpus[drawn].append((time.process_time() - cpu) * 1000)
        view.close()
        view.deleteLater()
        result: dict[str, Any] = {
            "words": article.word_count,
            "highlights": len(library.highlights.for_article(marked)),
        }
        for drawn, walls in times.items():
            walls.sort()
            result[drawn] = {
                "p50_ms": statistics.median(walls),
                "p95_ms": walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))],
                "cpu_p50_ms": statistics.median(cpus[drawn]),
            }
        for drawn in ("visible", "all"):
            result[f"ratio_{drawn}_p50"] = result[drawn]["p50_ms"] / result["none"]["p50_ms"]
            result[f"cpu_ratio_{drawn}_p50"] = (
                result[drawn]["cpu_p50_ms"] / result["none"]["cpu_p50_ms"]
            )
        result["reader"] = _reader_article(library, folder, marked, plain, repeats)
        return result
    finally:
        library.close()


def _reader_article(
    library: Library, folder: Path, marked: str, other: str, repeats: int
) -> dict[str, Any]:
    """The real reader opening the article with its 200 highlights, and the same
    article without them (moved to another id between runs, outside the timing)."""
    edicola = _app(library, folder)
    reader = edicola.reader

    def highlights_on(article_id: str) -> None:
        with library.db.atomic():
            library.db.execute(
                "UPDATE highlights SET article_id = ? WHERE edition_id = ?",
                [article_id, marked.partition("/")[0]],
            )

    def open_marked(walls: list[float], cpus: list[float]) -> None:
        reader.open_article(other, position=0.0)  # from another article, as a reader does
        QApplication.processEvents()
        wall, cpu = time.perf_counter(), time.process_time()
        reader.open_article(marked, position=0.0)
        reader.article_view.viewport().grab()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)

    times: dict[str, tuple[list[float], list[float]]] = {"with": ([], []), "without": ([], [])}
    try:
        for _ in range(3):  # warm
            open_marked([], [])
        for _ in range(repeats):
            for case, article_id in (("without", "elsewhere"), ("with", marked)):
                highlights_on(article_id)
                open_marked(*times[case])
        highlights_on(marked)
        drawn = len(reader.article_view.extraSelections())
    finally:
        _close(edicola)
    result: dict[str, Any] = {"drawn_on_opening": drawn}
    for case, (case_walls, case_cpus) in times.items():
        case_walls.sort()
        result[case] = {
            "p50_ms": statistics.median(case_walls),
            "p95_ms": case_walls[min(len(case_walls) - 1, round(0.95 * (len(case_walls) - 1)))],
            "cpu_p50_ms": statistics.median(case_cpus),
        }
    result["ratio_p50"] = result["with"]["p50_ms"] / result["without"]["p50_ms"]
    result["cpu_ratio_p50"] = result["with"]["cpu_p50_ms"] / result["without"]["cpu_p50_ms"]
    return result


class _TimedListener:
    """Wraps the highlights' import listener to time it inside the import."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.wall = self.cpu = 0.0

    def edition_added(self, db: Any, edition_id: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.inner.edition_added(db, edition_id)
        self.wall += time.perf_counter() - wall
        self.cpu += time.process_time() - cpu

    def edition_removing(self, db: Any, edition_id: str) -> None:
        self.inner.edition_removing(db, edition_id)


def bench_reanchor(folder: Path) -> dict[str, Any]:
    rng = random.Random(11)
    [edition] = list(editions(20, words=800, seed=4, start=date(2031, 1, 1), per_edition=20))
    source = write_source(edition, folder / "r1")
    library = Library.open(folder / "reanchor")
    try:
        library.editions.import_bundle(build_edition(source, folder / "b1").path)
        quotes: dict[str, list[str]] = {}
        for article in edition.articles:
            article_id = f"{edition.edition_id}/{article.slug}"
            sentences = [s.strip() + "." for s in article.body.split(".") if len(s.split()) > 6]
            chosen = rng.sample(sentences, min(25, len(sentences)))
            quotes[article_id] = chosen
            for sentence in chosen:
                library.highlights.add(article_id, quote=sentence)
        count = library.highlights.count()
        changes = {"near": 0, "inside": 0, "removed": 0}
        for path in sorted((source / "articles").glob("*.md")):
            front, body = path.read_text("utf-8").split("---\n", 2)[1:]
            article_id = f"{edition.edition_id}/{path.stem.split('-', 1)[1]}"
            for sentence in quotes.get(article_id, []):
                roll = rng.random()
                if roll < 0.10:
                    body = body.replace(sentence, sentence + " Aggiunta", 1)
                    changes["near"] += 1
                elif roll < 0.20:
                    words = sentence.split()
                    words[len(words) // 2] = "modificata"
                    body = body.replace(sentence, " ".join(words), 1)
                    changes["inside"] += 1
                elif roll < 0.25:
                    body = body.replace(sentence, "", 1)
                    changes["removed"] += 1
            path.write_text(f"---\n{front}---\nUn paragrafo nuovo in testa.\n\n{body}", "utf-8")
        edition_file = source / "edition.json"
        edition_file.write_text(
            edition_file.read_text("utf-8").replace('"revision": 1', '"revision": 2'), "utf-8"
        )
        timed = _TimedListener(library.highlights)
        library.editions.listeners = [
            timed if listener is library.highlights else listener
            for listener in library.editions.listeners
        ]
        library.editions.import_bundle(build_edition(source, folder / "b2").path)
        states = [m.state for m in library.marks.marks(kinds=["highlight"])]
        return {
            "highlights": count,
            "changes": changes,
            "anchored": states.count(ANCHORED),
            "orphaned": states.count(ORPHANED),
            "per_highlight_ms": timed.wall * 1000 / count,
            "per_highlight_cpu_ms": timed.cpu * 1000 / count,
        }
    finally:
        library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/highlights.json"))
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="edicola-bench-highlights-") as tmp:
        folder = Path(tmp)
        results = {
            "load_average": os.getloadavg()[0],
            "view": bench_view(folder, args.repeats),
            "article": bench_article(folder, args.repeats),
            "reanchor": bench_reanchor(folder),
        }
    del app
    write_results(args.out, results)
    view, article, again = results["view"], results["article"], results["reanchor"]
    print(
        f"view of {view['marks']} marks opens: p50 {view['open_newest_first']['p50_ms']:.1f} ms "
        f"(in the reader, painted: {view['view_in_reader']['p50_ms']:.1f} ms); "
        f"article with 200 highlights in the reader: {article['reader']['ratio_p50']:.2f}x "
        f"(CPU {article['reader']['cpu_ratio_p50']:.2f}x; "
        f"stand-in {article['ratio_visible_p50']:.2f}x, {article['ratio_all_p50']:.2f}x all); "
        f"re-anchoring: {again['per_highlight_ms']:.2f} ms per highlight"
    )


if __name__ == "__main__":
    main()
