"""Writing the marks a view lists in the three formats readers keep notes in.

The same files as ``edicola highlights export``: Obsidian Markdown (a file per
edition, in a folder), W3C Web Annotation JSON-LD and Readwise CSV (which has
no place for a bookmark, so it holds highlights only). Qt-free; the view's
controller asks where and says how it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from edicola.core.annotations.markdown_export import markdown_files
from edicola.core.annotations.marks import HIGHLIGHT
from edicola.core.annotations.readwise import readwise_csv
from edicola.core.annotations.web_annotation import collection
from edicola.store.marks import MarkList

MARKDOWN, WEB_ANNOTATION, READWISE = "markdown", "web-annotation", "readwise-csv"
SUFFIXES = {WEB_ANNOTATION: ".jsonld", READWISE: ".csv"}


def write_marks(marks: MarkList, fmt: str, target: Path, filters: dict[str, Any]) -> int:
    """Write the marks ``filters`` keep (``MarkList``'s) to ``target`` (a folder for
    Markdown, a file otherwise); returns how many. Raises ``OSError``."""
    kept = {k: v for k, v in filters.items() if k != "order"}
    found = marks.marks(order="edition", **kept)
    if fmt == MARKDOWN:
        files = markdown_files(found, marks.edition_infos(m.edition_id for m in found))
        target.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (target / name).write_text(text, encoding="utf-8")
        return len(found)
    if fmt == WEB_ANNOTATION:
        target.write_text(collection(found), encoding="utf-8")
        return len(found)
    highlights = [m for m in found if m.kind == HIGHLIGHT]
    target.write_text(readwise_csv(highlights), encoding="utf-8", newline="")
    return len(highlights)
