"""Highlights as a Readwise CSV upload (readwise.io/import_bulk).

Readwise's columns are Highlight, Title, Author, URL, Note, Location and Date;
only Highlight is required. Location is the highlight's offset in the article
text, so Readwise keeps an article's highlights in reading order; Date is
``YYYY-MM-DD HH:MM:SS`` in UTC. Bookmarks are places, not passages: Readwise
has nothing to hold them, so they are left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime

from edicola.core.annotations.marks import HIGHLIGHT, Mark

COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")


def readwise_csv(marks: Sequence[Mark]) -> str:
    """The highlights among ``marks`` as CSV text (with a header row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for mark in marks:
        if mark.kind != HIGHLIGHT or not mark.quote:
            continue
        writer.writerow(
            (
                mark.quote,
                mark.title,
                ", ".join(mark.authors) or mark.publication_title,
                mark.url,
                mark.note,
                mark.anchor.start if mark.anchor else "",
                _date(mark.created),
            )
        )
    return out.getvalue()


def _date(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
