"""The EPUB beside a bundle in a catalog (``edicola publish --epub``).

OPDS readers such as KOReader and Thorium fetch EPUB, not Edicola bundles, so
a catalog can offer each edition both ways. The EPUB is made from the bundle
itself, checked as an import would check it; being deterministic, the same
bundle always gives the same EPUB, so publishing again changes nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from edicola.core.bundle.safezip import Limits
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.writer import write_epub


def epub_href(bundle_href: str) -> str:
    """Where a bundle's EPUB goes in the catalog: beside it, ``.epub`` for ``.edicola``."""
    return bundle_href.removesuffix(".edicola") + ".epub"


def export_bundle(bundle: Path, target: Path, limits: Limits | None = None) -> tuple[int, str]:
    """Write the EPUB of ``bundle`` to ``target``; returns its size and sha256.

    Raises :class:`~edicola.core.bundle.format.BundleError` or
    :class:`~edicola.core.epub.writer.ExportError`.
    """
    size = write_epub(edition_from_bundle(bundle, limits), target)
    return size, hashlib.sha256(target.read_bytes()).hexdigest()
