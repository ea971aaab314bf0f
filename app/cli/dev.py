"""``edicola dev``: commands for developers and testers (demo newsstand, synthetic data)."""

from __future__ import annotations

from pathlib import Path

import click

from app.core.bundle import BundleError
from app.core.edition_source import SourceError, build_edition, find_sources
from app.paths import EDITIONS
from app.store.library import Library


@click.group()
def dev() -> None:
    """Developer and tester tools."""


@dev.command()
@click.option(
    "--to",
    "target",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the demo (bundles, catalog, library).",
)
@click.option(
    "--editions",
    "source",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=EDITIONS,
    show_default=True,
    help="Edition sources to build.",
)
def demo(target: Path, source: Path) -> None:
    """Build the sample editions into a ready-to-read demo library."""
    bundles = target / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    built = []
    for folder in find_sources(source):
        try:
            built.append(build_edition(folder, bundles).path)
        except SourceError as exc:
            raise click.ClickException(f"cannot build the sample edition {folder}:\n{exc}") from exc
    library = Library.open(target / "library")
    try:
        for path in built:
            try:
                result = library.editions.import_bundle(path)
            except BundleError as exc:
                raise click.ClickException(str(exc)) from exc
            click.echo(result.describe())
    finally:
        library.close()
    click.echo(f"demo ready in {target} ({len(built)} editions)")


@dev.command(name="run-demo")
@click.option("--demo", "target", type=click.Path(file_okay=False, path_type=Path), required=True)
def run_demo(target: Path) -> None:
    """Open the reader on the demo library."""
    from app.ui.application import run_reader

    raise SystemExit(run_reader(target / "library"))


@dev.command()
@click.option(
    "--articles",
    type=click.IntRange(1, 2_000_000),
    required=True,
    help="How many articles (about 83 per edition).",
)
@click.option(
    "--to",
    "target",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Library folder to fill (created if needed).",
)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option(
    "--words",
    type=click.IntRange(50, 5000),
    default=600,
    show_default=True,
    help="Average words per article.",
)
def synth(articles: int, target: Path, seed: int, words: int) -> None:
    """Fill a library with synthetic Italian/English editions (search benchmark)."""
    import sys

    from app.paths import ROOT
    from app.store.search_index import SearchIndex

    if str(ROOT) not in sys.path:  # bench/ ships with the source tree, not the package
        sys.path.insert(0, str(ROOT))
    from bench.synth import open_target, synthesize

    db = open_target(target)
    try:
        if db.execute("SELECT count(*) FROM editions").fetchone()[0]:
            raise click.ClickException(f"{target} already holds editions: use an empty folder")
        editions = max(1, round(articles / 83))
        with click.progressbar(length=editions, label="Writing editions") as bar:
            made = synthesize(db, articles, seed=seed, words=words, progress=bar.update)
        index = SearchIndex(db)
        with click.progressbar(length=made, label="Indexing") as bar:
            count = index.reindex(progress=bar.update)
    finally:
        db.close()
    click.echo(f"{count} articles in {made} editions written to {target}")


COMMANDS: list[click.Command] = [dev]
