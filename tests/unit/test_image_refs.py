"""The import's image check without a render (``core/bundle/image_refs.py``).

``quick_missing_images`` may only say "all there" (``False``) when the renderer
would report no missing image; everything else goes to the renderer. Each case
here is checked against ``render_markdown`` itself.
"""

from __future__ import annotations

import pytest

from edicola.core.bundle.image_refs import quick_missing_images
from edicola.core.render import render_markdown

IMAGES = frozenset({"images/a.jpg", "images/b c.png"})

CASES = {
    "a figure": ("Testo.\n\n![Il porto](images/a.jpg)\n\nAltro.", False),
    "a title and a ./ path": ('![x](./images/a.jpg "Titolo")', False),
    "two on a line": ("![x](images/a.jpg) e ![y](images/a.jpg)", False),
    "in a table": ("| a | b |\n|---|---|\n| ![x](images/a.jpg) | 2 |", False),
    "in a footnote": ("Testo.[^1]\n\n[^1]: ![x](images/a.jpg)", False),
    "missing": ("![x](images/z.jpg)", None),
    "remote": ("![x](https://example.org/a.jpg)", None),
    "reference style": ("![x][a]\n\n[a]: images/z.jpg", None),
    "shortcut reference": ("![a]\n\n[a]: images/z.jpg", None),
    "angle brackets": ("![x](<images/b c.png>)", None),
    "escaped path": ("![x](images/a\\_b.jpg)", None),
    "parentheses": ("![x](images/a(1).jpg)", None),
    "raw html": ('<img src="images/z.jpg">', None),
    "in code, missing": ("`![x](images/z.jpg)`", None),
    "nested brackets": ("![a [b]](images/z.jpg)", None),
}


@pytest.mark.parametrize("name", list(CASES))
def test_quick_check_never_passes_what_the_renderer_refuses(name: str) -> None:
    source, expected = CASES[name]
    assert quick_missing_images(source, IMAGES) is expected
    rendered = render_markdown(source, edition_id="x-2026-01-01", language="it", images=IMAGES)
    if expected is False:
        assert rendered.missing_images == []
