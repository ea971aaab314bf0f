"""``edicola check``: the editorial checks of :mod:`edicola.core.bundle.check`, for librarians.

Arguments may be bundles, edition source folders, folders holding several
sources, or ids of editions already in the library. Warnings alone exit 0
(``--strict`` makes any finding fail); an unreadable edition always fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import plural
from edicola.core.bundle.check import check_editions
from edicola.core.bundle.edition_text import ERROR, EditionText, load, load_library_edition


def _load_argument(ctx: CliContext, argument: str) -> list[EditionText]:
    path = Path(argument)
    if path.exists():
        editions = load(path)
        if not editions:
            raise click.ClickException(f"{argument}: no bundle or edition source (edition.json)")
        return editions
    if "/" not in argument and ctx.library.editions.edition(argument) is not None:
        return [load_library_edition(ctx.library.editions, argument)]
    raise click.ClickException(f"{argument}: no such file, folder or edition in the library")


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="BUNDLE_OR_EDITION...")
@click.option("--json", "as_json", is_flag=True, help="Findings as a JSON list.")
@click.option("--strict", is_flag=True, help="Exit 1 on any finding, warnings included.")
@pass_context
def check(ctx: CliContext, targets: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """Editorial checks: alt text, unused or missing images, broken or http links,
    long or duplicate headlines, empty sections, short bodies, missing bylines.

    BUNDLE_OR_EDITION is a bundle, an edition source folder (or a folder of
    them) or the id of an edition in the library.
    """
    editions = [e for target in targets for e in _load_argument(ctx, target)]
    findings = check_editions(editions)
    if as_json:
        click.echo(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            click.echo(f"{finding.severity}: {finding}")
        errors = sum(f.severity == ERROR for f in findings)
        summary = f"{plural(len(editions), 'edition')} checked: {plural(len(findings), 'finding')}"
        click.echo(summary + (f", {plural(errors, 'error')}" if errors else ""), err=True)
    if any(f.severity == ERROR for f in findings) or (strict and findings):
        raise SystemExit(1)


COMMANDS: list[click.Command] = [check]
