"""Build the interface translations: ``.ts`` sources to ``.qm`` files Qt loads.

``python -m edicola.i18n_build`` compiles every ``resources/translations/*.ts``
with ``pyside6-lrelease`` (from the same virtualenv as this Python).
``--update`` first runs ``pyside6-lupdate`` over ``app/`` so new strings
appear in the ``.ts`` files for translators. Exit status is non-zero, with a
one-line reason, when a tool is missing or fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from edicola.paths import resource

APP = Path(__file__).resolve().parent

TRANSLATIONS = resource("translations")
LANGUAGES = ("it", "en")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6 in this virtualenv)")
    return found


def sources() -> list[Path]:
    """Python files that may hold interface strings: the widgets, and the network
    layer whose download and catalog messages the reader sees."""
    return sorted([*(APP / "ui").rglob("*.py"), *(APP / "net").rglob("*.py")])


def update(folder: Path = TRANSLATIONS) -> None:
    """Refresh the ``.ts`` files from the source code (keeps existing translations)."""
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        ts = folder / f"edicola_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)],
            check=True,
            capture_output=True,
        )


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile each ``.ts`` in ``folder`` to a ``.qm`` beside it."""
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate first")
    args = parser.parse_args(argv)
    try:
        if args.update:
            update()
        built = release()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        print(f"i18n_build: {exc} {detail.decode(errors='replace').strip()}", file=sys.stderr)
        return 1
    print(f"built {len(built)} translation file(s) in {TRANSLATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
