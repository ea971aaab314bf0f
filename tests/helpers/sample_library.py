"""A library holding every sample edition in ``editions/``, built and imported once.

Building and importing the bundles is the slow part, so it happens once per
test session into a template folder; each test gets its own copy of the
database file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.edition_source import SourceError, build_edition
from app.paths import EDITIONS
from app.store.database import DATABASE_NAME
from app.store.library import Library


def sample_sources() -> list[Path]:
    """Every edition source folder under ``editions/<publication>/<date>``."""
    return sorted(p.parent for p in EDITIONS.glob("*/*/edition.json"))


def build_template_library(folder: Path) -> Path:
    """Build every sample edition and import it into a fresh library in ``folder``."""
    bundles = folder / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    library = Library.open(folder / "library")
    try:
        for source in sample_sources():
            out = bundles / f"{source.parent.name}-{source.name}.edicola"
            try:
                build_edition(source, out)
            except SourceError:
                continue  # a sample still being written; the editions' own tests catch it
            library.editions.import_bundle(out)
    finally:
        library.close()
    return folder / "library"


def copy_library(template: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template / DATABASE_NAME, target / DATABASE_NAME)
    return target
