"""``edicola search``, ``reindex`` and ``bookmarks``: the library's finding aids.

``search`` goes through the same :class:`SearchIndex` path as the app, so its
results and their order are the app's. Snippets print with highlighted words
in ``[brackets]``; ``--json`` gives each snippet as ``[text, highlighted]`` runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from edicola.cli.context import CliContext, pass_context
from edicola.quick_search import open_for_search
from edicola.store.search_index import SearchIndex

if TYPE_CHECKING:
    from sqlite_utils import Database


def _search_index(ctx: CliContext) -> SearchIndex:
    """The library's search index alone, opened for reading.

    Opening the whole :class:`~edicola.store.library.Library` would import
    every store (the bundle validator, catalogs, comments, print pages).
    """
    db: Any = open_for_search(ctx.library_dir)
    if db is None:
        from edicola.store.database import LibraryError, open_library

        try:
            db = open_library(
                ctx.library_dir, write=False, create=not ctx.chosen, on_wait=ctx._say_waiting
            )
        except LibraryError as exc:
            raise click.ClickException(str(exc)) from exc
    click.get_current_context().call_on_close(db.close)
    return SearchIndex(cast("Database", db))


@click.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of result objects.")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True)
@pass_context
def search(ctx: CliContext, query: str, as_json: bool, limit: int) -> None:
    """Search the library (syntax: see docs/search.md or the app's help)."""
    results = _search_index(ctx).search(query, limit=limit)
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
        from edicola.core.annotations.marks import bookmark_id

        entries = [{"id": bookmark_id(b.article_id), **b.to_json()} for b in found]
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
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
    from edicola.store.bookmarks import MAX_FILE_CHARS, BookmarkError

    try:
        if source.stat().st_size > 4 * MAX_FILE_CHARS:  # UTF-8: at most 4 bytes a character
            raise click.ClickException(f"{source}: larger than a bookmarks file may be")
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


@bookmarks.command(name="add")
@click.argument("article_id")
@click.option("--note", default="", help="A note to keep with the bookmark.")
@pass_context
def add_bookmark(ctx: CliContext, article_id: str, note: str) -> None:
    """Bookmark ARTICLE_ID (see 'edicola articles EDITION_ID'); again updates the note."""
    if ctx.library.editions.article(article_id) is None:
        raise click.ClickException(f"no article {article_id!r} in the library (see 'edicola list')")
    existed = ctx.library.bookmarks.contains(article_id)
    ctx.library.bookmarks.add(article_id, note)
    click.echo(f"{'updated' if existed else 'bookmarked'} {article_id}")


@bookmarks.command(name="remove")
@click.argument("bookmark")
@pass_context
def remove_bookmark(ctx: CliContext, bookmark: str) -> None:
    """Remove a bookmark, given by its id ('bookmarks list --json') or its article's id."""
    from edicola.core.annotations.marks import bookmark_id

    store = ctx.library.bookmarks
    article_id = bookmark if store.contains(bookmark) else None
    for entry in store.list() if article_id is None else ():
        if bookmark_id(entry.article_id) == bookmark:
            article_id = entry.article_id
    if article_id is None or not store.remove(article_id):
        raise click.ClickException(f"no bookmark {bookmark!r} (see 'edicola bookmarks list')")
    click.echo(f"removed the bookmark of {article_id}")


COMMANDS: list[click.Command] = [search, reindex, bookmarks]
