"""The library store: one SQLite database reached through sqlite-utils, no Qt."""

from edicola.store.deferred_imports import defer_unused

defer_unused()  # before any store imports sqlite_utils (issue 21)
