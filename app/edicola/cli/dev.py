"""``edicola dev``: commands for developers and testers (demo newsstand, synthetic data)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Protocol

import click

from edicola.cli.demo_setup import (
    DEMO_HOST,
    DEMO_PORT,
    DemoError,
    DemoFolders,
    catalog_url,
    follow_demo_catalog,
    prepare_demo,
)
from edicola.core.catalog.minisign import PublicKey
from edicola.paths import EDITIONS
from edicola.servers.isso_service import DEMO_PORT as ISSO_PORT
from edicola.servers.isso_service import DemoCommentsServer
from edicola.servers.static_host import StaticHost
from edicola.store.library import Library


@click.group()
def dev() -> None:
    """Developer and tester tools."""


@dev.command()
@click.option(
    "--to",
    "target",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the demo (bundles, keys, signed catalog, library).",
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
    """Build the demo newsstand: a signed catalog of the samples and a library following it."""
    try:
        folders = prepare_demo(target, source, click.echo)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"demo ready in {folders.root}: the library has the oldest edition of each "
        "publication; the newer ones are in the Newsstand (edicola dev run-demo)"
    )


class DemoService(Protocol):
    """Something ``run-demo`` starts before the reader and stops after it."""

    def start(self) -> str:
        """Start; returns a line for the terminal. Raises click.ClickException on failure."""
        ...

    def stop(self) -> None: ...


class CatalogHost:
    """The demo catalog on 127.0.0.1:8765 (or a free port if that one is taken)."""

    def __init__(self, folders: DemoFolders, port: int = DEMO_PORT) -> None:
        self.folders = folders
        self.port = port
        self.host: StaticHost | None = None

    def start(self) -> str:
        try:
            self.host = StaticHost(self.folders.catalog, DEMO_HOST, self.port).start()
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise click.ClickException(f"cannot serve the demo catalog: {exc}") from exc
            click.echo(
                f"port {self.port} is already in use: serving the demo catalog on a free "
                "port instead (the demo library is pointed at it)",
                err=True,
            )
            self.host = StaticHost(self.folders.catalog, DEMO_HOST, 0).start()
        url = catalog_url(self.host.port)
        public_key = PublicKey.load(self.folders.public_key).to_base64()
        library = Library.open(self.folders.library)
        try:
            follow_demo_catalog(library.catalogs, url, public_key)
        finally:
            library.close()
        return f"demo catalog served at {url}"

    def stop(self) -> None:
        if self.host is not None:
            self.host.stop()
            self.host = None


def demo_services(
    folders: DemoFolders, catalog_port: int = DEMO_PORT, comments_port: int = ISSO_PORT
) -> list[DemoService]:
    """Everything the demo runs next to the reader, started in order, stopped in reverse.

    (The catalog on 127.0.0.1:8765, the comments server on 127.0.0.1:8766.)
    """
    return [
        CatalogHost(folders, catalog_port),
        DemoCommentsServer(folders.root / "isso", port=comments_port),
    ]


@dev.command(name="run-demo")
@click.option("--demo", "target", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--catalog-port", type=click.IntRange(0, 65535), default=DEMO_PORT, hidden=True)
@click.option("--comments-port", type=click.IntRange(0, 65535), default=ISSO_PORT, hidden=True)
def run_demo(target: Path, catalog_port: int, comments_port: int) -> None:
    """Serve the demo catalog on 127.0.0.1 and open the reader on the demo library.

    The catalog server is a thread of this process and Isso a child that the
    kernel stops when this process ends, so neither outlives the reader.
    """
    folders = DemoFolders(target)
    if not folders.public_key.exists() or not (folders.catalog / "catalog.json").exists():
        raise click.ClickException(f"{target}: no demo here (run `edicola dev demo --to {target}`)")
    from edicola.ui.shell.application import run_reader
    from edicola.ui.shell.display_check import display_problem
    from edicola.ui.shell.single_instance import hand_over_to_reader, running_reader

    problem = display_problem()
    if problem is not None:  # before any server starts: nothing to clean up
        raise click.ClickException(problem)
    pid = running_reader(folders.library)
    if pid is not None:  # the demo is open: bring it forward, start nothing
        raise SystemExit(hand_over_to_reader(folders.library, None, pid))
    started: list[DemoService] = []
    try:
        for service in demo_services(folders, catalog_port, comments_port):
            click.echo(service.start())
            started.append(service)
        code = run_reader(folders.library)
    finally:
        for service in reversed(started):
            service.stop()
    raise SystemExit(code)


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

    from edicola.paths import SOURCE_ROOT
    from edicola.store.search_index import SearchIndex

    if SOURCE_ROOT is None:
        raise click.ClickException("dev synth needs a source checkout (bench/ is not installed)")
    if str(SOURCE_ROOT) not in sys.path:  # bench/ ships with the source tree, not the package
        sys.path.insert(0, str(SOURCE_ROOT))
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
