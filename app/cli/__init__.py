"""The ``edicola`` command line: librarian and tester commands.

With no subcommand it opens the reader. Each command group lives in its own
module and is registered here; commands report problems as one clear line on
stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import click

from edicola.cli import comments, dev, library, newsstand, search
from edicola.cli.context import CliContext
from edicola.paths import LIBRARY_ENV, default_library_dir


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--library",
    "library_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=LIBRARY_ENV,
    default=None,
    help=f"Library folder (default: ${LIBRARY_ENV} or the user data folder).",
)
@click.version_option(package_name="edicola")
@click.pass_context
def cli(ctx: click.Context, library_dir: Path | None) -> None:
    """Edicola, a digital newsstand. With no command, opens the reader."""
    ctx.obj = CliContext(library_dir or default_library_dir())
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        from edicola.ui.shell.application import run_reader

        ctx.exit(run_reader(ctx.obj.library_dir))


for _module in (library, newsstand, search, comments, dev):
    for _command in _module.COMMANDS:
        cli.add_command(_command)
