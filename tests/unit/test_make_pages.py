"""The replica generator: deterministic PDFs whose link annotations match the committed ones."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from edicola.core.print.pdf import ARTICLE_URI, PdfDocument

TOOLS = Path(__file__).resolve().parents[2] / "editions" / "tools"
EDITION = TOOLS.parent / "il-faro" / "2026-11-24"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pages", TOOLS / "make_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_pages"] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_pages"]
    return module


def _links(data: bytes) -> list[list[tuple[str, tuple[float, ...]]]]:
    with PdfDocument(data, "replica.pdf") as document:
        return [
            [(link.uri, tuple(round(v) for v in link.rect)) for link in page.links]
            for page in document.inspect()
        ]


def test_same_source_same_bytes_and_the_committed_regions(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_HASH_SEED", "0")  # the tool sets it; give it back afterwards
    make_pages = _load()
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    make_pages.typeset(EDITION, first)
    make_pages.typeset(EDITION, second)
    assert first.read_bytes() == second.read_bytes()
    made = _links(first.read_bytes())
    committed = _links(next((EDITION / "pages").glob("*.pdf")).read_bytes())
    assert made == committed  # re-run editions/tools/make_pages.py after editing articles
    assert made[0][0][0] == f"{ARTICLE_URI}il-faro-2026-11-24/tram-orari-tariffe"
    assert sum(len(page) for page in made) == 7  # every article has its region
