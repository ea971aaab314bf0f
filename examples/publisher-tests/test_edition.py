"""Does our edition read well in Edicola? Copy this file next to your bundles.

Runs against the bundles in the folder named by ``EDICOLA_BUNDLES`` (every
``*.edicola`` in it); without it, against Edicola's own sample editions. Needs
only ``pip install edicola pytest-qt``: the ``edicola_reader`` fixture comes
with Edicola (see docs/testing.md). Run headless with ``pytest -q``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_all
from edicola.paths import EDITIONS
from edicola.testing.reader import ReaderDriver


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = os.environ.get("EDICOLA_BUNDLES")
    if folder:
        found = sorted(Path(folder).glob("*.edicola"))
        assert found, f"no *.edicola bundles in {folder}"
        return found
    return build_all(Path(EDITIONS), tmp_path_factory.mktemp("bundles"))


@pytest.fixture
def reader(edicola_reader: ReaderDriver, bundles: list[Path]) -> ReaderDriver:
    """The reader with every bundle imported, as a subscriber would have them."""
    for bundle in bundles:
        edicola_reader.import_bundle(bundle)
    return edicola_reader


def all_articles(reader: ReaderDriver) -> list[tuple[str, str]]:
    """(article id, headline) of every article in the library."""
    editions = reader.library.editions
    return [
        (article.id, article.title)
        for edition in editions.editions()
        for article in editions.articles(edition.id)
    ]


# The reader sets quotes and apostrophes typographically ('  ->  ’).
TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def plain(text: str) -> str:
    return text.translate(TYPOGRAPHY)


def test_every_article_opens_and_shows_its_headline(reader: ReaderDriver) -> None:
    articles = all_articles(reader)
    assert articles
    for article_id, headline in articles:
        reader.open(article_id)
        assert reader.current_article() == article_id
        assert plain(headline) in plain(reader.text())


def test_every_image_loads(reader: ReaderDriver) -> None:
    shown = 0
    for article_id, _ in all_articles(reader):
        reader.open(article_id)
        images = reader.images()
        broken = [src for src, loaded in images.items() if not loaded]
        assert not broken, f"{article_id}: {broken}"
        shown += len(images)
    assert shown > 0


def test_every_internal_link_resolves(reader: ReaderDriver) -> None:
    links = []
    for article_id, _ in all_articles(reader):
        reader.open(article_id)
        links += [(article_id, target) for target in reader.links()]
    for source, target in links:
        reader.open(target)  # fails if no article has that id
        assert reader.current_article() == target, f"{source} links to {target}"


def test_search_finds_each_headline(reader: ReaderDriver) -> None:
    for article_id, headline in all_articles(reader):
        # The headline's words, without punctuation the search syntax would read.
        query = " ".join(re.findall(r"\w+", headline.lower()))
        assert article_id in reader.search(query), headline


def test_check_is_clean(reader: ReaderDriver, bundles: list[Path]) -> None:
    for bundle in bundles:
        assert reader.check(bundle) == [], bundle.name
