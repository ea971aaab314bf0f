"""The search index: language-aware matching, ranking, filters, upkeep, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition, remove_edition

BLNS = Path(__file__).resolve().parent.parent / "data" / "blns" / "blns.json"


@pytest.fixture
def index(memory_db: Database) -> SearchIndex:
    idx = SearchIndex(memory_db)
    add_edition(
        memory_db,
        idx,
        [
            Doc("veicoli", "Nuovi veicoli in città", "I veicoli elettrici arrivano in centro."),
            Doc("veicolo", "Un veicolo speciale", "Il veicolo ha una batteria elettrica."),
            Doc(
                "derby",
                "Derby sotto la pioggia",
                "Pareggio nel fango.",
                section="sport",
                authors=["Maria Rossi"],
            ),
            Doc("piazza", "La piazza del duomo", "Si parla della piazza del duomo, anche oggi."),
            Doc("sciopero", "Sciopero dei tram", "I tram notturni si fermano per lo sciopero."),
            Doc("bus", "Bus notturni", "Nuove linee di bus notturni."),
        ],
        date="2026-01-10",
    )
    add_edition(
        memory_db,
        idx,
        [
            Doc("drive", "Drivers and the drive home", "Driving at night is quieter."),
            Doc("market", "Markets open late", "The market sells electric bikes."),
        ],
        publication_id="courier",
        publication_title="Riverside Courier",
        language="en",
        date="2026-01-12",
    )
    return idx


def ids(index: SearchIndex, text: str, limit: int = 20) -> list[str]:
    return [r.article_id.split("/")[1] for r in index.search(text, limit=limit)]


def test_diacritics_and_case_do_not_matter(index: SearchIndex) -> None:
    assert ids(index, "CITTA") == ids(index, "città") == ["veicoli"]


def test_stemmed_forms_match_and_exact_words_rank_first(index: SearchIndex) -> None:
    assert ids(index, "veicolo") == ["veicolo", "veicoli"]
    assert ids(index, "veicoli") == ["veicoli", "veicolo"]
    assert set(ids(index, "elettrico")) == {"veicoli", "veicolo"}
    assert ids(index, "elettrica")[0] == "veicolo"


def test_english_stemming(index: SearchIndex) -> None:
    assert ids(index, "drive") == ["drive"]
    assert ids(index, "driving") == ["drive"]
    assert ids(index, "markets") == ["market"]


def test_prefix_completes_the_last_word(index: SearchIndex) -> None:
    assert set(ids(index, "elettr")) == {"veicoli", "veicolo"}
    assert ids(index, "notturn") == ["bus", "sciopero"] or set(ids(index, "notturn")) == {
        "bus",
        "sciopero",
    }
    assert ids(index, "speci") == ["veicolo"]
    assert ids(index, "speci ") == []  # a finished word is not completed
    assert set(ids(index, "elet* veicolo ")) == {"veicoli", "veicolo"}


def test_phrase_or_and_exclusion(index: SearchIndex) -> None:
    assert ids(index, '"piazza del duomo"') == ["piazza"]
    assert ids(index, '"duomo del piazza"') == []
    assert set(ids(index, "sciopero OR bus")) == {"sciopero", "bus"}
    assert ids(index, "notturni -sciopero") == ["bus"]
    assert ids(index, "notturni -scioperi") == ["bus"]  # excludes every form


def test_title_outweighs_body(index: SearchIndex) -> None:
    assert ids(index, "tram") == ["sciopero"]
    assert ids(index, "bus notturni")[0] == "bus"


def test_filters(index: SearchIndex) -> None:
    assert ids(index, "section:sport") == ["derby"]
    assert ids(index, "pioggia section:Sport") == ["derby"]
    assert ids(index, "pioggia -section:sport") == []
    assert ids(index, "author:rossi") == ["derby"]
    assert ids(index, "publication:courier") == ["drive", "market"] or set(
        ids(index, "publication:courier")
    ) == {"drive", "market"}
    assert set(ids(index, "publication:riverside electric")) == {"market"}
    assert set(ids(index, "after:2026-01-10")) == {"drive", "market"}
    assert "drive" not in ids(index, "before:2026-01-12 veicolo")
    assert ids(index, "after:2026-01-12 market") == []
    assert ids(index, "before:2026-01-11 market") == []


def test_results_carry_display_fields_and_highlighted_snippets(index: SearchIndex) -> None:
    [first, second] = index.search("veicolo")
    assert first.title == "Un veicolo speciale"
    assert (first.publication_title, first.edition_date) == ("Il Faro", "2026-01-10")
    assert first.section_title == "Notizie"
    highlighted = [text for text, hit in second.snippet if hit]
    assert highlighted == ["veicoli"]  # stemmed matches are highlighted too
    assert "".join(text for text, _hit in second.snippet).startswith("I veicoli elettrici")
    payload = json.dumps(first.to_json())
    assert "snippet" in payload


def test_recent_editions_break_ties(memory_db: Database) -> None:
    index = SearchIndex(memory_db)
    for date in ("2026-01-01", "2026-03-01", "2026-02-01"):
        add_edition(memory_db, index, [Doc("same", "Stesso titolo", "Stesso testo.")], date=date)
    assert [r.edition_date for r in index.search("stesso")] == [
        "2026-03-01",
        "2026-02-01",
        "2026-01-01",
    ]


def test_removal_and_update_keep_the_index_in_step(memory_db: Database) -> None:
    index = SearchIndex(memory_db)
    edition = add_edition(memory_db, index, [Doc("a", "Ponte nuovo", "Il ponte apre.")])
    assert ids(index, "ponte") == ["a"]
    remove_edition(memory_db, index, edition)
    assert ids(index, "ponte") == []
    add_edition(memory_db, index, [Doc("a", "Ponte chiuso", "Il ponte chiude.")])
    assert ids(index, "chiude") == ["a"] and ids(index, "apre") == []
    terms = {row[0] for row in memory_db.execute("SELECT term FROM search_terms")}
    assert "apre" not in terms and "chiude" in terms
    assert memory_db.execute(
        "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)"
    )


def test_reindex_rebuilds_the_same_results(index: SearchIndex) -> None:
    before = [ids(index, q) for q in ("veicolo", "elettr", "section:sport", "the")]
    ticks: list[int] = []
    assert index.reindex(progress=ticks.append) == 8
    assert ticks == [1, 1]
    assert [ids(index, q) for q in ("veicolo", "elettr", "section:sport", "the")] == before


def test_index_is_small(index: SearchIndex) -> None:
    index_bytes, text_bytes = index.sizes()
    assert index_bytes > 0 and text_bytes > 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        '""',
        "OR",
        "AND",
        "NOT",
        "-",
        "*",
        "(",
        ")",
        "NEAR(a b)",
        "a:b",
        "^",
        "tram AND",
        '"tram',
        "\x00",
        "x" * 10_000,
        "🎉" * 300,
        "שלום עולם",
        "before:",
        "section:",
    ],
)
def test_awkward_queries_never_raise(index: SearchIndex, text: str) -> None:
    assert isinstance(index.search(text), list)


def test_every_naughty_string_is_safe(index: SearchIndex) -> None:
    for text in json.loads(BLNS.read_text("utf-8")):
        for variant in (text, f'"{text}', f"tram {text}*", f"-{text}"):
            results = index.search(variant, limit=5)
            assert isinstance(results, list)


def test_title_matches_rank_above_body_only_matches(memory_db: Database) -> None:
    idx = SearchIndex(memory_db)
    add_edition(
        memory_db,
        idx,
        [Doc(f"other{n}", f"Cronaca {n}", "Il sindaco parla in piazza.") for n in range(20)]
        + [Doc(f"body{n}", f"Notizia {n}", "Il veicolo parte. " * 12) for n in range(6)]
        + [Doc("title", "Veicoli in centro", "Una lunga giornata di traffico in città.")],
        date="2026-01-10",
    )
    # The title has another form of the word, the bodies the word itself.
    assert ids(idx, "veicolo")[0] == "title"


def test_title_matches_beyond_the_ranking_window_reach_the_top(
    memory_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import edicola.store.search_query as search_query

    monkeypatch.setattr(search_query, "WINDOW", 5)
    idx = SearchIndex(memory_db)
    add_edition(memory_db, idx, [Doc("old", "Governo, la fiducia", "Si vota.")], date="2020-01-01")
    add_edition(
        memory_db,
        idx,
        [Doc(f"new{n}", f"Cronaca {n}", "Il governo e la città.") for n in range(20)],
        date="2026-01-10",
    )
    assert ids(idx, "governo", limit=5)[0] == "old"


def test_a_title_only_match_is_highlighted_in_the_title(index: SearchIndex) -> None:
    [result] = index.search("duomo piazza")
    assert ("duomo", True) in [(t.lower(), h) for t, h in result.title_runs]
    [result] = index.search("pioggia")
    assert result.title_runs == (("Derby sotto la ", False), ("pioggia", True))
    assert result.to_json()["title_runs"] == [["Derby sotto la ", False], ["pioggia", True]]


def test_index_and_snippets_use_the_text_as_shown(memory_db: Database) -> None:
    idx = SearchIndex(memory_db)
    body = (
        "Il bando\n--------\n\nScrivete a <biblioteca@vocedellago.example> entro marzo[^1].\n\n"
        "| Sede | Orario |\n|---|---|\n| Centro | 9-18 |\n\n[^1]: Farà fede il timbro."
    )
    add_edition(memory_db, idx, [Doc("bando", "Il bando", body)])
    [result] = idx.search("vocedellago")
    shown = "".join(text for text, _ in result.snippet)
    assert "biblioteca@vocedellago.example" in shown
    for markup in ("---", "[^1]", "|"):
        assert markup not in shown
    assert ids(idx, "timbro") == ["bando"] and ids(idx, "orario") == ["bando"]


def test_a_match_far_into_a_long_article_gets_its_snippet(memory_db: Database) -> None:
    idx = SearchIndex(memory_db)
    filler = "\n\n".join(f"Paragrafo numero {n} senza sorprese." for n in range(200))
    add_edition(memory_db, idx, [Doc("lungo", "Un pezzo lungo", filler + "\n\nInfine il faro.")])
    [result] = idx.search("faro")
    assert result.snippet[0][0].startswith("…") and ("faro", True) in result.snippet
    [result] = idx.search("pezzo")  # in the title only: the snippet is the start
    assert result.snippet[0][0].startswith("Paragrafo numero 0")
