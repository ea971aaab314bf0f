"""``edicola pages``: an edition's print replica, listed or rendered to a PNG.

The listing is what the Pages view shows (numbers, labels, sizes in points,
article regions with library-wide ids); ``--render`` draws one page through
the same guarded PDFium path as the app, so a hostile page fails here the
same way (one line, exit status 1).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.core.print.pages import Page
from edicola.core.print.pdf import PdfDocument, PdfError, raster_to_rgb
from edicola.core.print.png import encode_rgb
from edicola.store.pages import PageStore


@click.command()
@click.argument("edition_id")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of pages.")
@click.option("--render", "render_number", type=int, metavar="N", help="Render page N (1-based).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The PNG file to write (with --render).",
)
@click.option(
    "--width",
    type=click.IntRange(16, 8000),
    default=1440,
    show_default=True,
    help="Width of the PNG in pixels (with --render).",
)
@pass_context
def pages(
    ctx: CliContext,
    edition_id: str,
    as_json: bool,
    render_number: int | None,
    output: Path | None,
    width: int,
) -> None:
    """List the printed pages of an edition, or render one to a PNG."""
    library = ctx.library
    if library.editions.edition(edition_id) is None:
        raise click.ClickException(f"no edition {edition_id!r} in the library")
    store = PageStore(library.db)
    found = store.pages(edition_id)
    if render_number is not None:
        if output is None:
            raise click.UsageError("--render needs -o FILE.png")
        _render(store, found, edition_id, render_number, output, width)
        return
    if as_json:
        click.echo(json.dumps([p.to_json() for p in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"{edition_id} has no printed pages", err=True)
        return
    for page in found:
        click.echo(
            f"{page.number:>3}  {page.label:<6} {page.width:g}×{page.height:g} pt  "
            f"{len(page.regions)} regions"
        )
        for region in page.regions:
            x0, y0, x1, y1 = region.rect
            click.echo(f"       {region.article_id}  [{x0:g}, {y0:g}, {x1:g}, {y1:g}]")


def _render(
    store: PageStore, found: list[Page], edition_id: str, number: int, output: Path, width: int
) -> None:
    if not found:
        raise click.ClickException(f"{edition_id} has no printed pages")
    if not 1 <= number <= len(found):
        raise click.ClickException(f"page {number} does not exist (1 to {len(found)})")
    page = found[number - 1]
    data = store.pdf(edition_id, page.file)
    if data is None:
        raise click.ClickException(f"{page.file}: missing from the library")
    try:
        with PdfDocument(data, page.file) as document:
            raster = document.render(page.file_index, width)
    except PdfError as exc:
        raise click.ClickException(f"{page.file}: page {number}: {exc}") from exc
    png = encode_rgb(raster.width, raster.height, raster_to_rgb(raster))
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_bytes(png)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise click.ClickException(f"{output}: cannot write ({exc.strerror})") from exc
    click.echo(f"page {number} ({page.label}) → {output} ({raster.width}×{raster.height})")


COMMANDS: list[click.Command] = [pages]
