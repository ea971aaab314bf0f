"""The library store: one SQLite database reached through sqlite-utils, no Qt."""
