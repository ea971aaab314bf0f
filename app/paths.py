"""The one place that knows where the library, resources and sample editions live.

Everything the program reads at run time ships inside the ``edicola`` package
(``resources/`` and the sample ``editions/`` are mapped into it by
``pyproject.toml``) and is found through :mod:`importlib.resources`, so an
installed wheel and a checkout behave the same.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "Edicola"
LIBRARY_ENV = "EDICOLA_LIBRARY"
DATABASE_NAME = "library.db"


def _package_dir(package: str) -> Path:
    # Wheels are installed unpacked, so the Traversable is a real folder; Qt
    # (fonts, translations, style sheets) needs file paths.
    return Path(str(files(package)))


RESOURCES = _package_dir("edicola.resources")
EDITIONS = _package_dir("edicola.editions")
# The checkout's top folder (pyproject.toml, bench/, app/); ``None`` when installed.
_TOP = Path(__file__).resolve().parent.parent
SOURCE_ROOT: Path | None = _TOP if (_TOP / "pyproject.toml").is_file() else None


def default_library_dir() -> Path:
    """The library folder: ``$EDICOLA_LIBRARY`` or the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resource(*parts: str) -> Path:
    """A file shipped in ``resources/``."""
    return RESOURCES.joinpath(*parts)
