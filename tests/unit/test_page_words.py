"""Finding a quote in a printed page's text, and reading words selected on a page."""

from __future__ import annotations

from edicola.core.print.text_types import Line, PageText, Word
from edicola.ui.pages.page_words import find_quotes, select_words

PAGE_TEXT = (
    "Tram T1, il consiglio comunale approva orari e\r\ntariffe\r\n"
    "Mentre i convogli della linea T1 conti-\r\nnuano le corse di prova, l'opposizione\r\n"
    "ha votato contro. Il report says the scheme, budgeted\r\nat £14.2 million."
)


def spans_text(quote: str) -> list[str]:
    return [PAGE_TEXT[a:b] for a, b in find_quotes(PAGE_TEXT, [quote])]


def test_quotes_are_found_across_lines_hyphens_and_typographic_quotes() -> None:
    assert spans_text("approva orari e tariffe") == ["approva orari e\r\ntariffe"]
    assert spans_text("linea T1 continuano le corse") == ["linea T1 conti-\r\nnuano le corse"]
    assert spans_text("prova, l’opposizione") == ["prova, l'opposizione"]  # ’ finds '
    # A footnote's number in the text, none in print; words are drawn whole.
    assert spans_text("report1 says the scheme") == ["report says the scheme,"]


def test_a_word_the_pdf_maps_wrongly_is_let_pass_once_in_four() -> None:
    text = "the contractor has also found so7er ground than expected"
    found = find_quotes(text, ["contractor has also found softer ground than expected"])
    assert [text[a:b] for a, b in found] == [text[4:]]
    assert find_quotes(text, ["found softer ground"]) == []  # too few words to risk it


def test_a_quote_may_begin_and_end_inside_words() -> None:
    assert spans_text("siglio comunale appr") == ["consiglio comunale approva"]


def test_each_occurrence_is_found_and_missing_words_are_not() -> None:
    assert spans_text("T1") == ["T1,", "T1"]
    assert spans_text("orari e tariffe scontate") == []
    assert find_quotes(PAGE_TEXT, ["", "   "]) == []


def _line(y: float, x: float, *words: str) -> Line:
    placed, at = [], x
    for text in words:
        placed.append(Word(text, (at, y, at + 8 * len(text), y + 10)))
        at += 8 * len(text) + 4
    box = (x, y, at, y + 10)
    return Line(tuple(placed), box, 10, False, False)


def test_a_selection_is_read_column_by_column_and_made_whole() -> None:
    lines = (
        _line(0, 0, "Left", "one", "exam-"),
        _line(0, 300, "Right", "one"),
        _line(20, 0, "ple", "two"),
        _line(20, 300, "Right", "two"),
    )
    page = PageText(0, 600, 800, "1", lines, (), (), (), 40)
    chosen = select_words(page, (0, 0, 600, 40))
    assert chosen is not None
    assert chosen.quote == "Left one example two Right one Right two"
    assert len(chosen.boxes) == 9
    only_left = select_words(page, (0, 0, 200, 40))
    assert only_left is not None and only_left.quote == "Left one example two"
    assert select_words(page, (700, 700, 800, 800)) is None
