"""The one place that knows where the library, resources and sample editions live.

Everything the program reads at run time ships inside the ``edicola`` package
(``resources/`` and the sample ``editions/`` are mapped into it by
``pyproject.toml``) and is found through :mod:`importlib.resources`, so an
installed wheel and a checkout behave the same.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import platformdirs

APP_NAME = "Edicola"
LIBRARY_ENV = "EDICOLA_LIBRARY"
DATABASE_NAME = "library.db"


@functools.cache
def _package_dir(package: str) -> Path:
    # Wheels are installed unpacked, so the Traversable is a real folder; Qt
    # (fonts, translations, style sheets) needs file paths.
    from importlib.resources import files  # here: a one-shot `edicola search` needs none

    return Path(str(files(package)))


_PACKAGE_DIRS = {"RESOURCES": "edicola.resources", "EDITIONS": "edicola.editions"}


def __getattr__(name: str) -> Path:
    """``RESOURCES`` and ``EDITIONS``, found on first use (PEP 562)."""
    if name in _PACKAGE_DIRS:
        return _package_dir(_PACKAGE_DIRS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The checkout's top folder (pyproject.toml, bench/, app/); ``None`` when installed.
_TOP = Path(__file__).resolve().parents[2]
SOURCE_ROOT: Path | None = _TOP if (_TOP / "pyproject.toml").is_file() else None


def default_library_dir() -> Path:
    """The library folder: ``$EDICOLA_LIBRARY`` or the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resource(*parts: str) -> Path:
    """A file shipped in ``resources/``."""
    return _package_dir("edicola.resources").joinpath(*parts)
