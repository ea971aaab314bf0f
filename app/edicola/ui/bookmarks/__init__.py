"""Bookmarks and reading history."""
