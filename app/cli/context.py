"""What every command gets: the library folder, opened lazily."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click

from edicola.store.database import LibraryError
from edicola.store.library import Library


@dataclass
class CliContext:
    library_dir: Path
    _library: Library | None = field(default=None, repr=False)

    @property
    def library(self) -> Library:
        """The library, opened (and migrated) on first use."""
        if self._library is None:
            try:
                self._library = Library.open(self.library_dir)
            except LibraryError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


pass_context = click.make_pass_decorator(CliContext)
