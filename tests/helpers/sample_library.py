"""A library holding every sample edition in ``editions/``, built and imported once.

Building and importing the bundles is the slow part, so it happens once per
test session into a template folder; each test gets its own copy of the
database file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from edicola.core.bundle.edition_source import build_all
from edicola.paths import EDITIONS
from edicola.store.database import DATABASE_NAME
from edicola.store.library import Library


def build_template_library(folder: Path) -> Path:
    """Build every sample edition and import it into a fresh library in ``folder``."""
    library = Library.open(folder / "library")
    try:
        for bundle in build_all(EDITIONS, folder / "bundles"):
            library.editions.import_bundle(bundle)
    finally:
        library.close()
    return folder / "library"


def copy_library(template: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template / DATABASE_NAME, target / DATABASE_NAME)
    return target
