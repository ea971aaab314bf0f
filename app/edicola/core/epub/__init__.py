"""Editions as EPUB 3 for e-readers (issue 26): Qt-free and deterministic.

``content`` is what an export needs (from a bundle: ``from_bundle``; from the
library: ``from_library``), ``writer`` turns it into the bytes of an EPUB that
passes epubcheck, ``devices`` finds mounted e-readers and ``folder`` keeps a
folder of exported editions up to date.
"""
