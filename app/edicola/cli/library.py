"""Librarian commands: build, validate, import, list, show, remove."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.plain_text import html_to_text
from edicola.cli.wording import human_size, plural
from edicola.core.bundle.check import check_edition
from edicola.core.bundle.edition_source import SourceError, build_edition, find_sources
from edicola.core.bundle.edition_text import load_source
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import validate_bundle
from edicola.core.model import body_html

_existing_file = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command()
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "output_text", type=click.Path(), help="Bundle file or folder/.")
@click.option("--all", "build_all", is_flag=True, help="Build every edition source under SOURCE.")
def build(source: Path, output_text: str | None, build_all: bool) -> None:
    """Build an edition source folder into a bundle (reproducibly).

    SOURCE is a folder holding edition.json (``.`` inside one). The bundle is
    written to the current folder, or to -o FILE, or into -o FOLDER/ (made if
    needed). With --all, every edition source under SOURCE goes to ./build/
    (or -o FOLDER).
    """
    source = source.resolve()
    output = Path(output_text) if output_text else None
    if not build_all and not (source / "edition.json").is_file():
        found = find_sources(source)
        hint = (
            f"; it holds {plural(len(found), 'edition source')}: build them with "
            f"'edicola build {source} --all'"
            if found
            else " (see docs/bundle-format.md)"
        )
        raise click.ClickException(f"{source}: no edition.json here{hint}")
    if output is not None and not build_all and str(output_text).endswith(("/", os.sep)):
        output.mkdir(parents=True, exist_ok=True)  # "-o DIR/" means into that folder
    sources = find_sources(source) if build_all else [source]
    if build_all:
        if not sources:
            raise click.ClickException(f"no edition sources (edition.json) under {source}")
        output = output or Path("build")
        output.mkdir(parents=True, exist_ok=True)
    failed = 0
    for folder in sources:
        notes: list[str] = []  # e.g. "regions: 6 of 7 articles found on 2 pages"
        try:
            built = build_edition(folder, output, notes)
        except SourceError as exc:
            failed += 1
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            continue
        size = human_size(built.path.stat().st_size)
        articles = plural(built.articles, "article")
        click.echo(f"built {built.path} ({articles}, {size}, sha256 {built.sha256[:12]}…)")
        for note in notes:
            click.echo(note)
        for finding in check_edition(load_source(folder)):  # the checks of 'edicola check'
            click.echo(f"warning: {finding}", err=True)
    if failed:
        raise click.ClickException(f"{plural(failed, 'edition source')} could not be built")


@click.command()
@click.argument("bundles", nargs=-1, required=True, type=_existing_file)
@click.option(
    "--key",
    "keys",
    multiple=True,
    type=_existing_file,
    help="minisign public key to verify BUNDLE.minisig against (repeatable).",
)
def validate(bundles: tuple[Path, ...], keys: tuple[Path, ...]) -> None:
    """Check bundles: schema, checksums, references, unsafe entries, signatures."""
    from edicola.cli.signatures import check_signature

    bad = 0
    for path in bundles:
        # A problem of the zip itself already names the bundle: say it once.
        problems = [
            str(p) if p.file == path.name else f"{path.name}: {p}" for p in validate_bundle(path)
        ]
        if keys:
            problems += [f"{path.name}: {why}" for why in check_signature(path, keys)]
        for problem in problems:
            click.echo(problem, err=True)
        if problems:
            bad += 1
        else:
            click.echo(f"{path.name}: ok")
    if bad:
        raise SystemExit(1)


@click.command(name="import")
@click.argument("bundles", nargs=-1, type=_existing_file)
@click.option(
    "--accept-new-publisher",
    is_flag=True,
    help="Let these bundles replace a publication another source (a catalog) brought.",
)
@click.option("--samples", is_flag=True, help="Import the sample editions Edicola ships.")
@pass_context
def import_(
    ctx: CliContext, bundles: tuple[Path, ...], accept_new_publisher: bool, samples: bool
) -> None:
    """Import bundles into the library, each in one transaction."""
    if not bundles and not samples:
        raise click.UsageError("give bundle files to import, or --samples")
    if samples:
        import tempfile

        from edicola.core.bundle.samples import build_samples

        with tempfile.TemporaryDirectory(prefix="edicola-samples-") as folder:
            _import_bundles(ctx, (*build_samples(Path(folder)), *bundles), accept_new_publisher)
        return
    _import_bundles(ctx, bundles, accept_new_publisher)


def _import_bundles(ctx: CliContext, bundles: tuple[Path, ...], accept_new_publisher: bool) -> None:
    from edicola.store.editions import PublisherConflict

    store = ctx.library.editions
    failed = 0
    for path in bundles:
        started = time.perf_counter()
        label = f"{path.name}: "
        try:
            if sys.stderr.isatty():
                with click.progressbar(length=1, label=label, file=sys.stderr) as bar:
                    result = store.import_bundle(
                        path, _advance(bar), accept_new_publisher=accept_new_publisher
                    )
            else:  # no bar (and no bare "FILE:" lines) when stderr is a file or a pipe
                result = store.import_bundle(path, accept_new_publisher=accept_new_publisher)
        except BundleError as exc:
            failed += 1
            hint = " (--accept-new-publisher)" if isinstance(exc, PublisherConflict) else ""
            click.echo(f"error: {exc}{hint}", err=True)
            continue
        elapsed = time.perf_counter() - started
        click.echo(f"{result.describe()} in {elapsed:.2f} s")
    if failed:
        raise SystemExit(1)


def _advance(bar: Any) -> Callable[[int, int], None]:
    """Adapt the store's (done, total) progress to a click progress bar."""

    def progress(done: int, total: int) -> None:
        bar.length = total
        bar.update(done - bar.pos)

    return progress


