"""Entry point: ``python -m edicola`` and the ``edicola`` console script."""

from __future__ import annotations

BUNDLE_SUFFIX = ".edicola"


def open_file_arguments(args: list[str]) -> list[str]:
    """``edicola [--library DIR] FILE.edicola`` (a double-click) becomes
    ``edicola [--library DIR] --open FILE.edicola``: a click group cannot take a file
    where its subcommands go. Anything else is returned unchanged."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--library":
            index += 2
        elif arg.startswith("-"):
            index += 1
        elif index == len(args) - 1 and arg.lower().endswith(BUNDLE_SUFFIX):
            return [*args[:index], "--open", arg]
        else:
            return args
    return args


def main() -> None:
    import sqlite3
    import sys

    from edicola import quick_search

    # Imported only on failure: ``edicola search`` must not pay for sqlite-utils.
    try:
        status = quick_search.run(sys.argv[1:])  # ``search Q --json`` without click
        if status is not None:
            raise SystemExit(status)
        from edicola.cli import cli

        cli(args=open_file_arguments(sys.argv[1:]))
    except sqlite3.Error as exc:
        from edicola.crash_report import describe, write_report
        from edicola.store.database import explain

        # A database failure mid-command (read-only, disk full, locked, damaged)
        # is the user's to fix, not a bug: one line, exit 1, and never "damaged"
        # unless SQLite said so.
        known = explain(exc)
        if known is None:
            print(f"edicola: {describe(exc, write_report(exc))}", file=sys.stderr)
            raise SystemExit(70) from None
        print(f"Error: {known}", file=sys.stderr)
        raise SystemExit(1) from None
    except Exception as exc:  # click already handled every expected failure
        from edicola.crash_report import describe, write_report

        print(f"edicola: {describe(exc, write_report(exc))}", file=sys.stderr)
        raise SystemExit(70) from None


if __name__ == "__main__":
    main()
