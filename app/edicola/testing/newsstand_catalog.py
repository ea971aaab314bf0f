"""A signed test catalog published into a served folder, like a publisher would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey
from edicola.core.catalog.publisher import publish
from edicola.testing.editions import make_edition_source


def publish_editions(
    work: Path,
    www: Path,
    key: SecretKey,
    dates: list[str],
    publication_id: str = "gazzetta",
    base_url: str | None = None,
) -> list[str]:
    """Build and publish one edition per date; returns the edition ids. ``base_url``
    is where ``www`` is served (the catalog's absolute ``self`` links)."""
    built = []
    for day in dates:
        source = make_edition_source(
            work / f"src-{publication_id}-{day}", date=day, publication_id=publication_id
        )
        out = work / "built"
        out.mkdir(parents=True, exist_ok=True)
        built.append(build_edition(source, out))
    publish(
        www,
        [b.path for b in built],
        key=key,
        now=datetime.now(UTC),
        title="Test catalog",
        base_url=base_url,
    )
    return [b.edition_id for b in built]


def bundle_path(www: Path, edition_id: str) -> str:
    """The served path of an edition's bundle (for faults and the request log)."""
    (found,) = (www / "bundles").glob(f"{edition_id}.r*.edicola")
    return found.relative_to(www).as_posix()
