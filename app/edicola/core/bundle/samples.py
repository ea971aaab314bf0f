"""The sample editions every installation carries, as bundles ready to import.

The wheel ships the sample papers as edition sources (``edicola.editions``),
not as bundles: building them is reproducible and takes under a second. The
reader's "Try the sample papers" and ``edicola import --samples`` both build
them here, into a folder of the caller's, and import the bundles like any other.
"""

from __future__ import annotations

from pathlib import Path

from edicola.core.bundle.edition_source import build_all


def build_samples(output: Path) -> list[Path]:
    """Build every shipped sample edition into ``output`` (made if needed); the bundles,
    oldest first within each publication."""
    from edicola.paths import EDITIONS  # found on first use (PEP 562)

    return build_all(EDITIONS, output)
