"""The sample editions shipped in editions/ build, validate and import cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_all
from edicola.core.bundle.reader import validate_bundle
from edicola.paths import EDITIONS
from edicola.store.library import Library


@pytest.fixture(scope="module")
def sample_bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build_all(EDITIONS, tmp_path_factory.mktemp("bundles"))


def test_every_sample_edition_is_valid(sample_bundles: list[Path]) -> None:
    assert len(sample_bundles) >= 6
    for bundle in sample_bundles:
        assert validate_bundle(bundle) == [], bundle.name


def test_samples_cover_what_the_reader_needs(sample_bundles: list[Path], library: Library) -> None:
    for bundle in sample_bundles:
        assert library.editions.import_bundle(bundle).status == "imported"
    publications = library.editions.publications()
    assert {p.language for p in publications} >= {"it", "en"}
    for publication in publications:
        editions = library.editions.editions(publication.id)
        assert len(editions) >= 3
        for edition in editions:
            assert len(library.editions.sections(edition.id)) >= 5
            assert library.editions.cover(edition.id) is not None
    article_ids = set(library.editions.article_ids())
    assert len(article_ids) >= 40
    # every internal link points at an article that exists
    for article_id in article_ids:
        article = library.editions.article(article_id)
        assert article is not None
        for target in re.findall(r'href="edicola:article/([^"]+)"', article.html):
            assert target in article_ids, (article_id, target)
        for edition_id, path in re.findall(r'src="edicola:image/([^/]+)/([^"]+)"', article.html):
            assert library.editions.image(edition_id, path) is not None, (article_id, path)
