"""Entry point: ``python -m app`` and the ``edicola`` console script."""

from __future__ import annotations


def main() -> None:
    import sys

    from edicola.cli import cli
    from edicola.crash_report import describe, write_report

    try:
        cli()
    except Exception as exc:  # click already handled every expected failure
        print(f"edicola: {describe(exc, write_report(exc))}", file=sys.stderr)
        raise SystemExit(70) from None


if __name__ == "__main__":
    main()
