"""Anchoring a passage: folding, the selectors, and finding it again in a changed text."""

from __future__ import annotations

import random

import pytest

from edicola.core.annotations.anchoring import Text, locate
from edicola.core.annotations.article_text import Normalised, article_text, normalise
from edicola.core.annotations.fold import Folded, fold
from edicola.core.annotations.selectors import Anchor, describe, find_quote

STORY = (
    "Il sindaco ha parlato ieri in consiglio comunale.\n"
    "«Ricostruiremo il vecchio ponte entro la primavera» ha detto, tra gli applausi.\n"
    "L’opposizione ha chiesto i conti: nessuno li ha visti.\n"
    "Il ponte era chiuso da due anni."
)
QUOTE = "Ricostruiremo il vecchio ponte entro la primavera"


def anchor_of(text: str, quote: str) -> Anchor:
    found = find_quote(text, quote)
    assert found is not None
    return found


def test_folding_makes_straight_quotes_find_typographic_ones() -> None:
    assert fold("L’opposizione “disse” — «basta»…  ok") == 'l\'opposizione "disse" - "basta"... ok'
    assert fold("a\u200bb\u00adc") == "abc"
    folded = Folded("It’s  “here”")
    at = folded.find_all(fold('it\'s "here"'))[0]
    assert folded.span(at, at + len(fold('it\'s "here"'))) == (0, 12)


def test_find_quote_folds_apostrophes_quotes_and_whitespace() -> None:
    found = anchor_of(STORY, "L'opposizione   ha chiesto")
    assert found.exact == "L’opposizione ha chiesto"
    assert STORY[found.start : found.end] == found.exact
    assert found.prefix.endswith("applausi.\n") and found.suffix.startswith(" i conti")
    assert find_quote(STORY, '"Ricostruiremo il vecchio ponte') is not None
    assert find_quote(STORY, "un ponte d'oro") is None
    assert find_quote(STORY, "   ") is None


def test_describe_trims_the_selection_and_refuses_blank() -> None:
    found = describe(STORY, 49, 60)
    assert found is not None and found.exact == "«Ricostrui" and found.start == 50
    assert describe(STORY, 49, 50) is None
    assert [s["type"] for s in found.selectors()] == ["TextQuoteSelector", "TextPositionSelector"]


def test_unchanged_text_is_found_at_its_offsets() -> None:
    anchor = anchor_of(STORY, QUOTE)
    found = locate(Text(STORY), anchor)
    assert found is not None and found.anchor == anchor and not found.moved


def test_a_paragraph_added_above_moves_the_offsets() -> None:
    anchor = anchor_of(STORY, QUOTE)
    revised = "Aggiornamento delle 18: la seduta è stata sospesa.\n" + STORY
    found = locate(Text(revised), anchor)
    assert found is not None
    assert found.anchor.exact == QUOTE and found.anchor.start == anchor.start + 51
    assert revised[found.anchor.start : found.anchor.end] == QUOTE


def test_words_changed_near_the_quote_keep_it() -> None:
    anchor = anchor_of(STORY, QUOTE)
    revised = STORY.replace("ha detto, tra gli applausi", "ha promesso, tra i fischi").replace(
        "ha parlato ieri in consiglio", "è intervenuto"
    )
    found = locate(Text(revised), anchor)
    assert found is not None and found.anchor.exact == QUOTE
    assert found.anchor.suffix.startswith("» ha promesso")


def test_a_word_changed_inside_the_quote_is_found_approximately() -> None:
    anchor = anchor_of(STORY, QUOTE)
    revised = STORY.replace("vecchio ponte", "ponte di ferro")
    found = locate(Text(revised), anchor)
    assert found is not None and found.moved
    assert found.anchor.exact == "Ricostruiremo il ponte di ferro entro la primavera"


def test_a_removed_sentence_is_not_found() -> None:
    anchor = anchor_of(STORY, QUOTE)
    revised = STORY.replace("«Ricostruiremo il vecchio ponte entro la primavera» ha detto, ", "")
    assert locate(Text(revised), anchor) is None
    short = anchor_of(STORY, "nessuno")
    assert locate(Text(STORY.replace("nessuno li ha visti", "tutti li hanno")), short) is None


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    text = "Il ponte era chiuso. Poi il ponte era chiuso di nuovo, per sempre."
    second = describe(text, text.index("il ponte era chiuso di"), text.index(" di nuovo"))
    assert second is not None
    revised = "Premessa. " + text.replace("Il ponte era chiuso.", "Il ponte era chiuso!")
    found = locate(Text(revised), second)
    assert found is not None
    assert revised[found.anchor.end :].startswith(" di nuovo")


def test_typographic_changes_in_a_revision_are_folded() -> None:
    text = 'He said "it\'s fine" and left.'
    anchor = anchor_of(text, '"it\'s fine"')
    revised = "Intro.\nHe said “it’s  fine” and left."
    found = locate(Text(revised), anchor)
    assert found is not None and found.anchor.exact == "“it’s  fine”" and not found.moved


def test_article_text_is_one_line_per_block() -> None:
    body = (
        "<h1>Title</h1><p>One  <em>two</em>\nthree</p><ul><li>a</li><li><p>b</p></li></ul>"
        '<div class="figure"><p><img src="edicola:image/e/x.png" alt=""></p>'
        '<p class="caption">Cap</p></div><p><img src="https://x.example/a.png">x</p>'
        "<table><tr><td>c1</td><td>c2</td></tr></table><pre>l1\n  l2</pre>"
    )
    assert article_text(body, "Title") == "One two three\na\nb\n\ufffc\nCap\nx\nc1\nc2\nl1\nl2"
    assert article_text(body, "Another").startswith("Title\nOne")


def test_normalised_maps_back_to_the_raw_text() -> None:
    raw = "  Title \n\n\nfirst  line\u00a0here \n\u2029 last\n"
    norm = Normalised(raw)
    assert norm.text == normalise(raw) == "Title\nfirst line here\nlast"
    start = norm.text.index("line")
    assert raw[slice(*norm.to_raw(start, start + 4))] == "line"
    assert norm.from_raw(raw.index("first"), raw.index("here") + 4) == (6, 21)
    rng = random.Random(7)
    alphabet = "ab \n\t\u00a0\u2028x"
    for _ in range(300):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        mapped = Normalised(sample)
        assert mapped.text == normalise(sample)
        for i, char in enumerate(mapped.text):
            raw = mapped.raw_index(i)
            assert sample[raw] == char if not char.isspace() else sample[raw].isspace()
            assert mapped.from_raw(raw, raw + 1) == (i, i + 1)


@pytest.mark.parametrize("size", [1, 5, 40])
def test_anchoring_is_deterministic_for_any_selection(size: int) -> None:
    for start in range(0, len(STORY) - size, 7):
        anchor = describe(STORY, start, start + size)
        if anchor is None:
            continue
        found = locate(Text(STORY), anchor)
        assert found is not None and found.anchor == anchor
