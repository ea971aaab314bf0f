"""Generated newspapers with their ground truth, for testing what is read from print.

``make_paper(folder, seed=…, language="it")`` lays out a small paper the way a
local daily looks: a masthead, page heads and folios, six-column pages with
stories side by side and spanning columns, pictures with captions, briefs, boxed
adverts, hyphenated justified text, a story that jumps from the front page
("continua a pagina 3"), and one article that is not in print at all. It
writes

* ``source/``: an ordinary edition source (``publication.json``,
  ``edition.json``, ``articles/*.md``, ``images/``, and the print PDF in
  ``pages/`` with no annotations and no ``pages.json``), and
* ``truth.json``: every article's printed headline, byline and words, the
  block it occupies on each page, and the adverts' boxes.

``typeset_paper`` sets a paper from given stories (the ``from-pdf`` sample
edition is made that way from hand-written articles). Both need a Qt
application (``QGuiApplication``, offscreen is fine); nothing else in Edicola
needs Qt to read what they write.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edicola.testing.paper_pdf import PaperWriter, Placed, Rect
from edicola.testing.paper_set import (
    GUTTER,
    Story,
    picture_image,
    png,
    set_advert,
    set_furniture,
    set_masthead,
    set_story,
)
from edicola.testing.paper_text import Prose

PAGE = (842.0, 1191.0)
MARGIN = 36.0
GRID = 6
SECTIONS = {
    "it": ["Cronaca", "Economia", "Cultura", "Sport"],
    "en": ["News", "Business", "Culture", "Sport"],
}
FRONT = {"it": "Prima pagina", "en": "Front page"}
# Cells: kind, first column, columns, top and bottom as shares of the page's content.
FRONT_PAGES = [
    [
        ("jump", 0, 6, 0, 0.5),
        ("picture", 0, 4, 0.5, 1),
        ("advert", 4, 2, 0.5, 0.72),
        ("story", 4, 2, 0.72, 1),
    ],
    [
        ("lead", 0, 4, 0, 0.62),
        ("briefs", 4, 2, 0, 0.62),
        ("jump", 0, 3, 0.62, 1),
        ("story", 3, 3, 0.62, 0.8),
        ("advert", 3, 3, 0.8, 1),
    ],
]
INNER_PAGES = [
    [
        ("picture", 0, 6, 0, 0.45),
        ("story", 0, 3, 0.45, 1),
        ("story", 3, 3, 0.45, 0.75),
        ("advert", 3, 3, 0.75, 1),
    ],
    [("story", 0, 2, 0, 1), ("picture", 2, 4, 0, 0.52), ("story", 2, 4, 0.52, 1)],
    [
        ("picture", 0, 4, 0, 0.56),
        ("advert", 4, 2, 0, 0.34),
        ("story", 4, 2, 0.34, 1),
        ("story", 0, 4, 0.56, 1),
    ],
    [
        ("briefs", 0, 1, 0, 1),
        ("picture", 1, 5, 0, 0.6),
        ("story", 1, 3, 0.6, 1),
        ("advert", 4, 2, 0.6, 1),
    ],
]
JUMP_PAGES = [
    [
        ("continued", 0, 3, 0, 0.45),
        ("picture", 3, 3, 0, 0.45),
        ("story", 0, 6, 0.45, 0.75),
        ("advert", 0, 6, 0.75, 1),
    ],
    [
        ("picture", 0, 4, 0, 0.5),
        ("continued", 4, 2, 0, 0.5),
        ("story", 0, 3, 0.5, 1),
        ("story", 3, 3, 0.5, 1),
    ],
]
Cell = tuple[str, int, int, float, float]


@dataclass
class PagePlan:
    section: str
    """The page head's section ("" on the front page)."""
    cells: list[Cell]
    stories: list[Story | None] = field(default_factory=list)
    """The story of each story cell, in order (None: make one up)."""


@dataclass
class PaperSpec:
    publication: str
    title: str
    language: str
    date: str
    dateline: str
    pages: list[PagePlan]
    not_in_print: list[Story] = field(default_factory=list)
    seed: int = 0


