"""The three exports (Obsidian Markdown, Web Annotation JSON-LD, Readwise CSV) and the
import round trip; the Web Annotation export checked against the W3C model's schemas."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

from edicola.core.annotations.markdown_export import markdown_files
from edicola.core.annotations.marks import ORPHANED
from edicola.core.annotations.readwise import COLUMNS, readwise_csv
from edicola.core.annotations.web_annotation import CONTEXT, collection
from edicola.store.highlights import HighlightError
from edicola.store.library import Library
from tests.unit.test_highlights_store import BODY, MERCATO, PONTE, QUOTE, import_revision

SCHEMAS = Path(__file__).parent.parent / "data" / "web-annotation"

# The schemas use the formats date-time and uri; jsonschema checks them only with
# optional packages, so the two are checked here (RFC 3339, RFC 3986's scheme:rest).
FORMATS = FormatChecker([])
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")


@FORMATS.checks("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_DATE_TIME.fullmatch(value))


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.fullmatch(value))


def w3c_assertions(test_file: str) -> list[tuple[str, dict[str, Any]]]:
    """The assertion schemas a W3C ``.test`` file lists (paths from the suite's root)."""
    return assertions(*json.loads((SCHEMAS / test_file).read_text("utf-8"))["assertions"])


def assertions(*names: str) -> list[tuple[str, dict[str, Any]]]:
    return [(name, json.loads((SCHEMAS / name).read_text("utf-8"))) for name in names]


def registry() -> Registry:
    resources = [
        (path.name, DRAFT4.create_resource(json.loads(path.read_text("utf-8"))))
        for path in sorted((SCHEMAS / "definitions").glob("*.json"))
    ]
    return Registry().with_resources(resources)


def failures(document: Any, assertions: list[tuple[str, dict[str, Any]]]) -> list[str]:
    found = []
    schemas = registry()
    for name, schema in assertions:
        validator = Draft4Validator(schema, registry=schemas, format_checker=FORMATS)
        valid = validator.is_valid(document)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            found.append(f"{name}: {schema.get('errorMessage', '')}")
    return found


@pytest.fixture
def marked(library: Library, tmp_path: Path) -> Library:
    import_revision(library, tmp_path, 1, ponte_body=BODY)
    library.highlights.add(PONTE, quote=QUOTE, note="La promessa\n\ndel *sindaco*", color="green")
    library.highlights.add(PONTE, quote="L'opposizione ha chiesto i conti")
    library.highlights.add(PONTE, quote="Il ponte era chiuso", color="pink")
    library.bookmarks.add(MERCATO, note="da leggere")
    gone = BODY.replace("L'opposizione ha chiesto i conti: nessuno li ha visti.\n\n", "")
    import_revision(library, tmp_path, 2, ponte_body=gone)
    return library


def test_web_annotation_export_meets_the_w3c_model(marked: Library) -> None:
    marks = marked.marks.marks(order="edition")
    document = json.loads(collection(marks))
    assert document["type"] == "AnnotationCollection" and document["total"] == 4
    assert failures(document, w3c_assertions("collections/collectionMusts.test")) == []
    assert failures(document, w3c_assertions("collections/pages/pageMusts.test")) == []
    musts = w3c_assertions("annotations/annotationMusts.test")
    uses = assertions(
        "annotations/specificResource/4.2.4-textQuoteSelector.json",
        "annotations/specificResource/4.2.5-textPositionSelector.json",
        "annotations/specificResource/4.4-styleClass.json",
    )
    purpose = assertions("annotations/bodiesTargets/3.3.5-bodyPurpose.json")
    items = document["first"]["items"]
    assert [item["motivation"] for item in items] == ["highlighting"] * 3 + ["bookmarking"]
    for item in items:
        assert item["@context"] == CONTEXT
        assert failures(item, musts) == [], item["id"]
        if item["motivation"] == "highlighting":
            assert failures(item, uses) == [], item["id"]
        if "body" in item:
            assert item["body"]["purpose"] == "commenting"
            assert failures(item, purpose) == [], item["id"]
    # The check can fail: the W3C schemas refuse what the model forbids.
    assert failures({k: v for k, v in items[0].items() if k != "target"}, musts)
    assert failures(items[0] | {"created": "yesterday"}, musts)
    assert failures(items[0] | {"id": "not an IRI"}, musts)


def test_web_annotation_import_round_trip_is_idempotent(marked: Library, tmp_path: Path) -> None:
    before = marked.marks.marks(order="edition")
    exported = collection(before)
    for mark in before:
        if mark.kind == "highlight":
            marked.highlights.remove(mark.id)
        else:
            marked.bookmarks.remove(mark.article_id)
    result = marked.highlights.import_web_annotations(exported, source="export.jsonld")
    assert (result.added, result.unchanged, result.skipped, result.orphaned) == (4, 0, 0, 1)
    after = marked.marks.marks(order="edition")
    assert [(m.id, m.kind, m.quote, m.note, m.color, m.state) for m in after] == [
        (m.id, m.kind, m.quote, m.note, m.color, m.state) for m in before
    ]
    assert [m.created[:19] for m in after] == [m.created[:19] for m in before]
    again = marked.highlights.import_web_annotations(exported, source="export.jsonld")
    assert (again.added, again.unchanged) == (0, 4)
    assert "4 unchanged" in again.describe()


def test_import_takes_other_tools_annotations_by_url(marked: Library) -> None:
    article = marked.editions.article(PONTE)
    assert article is not None
    foreign = [
        {
            "@context": CONTEXT,
            "id": "https://hypothes.is/a/123",
            "type": "Annotation",
            "bodyValue": "from another tool",
            "target": {
                "source": article.url,
                "selector": {"type": "TextQuoteSelector", "exact": "Il sindaco ha parlato"},
            },
        },
        {
            "@context": CONTEXT,
            "id": "https://hypothes.is/a/124",
            "type": "Annotation",
            "target": {
                "source": "https://elsewhere.example/",
                "selector": {"type": "TextQuoteSelector", "exact": "x"},
            },
        },
    ]
    result = marked.highlights.import_web_annotations(json.dumps(foreign), source="h.json")
    assert (result.added, result.skipped) == (1, 1)
    [made] = marked.marks.marks(text="another tool")
    assert made.quote == "Il sindaco ha parlato" and made.state != ORPHANED
    assert made.anchor is not None and made.anchor.prefix == ""


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[", "not JSON we accept"),
        ('{"type": "Nope"}', "type: not an Annotation"),
        ('[{"type": "Annotation", "target": 3}]', r"\[0\]\.target: has no TextQuoteSelector"),
        (
            '[{"type": "Annotation", "target": {"source": "u", "selector": '
            '{"type": "TextQuoteSelector", "exact": 5}}}]',
            "TextQuoteSelector.exact: must be a string",
        ),
        (
            '{"type": "AnnotationCollection", "first": "https://x.example/p1"}',
            "the page must be embedded",
        ),
        (
            '{"type": "AnnotationPage", "items": [{"type": "Annotation", "created": "soon", '
            '"motivation": "bookmarking", "target": "u"}]}',
            r"items\[0\]\.created: must be an ISO date",
        ),
    ],
)
def test_a_bad_file_is_one_line_and_changes_nothing(
    marked: Library, document: str, message: str
) -> None:
    count = marked.highlights.count()
    with pytest.raises(HighlightError, match=message) as raised:
        marked.highlights.import_web_annotations(document, source="bad.json")
    assert "\n" not in str(raised.value) and str(raised.value).startswith("bad.json")
    assert marked.highlights.count() == count


