"""``edicola search``, ``reindex`` and ``bookmarks``: the library's finding aids.

``search`` goes through the same :class:`SearchIndex` path as the app, so its
results and their order are the app's. Snippets print with highlighted words
in ``[brackets]``; ``--json`` gives each snippet as ``[text, highlighted]`` runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.store.bookmarks import BookmarkError


@click.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of result objects.")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True)
@pass_context
def search(ctx: CliContext, query: str, as_json: bool, limit: int) -> None:
    """Search the library (syntax: see docs/search.md or the app's help)."""
    results = ctx.library.search.search(query, limit=limit)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("no results", err=True)
        return
    for result in results:
        where = " · ".join(
            p for p in (result.publication_title, result.edition_date, result.section_title) if p
        )
        snippet = "".join(f"[{text}]" if hit else text for text, hit in result.snippet)
        click.echo(f"{result.title}\n  {where} · {result.article_id}\n  {snippet}\n")


@click.command()
@pass_context
def reindex(ctx: CliContext) -> None:
    """Rebuild the search index from the articles in the library."""
    index = ctx.library.search
    with click.progressbar(length=index.edition_count(), label="Indexing editions") as bar:
        count = index.reindex(progress=bar.update)
    click.echo(f"indexed {count} articles")


@click.group()
def bookmarks() -> None:
    """List, export and import bookmarks."""


@bookmarks.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option(
    "--filter",
    "text",
    default="",
    help="Only bookmarks whose title, note or publication contains this text.",
)
@pass_context
def list_bookmarks(ctx: CliContext, as_json: bool, text: str) -> None:
    """Bookmarks, newest first."""
    found = ctx.library.bookmarks.list(text)
    if as_json:
        click.echo(json.dumps([b.to_json() for b in found], ensure_ascii=False, indent=2))
        return
    for b in found:
        state = "" if b.available else "  (unavailable)"
        click.echo(
            f"{b.created_at[:10]}  {b.title} — {b.publication_title}, {b.edition_date}{state}"
        )
        if b.note:
            click.echo(f"    {b.note}")


@bookmarks.command(name="export")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "html"]), default="json", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_context
def export_bookmarks(ctx: CliContext, fmt: str, output: Path) -> None:
    """Write the bookmarks as JSON or Netscape bookmarks HTML (canonical URLs)."""
    store = ctx.library.bookmarks
    text = store.export_json() if fmt == "json" else store.export_html()
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"exported {len(store.list())} bookmarks to {output}")


@bookmarks.command(name="import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_context
def import_bookmarks(ctx: CliContext, source: Path) -> None:
    """Merge bookmarks from a JSON export or Netscape HTML (running twice is harmless)."""
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {source}: {exc}") from exc
    store = ctx.library.bookmarks
    try:
        if text.lstrip().startswith(("{", "[")):
            result = store.import_json(text, source=str(source))
        else:
            result = store.import_html(text, source=str(source))
    except BookmarkError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.describe())


COMMANDS: list[click.Command] = [search, reindex, bookmarks]
