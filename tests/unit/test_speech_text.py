"""What read-aloud says: sentences cut where a listener hears them (Italian and
English), and an article's title, standfirst, byline, body and captions in order."""

from __future__ import annotations

import pytest

from edicola.core.model import Article
from edicola.core.render import render_markdown
from edicola.core.speech.script import (
    BYLINE,
    CAPTION,
    FOOTNOTE,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    STANDFIRST,
    TABLE_ROW,
    TITLE,
    article_script,
    body_blocks,
    spoken_byline,
)
from edicola.core.speech.sentences import sentences, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il Dott. Rossi è arrivato alle 10.30. Poi è ripartito.",
            ["Il Dott. Rossi è arrivato alle 10.30.", "Poi è ripartito."],
        ),
        (
            "«Vieni qui.» disse. «Sì.» Poi andò via… Ma no! Davvero?",
            ["«Vieni qui.» disse.", "«Sì.»", "Poi andò via…", "Ma no!", "Davvero?"],
        ),
        (
            "Libri, giornali ecc. e poi riviste. Libri ecc. Ora basta.",
            ["Libri, giornali ecc. e poi riviste.", "Libri ecc.", "Ora basta."],
        ),
        (
            "La Sig.ra Bianchi e il Prof. Neri, con l'On. Verdi, a S. Marco. Fine.",
            ["La Sig.ra Bianchi e il Prof. Neri, con l'On. Verdi, a S. Marco.", "Fine."],
        ),
        ("La S.p.A. Marconi ha chiuso. Oggi.", ["La S.p.A. Marconi ha chiuso.", "Oggi."]),
    ],
)
def test_italian_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington, D.C. on Monday. He paid $3.50 for it.",
            ["Mr. Smith went to Washington, D.C. on Monday.", "He paid $3.50 for it."],
        ),
        (
            'J. R. R. Tolkien wrote it. "Stop!" she said. "Why?" He left...',
            ["J. R. R. Tolkien wrote it.", '"Stop!" she said.', '"Why?"', "He left..."],
        ),
        (
            "The U.S. economy grew 2.5% in Jan. last year. Apple Inc. Shares rose.",
            ["The U.S. economy grew 2.5% in Jan. last year.", "Apple Inc.", "Shares rose."],
        ),
        ("Dr. Who? No. 5 is here.", ["Dr. Who?", "No. 5 is here."]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en-GB") == expected


def test_spans_point_into_the_text_without_spaces() -> None:
    text = "  One.   Two!\tThree  "
    spans = split_sentences(text, "en")
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three"]
    assert sentences("", "en") == [] and sentences("   ", "it") == []


def test_body_blocks_name_what_they_are() -> None:
    source = (
        "## Un titolo\n\nUn paragrafo[^1] con un [link](https://x.org).\n\n"
        "![Una didascalia](images/a.png)\n\n> Citazione. Seconda.\n\n- uno\n- due\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: La nota.\n"
    )
    html = render_markdown(
        source, edition_id="e", language="it", images=frozenset({"images/a.png"})
    ).html
    blocks = [(b.kind, b.text) for b in body_blocks(html)]
    assert blocks == [
        (HEADING, "Un titolo"),
        (PARAGRAPH, "Un paragrafo con un link."),
        (CAPTION, "Una didascalia"),
        (QUOTE, "Citazione. Seconda."),
        (LIST_ITEM, "uno"),
        (LIST_ITEM, "due"),
        (TABLE_ROW, "a, b"),
        (TABLE_ROW, "1, 2"),
        (FOOTNOTE, "La nota."),
    ]


def _article(
    language: str, authors: tuple[str, ...], body: str, title: str = "Il titolo"
) -> Article:
    html = render_markdown(body, edition_id="e", language=language).html
    return Article(
        id="e/a", edition_id="e", section_id="s", section_title="Cronaca", position=1,
        title=title, standfirst="Il sommario. In due frasi.", authors=authors,
        published="2026-11-24T06:40:00+01:00", url="", language=language, word_count=9,
        markdown=body, html=html,
    )  # fmt: skip


def test_script_reads_title_standfirst_byline_body_in_order() -> None:
    article = _article("it", ("Sara De Luca", "Marco Neri"), "Prima frase. Seconda.")
    script = article_script(article)
    said = [(u.kind, u.paragraph, u.text) for u in script.utterances]
    assert said == [
        (TITLE, 0, "Il titolo"),
        (STANDFIRST, 1, "Il sommario."),
        (STANDFIRST, 1, "In due frasi."),
        (BYLINE, 2, "di Sara De Luca e Marco Neri"),
        (PARAGRAPH, 3, "Prima frase."),
        (PARAGRAPH, 3, "Seconda."),
    ]
    # The page prints the byline in the reader's language: find it by the first name.
    assert script.utterances[3].shown == "Sara De Luca"
    assert script.paragraph_start(3) == 4 and script.paragraph_start(9) is None
    assert script.text().splitlines()[1] == "Il sommario. In due frasi."


def test_titles_get_the_pages_smart_quotes() -> None:
    article = _article("it", (), "Testo.", title='Il "caso" dell\'anno')
    assert article_script(article).utterances[0].text == "Il «caso» dell’anno"


def test_byline_in_the_articles_language() -> None:
    assert spoken_byline(("A", "B", "C"), "en") == "By A, B and C"
    assert spoken_byline(("A",), "it-IT") == "di A"
    assert spoken_byline((), "it") == ""
