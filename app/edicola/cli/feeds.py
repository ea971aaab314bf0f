"""``edicola feeds build`` and ``edicola feeds check``: a daily edition from RSS and Atom feeds.

``build`` prints the bundle's path on stdout (and nothing else there, so a
script can use it), one line per feed on stderr, and exits 0; when nothing is
new it says so on stderr and writes nothing. The incremental state lives in
``OUT_DIR/.edicola-feeds/PUBLICATION/`` (see docs/feeds.md).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import click

from edicola.core.bundle.edition_source import SourceError
from edicola.core.feeds.build import BuildResult, FeedProgress, run_recipe
from edicola.core.feeds.recipe import Recipe, RecipeError, load_recipe

STATE_DIR = ".edicola-feeds"


def state_dir(out_dir: Path, recipe: Recipe) -> Path:
    """Where a publication's feeds state lives: beside its bundles."""
    return out_dir / STATE_DIR / recipe.id


def _recipe(path: Path) -> Recipe:
    try:
        return load_recipe(path)
    except RecipeError as exc:
        raise click.ClickException(str(exc)) from exc


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter("must be YYYY-MM-DD", param_hint="--date") from exc


def _show(event: FeedProgress) -> None:
    if event.state == "failed":
        message = event.message.removeprefix(f"{event.feed_url}: ")
        click.echo(f"error: {event.feed_url}: {message}", err=True)
    elif event.state == "unchanged":
        click.echo(f"{event.feed_url}: unchanged since the last run", err=True)
    elif event.state == "done":
        pages = f", {event.full_text} full text from the page" if event.full_text else ""
        click.echo(f"{event.feed_url}: {event.items} items, {event.new} new{pages}", err=True)
    elif event.state == "full_text" and event.message:
        click.echo(f"warning: {event.message} (the feed's text is used)", err=True)


def nothing_written(result: BuildResult, recipe: Recipe) -> str:
    """Why a run wrote nothing; a first run never speaks of "the last run"."""
    days = f"{recipe.max_age_days} day{'s' if recipe.max_age_days != 1 else ''}"
    items = f"{result.found} item{'s' if result.found != 1 else ''}"
    if result.found and result.too_old == result.found:
        every = "all" if result.found > 1 else "it is"
        return f"{items}, {every} older than {days} (max_age_days)"
    if not result.first_run:
        return f"nothing new since the last run of {recipe.id}"
    if not result.found:
        return "the feeds have no items"
    return f"{items}, none new ({result.too_old} older than {days}, max_age_days)"


@click.group()
def feeds() -> None:
    """Daily editions built from RSS and Atom feeds."""


@feeds.command()
@click.argument(
    "recipe_path", metavar="RECIPE.toml", type=click.Path(dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the bundle (and the .edicola-feeds state).",
)
@click.option(
    "--key",
    "key_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="minisign secret key: sign the bundle (BUNDLE.minisig) and the catalog.",
)
@click.option(
    "--publish",
    "catalog",
    type=click.Path(file_okay=False, path_type=Path),
    help="Publish the edition to this catalog folder.",
)
@click.option("--date", "day_text", metavar="YYYY-MM-DD", help="Edition date (default: today).")
@click.option("--base-url", metavar="URL", help="With --publish: the catalog's public address.")
def build(
    recipe_path: Path,
    out_dir: Path,
    key_path: Path | None,
    catalog: Path | None,
    day_text: str | None,
    base_url: str | None,
) -> None:
    """Build today's edition of RECIPE.toml into OUT_DIR (nothing if nothing is new)."""
    from edicola.cli.newsstand import _check_base_url, _check_signing, _load_key, say_self_links
    from edicola.core.catalog.minisign import MinisignError, sign_file
    from edicola.core.catalog.publisher import PublishError, publish
    from edicola.net.feed_fetch import FeedFetcher

    recipe = _recipe(recipe_path)
    day = _day(day_text)
    key = _load_key(key_path) if key_path else None
    if catalog is not None:
        _check_signing(catalog, key)
        _check_base_url(base_url)
    elif base_url is not None:
        raise click.UsageError("--base-url goes with --publish")
    try:
        result = run_recipe(
            recipe,
            FeedFetcher(recipe.fetch),
            out_dir=out_dir,
            state_dir=state_dir(out_dir, recipe),
            day=day,
            now=datetime.now(UTC),
            progress=_show,
        )
    except SourceError as exc:  # a feed gave something the bundle format refuses
        raise click.ClickException(f"{recipe_path}: {exc.problems[0]}") from exc
    except OSError as exc:
        raise click.ClickException(f"{out_dir}: {exc}") from exc
    if result.all_failed:
        raise click.ClickException(f"{recipe_path}: every feed failed; nothing was built")
    for line in result.left_out:
        click.echo(f"warning: {line}", err=True)
    if result.bundle is None:
        click.echo(f"{nothing_written(result, recipe)}; nothing written", err=True)
        return
    bundle = result.bundle.path
    try:
        if key is not None:
            sign_file(bundle, key)
        if catalog is not None:
            published = publish(
                catalog, [bundle], key=key, now=datetime.now(UTC), base_url=base_url
            )
            click.echo(f"published to {catalog} (catalog version {published.version})", err=True)
            say_self_links(published)
    except (PublishError, MinisignError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{catalog or bundle}: cannot write ({exc})") from exc
    click.echo(
        f"{result.bundle.edition_id} revision {result.bundle.revision}: "
        f"{result.new_articles} new articles",
        err=True,
    )
    click.echo(str(bundle))


@feeds.command()
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
def check(recipe_path: Path) -> None:
    """Fetch every feed of RECIPE and report items, full text and errors (builds nothing)."""
    from edicola.core.feeds.check import check_recipe
    from edicola.net.feed_fetch import FeedFetcher

    recipe = _recipe(recipe_path)
    failed = 0
    for feed in check_recipe(recipe, FeedFetcher(recipe.fetch), datetime.now(UTC)):
        if feed.error:
            failed += 1
            click.echo(f"{feed.url}: error: {feed.error.removeprefix(feed.url + ': ')}")
            continue
        click.echo(
            f"{feed.url}: {len(feed.items)} items, {feed.full_text} with full text in the feed"
            f", {feed.from_page} need the page [{feed.section}]"
        )
        for line in feed.items:
            click.echo(f"  {line}")
    if failed:
        raise SystemExit(1)


COMMANDS: list[click.Command] = [feeds]
