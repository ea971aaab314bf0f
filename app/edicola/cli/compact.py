"""``edicola compact``: the library's upkeep run to its end, and a full VACUUM on request.

The reader does the same upkeep by itself, a step at a time, after imports
(:mod:`edicola.store.upkeep`); this command is for libraries filled from the
command line, or to see what upkeep gives back. ``--vacuum`` rewrites the whole
file (SQLite's ``VACUUM``): it packs every table's half-empty pages too and
turns on incremental auto-vacuum in a library made before it existed, but it
takes minutes at a million articles and needs free disk space for a second
copy of the library, so it is never done unasked.
"""

from __future__ import annotations

import shutil
import sqlite3
import time

import click

from edicola.cli.context import CliContext, pass_context


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.2f} MB"


def _sizes(conn: sqlite3.Connection) -> tuple[int, int]:
    from edicola.store.upkeep import file_bytes

    return file_bytes(conn)


@click.command()
@click.option(
    "--vacuum",
    is_flag=True,
    help="Then rewrite the whole file (SQLite VACUUM): needs free disk space "
    "the size of the library, and time (minutes at a million articles).",
)
@pass_context
def compact(ctx: CliContext, vacuum: bool) -> None:
    """Re-pack older bodies, cut an old search index into eras, merge it, give free
    space back (as the reader does)."""
    from edicola.store.body_codec import BodyCodec
    from edicola.store.database import LibraryError, open_library
    from edicola.store.upkeep import Upkeep

    try:
        db = open_library(ctx.library_dir, create=False, on_wait=ctx._say_waiting)
    except LibraryError as exc:
        raise click.ClickException(str(exc)) from exc
    conn = db.conn
    try:
        before = _sizes(conn)[0]
        if vacuum:
            _check_space(ctx, before)
        started, cpu = time.perf_counter(), time.process_time()
        steps = Upkeep().run(conn, BodyCodec(db))
        merged = sum(1 for step in steps if step.kind == "merge")
        freed = sum(step.changes for step in steps if step.kind == "vacuum")
        repacked = sum(step.changes for step in steps if step.kind == "repack")
        moved = sum(step.changes for step in steps if step.kind == "cut")
        click.echo(
            f"upkeep: {repacked} article bodies re-packed, {merged} merge steps, "
            f"{freed} pages given back, {moved} search documents moved into eras "
            f"({time.perf_counter() - started:.1f} s, {time.process_time() - cpu:.1f} s CPU)"
        )
        if vacuum:
            started = time.perf_counter()
            # Takes effect at this VACUUM: from now on upkeep can give pages back.
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
            conn.execute("VACUUM")
            click.echo(f"vacuum: the whole file rewritten ({time.perf_counter() - started:.1f} s)")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        after, free = _sizes(conn)
    except sqlite3.Error as exc:
        from edicola.store.database import explain

        known = explain(exc, ctx.library_dir)
        raise click.ClickException(str(known or exc)) from exc
    finally:
        db.close()
    click.echo(f"library.db: {_megabytes(before)} -> {_megabytes(after)}")
    if free:
        click.echo(
            f"{_megabytes(free)} of it is free pages, which later imports reuse "
            "(--vacuum gives them back)"
        )


def _check_space(ctx: CliContext, size: int) -> None:
    """VACUUM writes a copy of the library: refuse before starting if it cannot fit."""
    free = shutil.disk_usage(ctx.library_dir).free
    if free < size:
        raise click.ClickException(
            f"--vacuum needs about {_megabytes(size)} of free disk space at "
            f"{ctx.library_dir} (free: {_megabytes(free)}); nothing was changed"
        )


COMMANDS = [compact]
