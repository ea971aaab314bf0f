"""Reading a page's text by position: gutters against justified spaces, hyphens, CJK, order."""

from __future__ import annotations

from edicola.core.print.layout import Block, join_lines, reading_order
from edicola.core.print.text_lines import Char, build_lines
from edicola.core.print.text_types import Line, Word
from edicola.core.print.tokens import markdown_text, tokens

SIZE = 10.0
ADVANCE = 5.0
"""Points per character in these made-up lines."""


def chars(words: list[tuple[str, float]], baseline: float) -> list[Char | None]:
    """Characters of words starting at the given x on one baseline; None between words."""
    found: list[Char | None] = []
    for text, x in words:
        for i, letter in enumerate(text):
            left = x + i * ADVANCE
            box = (left, baseline - 9.0, left + ADVANCE, baseline + 3.0)
            found.append(Char(letter, box, SIZE, False, False))
        found.append(None)
    return found


def justified(words: list[str], left: float, right: float) -> list[tuple[str, float]]:
    """Words spread over ``left``..``right`` as justified text sets them."""
    widths = [len(w) * ADVANCE for w in words]
    gap = (right - left - sum(widths)) / max(1, len(words) - 1)
    placed, x = [], left
    for word, width in zip(words, widths, strict=True):
        placed.append((word, x))
        x += width + gap
    return placed


COLUMN_A = (40.0, 160.0)
COLUMN_B = (172.0, 292.0)  # a 12 pt gutter


def test_a_gutter_cuts_rows_into_columns_but_wide_justified_spaces_do_not() -> None:
    rows = [
        (["one", "two", "three", "four"], ["alpha", "beta", "gamma", "on"]),
        (["five", "six", "seven", "it"], ["delta", "eps", "zeta", "and", "so"]),
        (["eight", "nine", "ten", "eleven"], ["eta", "theta", "iota", "kappa"]),
        (["a", "b", "c"], ["lambda", "mu", "nu", "then", "x"]),  # 35 pt spaces in column A
        (["twelve", "to", "thirteen"], ["xi", "omicron", "pi", "we"]),
        (["fourteen", "or", "fifteen"], ["rho", "sigma", "tau", "upsi"]),
    ]
    found: list[Char | None] = []
    for number, (left, right) in enumerate(rows):
        baseline = 100.0 + number * 12.0
        found += chars(justified(left, *COLUMN_A), baseline)
        found += chars(justified(right, *COLUMN_B), baseline)
    lines = build_lines(found)
    texts = sorted(line.text for line in lines)
    assert len(lines) == 12
    assert "a b c" in texts and "lambda mu nu then x" in texts
    assert all(line.box[2] <= COLUMN_A[1] + 1 or line.box[0] >= COLUMN_B[0] - 1 for line in lines)


def test_a_short_last_line_beside_an_indented_paragraph_start_is_two_lines() -> None:
    """The gap is mostly inside column A; the next column's edge tells it is a gutter."""
    found: list[Char | None] = []
    for number in range(6):
        baseline = 100.0 + number * 12.0
        found += chars(justified(["lorem", "ipsum", "dolor", "sit"], *COLUMN_A), baseline)
        words = ["amet", "consectetur", "elit"] if number != 3 else ["sed", "do", "tempor"]
        found += chars(justified(words, *COLUMN_B), baseline)
    baseline = 100.0 + 6 * 12.0
    found += chars([("end.", COLUMN_A[0])], baseline)  # a paragraph's short last line
    found += chars(justified(["Then", "it", "goes"], COLUMN_B[0] + 10, COLUMN_B[1]), baseline)
    lines = [line.text for line in build_lines(found) if line.box[1] > baseline - 10]
    assert sorted(lines) == ["Then it goes", "end."]


def test_a_headline_and_a_byline_sharing_a_baseline_stay_apart() -> None:
    big = [
        Char(c, (40 + i * 20.0, 60.0, 60 + i * 20.0, 100.0), 36.0, False, False)
        for i, c in enumerate("Big")
    ]
    small = [
        Char(c, (40 + i * 5.0, 92.0, 45 + i * 5.0, 103.0), 8.0, False, False)
        for i, c in enumerate("By")
    ]
    lines = build_lines([*big, None, *small])
    assert sorted(line.text for line in lines) == ["Big", "By"]


def test_words_broken_at_line_ends_are_joined_again() -> None:
    assert join_lines(["l'ammini-", "strazione comunale"]) == "l'amministrazione comunale"
    assert join_lines(["Emilia-", "Romagna"]) == "Emilia-Romagna"
    assert join_lines(["港の新しい", "図書館"]) == "港の新しい図書館"
    assert join_lines(["one", "", "two"]) == "one two"


def test_tokens_fold_case_and_punctuation_and_split_cjk() -> None:
    assert tokens("«Città», l'assessore: 3,5 per cento!") == [
        "città",
        "l",
        "assessore",
        "3",
        "5",
        "per",
        "cento",
    ]
    assert tokens("港の図書館 Tokyo") == ["港", "の", "図", "書", "館", "tokyo"]
    text = markdown_text("See [the council](https://x.example/) and ![A caption](images/a.png).")
    assert tokens(text) == ["see", "the", "council", "and", "a", "caption"]


def _block(x0: float, y0: float, x1: float, y1: float, text: str) -> Block:
    line = Line((Word(text, (x0, y0, x1, y1)),), (x0, y0, x1, y1), SIZE, False, False)
    return Block((line,), (x0, y0, x1, y1), SIZE, False)


def test_an_article_is_read_column_by_column() -> None:
    blocks = [
        _block(172, 100, 292, 300, "second"),
        _block(40, 320, 160, 400, "after the picture"),
        _block(40, 100, 160, 200, "first"),
        _block(304, 100, 424, 150, "third"),
    ]
    assert [b.text for b in reading_order(blocks)] == [
        "first",
        "after the picture",
        "second",
        "third",
    ]
