"""Highlights in the library: making, editing, deleting, re-anchoring across revisions,
and the one list of highlights and bookmarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from edicola.core.annotations.marks import ANCHORED, BOOKMARK, HIGHLIGHT, ORPHANED, bookmark_id
from edicola.core.bundle.edition_source import build_edition
from edicola.store.catalogs import Subscription
from edicola.store.highlights import HighlightError
from edicola.store.library import Library
from edicola.store.marks import ORDERS
from edicola.testing.editions import make_edition_source

PONTE = "gazzetta-2026-05-04/ponte-nuovo"
MERCATO = "gazzetta-2026-05-04/mercato"
BODY = (
    "Il sindaco ha parlato ieri in consiglio comunale.\n\n"
    '"Ricostruiremo il vecchio ponte entro la primavera" ha detto, tra gli applausi.\n\n'
    "L'opposizione ha chiesto i conti: nessuno li ha visti.\n\n"
    "Il ponte era chiuso da due anni.\n"
)
QUOTE = "Ricostruiremo il vecchio ponte entro la primavera"


def articles(
    ponte_body: str, mercato_body: str = "Il mercato si sposta verso il porto.\n"
) -> dict[str, tuple[str, str, str, str]]:
    return {
        "01-ponte-nuovo.md": ("notizie", "Il ponte nuovo", "Due anni di lavori.", ponte_body),
        "02-mercato.md": ("notizie", "Il mercato cambia piazza", "Al porto.", mercato_body),
    }


def import_revision(library: Library, tmp_path: Path, revision: int, **bodies: str) -> None:
    source = make_edition_source(
        tmp_path / f"r{revision}", revision=revision, articles=articles(**bodies)
    )
    library.editions.import_bundle(build_edition(source, tmp_path / f"b{revision}").path)


@pytest.fixture
def library_r1(library: Library, tmp_path: Path) -> Library:
    import_revision(library, tmp_path, 1, ponte_body=BODY)
    return library


def test_make_edit_and_delete_a_highlight(library_r1: Library) -> None:
    store = library_r1.highlights
    made = store.add(PONTE, quote='"Ricostruiremo il vecchio ponte', note="promessa", color="green")
    assert made.id.startswith("h-") and made.kind == HIGHLIGHT and made.state == ANCHORED
    assert made.quote == "«Ricostruiremo il vecchio ponte"  # as shown: Italian guillemets
    assert made.anchor is not None and made.anchor.prefix.endswith("comunale.\n")
    assert (made.title, made.publication_title, made.edition_date) == (
        "Il ponte nuovo",
        "La Gazzetta di Prova",
        "2026-05-04",
    )
    edited = store.edit(made.id, note="promessa mancata", color="pink")
    assert (edited.note, edited.color) == ("promessa mancata", "pink")
    assert edited.modified > made.modified and edited.created == made.created
    assert [m.id for m in store.for_article(PONTE)] == [made.id]
    [span] = store.spans(PONTE)
    assert (span.id, span.exact, span.color, span.has_note) == (made.id, made.quote, "pink", True)
    assert made.anchor is not None and store.spans(PONTE, before=made.anchor.start) == []
    removed = store.remove(made.id)
    assert removed == edited and store.get(made.id) is None and store.remove(made.id) is None
    store.restore(removed)
    assert store.get(made.id) == edited


def test_a_span_selected_in_the_text_makes_the_same_highlight(library_r1: Library) -> None:
    store = library_r1.highlights
    by_quote = store.add(PONTE, quote="nessuno li ha visti")
    assert by_quote.anchor is not None
    by_span = store.add(PONTE, span=(by_quote.anchor.start - 1, by_quote.anchor.end + 1))
    assert by_span.anchor is not None
    assert (by_span.anchor.start, by_span.anchor.end) != (0, 0)
    assert by_span.quote.strip(" .:") == "nessuno li ha visti"


def test_bad_requests_are_refused_and_change_nothing(library_r1: Library) -> None:
    store = library_r1.highlights
    with pytest.raises(HighlightError, match="not in article"):
        store.add(PONTE, quote="un ponte d'oro")
    with pytest.raises(HighlightError, match="no article"):
        store.add("gazzetta-2026-05-04/nothing", quote="ponte")
    with pytest.raises(HighlightError, match="colour must be one of"):
        store.add(PONTE, quote="ponte", color="purple")
    with pytest.raises(HighlightError, match="no text selected"):
        store.add(PONTE, span=(3, 3))
    with pytest.raises(HighlightError, match="no highlight"):
        store.edit("h-0000000000", note="x")
    assert store.count() == 0


def test_revision_with_a_paragraph_added_above_reanchors(
    library_r1: Library, tmp_path: Path
) -> None:
    store = library_r1.highlights
    made = store.add(PONTE, quote=QUOTE, note="n")
    import_revision(library_r1, tmp_path, 2, ponte_body="Aggiornato alle 18.\n\n" + BODY)
    again = store.get(made.id)
    assert again is not None and again.state == ANCHORED and again.quote == QUOTE
    assert again.anchor is not None and made.anchor is not None
    assert again.anchor.start == made.anchor.start + len("Aggiornato alle 18.\n")
    assert again.note == "n" and again.created == made.created


def test_revision_with_words_changed_near_the_quote_reanchors(
    library_r1: Library, tmp_path: Path
) -> None:
    store = library_r1.highlights
    made = store.add(PONTE, quote=QUOTE)
    changed = BODY.replace("ha detto, tra gli applausi", "ha promesso tra i fischi").replace(
        "Ricostruiremo il vecchio ponte", "Ricostruiremo il ponte"
    )
    import_revision(library_r1, tmp_path, 2, ponte_body=changed)
    again = store.get(made.id)
    assert again is not None and again.state == ANCHORED
    assert again.quote == "Ricostruiremo il ponte entro la primavera"
    assert again.anchor is not None and again.anchor.suffix.startswith("» ha promesso")
    assert [m.id for m in library_r1.marks.marks(text="ponte primavera")] == [made.id]


def test_a_removed_sentence_leaves_an_orphan_that_can_come_back(
    library_r1: Library, tmp_path: Path
) -> None:
    store = library_r1.highlights
    kept = store.add(PONTE, quote="Il ponte era chiuso da due anni", note="resta")
    gone = store.add(PONTE, quote=QUOTE, note="sparita")
    removed = BODY.replace(
        '"Ricostruiremo il vecchio ponte entro la primavera" ha detto, tra gli applausi.\n\n', ""
    )
    import_revision(library_r1, tmp_path, 2, ponte_body=removed)
    orphan = store.get(gone.id)
    assert orphan is not None and orphan.state == ORPHANED
    assert orphan.quote == gone.quote and orphan.note == "sparita" and orphan.available
    assert store.get(kept.id).state == ANCHORED  # type: ignore[union-attr]
    import_revision(library_r1, tmp_path, 3, ponte_body=BODY)
    back = store.get(gone.id)
    assert back is not None and back.state == ANCHORED and back.quote == QUOTE


def test_a_passage_moved_to_another_article_follows_it(library_r1: Library, tmp_path: Path) -> None:
    store = library_r1.highlights
    made = store.add(PONTE, quote="Il ponte era chiuso da due anni")
    import_revision(
        library_r1,
        tmp_path,
        2,
        ponte_body="Il sindaco ha parlato.\n",
        mercato_body="Il mercato si sposta.\n\nIl ponte era chiuso da due anni.\n",
    )
    moved = store.get(made.id)
    assert moved is not None and moved.article_id == MERCATO and moved.state == ANCHORED
    assert moved.title == "Il mercato cambia piazza"


def test_removing_the_edition_keeps_highlights_listed(library_r1: Library) -> None:
    made = library_r1.highlights.add(PONTE, quote=QUOTE, note="tenuta")
    library_r1.editions.delete_edition("gazzetta-2026-05-04")
    [kept] = library_r1.marks.marks()
    assert kept.id == made.id and not kept.available
    assert (kept.title, kept.note, kept.quote) == ("Il ponte nuovo", "tenuta", QUOTE)


def test_bookmarks_and_highlights_are_listed_together(library_r1: Library) -> None:
    library_r1.bookmarks.add(MERCATO, note="da leggere al porto")
    pink = library_r1.highlights.add(PONTE, quote="Il ponte era chiuso", color="pink")
    yellow = library_r1.highlights.add(PONTE, quote=QUOTE, note="primavera")
    marks = library_r1.marks
    assert [m.kind for m in marks.marks()] == [HIGHLIGHT, HIGHLIGHT, BOOKMARK]
    by_edition = marks.marks(order="edition")
    assert [m.id for m in by_edition] == [yellow.id, pink.id, bookmark_id(MERCATO)]
    assert [m.id for m in marks.marks(order="color")][:2] == [yellow.id, pink.id]
    assert [m.id for m in marks.marks(color="pink")] == [pink.id]
    assert [m.kind for m in marks.marks(kinds=[BOOKMARK])] == [BOOKMARK]
    assert [m.id for m in marks.marks(text="porto")] == [bookmark_id(MERCATO)]
    assert [m.id for m in marks.marks(text="PRIMAVERA")] == [yellow.id]
    assert {m.id for m in marks.marks(publication_id="gazzetta")} == {
        pink.id,
        yellow.id,
        bookmark_id(MERCATO),
    }
    assert marks.marks(edition_id="other") == []
    with pytest.raises(ValueError, match="order must be one of"):
        marks.marks(order="size")
    for order in ORDERS:  # the view's lean rows list the same marks in the same order
        for text in ("", "porto", "ponte"):
            summaries = marks.summaries(order=order, text=text)
            assert [(s.id, s.kind) for s in summaries] == [
                (m.id, m.kind) for m in marks.marks(order=order, text=text)
            ]
    assert marks.summaries(color="green") == []
    whole = marks.summaries(order="edition")
    pages = [marks.summaries(order="edition", limit=2, offset=at) for at in (0, 2)]
    assert pages[0] + pages[1] == whole and marks.count() == len(whole) == 3
    assert marks.count(text="porto") == 1 and marks.count(kinds=[BOOKMARK]) == 1
    first = marks.summaries(kinds=[HIGHLIGHT])[0]
    assert (first.quote, first.note, first.title) == (QUOTE, "primavera", "Il ponte nuovo")


def test_retention_keeps_a_highlighted_edition(library_r1: Library) -> None:
    library_r1.highlights.add(PONTE, quote=QUOTE)
    keep_none = Subscription("https://catalog.example/", "gazzetta", False, 0, None)
    assert library_r1.catalogs.retention_candidates(keep_none, date(2030, 1, 1)) == []
    library_r1.highlights.remove(library_r1.marks.marks()[0].id)
    assert library_r1.catalogs.retention_candidates(keep_none, date(2030, 1, 1)) == [
        "gazzetta-2026-05-04"
    ]
