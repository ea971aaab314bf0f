"""Links in extracted Markdown are read with balanced brackets: the bracket search that
jumps between the characters that matter finds what a walk over every character found
(issue 21: the walk was about as costly as the rest of tidying a real page)."""

from __future__ import annotations

import random

from edicola.core.feeds import markdown_links
from edicola.core.feeds.markdown_links import rewrite


def _walked(text: str, start: int, opening: str, closing: str) -> int:
    """The character walk :func:`markdown_links._closing` replaced, as it was."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "`" and (end := markdown_links._code_end(text, index)) > 0:
            index = end
            continue
        if char == "\n" and index + 1 < len(text) and text[index + 1] == "\n":
            return -1
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def test_the_closing_bracket_is_the_one_the_walk_found() -> None:
    rng = random.Random(21)
    alphabet = "[]()[]()``\\\n\n ab!x"
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60)))
        for opening, closing in (("[", "]"), ("(", ")")):
            for start in (i for i, c in enumerate(text) if c == opening):
                expected = _walked(text, start, opening, closing)
                assert markdown_links._closing(text, start, opening, closing) == expected, (
                    text,
                    start,
                )
                checked += 1
    assert checked > 10_000


def test_links_images_and_brackets_as_text() -> None:
    def keep(url: str) -> str:
        return url

    text = (
        "See ![TOP 5 [Werbung]](https://x.example/a.png) and [[1](https://x.example/n)]"
        " or `[code](x)` and [a\\]b](https://x.example/b).\n\n[broken](https://x"
    )
    assert rewrite(text, keep, keep) == (
        "See ![TOP 5 Werbung](https://x.example/a.png) and \\[[1](https://x.example/n)\\]"
        " or `[code](x)` and [a\\]b](https://x.example/b).\n\n\\[broken\\](https://x"
    )