@click.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def list_(ctx: CliContext, as_json: bool) -> None:
    """List the editions in the library, newest first."""
    editions = ctx.library.editions.editions()
    if as_json:
        click.echo(
            json.dumps([dataclasses.asdict(e) for e in editions], ensure_ascii=False, indent=2)
        )
        return
    if not editions:
        click.echo("The library is empty. Import a bundle with 'edicola import FILE'.")
    for e in editions:
        articles = plural(e.article_count, "article")
        click.echo(f"{e.date}  {e.id:<36} r{e.revision}  {articles:>12}  {e.title}")


@click.command()
@click.argument("edition_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def articles(ctx: CliContext, edition_id: str, as_json: bool) -> None:
    """List an edition's articles in reading order: id, section, title."""
    store = ctx.library.editions
    if store.edition(edition_id) is None:
        raise click.ClickException(f"no edition {edition_id!r} in the library (see 'edicola list')")
    sections = {s.id: s.title for s in store.sections(edition_id)}
    rows = [(a, sections.get(a.section_id, a.section_id)) for a in store.articles(edition_id)]
    if as_json:
        data = [
            {"id": a.id, "section": section, "title": a.title, "authors": list(a.authors)}
            for a, section in rows
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    width = max((len(a.id) for a, _ in rows), default=0)
    section_width = max((len(section) for _, section in rows), default=0)
    for a, section in rows:
        click.echo(f"{a.id:<{width}}  {section:<{section_width}}  {a.title}")


@click.command()
@click.argument("article_id")
@click.option("--markdown", "fmt", flag_value="markdown", help="The article's Markdown source.")
@click.option("--html", "fmt", flag_value="html", help="The sanitised HTML the reader shows.")
@click.option("--json", "fmt", flag_value="json", help="The article's metadata as JSON.")
@pass_context
def show(ctx: CliContext, article_id: str, fmt: str | None) -> None:
    """Print an article to read: title, standfirst, byline, then the body wrapped to
    the terminal. --markdown, --html and --json print its source, HTML or metadata."""
    article = ctx.library.editions.article(article_id)
    if article is None:
        raise click.ClickException(f"no article {article_id!r} in the library (see 'edicola list')")
    if fmt == "json":
        data = dataclasses.asdict(article)
        data.pop("markdown")
        data.pop("html")
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(body_html(article))
    elif fmt == "markdown":
        click.echo(article.markdown.strip())
    else:
        width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 2
        click.echo(textwrap.fill(article.title, width))
        if article.standfirst:
            click.echo()
            click.echo(textwrap.fill(article.standfirst, width))
        click.echo()
        if article.authors:
            click.echo(_byline(article.authors))
        click.echo(
            f"{article.publication_title} · {article.edition_date} · {article.section_title}"
        )
        click.echo()
        click.echo(html_to_text(body_html(article), width))


def _byline(authors: tuple[str, ...]) -> str:
    """ "By A", "By A and B", "By A, B and C", as the reader words it."""
    names = authors[0] if len(authors) == 1 else f"{', '.join(authors[:-1])} and {authors[-1]}"
    return f"By {names}"


@click.command()
@click.argument("edition_id")
@pass_context
def remove(ctx: CliContext, edition_id: str) -> None:
    """Delete an edition from the library (bookmarks and comments are kept)."""
    if not ctx.library.editions.delete_edition(edition_id):
        raise click.ClickException(f"no edition {edition_id!r} in the library")
    click.echo(f"removed {edition_id}")


COMMANDS: list[click.Command] = [build, validate, import_, list_, articles, show, remove]
