"""The search syntax parser: words, phrases, OR, exclusions, filters, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edicola.core.search.query import MAX_TERMS, Term, help_text, parse

BLNS = Path(__file__).resolve().parent.parent / "data" / "blns" / "blns.json"


def test_words_are_folded_and_anded() -> None:
    query = parse("Città  TRAM")
    assert query.groups == ((Term(("citta",)),), (Term(("tram",)),))
    assert query.completes_last


def test_trailing_space_means_the_last_word_is_complete() -> None:
    assert not parse("tram ").completes_last
    assert not parse('"tram"').completes_last


def test_quoted_phrase_and_quoted_word_are_exact() -> None:
    query = parse('"Piazza del Duomo" "veicolo"')
    assert query.groups[0] == (Term(("piazza", "del", "duomo"), exact=True),)
    assert query.groups[1] == (Term(("veicolo",), exact=True),)


def test_unbalanced_quote_runs_to_the_end() -> None:
    assert parse('tram "notte fonda').groups[1] == (Term(("notte", "fonda"), exact=True),)


def test_or_joins_neighbours() -> None:
    query = parse("tram OR bus notte")
    assert query.groups == (
        (Term(("tram",)), Term(("bus",))),
        (Term(("notte",)),),
    )


@pytest.mark.parametrize("text", ["OR", "OR tram", "tram OR", "OR OR"])
def test_lone_or_is_ignored(text: str) -> None:
    query = parse(text)
    assert all(term.words != ("or",) for group in query.groups for term in group)


def test_exclusion_and_star() -> None:
    query = parse("elettr* -sciopero")
    assert query.groups == ((Term(("elettr",), prefix=True),),)
    assert query.excluded == (Term(("sciopero",)),)


def test_punctuated_word_becomes_a_phrase() -> None:
    assert parse("l'auto").groups == ((Term(("l", "auto")),),)


def test_filters() -> None:
    query = parse(
        'section:Sport publication:faro author:"Maria Rossi" after:2026-01-01 '
        "before:2026-02-01 -section:cronaca derby"
    )
    f = query.filters
    assert f.sections == ("sport",)
    assert f.publications == ("faro",)
    assert f.authors == ("maria rossi",)
    assert f.not_sections == ("cronaca",)
    assert (f.after, f.before) == ("2026-01-01", "2026-02-01")
    assert query.groups == ((Term(("derby",)),),)


def test_bad_date_is_read_as_words() -> None:
    query = parse("before:2026-13-45")
    assert query.filters.before is None
    assert query.groups[0][0].words == ("before", "2026", "13", "45")


def test_filter_alone_is_a_query() -> None:
    assert not parse("section:sport").is_empty
    assert parse("").is_empty
    assert parse("  -  ").is_empty
    assert parse("🎉 ∑ ‮").is_empty


def test_term_count_is_bounded() -> None:
    query = parse(" ".join(f"w{i}" for i in range(200)) + "\x00" * 5000)
    assert len(query.groups) == MAX_TERMS


def test_every_naughty_string_parses() -> None:
    for text in json.loads(BLNS.read_text("utf-8")):
        parse(text)
        parse(f'"{text}')
        parse(f"-{text} OR section:{text}")


def test_help_text_documents_the_syntax() -> None:
    text = help_text()
    for token in ('"', "OR", "-", "section:", "publication:", "author:", "before:", "after:"):
        assert token in text
    docs = Path(__file__).resolve().parents[2] / "docs" / "search.md"
    assert text.strip() in docs.read_text("utf-8"), "docs/search.md must quote help_text()"


def test_help_text_speaks_both_interface_languages() -> None:
    italian = help_text("it")
    assert "section:sport" in italian and "esattamente questa frase" in italian
    assert help_text("fr") == help_text("en") == help_text()
