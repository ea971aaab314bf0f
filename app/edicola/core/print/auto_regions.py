"""Regions for an edition source that has its print PDFs and nothing else.

``edicola build`` takes regions from ``pages/pages.json`` when there is one,
else from the PDFs' ``edicola:article/`` link annotations. When a source has
neither — what every layout program exports — the regions are found from the
pages' text (``regions.py``) and ``build`` says what it placed; ``edicola
check`` warns about each article it could not place. The two hooks here keep
that logic out of the bundle code (``edition_source.py``, ``edition_text.py``).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from edicola.core.print.pages import PAGES_DIR, PAGES_JSON
from edicola.core.print.pdf_types import PdfError
from edicola.core.print.regions import Placement, PrintedArticle, place_articles
from edicola.core.print.text_layer import read_text_layers
from edicola.core.print.text_types import PageText

_READ: OrderedDict[str, list[PageText]] = OrderedDict()
"""The last PDFs read (by digest): a build reads the same pages for its regions and
for its checks; keeping four saves reading them twice."""
_KEEP = 4


def place_source_regions(
    source: Path,
    pages: list[dict[str, Any]],
    page_files: dict[str, bytes],
    entries: Sequence[dict[str, Any]],
    files: dict[str, bytes],
) -> list[str]:
    """Fill the manifest ``pages``' regions from the text when the source gives none;
    the lines ``build`` reports ("regions: 6 of 7 articles found on 2 pages; …")."""
    articles = [
        PrintedArticle(
            str(e["id"]),
            str(e["title"]),
            str(e.get("standfirst", "")),
            tuple(e.get("authors", ())),
            files.get(str(e.get("file")), b"").decode("utf-8", "replace"),
        )
        for e in entries
    ]
    placement = _placement(source, pages, page_files, articles)
    if placement is None:
        return []
    for region in placement.regions:
        pages[region.page]["regions"].append({"article": region.article, "rect": list(region.rect)})
    return [placement.summary(), *placement.notes]


def unplaced_in_print(
    source: Path,
    pages: list[dict[str, Any]],
    page_files: dict[str, bytes],
    articles: Sequence[Any],
) -> list[tuple[str, str]]:
    """(where, message) for each article found on no page, when regions come from the
    text. ``articles`` are the checks' ``ArticleText`` (id ``edition/slug``)."""
    printed = [
        PrintedArticle(
            str(a.id).rpartition("/")[2], a.title, a.standfirst, tuple(a.authors), a.body
        )
        for a in articles
    ]
    placement = _placement(source, pages, page_files, printed)
    if placement is None:
        return []
    where = {p.id: a.file or a.id for p, a in zip(printed, articles, strict=True)}
    return [
        (
            where[article],
            f"'{article}' was not found on the printed pages, so it has no region "
            "(add it to pages/pages.json if it is in print)",
        )
        for article in placement.not_in_print
    ]


def _placement(
    source: Path,
    pages: list[dict[str, Any]],
    page_files: dict[str, bytes],
    articles: list[PrintedArticle],
) -> Placement | None:
    """Where the articles are, or None when the source says so itself (or has no pages)."""
    if not pages or (source / PAGES_DIR / PAGES_JSON).exists():
        return None
    if any(page.get("regions") for page in pages):
        return None  # link annotations gave regions: they win
    texts: list[PageText] = []
    notes: list[str] = []
    for number, page in enumerate(pages):
        read = _read(str(page["file"]), page_files.get(str(page["file"]), b""), notes)
        index = int(page.get("index", 0))
        if read is not None and index < len(read):
            texts.append(replace(read[index], index=number))
        else:
            texts.append(PageText(number, 0, 0, "", (), (), (), (), 0, "could not be read"))
    placement = place_articles(texts, articles)
    return replace(placement, notes=tuple(notes) + placement.notes)


def _read(name: str, data: bytes, notes: list[str]) -> list[PageText] | None:
    key = hashlib.sha256(data).hexdigest()
    found = _READ.get(key)
    if found is None:
        try:
            found = read_text_layers(data, name)
        except PdfError as exc:
            notes.append(f"{name}: its text could not be read ({exc})")
            return None
        _READ[key] = found
        while len(_READ) > _KEEP:
            _READ.popitem(last=False)
    return found