def make_paper(
    folder: Path, *, seed: int, language: str = "it", pages: int = 4, date: str = "2026-11-26"
) -> dict[str, Any]:
    """A made-up paper of ``pages`` pages (2 to 4) in ``folder``; returns its truth."""
    rng = random.Random(seed)
    sections = SECTIONS[language]
    plans = [PagePlan("", rng.choice(FRONT_PAGES))]
    jump_page = min(3, pages)
    for number in range(2, pages + 1):
        cells = rng.choice(JUMP_PAGES if number == jump_page else INNER_PAGES)
        plans.append(PagePlan(sections[(number - 2) % len(sections)], cells))
    title = {"it": "La Gazzetta del Porto", "en": "The Harbour Gazette"}[language]
    spec = PaperSpec(f"gazzetta-{language}", title, language, date, date, plans, seed=seed)
    prose = Prose(language, seed)
    spec.not_in_print = [_made_up(prose, "web-only", sections[0], 0, picture=False)]
    spec.not_in_print[0].paragraphs = [prose.paragraph() for _ in range(4)]
    return typeset_paper(spec, folder, prose)


def _made_up(prose: Prose, slug: str, section: str, seed: int, picture: bool) -> Story:
    return Story(
        id=slug,
        section=section,
        title=prose.headline(),
        standfirst=prose.paragraph((1, 1)) if prose.rng.random() < 0.7 else "",
        authors=prose.names(),
        picture=seed if picture else None,
        caption=prose.caption() if picture else "",
        kicker=section if prose.rng.random() < 0.5 else "",
    )


def typeset_paper(spec: PaperSpec, folder: Path, prose: Prose | None = None) -> dict[str, Any]:
    """Set ``spec`` into ``folder/source`` and ``folder/truth.json``; returns the truth.

    Story cells without a story get made-up ones from ``prose``; given stories
    must fit their cells.
    """
    writer = PaperWriter(spec.title, PAGE)
    truth: dict[str, Any] = {"articles": {}, "adverts": [], "pages": []}
    stories: list[Story] = []
    jumped: list[tuple[Story, list[str], int]] = []
    rng = random.Random(spec.seed)
    column = (PAGE[0] - 2 * MARGIN - GUTTER * (GRID - 1)) / GRID
    for number, plan in enumerate(spec.pages, start=1):
        if number > 1:
            writer.new_page()
        front = number == 1
        if front:
            top = set_masthead(writer, spec.title, spec.dateline, MARGIN)
            set_furniture(writer, spec.title, "", spec.dateline, number, MARGIN)
        else:
            top = set_furniture(writer, spec.title, plan.section, spec.dateline, number, MARGIN)
        section = FRONT[spec.language] if front else plan.section
        bottom = PAGE[1] - MARGIN - 20
        given = iter(plan.stories)
        for kind, col, span, start, end in plan.cells:
            rect = _cell(col, span, start, end, top, bottom, column)
            _rules(writer, rect, start, end, col)
            if kind == "advert":
                set_advert(writer, rect, rng, spec.language)
                truth["adverts"].append({"page": number - 1, "rect": _round(rect)})
                continue
            if kind == "continued":
                story, rest, origin = jumped.pop(0)
                story.paragraphs = rest
                placed, _ = set_story(writer, story, rect, column, prose, continued=origin)
                _record(truth, story, number - 1, placed)
                continue
            if kind == "briefs":
                for brief, placed in _briefs(writer, rect, column, prose, section, len(stories)):
                    stories.append(brief)
                    _record(truth, brief, number - 1, placed)
                continue
            story = next(given, None) or _made_up(
                prose or Prose(spec.language, 0),
                f"s{len(stories) + 1}",
                section,
                spec.seed * 100 + len(stories),
                kind in ("picture", "lead", "jump"),
            )
            if kind == "jump" and prose is not None and not story.paragraphs:
                story.paragraphs = [prose.paragraph() for _ in range(30)]
            target = min(3, len(spec.pages))
            jump = (target, spec.language) if kind == "jump" else None
            placed, rest = set_story(
                writer,
                story,
                rect,
                column,
                prose if kind != "jump" else None,
                lead=kind in ("lead", "jump") and front,
                jump=jump,
            )
            if rest:
                jumped.append((story, rest, number))
            stories.append(story)
            _record(truth, story, number - 1, placed)
        truth["pages"].append({"label": str(number), "section": plan.section})
    if jumped:
        raise ValueError(f"no 'continued' cell for {jumped[0][0].id!r}")
    pdf = writer.finish()
    return _write_source(spec, folder, stories, pdf, truth)


def _cell(
    col: int, span: int, start: float, end: float, top: float, bottom: float, column: float
) -> Rect:
    x0 = MARGIN + col * (column + GUTTER)
    x1 = x0 + span * column + (span - 1) * GUTTER
    height = bottom - top
    y0 = top + start * height + (8 if start > 0 else 0)
    y1 = top + end * height - (8 if end < 1 else 0)
    return (x0, y0, x1, y1)


