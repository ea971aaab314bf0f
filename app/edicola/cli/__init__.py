"""The ``edicola`` command line: librarian and tester commands.

With no subcommand it opens the reader. Each command group lives in its own
module and is registered here; commands report problems as one clear line on
stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from edicola.cli.context import CliContext, LibraryFolder
from edicola.paths import LIBRARY_ENV

# Where each command lives: module under edicola.cli -> the names in its COMMANDS.
# A command's module is imported only when that command runs (``edicola search``
# need not import the bundle validator, the network code or the comment client);
# ``--help`` imports them all. tests/unit/test_cli_lazy.py checks this table
# against every module's COMMANDS. To add a command: add it to its module's
# COMMANDS and its name here.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "library": ("build", "validate", "import", "list", "articles", "show", "remove"),
    "check": ("check",),
    "newsstand": ("keygen", "sign", "publish", "retire", "catalog", "catalogs", "download"),
    "search": ("search", "reindex", "bookmarks"),
    "compact": ("compact",),
    "pages": ("pages",),
    "from_pdf": ("from-pdf",),
    "comments": ("comments",),
    "feeds": ("feeds",),
    "dev": ("dev",),
    "desktop": ("desktop",),
    "highlights": ("highlights",),
    "export": ("export",),
    "sync": ("sync",),
    "speak": ("speak",),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *(n for names in COMMAND_MODULES.values() for n in names)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            for module_name, names in COMMAND_MODULES.items():
                if cmd_name in names:
                    module = importlib.import_module(f"edicola.cli.{module_name}")
                    for command in module.COMMANDS:
                        self.add_command(command)
                    break
        return self.commands.get(cmd_name)


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--library",
    "library_dir",
    type=LibraryFolder(),
    envvar=LIBRARY_ENV,
    default=None,
    help=f"Library folder (default: ${LIBRARY_ENV} or the user data folder).",
)
@click.option(
    "--open",
    "open_bundle",
    # Not exists=True: click's error would name --open, which the reader who
    # double-clicked never typed; the reader says what became of the file.
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    hidden=True,  # what ``edicola FILE.edicola`` becomes (edicola.__main__)
)
@click.version_option(package_name="edicola")
@click.pass_context
def cli(ctx: click.Context, library_dir: Path | None, open_bundle: Path | None) -> None:
    """Edicola, a digital newsstand. With no command (or a FILE.edicola), opens the reader."""
    ctx.obj = CliContext.from_option(library_dir)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        from edicola.ui.shell.launch import launch_reader

        ctx.exit(launch_reader(ctx.obj.library_dir, open_bundle=open_bundle))
