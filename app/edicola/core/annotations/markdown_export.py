"""Highlights and bookmarks as Markdown notes, one file per edition (Obsidian-friendly).

Each file opens with YAML front matter (title, publication, date, link, tags)
that Obsidian shows as properties; then each article as a heading linking to
its canonical URL, its quotes as blockquotes with the note under each, and a
block id (``^h-…``) so a note elsewhere can link to one passage. A quote is
the publisher's text, so Markdown in it is escaped; a note is the reader's
own, kept as written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from edicola.core.annotations.marks import BOOKMARK, ORPHANED, Mark

_ESCAPE = re.compile(r"([\\`*_\[\]<>#|~]|==)")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class EditionInfo:
    """What a file says about its edition (from the library, or a mark's snapshot)."""

    id: str
    title: str
    publication_title: str
    date: str
    link: str = ""


def file_name(edition_id: str) -> str:
    """The note's file name: the edition id, made safe for every file system."""
    return (_UNSAFE_NAME.sub("-", edition_id).strip(".-") or "edition") + ".md"


def markdown_files(marks: Sequence[Mark], editions: Mapping[str, EditionInfo]) -> dict[str, str]:
    """File name -> Markdown, for each edition with marks; marks keep the order given."""
    grouped: dict[str, list[Mark]] = {}
    for mark in marks:
        grouped.setdefault(mark.edition_id, []).append(mark)
    files: dict[str, str] = {}
    for edition_id, members in grouped.items():
        first = members[0]
        info = editions.get(edition_id) or EditionInfo(
            edition_id,
            f"{first.publication_title} — {first.edition_date}".strip(" —"),
            first.publication_title,
            first.edition_date,
        )
        files[file_name(edition_id)] = edition_markdown(info, members)
    return files


def edition_markdown(info: EditionInfo, marks: Sequence[Mark]) -> str:
    lines = [
        "---",
        f"title: {_yaml(info.title)}",
        f"publication: {_yaml(info.publication_title)}",
        f"date: {_yaml(info.date)}",
        f"link: {_yaml(info.link)}",
        "tags: [edicola, highlights]",
        "---",
        "",
        f"# {_escape(info.title)}",
    ]
    article = None
    for mark in marks:
        if mark.article_id != article or article is None:
            article = mark.article_id
            lines += ["", _heading(mark)]
            if mark.authors:
                lines.append(f"*{_escape(', '.join(mark.authors))}*")
        lines.append("")
        lines += _mark_lines(mark)
    return "\n".join(lines) + "\n"


def _heading(mark: Mark) -> str:
    title = _escape(mark.title or mark.article_id or "Printed page")
    url = mark.url.replace(" ", "%20").replace(")", "%29")
    return f"## [{title}]({url})" if url else f"## {title}"


def _mark_lines(mark: Mark) -> list[str]:
    if mark.kind == BOOKMARK:
        lines = [f"Bookmarked {mark.created[:10]}. ^{mark.id}"]
    else:
        quote = [f"> {_escape(line)}" if line else ">" for line in mark.quote.splitlines()]
        quote[-1] += f" ^{mark.id}"
        lines = quote
        if mark.state == ORPHANED:
            lines += ["", "*(not found in this revision)*"]
        if mark.page is not None:
            lines += ["", f"*Printed page {mark.page}*"]
    if mark.note:
        lines += ["", mark.note.strip()]
    return lines


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _yaml(value: str) -> str:
    """A YAML scalar: JSON's double-quoted string is valid YAML and escapes everything."""
    return json.dumps(value, ensure_ascii=False)
