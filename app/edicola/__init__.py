"""Edicola: a desktop digital newsstand that reads newspaper editions offline."""

__version__ = "0.1.0"
