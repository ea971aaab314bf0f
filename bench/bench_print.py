"""Reading the print PDF: regions found from the text, and editions made by ``from-pdf``.

Usage::

    QT_QPA_PLATFORM=offscreen python -m bench.bench_print [--papers 8] [--out FILE.json]

Papers are generated with known ground truth (:mod:`edicola.testing.papers`:
four pages, six columns, stories side by side and spanning columns, pictures
and captions, briefs, boxed adverts, hyphenated justified text, a jump from the
front page, an article not in print), half Italian, half English. Measured:

* **regions**: the edition source as generated (PDF without annotations, no
  ``pages.json``) through ``collect_edition``, the build's own path; each
  printed article block must be found with IoU >= 0.8, and no region may be
  anything but its article's block;
* **from-pdf**: ``edition_from_pdfs`` on the PDF alone, its Markdown read back:
  headlines exact, body words (captions included) precision and recall, and the
  share of printed word pairs that come out in order;
* seconds per page for both, wall and CPU (this process plus the jail's
  workers, where PDFium runs);
* **real-world PDFs** from public test corpora, read from ``/work/.mirror`` at
  run time (skipped when absent; nothing of theirs is committed): a multi-column
  paper, scans with and without an OCR layer, CJK; each must end in a clear
  result (an edition, or one line saying why not), never a crash or a hang.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.report import write_results
from edicola.core.bundle.edition_source import collect_edition, parse_front_matter
from edicola.core.jail import cpu_seconds_with_workers
from edicola.core.print.from_pdf import FromPdfError, edition_from_pdfs
from edicola.core.print.tokens import markdown_text
from edicola.testing.paper_score import PlacementScore, TextScore, score_placement, score_text

ROOT = Path(__file__).resolve().parents[1]
MIRROR = Path("/work/.mirror")
GOALS = {
    "placed_share": 0.95,
    "headlines_exact_share": 0.95,
    "precision": 0.98,
    "recall": 0.95,
    "seconds_per_page": 1.0,
}
REAL_WORLD = [
    ("mozilla+pdf.js", "test/pdfs/tracemonkey.pdf", "multi-column paper, 14 pages"),
    ("mozilla+pdf.js", "test/pdfs/issue7229.pdf", "scanned form, no text layer"),
    ("mozilla+pdf.js", "test/pdfs/issue5481.pdf", "photographs, no text"),
    ("py-pdf+pypdf", "resources/Seige_of_Vicksburg_Sample_OCR.pdf", "scan with an OCR layer"),
    ("mozilla+pdf.js", "test/pdfs/issue6387.pdf", "Japanese (CJK)"),
    ("mozilla+pdf.js", "test/pdfs/issue16538.pdf", "Chinese (CJK)"),
    ("mozilla+pdf.js", "test/pdfs/XiaoBiaoSong.pdf", "Chinese font (CJK)"),
    ("mozilla+pdf.js", "test/pdfs/freeculture.pdf", "a 352-page book"),
]
HANG_GUARD = 300
"""Seconds one real-world PDF may take before it counts as a hang (a guard, not a goal)."""


class _Hang(Exception):
    pass


def _papers(folder: Path, count: int) -> list[tuple[Path, dict[str, Any]]]:
    from PySide6.QtGui import QGuiApplication

    from edicola.testing.papers import make_paper

    app = QGuiApplication.instance() or QGuiApplication([])
    made = []
    for number in range(count):
        language = ("it", "en")[number % 2]
        out = folder / f"paper-{number}"
        made.append((out, make_paper(out, seed=100 + number, language=language)))
    del app
    return made


def _read_back(folder: Path) -> list[Any]:
    """The written articles as scoring wants them: title, paragraphs (captions inside)."""

    class Read:
        def __init__(self, title: str, text: str) -> None:
            self.title, self.paragraphs, self.pictures = title, [text], []

    found = []
    for path in sorted((folder / "articles").glob("*.md")):
        meta, body, _ = parse_front_matter(path.read_text("utf-8"), str(path))
        found.append(Read(meta.get("title", ""), markdown_text(body)))
    return found


def measure_papers(count: int) -> dict[str, Any]:
    placement, text = PlacementScore(), TextScore()
    pages = 0
    place_wall = place_cpu = cut_wall = cut_cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for folder, truth in _papers(Path(tmp), count):
            source = folder / "source"
            pdf = next((source / "pages").glob("*.pdf"))
            pages += len(truth["pages"])
            wall, cpu = time.perf_counter(), cpu_seconds_with_workers()
            manifest, _ = collect_edition(source)
            place_wall += time.perf_counter() - wall
            place_cpu += cpu_seconds_with_workers() - cpu
            regions = [
                (number, r["article"], tuple(r["rect"]))
                for number, page in enumerate(manifest.get("pages", []))
                for r in page["regions"]
            ]
            placement.add(score_placement(truth, regions))
            out = folder / "from-pdf"
            wall, cpu = time.perf_counter(), cpu_seconds_with_workers()
            edition_from_pdfs([pdf], "paper", "2026-11-26", out)
            cut_wall += time.perf_counter() - wall
            cut_cpu += cpu_seconds_with_workers() - cpu
            text.add(score_text(truth, _read_back(out)))
    return {
        "papers": count,
        "pages": pages,
        "regions": {
            "blocks": placement.blocks,
            "found": placement.found,
            "placed_share": placement.found / max(1, placement.blocks),
            "missed": placement.missed,
            "stray_regions": placement.stray,
            "wall_s_per_page": place_wall / pages,
            "cpu_s_per_page": place_cpu / pages,
        },
        "from_pdf": {
            "articles": text.articles,
            "headlines_exact_share": text.exact_headlines / max(1, text.articles),
            "precision": text.precision,
            "recall": text.recall,
            "order": text.order,
            "wall_s_per_page": cut_wall / pages,
            "cpu_s_per_page": cut_cpu / pages,
        },
    }


def _mirror_file(repo: str, path: str) -> bytes | None:
    git = MIRROR / repo / "repo"
    if not git.is_dir():
        return None
    found = subprocess.run(
        ["git", f"--git-dir={git}", "show", f"HEAD:{path}"], capture_output=True, check=False
    )
    return found.stdout if found.returncode == 0 and found.stdout.startswith(b"%PDF") else None


def measure_real_world() -> list[dict[str, Any]]:
    results = []

    def alarm(*_: object) -> None:
        raise _Hang

    signal.signal(signal.SIGALRM, alarm)
    with tempfile.TemporaryDirectory() as tmp:
        for repo, path, kind in REAL_WORLD:
            data = _mirror_file(repo, path)
            entry: dict[str, Any] = {"file": f"{repo.split('+')[1]}: {path}", "kind": kind}
            if data is None:
                entry["result"] = "skipped (no mirror)"
                results.append(entry)
                continue
            pdf = Path(tmp) / Path(path).name
            pdf.write_bytes(data)
            out = Path(tmp) / f"{pdf.stem}-source"
            wall = time.perf_counter()
            signal.alarm(HANG_GUARD)
            try:
                made = edition_from_pdfs([pdf], "real-world", "2026-11-26", out)
                entry["result"] = (
                    f"{made.articles} article(s) in {made.sections} section(s), "
                    f"{made.pictures} picture(s)"
                )
                entry["pages"] = made.pages
                entry["notes"] = len(made.notes)
                entry["first_notes"] = list(made.notes[:3])
            except FromPdfError as exc:
                entry["result"] = f"refused: {exc}".replace(str(pdf), Path(path).name)
            except _Hang:
                entry["result"] = "HANG"
            except Exception as exc:  # the point: any other exception is a crash
                entry["result"] = f"CRASH: {type(exc).__name__}: {exc}"
            finally:
                signal.alarm(0)
            entry["wall_s"] = time.perf_counter() - wall
            results.append(entry)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--papers", type=int, default=8)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "print.json")
    args = parser.parse_args(argv)
    results = measure_papers(args.papers)
    results["real_world"] = measure_real_world()
    results["goals"] = GOALS
    results["load_average"] = os.getloadavg()[0]
    write_results(args.out, results)
    regions, made = results["regions"], results["from_pdf"]
    print(
        f"regions: {regions['found']}/{regions['blocks']} blocks placed, "
        f"{len(regions['stray_regions'])} stray; {regions['wall_s_per_page']:.2f} s/page"
    )
    print(
        f"from-pdf: headlines {made['headlines_exact_share']:.3f}, P {made['precision']:.4f} "
        f"R {made['recall']:.4f} order {made['order']:.4f}; {made['wall_s_per_page']:.2f} s/page"
    )
    for entry in results["real_world"]:
        print(f"  {entry['file']} ({entry['kind']}): {entry['result']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