def _rules(writer: PaperWriter, rect: Rect, start: float, end: float, col: int) -> None:
    """The rule over a cell that has one above it, and between side-by-side cells."""
    if start > 0:
        writer.rule((rect[0], rect[1] - 8, rect[2], rect[1] - 8))
    if col > 0:
        x = rect[0] - GUTTER / 2
        writer.rule((x, rect[1], x, rect[3]))


def _briefs(
    writer: PaperWriter, rect: Rect, column: float, prose: Prose | None, section: str, count: int
) -> list[tuple[Story, Placed]]:
    """Three short stories stacked in one narrow cell, under an "in brief" label."""
    if prose is None:
        return []
    label = "In breve" if prose.language.code == "it" else "In brief"
    from edicola.testing.paper_pdf import Style

    writer.word(label.upper(), Style(10.0, bold=True), rect[0], rect[1] + 10)
    writer.rule((rect[0], rect[1] + 15, rect[2], rect[1] + 15), 1.0)
    top, height = rect[1] + 22, (rect[3] - rect[1] - 22) / 3
    made: list[tuple[Story, Placed]] = []
    for n in range(3):
        cell = (rect[0], top + n * height + (6 if n else 0), rect[2], top + (n + 1) * height - 6)
        if n:
            writer.rule((rect[0], cell[1] - 6, rect[2], cell[1] - 6))
        story = Story(f"b{count + n + 1}", section, prose.headline((3, 6)))
        placed, _ = set_story(writer, story, cell, column * 2 + GUTTER + 1, prose)
        made.append((story, placed))
    return made


def _record(truth: dict[str, Any], story: Story, page: int, placed: Placed) -> None:
    entry = truth["articles"].setdefault(
        story.id,
        {
            "title": story.title,
            "authors": story.authors,
            "standfirst": story.standfirst,
            "caption": story.caption,
            "regions": [],
        },
    )
    block = placed.block()
    if block is not None:
        entry["regions"].append({"page": page, "rect": _round(block)})


def _round(rect: Rect) -> list[float]:
    return [round(v, 2) for v in rect]


def slug(text: str, words: int = 5) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words]) or "article"


def _write_source(
    spec: PaperSpec, folder: Path, stories: list[Story], pdf: bytes, truth: dict[str, Any]
) -> dict[str, Any]:
    source = folder / "source"
    for sub in ("articles", "images", "pages"):
        (source / sub).mkdir(parents=True, exist_ok=True)
    sections = [(slug(FRONT[spec.language]), FRONT[spec.language])]
    sections += [(slug(p.section), p.section) for p in spec.pages if p.section]
    sections = list(dict.fromkeys(sections))
    publication = {
        "id": spec.publication,
        "title": spec.title,
        "language": spec.language,
        "homepage": f"https://{spec.publication}.example/",
    }
    (source / "publication.json").write_text(json.dumps(publication, indent=2) + "\n", "utf-8")
    edition = {
        "date": spec.date,
        "title": f"{spec.title} — {spec.dateline}",
        "revision": 1,
        "sections": [{"id": i, "title": t} for i, t in sections],
    }
    (source / "edition.json").write_text(
        json.dumps(edition, indent=2, ensure_ascii=False) + "\n", "utf-8"
    )
    (source / "pages" / f"{spec.publication}-{spec.date}.pdf").write_bytes(pdf)
    for story in spec.not_in_print:
        story.printed = list(story.paragraphs)
        truth["articles"][story.id] = {
            "title": story.title,
            "authors": story.authors,
            "standfirst": story.standfirst,
            "caption": "",
            "regions": [],
        }
    for number, story in enumerate([*stories, *spec.not_in_print], start=1):
        body = list(story.printed)
        if story.picture is not None:
            name = f"images/{story.id}.png"
            (source / name).write_bytes(png(picture_image(story.picture, 480, 288)))
            body.insert(min(1, len(body)), f"![{story.caption}]({name})")
        meta = {
            "section": slug(story.section),
            "title": story.title,
            "standfirst": story.standfirst,
            "authors": ", ".join(story.authors),
            "published": f"{spec.date}T06:00:00+01:00",
        }
        head = "".join(f"{k}: {v}\n" for k, v in meta.items() if v)
        text = f"---\n{head}---\n" + "\n\n".join(body) + "\n"
        (source / "articles" / f"{number:02d}-{story.id}.md").write_text(text, "utf-8")
        entry = truth["articles"][story.id]
        entry["section"] = slug(story.section)
        entry["body"] = "\n\n".join(story.printed)
        entry["printed"] = bool(entry["regions"])
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), "utf-8")
    return truth
