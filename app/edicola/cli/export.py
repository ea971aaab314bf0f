"""``edicola export``: editions of the library as EPUB 3, for e-readers (issue 26).

One edition to a file (``-o FILE.epub``), into a folder (``--to DIR``) or onto
the mounted e-reader (``--device``); without an edition id, every edition of
the followed publications that the folder does not hold yet (or holds in an
older revision), which is what the reader's export folder setting does after
each import. The library is only read.
"""

from __future__ import annotations

from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import human_size, plural
from edicola.core.epub.content import EpubEdition
from edicola.core.epub.devices import Device, find_devices
from edicola.core.epub.folder import FolderExport, export_new
from edicola.core.epub.from_library import UnknownEdition, edition_from_library
from edicola.core.epub.writer import ExportError, write_epub


def _load(ctx: CliContext, edition_id: str) -> EpubEdition:
    from edicola.store.pages import PageStore

    library = ctx.library
    return edition_from_library(library.editions, PageStore(library.db), edition_id)


def _device() -> Device:
    """The one mounted e-reader that opens EPUB; a one-line error otherwise."""
    devices = find_devices()
    usable = [d for d in devices if d.reads_epub]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        kindles = [d for d in devices if not d.reads_epub]
        if kindles:
            raise click.ClickException(
                f"{kindles[0].name}: a Kindle does not open EPUB files copied over USB; "
                "send the EPUB with Amazon's Send to Kindle, or export with --to DIR"
            )
        raise click.ClickException(
            "no e-reader is mounted (Kobo, PocketBook, tolino); plug it in, or use --to DIR"
        )
    names = ", ".join(f"{d.name} at {d.mount}" for d in usable)
    raise click.ClickException(f"several e-readers are mounted ({names}): choose one with --to")


def _followed(ctx: CliContext, publications: tuple[str, ...]) -> list[tuple[str, int]]:
    """(edition id, revision) of every edition of the chosen or followed publications."""
    from edicola.store.follows import followed_publications

    library = ctx.library
    chosen = set(publications) or followed_publications(library.db, ctx.library_dir)
    if not chosen:
        raise click.ClickException(
            "no followed publications: follow one in the Newsstand, or name it with --publication"
        )
    editions = [e for e in library.editions.editions(counted=False) if e.publication_id in chosen]
    return sorted((e.id, e.revision) for e in editions)


def _report(result: FolderExport, folder: Path) -> None:
    for path in result.written:
        click.echo(f"exported {path} ({human_size(path.stat().st_size)})")
    if result.current:
        click.echo(f"{plural(len(result.current), 'edition')} already in {folder}")
    for line in result.failed:
        click.echo(f"error: {line}", err=True)
    if result.failed:
        raise click.ClickException(
            f"{plural(len(result.failed), 'edition')} could not be exported to {folder}"
        )


@click.command(name="export")
@click.argument("edition_id", required=False)
@click.option("--epub", "as_epub", is_flag=True, help="As EPUB 3 (the format e-readers read).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The EPUB file to write (with EDITION_ID).",
)
@click.option(
    "--to",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder: EDITION_ID, or every edition of the followed publications it lacks.",
)
@click.option(
    "--device", is_flag=True, help="Onto the mounted e-reader (Kobo, PocketBook, tolino)."
)
@click.option(
    "--publication",
    "publications",
    multiple=True,
    metavar="ID",
    help="Without EDITION_ID: this publication's editions instead of the followed ones.",
)
@pass_context
def export(
    ctx: CliContext,
    edition_id: str | None,
    as_epub: bool,
    output: Path | None,
    folder: Path | None,
    device: bool,
    publications: tuple[str, ...],
) -> None:
    """Export EDITION_ID (or the followed publications' new editions) as EPUB."""
    if not as_epub:
        raise click.UsageError("choose the format: --epub (the only one for now)")
    if [output is not None, folder is not None, device].count(True) != 1:
        raise click.UsageError("give one destination: -o FILE.epub, --to DIR or --device")
    if output is not None and edition_id is None:
        raise click.UsageError("-o needs an EDITION_ID (use --to DIR for several editions)")
    if edition_id is not None and publications:
        raise click.UsageError("--publication goes with --to or --device, without EDITION_ID")
    try:
        if output is not None:
            assert edition_id is not None
            edition = _load(ctx, edition_id)
            size = write_epub(edition, output)
            articles = plural(len(edition.articles), "article")
            click.echo(f"exported {output} ({articles}, {human_size(size)})")
            return
        if device:
            target = _device()
            folder = target.folder
            click.echo(f"sending to {target.name}, {folder}")
        assert folder is not None
        if edition_id is not None:
            found = ctx.library.editions.edition(edition_id)
            if found is None:
                raise UnknownEdition(f"no edition {edition_id!r} in the library")
            editions = [(edition_id, found.revision)]
        else:
            editions = _followed(ctx, publications)
        result = export_new(folder, editions, lambda eid: _load(ctx, eid))
    except (UnknownEdition, ExportError) as exc:
        raise click.ClickException(str(exc)) from exc
    _report(result, folder)


COMMANDS = [export]
