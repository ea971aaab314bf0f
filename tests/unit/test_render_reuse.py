"""One ``Markdown`` per thread renders exactly as a new one per article did."""

from __future__ import annotations

import threading

from edicola.core import render
from edicola.core.render import RenderedArticle, render_markdown

DOCS = [
    ("it", 'Il "sindaco" disse[^1].\n\n[^1]: Nota di redazione.\n\n![Il ponte](img/a.jpg)'),
    ("en", 'He said "yes"[^1] and [link][ref].\n\n[ref]: https://example.org\n\n[^1]: A note.'),
    ("it", "| a | b |\n|---|---|\n| 1 | 2 |\n\n![missing](img/none.jpg) <b>raw</b>"),
    ("en", "No footnote here, [ref] is not a link now.\n\n* one\n* two"),
    ("it-CH", '"Virgolette" svizzere[^x].\n\n[^x]: Di nuovo la prima nota.'),
    ("fr", "Un *texte* sans règles.\n\n" + "x" * 90),
]


def _render(language: str, source: str) -> RenderedArticle:
    return render_markdown(
        source, edition_id="faro-2026-01-10", language=language, images=frozenset({"img/a.jpg"})
    )


def _fresh(language: str, source: str) -> RenderedArticle:
    render._renderers.cache = {}  # as before: a new Markdown for this article
    return _render(language, source)


def test_reused_renderer_gives_what_a_new_one_gives() -> None:
    expected = [_fresh(lang, text) for lang, text in DOCS]
    assert "Nota di redazione" in expected[0].html and expected[0].images == ["img/a.jpg"]
    assert expected[2].missing_images == ["img/none.jpg"]
    render._renderers.cache = {}
    for _round in range(2):  # footnotes, references and images never leak into the next
        assert [_render(lang, text) for lang, text in DOCS] == expected
        assert [_render(lang, text) for lang, text in reversed(DOCS)] == expected[::-1]


def test_each_thread_has_its_own_renderer() -> None:
    expected = _fresh(*DOCS[1])
    got: list[RenderedArticle] = []
    theirs: list[object] = []

    def work() -> None:
        got.append(_render(*DOCS[1]))
        theirs.append(render._renderer("en")[0])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert got == [expected]
    assert theirs and theirs[0] is not render._renderer("en")[0]
