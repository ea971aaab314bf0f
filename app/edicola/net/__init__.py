"""Talking to catalogs and comment servers."""
