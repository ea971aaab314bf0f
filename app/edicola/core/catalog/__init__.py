"""Catalogs and trust: OPDS 2.0 catalogs, publishing, minisign signatures, ownership."""
