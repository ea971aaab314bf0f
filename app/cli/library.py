"""Librarian commands: build, validate, import, list, show, remove."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from edicola.cli.context import CliContext, pass_context
from edicola.core.bundle import BundleError, validate_bundle
from edicola.core.edition_source import SourceError, build_edition, find_sources

_existing_file = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command()
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Bundle file or folder.")
@click.option("--all", "build_all", is_flag=True, help="Build every edition source under SOURCE.")
def build(source: Path, output: Path | None, build_all: bool) -> None:
    """Build an edition source folder into a bundle (reproducibly)."""
    sources = find_sources(source) if build_all else [source]
    if build_all:
        if not sources:
            raise click.ClickException(f"no edition sources (edition.json) under {source}")
        output = output or Path("build")
        output.mkdir(parents=True, exist_ok=True)
    failed = 0
    for folder in sources:
        try:
            built = build_edition(folder, output)
        except SourceError as exc:
            failed += 1
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            continue
        click.echo(f"built {built.path} ({built.articles} articles, sha256 {built.sha256[:12]}…)")
    if failed:
        raise click.ClickException(f"{failed} edition source(s) could not be built")


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
        problems = [str(p) for p in validate_bundle(path)]
        if keys:
            problems += check_signature(path, keys)
        for problem in problems:
            click.echo(f"{path.name}: {problem}", err=True)
        if problems:
            bad += 1
        else:
            click.echo(f"{path.name}: ok")
    if bad:
        raise SystemExit(1)


@click.command(name="import")
@click.argument("bundles", nargs=-1, required=True, type=_existing_file)
@pass_context
def import_(ctx: CliContext, bundles: tuple[Path, ...]) -> None:
    """Import bundles into the library, each in one transaction."""
    store = ctx.library.editions
    failed = 0
    for path in bundles:
        started = time.perf_counter()
        label = f"{path.name}: "
        try:
            with click.progressbar(length=1, label=label, file=sys.stderr) as bar:
                result = store.import_bundle(path, _advance(bar))
        except BundleError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
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
        click.echo(f"{e.date}  {e.id:<36} r{e.revision}  {e.article_count:>3} articles  {e.title}")


@click.command()
@click.argument("article_id")
@click.option("--html", "fmt", flag_value="html", help="The sanitised HTML the reader shows.")
@click.option("--json", "fmt", flag_value="json", help="The article's metadata as JSON.")
@pass_context
def show(ctx: CliContext, article_id: str, fmt: str | None) -> None:
    """Print an article as the reader renders it, or its metadata."""
    article = ctx.library.editions.article(article_id)
    if article is None:
        raise click.ClickException(f"no article {article_id!r} in the library (see 'edicola list')")
    if fmt == "json":
        data = dataclasses.asdict(article)
        data.pop("markdown")
        data.pop("html")
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(article.html)
    else:
        click.echo(article.title)
        click.echo(
            f"{article.publication_title} · {article.edition_date} · {article.section_title}"
        )
        if article.authors:
            click.echo(", ".join(article.authors))
        click.echo()
        click.echo(article.markdown.strip())


@click.command()
@click.argument("edition_id")
@pass_context
def remove(ctx: CliContext, edition_id: str) -> None:
    """Delete an edition from the library (bookmarks and comments are kept)."""
    if not ctx.library.editions.delete_edition(edition_id):
        raise click.ClickException(f"no edition {edition_id!r} in the library")
    click.echo(f"removed {edition_id}")


COMMANDS: list[click.Command] = [build, validate, import_, list_, show, remove]
