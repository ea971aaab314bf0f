"""Markdown rendering and the allow-list sanitiser: nothing shown may reach the network."""

from __future__ import annotations

import pytest

from edicola.core.render import render_markdown, sanitise, word_count

IMAGES = frozenset({"images/a.png"})


def render(source: str, language: str = "en") -> str:
    return render_markdown(
        source, edition_id="ed-2026-01-01", language=language, images=IMAGES
    ).html


def test_lone_image_becomes_a_captioned_figure() -> None:
    html = render("![A harbour at dawn](images/a.png)\n")
    assert '<div class="figure">' in html
    assert 'src="edicola:image/ed-2026-01-01/images/a.png"' in html
    assert '<p class="caption">A harbour at dawn</p>' in html


def test_tables_footnotes_and_smart_quotes() -> None:
    html = render('| a | b |\n|---|---|\n| 1 | 2 |\n\nSaid "hi".[^1]\n\n[^1]: Note.\n')
    assert "<table>" in html and "<td>1</td>" in html
    assert 'class="footnote"' in html
    assert "“hi”" in html
    assert "«ciao»" in render('Disse "ciao".', language="it")


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        "![remote](https://tracker.example/pixel.gif)",
        '<img src="http://tracker.example/p.png">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        "<style>body{background:url(https://evil.example/)}</style>",
        '<iframe src="https://evil.example"></iframe>',
        '<p style="background:url(https://evil.example/)">x</p>',
        '<a href="edicola:image/../../etc/passwd">x</a>',
        '<object data="https://evil.example/x.swf"></object>',
        '<svg><use href="https://evil.example/#x"/></svg>',
        '<form action="https://evil.example/"><input></form>',
    ],
)
def test_hostile_markup_is_neutralised(hostile: str) -> None:
    html = render(hostile).lower()
    for forbidden in (
        "<script",
        "onerror",
        "javascript:",
        "http://tracker",
        "https://tracker",
        "<link",
        "<style",
        "<iframe",
        "style=",
        "edicola:image/..",
        "<object",
        "<svg",
        "<form",
        "https://evil",
    ):
        assert forbidden not in html, (hostile, html)


def test_links_keep_safe_schemes() -> None:
    html = render("[a](https://example.com) [b](edicola:article/x-2026-01-01/y) [c](mailto:a@b.c)")
    assert 'href="https://example.com"' in html
    assert 'href="edicola:article/x-2026-01-01/y"' in html
    assert 'href="mailto:a@b.c"' in html


def test_missing_and_remote_images_are_reported() -> None:
    result = render_markdown(
        "![x](images/missing.png) ![y](https://a.example/y.png)",
        edition_id="e",
        language="en",
        images=IMAGES,
    )
    assert result.missing_images == ["images/missing.png", "https://a.example/y.png"]


def test_sanitise_is_idempotent() -> None:
    once = sanitise('<p class="caption evil">x<script>y</script></p>')
    assert once == '<p class="caption">x</p>'
    assert sanitise(once) == once


def test_word_count_ignores_markup() -> None:
    assert word_count("One two — three.\n\n![caption words](images/a.png)\n\n| a |\n|---|\n") == 4


def _word_count_by_character(source: str) -> int:
    """The definition, a character at a time (what ``word_count`` replaced)."""
    words = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith(("![", "|---", "---")):
            continue
        words += sum(1 for token in stripped.split() if any(ch.isalnum() for ch in token))
    return words


def test_word_count_matches_its_definition_on_odd_text() -> None:
    import random

    rng = random.Random(21)
    # letters, digits of other scripts, superscripts, underscores, marks, every
    # kind of space and line break str.split and str.splitlines know
    alphabet = "aZè9_²½٣ß—-.,'\"*#|![]()\u00a0\u2003\u2028\u2029\x0b\x0c\x1c\x85\r\n\t "
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert word_count(text) == _word_count_by_character(text), repr(text)
