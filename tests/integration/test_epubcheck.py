"""The W3C's epubcheck on exported editions: every sample edition, a feeds edition and
an edition of hostile Markdown give 0 errors and 0 warnings (issue 26).

epubcheck is Debian's ``epubcheck`` package (4.2.6 when this was written; the
version is printed with the results). The exports are the real ones, fonts
and all, made the way ``edicola export`` and ``edicola publish --epub`` make them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_all, build_edition
from edicola.core.bundle.reader import validate_bundle
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.writer import write_epub
from edicola.paths import EDITIONS
from tests.helpers.epub_check import epubcheck, epubcheck_command, epubcheck_version
from tests.helpers.feed_site import FeedSite, serve_site
from tests.helpers.hostile_markdown import hostile_edition_source
from tests.integration.test_feeds_build import build, populate, write_recipe


@pytest.fixture
def site() -> Iterator[FeedSite]:
    yield from serve_site(FeedSite())


def _feeds_bundle(tmp_path: Path, site: FeedSite) -> Path:
    """A feeds edition from the feeds tests' site: WordPress, Atom, Latin-1, hostile markup."""
    populate(site)
    code, _, err = build(write_recipe(tmp_path, site), tmp_path / "feeds-out")
    assert code == 0, err
    [bundle] = sorted((tmp_path / "feeds-out").rglob("*.edicola"))
    return bundle


def test_every_export_passes_epubcheck(
    tmp_path: Path, site: FeedSite, capsys: pytest.CaptureFixture[str]
) -> None:
    epubcheck_command()  # skip early (or fail under CI) without epubcheck
    bundles = build_all(EDITIONS, tmp_path / "samples")
    bundles.append(_feeds_bundle(tmp_path, site))
    hostile = hostile_edition_source(tmp_path / "hostile-src")
    bundles.append(build_edition(hostile, tmp_path / "hostile.edicola").path)
    epubs = []
    for bundle in bundles:
        assert validate_bundle(bundle) == [], bundle.name  # "an edition that passes validate…"
        target = tmp_path / "epub" / (bundle.stem + ".epub")
        write_epub(edition_from_bundle(bundle), target)
        epubs.append(target)
    assert len(epubs) == len(list(EDITIONS.glob("*/*/edition.json"))) + 2  # + feeds, hostile
    broken = _without_modified_date(epubs[0], tmp_path / "broken.epub")
    *results, control = epubcheck([*epubs, broken])
    with capsys.disabled():
        print(f"\nepubcheck {epubcheck_version()}: {len(results)} EPUBs checked")
    for result in results:
        assert result.clean, f"{result.path.name}:\n{result.output}"
    assert control.errors >= 1, control.output  # the check can fail


def _without_modified_date(epub: Path, target: Path) -> Path:
    """A copy of ``epub`` whose package lacks the required ``dcterms:modified``."""
    with zipfile.ZipFile(epub) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "EPUB/package.opf":
                data = re.sub(rb'<meta property="dcterms:modified">[^<]*</meta>', b"", data)
            out.writestr(info, data)
    return target
