"""``edicola from-pdf``: an edition source folder from a paper's print PDF alone.

The folder is an ordinary edition source (docs/print.md): ``edicola build``
builds it unchanged, and a librarian may edit it first. What could not be
read for sure is listed as ``note:`` lines on stderr.
"""

from __future__ import annotations

from pathlib import Path

import click

from edicola.cli.wording import plural


@click.command("from-pdf")
@click.argument(
    "pdfs",
    nargs=-1,
    required=True,
    metavar="PAPER.pdf...",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--publication", required=True, metavar="ID", help="The publication's id (e.g. il-faro)."
)
@click.option("--date", "date", required=True, metavar="YYYY-MM-DD", help="The edition's date.")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    metavar="SOURCE_DIR",
    help="The edition source folder to write (new, or empty).",
)
@click.option("--title", default=None, help="The publication's title (default: the masthead).")
@click.option(
    "--language",
    default=None,
    metavar="CODE",
    help="The language, e.g. it (default: publication.json beside SOURCE_DIR, or guessed).",
)
def from_pdf(
    pdfs: tuple[Path, ...],
    publication: str,
    date: str,
    output: Path,
    title: str | None,
    language: str | None,
) -> None:
    """Make an edition source folder from print PDFs (pages in the order given):
    articles with headline, standfirst, byline and body, pictures with captions,
    sections from the page heads, the PDFs and their regions in pages/.
    """
    from edicola.core.print.from_pdf import FromPdfError, edition_from_pdfs

    try:
        result = edition_from_pdfs(
            list(pdfs), publication, date, output, title=title, language=language
        )
    except FromPdfError as exc:
        raise click.ClickException(str(exc)) from None
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(
        f"wrote {result.folder}: {plural(result.articles, 'article')} in "
        f"{plural(result.sections, 'section')} from {plural(result.pages, 'page')}, "
        f"{plural(result.pictures, 'picture')}"
    )


COMMANDS: list[click.Command] = [from_pdf]
