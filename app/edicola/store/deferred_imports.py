"""What sqlite-utils imports and the library never uses, loaded only when touched.

``sqlite_utils`` imports ``dateutil.parser`` at import time for the date recipes
of its own command line (``sqlite-utils convert``); Edicola never calls them. The
parser and what it brings (``dateutil.tz``, ``calendar``, ``locale``, ``zoneinfo``,
``ctypes``) cost about 13 ms CPU of the reader's cold start (issue 21), so the
module is registered lazily (:class:`importlib.util.LazyLoader`): it is executed
on first attribute access, by whoever needs it (sqlite-utils' recipes, htmldate),
and behaves exactly as if imported eagerly from then on.
"""

from __future__ import annotations

import importlib.util
import sys

DEFERRED = ("dateutil.parser",)


def defer(name: str) -> None:
    """Register ``name`` (a submodule) to load on first use; nothing if it is already
    imported or not installed."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)  # imports the parent package (tiny)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    # Bound on the package as an import would, so that ``from dateutil import parser``
    # finds it there instead of importing it again (which would load it).
    setattr(sys.modules[parent], child, module)


def defer_unused() -> None:
    for name in DEFERRED:
        defer(name)
