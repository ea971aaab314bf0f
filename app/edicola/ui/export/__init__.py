"""Editions as EPUB in the reader: export to a file, send to an e-reader, an export folder."""
