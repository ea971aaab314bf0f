"""The one place that knows where the library, resources and sample editions live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Edicola"
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
EDITIONS = ROOT / "editions"
LIBRARY_ENV = "EDICOLA_LIBRARY"
DATABASE_NAME = "library.db"


def default_library_dir() -> Path:
    """The library folder: ``$EDICOLA_LIBRARY`` or the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resource(*parts: str) -> Path:
    """A file shipped in ``resources/``."""
    return RESOURCES.joinpath(*parts)
