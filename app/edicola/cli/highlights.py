"""``edicola highlights``: passages marked in articles, their notes, exports and import.

Highlights anchor by quote (docs/reader.md, *Highlights and notes*): ``add``
finds the quote in the article's text with quotes, apostrophes and whitespace
folded, so ``'`` finds ``’``. The exports hold bookmarks too (they are one
family), except Readwise's CSV, which has no place for a place.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import plural
from edicola.core.annotations.marks import COLORS, HIGHLIGHT, ORPHANED, Mark

FORMATS = ("markdown", "web-annotation", "readwise-csv")


@click.group()
def highlights() -> None:
    """Highlight passages, note them, export and import them."""


@highlights.command(name="add")
@click.argument("article_id")
@click.option("--quote", required=True, help="The passage, as it reads in the article.")
@click.option("--note", default="", help="A note to keep with the highlight.")
@click.option("--color", type=click.Choice(COLORS), default=COLORS[0], show_default=True)
@pass_context
def add_highlight(ctx: CliContext, article_id: str, quote: str, note: str, color: str) -> None:
    """Highlight QUOTE in ARTICLE_ID (see 'edicola articles EDITION_ID'); prints its id."""
    from edicola.store.highlights import HighlightError

    try:
        made = ctx.library.highlights.add(article_id, quote=quote, note=note, color=color)
    except HighlightError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(made.id)


@highlights.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--article", "article_id", default=None, help="Only this article's highlights.")
@click.option(
    "--filter",
    "text",
    default="",
    help="Only highlights whose quote, note or title has these words.",
)
@pass_context
def list_highlights(ctx: CliContext, as_json: bool, article_id: str | None, text: str) -> None:
    """Highlights, newest first (orphaned ones too: their passage left a new revision)."""
    found = ctx.library.marks.marks(kinds=[HIGHLIGHT], article_id=article_id, text=text)
    if as_json:
        click.echo(json.dumps([m.to_json() for m in found], ensure_ascii=False, indent=2))
        return
    for mark in found:
        click.echo(_describe(mark))


def _describe(mark: Mark) -> str:
    where = " — ".join(p for p in (mark.title, mark.publication_title, mark.edition_date) if p)
    quote = " ".join(mark.quote.split())
    lines = [
        f"{mark.id}  {mark.created[:10]}  {mark.color}  {where}",
        f"    “{quote[:117] + '…' if len(quote) > 118 else quote}”",
    ]
    if mark.state == ORPHANED:
        lines.append("    (not found in this revision)")
    if mark.note:
        lines.append(f"    note: {' '.join(mark.note.split())}")
    return "\n".join(lines)


@highlights.command(name="edit")
@click.argument("highlight_id")
@click.option("--note", default=None, help="The new note ('' removes it).")
@click.option("--color", type=click.Choice(COLORS), default=None)
@pass_context
def edit_highlight(ctx: CliContext, highlight_id: str, note: str | None, color: str | None) -> None:
    """Change a highlight's note or colour."""
    from edicola.store.highlights import HighlightError

    try:
        ctx.library.highlights.edit(highlight_id, note=note, color=color)
    except HighlightError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"edited {highlight_id}")


@highlights.command(name="remove")
@click.argument("highlight_id")
@pass_context
def remove_highlight(ctx: CliContext, highlight_id: str) -> None:
    """Delete a highlight and its note."""
    if ctx.library.highlights.remove(highlight_id) is None:
        raise click.ClickException(f"no highlight {highlight_id!r} (see 'edicola highlights list')")
    click.echo(f"removed {highlight_id}")


@highlights.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="A folder for markdown (one file per edition), a file otherwise.",
)
@pass_context
def export_highlights(ctx: CliContext, fmt: str, output: Path) -> None:
    """Write highlights and bookmarks as Obsidian Markdown, Web Annotation JSON-LD or
    Readwise CSV."""
    marks = ctx.library.marks.marks(order="edition")
    try:
        if fmt == "markdown":
            count = _write_markdown(ctx, marks, output)
        else:
            count = _write_file(marks, fmt, output)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"exported {plural(count, 'mark')} to {output}")


def _write_markdown(ctx: CliContext, marks: list[Mark], folder: Path) -> int:
    from edicola.core.annotations.markdown_export import markdown_files

    if folder.exists() and not folder.is_dir():
        raise click.ClickException(
            f"{folder} is a file; markdown needs a folder (one file per edition)"
        )
    files = markdown_files(marks, ctx.library.marks.edition_infos(m.edition_id for m in marks))
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return len(marks)


def _write_file(marks: list[Mark], fmt: str, output: Path) -> int:
    if output.is_dir():
        raise click.ClickException(f"{output} is a folder; {fmt} is written to a file")
    if fmt == "web-annotation":
        from edicola.core.annotations.web_annotation import collection

        text = collection(marks)
    else:
        from edicola.core.annotations.readwise import readwise_csv

        marks = [m for m in marks if m.kind == HIGHLIGHT]
        text = readwise_csv(marks)
    output.write_text(text, encoding="utf-8", newline="")
    return len(marks)


@highlights.command(name="import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_context
def import_highlights(ctx: CliContext, source: Path) -> None:
    """Merge a Web Annotation file (an Edicola export; running twice is harmless)."""
    from edicola.store.highlights import HighlightError

    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {source}: {exc}") from exc
    try:
        result = ctx.library.highlights.import_web_annotations(text, source=str(source))
    except HighlightError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.describe())


COMMANDS: list[click.Command] = [highlights]
