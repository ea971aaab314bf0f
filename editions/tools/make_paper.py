"""Make the sample edition that shows the print-only path: a paper's PDF, then ``from-pdf``.

Il Faro of 26 November 2026 exists only as its print PDF, set here from the
articles below (original text, original pictures drawn by the generator) with
:func:`edicola.testing.papers.typeset_paper`; ``editions/il-faro/2026-11-26`` is
then written by ``edicola from-pdf`` from that PDF alone, exactly as a
publisher would run it. Nothing in the folder is edited by hand afterwards.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python editions/tools/make_paper.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from edicola.core.print.from_pdf import edition_from_pdfs
from edicola.testing.paper_set import Story
from edicola.testing.papers import PagePlan, PaperSpec, typeset_paper

sys.path.insert(0, str(Path(__file__).resolve().parent))
from paper_stories import STORIES

EDITIONS = Path(__file__).resolve().parents[1]
TARGET = EDITIONS / "il-faro" / "2026-11-26"


def plan() -> list[PagePlan]:
    """Five pages; each cell sized to its story (a given story ends where its text does)."""
    s = {story.id: story for story in STORIES}
    return [
        PagePlan(
            "",
            [
                ("jump", 0, 6, 0, 0.5),
                ("picture", 0, 4, 0.5, 1),
                ("advert", 4, 2, 0.5, 0.7),
                ("story", 4, 2, 0.7, 1),
            ],
            [s["tram"], s["molo"], s["biblioteca"]],
        ),
        PagePlan(
            "Cronaca",
            [
                ("picture", 0, 6, 0, 0.38),
                ("story", 0, 3, 0.38, 0.64),
                ("story", 3, 3, 0.38, 0.52),
                ("advert", 3, 3, 0.52, 0.64),
                ("advert", 0, 6, 0.64, 1),
            ],
            [s["scuola"], s["alberi"], s["mercato"]],
        ),
        PagePlan(
            "Economia",
            [
                ("continued", 0, 3, 0, 0.4),
                ("picture", 3, 3, 0, 0.4),
                ("story", 0, 6, 0.4, 0.6),
                ("advert", 0, 6, 0.6, 1),
            ],
            [s["cantiere"], s["affitti"]],
        ),
        PagePlan(
            "Cultura",
            [
                ("picture", 0, 4, 0, 0.34),
                ("story", 4, 2, 0, 0.34),
                ("story", 0, 6, 0.34, 0.56),
                ("advert", 0, 3, 0.56, 1),
                ("advert", 3, 3, 0.56, 1),
            ],
            [s["teatro"], s["concerto"], s["archivio"]],
        ),
        PagePlan(
            "Sport",
            [
                ("picture", 0, 6, 0, 0.4),
                ("story", 0, 3, 0.4, 0.62),
                ("advert", 3, 3, 0.4, 0.62),
                ("advert", 0, 6, 0.62, 1),
            ],
            [s["basket"], s["canottaggio"]],
        ),
    ]


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    spec = PaperSpec(
        publication="il-faro",
        title="Il Faro",
        language="it",
        date="2026-11-26",
        dateline="giovedì 26 novembre 2026 · n. 314",
        pages=plan(),
        seed=2611,
    )
    with tempfile.TemporaryDirectory() as tmp:
        typeset_paper(spec, Path(tmp))
        pdf = Path(tmp) / "il-faro-2026-11-26.pdf"
        shutil.move(next((Path(tmp) / "source" / "pages").glob("*.pdf")), pdf)
        shutil.rmtree(TARGET, ignore_errors=True)
        made = edition_from_pdfs([pdf], "il-faro", "2026-11-26", TARGET)
    for note in made.notes:
        print(f"note: {note}")
    print(f"{TARGET}: {made.articles} articles, {made.sections} sections, {made.pictures} pictures")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Story", "plan"]
