"""What every command gets: the library folder, opened lazily and for what the command does.

Read commands (:data:`READ_COMMANDS`) open the library for reading: they work
on a read-only library and never create one in a folder the user named (a
mistyped ``--library`` must not leave an empty library behind). Every other
command opens it for writing, creating it on first use, and learns at once if
it is read-only or locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from edicola.paths import default_library_dir

if TYPE_CHECKING:  # imported on first use: ``edicola search`` needs only the index
    from edicola.store.library import Library

# Command paths (below ``edicola``) that only read the library.
READ_COMMANDS = frozenset(
    {
        "list",
        "articles",
        "catalogs",
        "show",
        "search",
        "bookmarks list",
        "bookmarks export",
        "highlights list",
        "highlights export",
        "comments list",
        "sync status",
        "export",
        "speak",
    }
)


class LibraryFolder(click.Path):
    """``--library``: a folder path, never empty (``""`` would mean the current folder)."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("the library folder must not be empty", param, ctx)
        return super().convert(value, param, ctx)


def _command_path() -> str:
    """The running subcommand's path below the top group, e.g. ``bookmarks list``."""
    ctx = click.get_current_context(silent=True)
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


@dataclass
class CliContext:
    library_dir: Path
    # False when the folder is the default one, which is created on first use even to read.
    chosen: bool = True
    _library: Library | None = field(default=None, repr=False)

    @classmethod
    def from_option(cls, library_dir: Path | None) -> CliContext:
        """From ``--library``/``$EDICOLA_LIBRARY``, or the user data folder when unset."""
        if library_dir is None:
            return cls(default_library_dir(), chosen=False)
        return cls(library_dir, chosen=True)

    @property
    def library(self) -> Library:
        """The library, opened (and migrated) on first use."""
        if self._library is None:
            from edicola.store.database import LibraryError
            from edicola.store.library import Library

            reading = _command_path() in READ_COMMANDS
            try:
                self._library = Library.open(
                    self.library_dir,
                    write=not reading,
                    create=not (reading and self.chosen),
                    on_wait=self._say_waiting,
                )
            except LibraryError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._library

    def _say_waiting(self) -> None:
        click.echo(
            f"waiting for the library at {self.library_dir} "
            "(another Edicola process, an import or the reader, is writing to it)…",
            err=True,
        )

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


pass_context = click.make_pass_decorator(CliContext)