def test_markdown_export_is_one_obsidian_note_per_edition(marked: Library) -> None:
    marks = marked.marks.marks(order="edition")
    files = markdown_files(marks, marked.marks.edition_infos(m.edition_id for m in marks))
    assert list(files) == ["gazzetta-2026-05-04.md"]
    text = files["gazzetta-2026-05-04.md"]
    front, body = text.split("\n---\n", 1)
    assert front.splitlines() == [
        "---",
        'title: "La Gazzetta di Prova — 2026-05-04"',
        'publication: "La Gazzetta di Prova"',
        'date: "2026-05-04"',
        'link: "https://gazzetta.example/"',
        "tags: [edicola, highlights]",
    ]
    assert "## [Il ponte nuovo](https://gazzetta.example/2026/05/04/ponte-nuovo)" in body
    green = next(m for m in marks if m.color == "green")
    assert f"> «{QUOTE}» ^{green.id}" not in body  # the quote is the passage itself
    assert f"> {QUOTE} ^{green.id}\n\nLa promessa\n\ndel *sindaco*\n" in body
    assert "*(not found in this revision)*" in body
    assert body.index("Il ponte nuovo") < body.index("Il mercato cambia piazza")
    assert "Bookmarked " in body and "da leggere" in body


def test_readwise_csv_has_readwise_columns_and_only_highlights(marked: Library) -> None:
    marks = marked.marks.marks(order="edition")
    rows = list(csv.reader(io.StringIO(readwise_csv(marks))))
    assert (
        tuple(rows[0])
        == COLUMNS
        == (
            "Highlight",
            "Title",
            "Author",
            "URL",
            "Note",
            "Location",
            "Date",
        )
    )
    assert len(rows) == 4
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["Highlight"] == QUOTE and first["Title"] == "Il ponte nuovo"
    assert first["Author"] == "Anna Neri, Luca Blu" and first["Note"].startswith("La promessa")
    assert first["URL"] == "https://gazzetta.example/2026/05/04/ponte-nuovo"
    assert first["Location"].isdigit() and len(first["Date"]) == 19
