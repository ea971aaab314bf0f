"""W3C Web Annotation JSON-LD: the lossless export of highlights and bookmarks, and its import.

The export is an ``AnnotationCollection`` with one embedded ``AnnotationPage``.
A highlight is an Annotation (motivation ``highlighting``) whose target is the
article's canonical URL with a ``TextQuoteSelector`` and a
``TextPositionSelector``; its colour a ``styleClass`` (``edicola-yellow``)
with the annotation's ``CssStylesheet``; its note a ``TextualBody`` with
purpose ``commenting``. A bookmark is an Annotation with motivation
``bookmarking`` and the article's URL as target. Ids are ``urn:edicola:…``
so importing an export again changes nothing.

The import reads this shape back, and Web Annotations from other tools when
their target's source is the URL of an article in the library. A bad file is
refused whole, with one line naming the entry and the field.
See https://www.w3.org/TR/annotation-model/.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

from edicola.core.annotations.marks import BOOKMARK, COLORS, DEFAULT_COLOR, HIGHLIGHT, Mark
from edicola.core.annotations.selectors import Anchor

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN = "urn:edicola:"
ARTICLE_URN = URN + "article:"
MAX_ANNOTATIONS = 200_000
MAX_QUOTE = 20_000
_STYLE = {"yellow": "#fde68a", "green": "#bbf7d0", "blue": "#bfdbfe", "pink": "#fbcfe8"}
_LOCAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


class AnnotationFileError(ValueError):
    """The file is not Web Annotation JSON we can read (message names entry and field)."""


# -- export ----------------------------------------------------------------------------


def annotation_id(mark: Mark) -> str:
    return f"{URN}{mark.kind}:{mark.id}"


def article_source(mark: Mark) -> str:
    """The target's source: the article's canonical URL, else its library id as a URN."""
    if mark.url:
        return mark.url
    if mark.article_id:
        return ARTICLE_URN + quote(mark.article_id, safe="/-._~")
    return f"{URN}page:{quote(mark.edition_id, safe='-._~')}/{mark.page or 1}"


def annotation(mark: Mark) -> dict[str, Any]:
    """One mark as a Web Annotation (with its own ``@context``)."""
    entry: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_id(mark),
        "type": "Annotation",
        "motivation": "bookmarking" if mark.kind == BOOKMARK else "highlighting",
        "created": _xsd(mark.created),
        "modified": _xsd(mark.modified or mark.created),
    }
    if mark.note:
        entry["body"] = {
            "type": "TextualBody",
            "value": mark.note,
            "format": "text/plain",
            "purpose": "commenting",
        }
    if mark.kind == BOOKMARK or mark.anchor is None:
        entry["target"] = article_source(mark)
        return entry
    color = mark.color if mark.color in COLORS else DEFAULT_COLOR
    entry["stylesheet"] = {
        "type": "CssStylesheet",
        "value": f".edicola-{color} {{ background-color: {_STYLE[color]}; }}",
    }
    entry["target"] = {
        "type": "SpecificResource",
        "source": article_source(mark),
        "styleClass": f"edicola-{color}",
        "selector": mark.anchor.selectors(),
    }
    return entry


def collection(marks: Sequence[Mark], label: str = "Edicola highlights and bookmarks") -> str:
    """The marks as an AnnotationCollection document (JSON text).

    Its id is derived from the contents, so the same marks export to the same file.
    """
    items = [annotation(mark) for mark in marks]
    digest = hashlib.sha256(json.dumps(items, sort_keys=True).encode("utf-8")).hexdigest()
    collection_id = f"{URN}export:{digest[:16]}"
    document = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {
            "id": collection_id + "/page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _xsd(iso: str) -> str:
    """An ISO timestamp as xsd:dateTime in UTC, whole seconds (``2026-05-04T07:00:00Z``)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    """One annotation read from a file, before it is matched to the library."""

    kind: str
    source: str
    """The target's source: an article URL, or ``urn:edicola:article:…``."""
    local_id: str | None
    """The mark's id when the file came from Edicola (importing again is a no-op)."""
    anchor: Anchor | None
    note: str
    color: str
    created: str
    modified: str

    @property
    def article_id(self) -> str | None:
        """The library article id a ``urn:edicola:article:`` source names."""
        if self.source.startswith(ARTICLE_URN):
            return unquote(self.source[len(ARTICLE_URN) :])
        return None


def read_annotations(document: Any, where: str) -> list[Imported]:
    """The annotations of a parsed file: a collection, a page, a list or one annotation."""
    items, path = _items(document, where)
    if len(items) > MAX_ANNOTATIONS:
        raise AnnotationFileError(f"{where}: more than {MAX_ANNOTATIONS} annotations")
    return [_annotation(item, f"{path}[{i}]") for i, item in enumerate(items)]


def _types(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _items(document: Any, where: str) -> tuple[list[Any], str]:
    """The annotations and the name of the list they are in (for error lines)."""
    if isinstance(document, list):
        return document, f"{where}: "
    if not isinstance(document, dict):
        raise AnnotationFileError(f"{where}: not a Web Annotation document (an object or a list)")
    kinds = _types(document.get("type"))
    path = f"{where}: "
    if "AnnotationCollection" in kinds:
        first = document.get("first")
        if first is None:
            return [], path
        if not isinstance(first, dict):
            raise AnnotationFileError(
                f"{where}: first: the page must be embedded (a page given by reference "
                "cannot be read offline)"
            )
        document, path = first, f"{where}: first."
        kinds = _types(document.get("type"))
    if "AnnotationPage" in kinds or "items" in document:
        items = document.get("items")
        if not isinstance(items, list):
            raise AnnotationFileError(f"{path}items: must be a list of annotations")
        return items, f"{path}items"
    if "Annotation" in kinds:
        return [document], f"{where}: annotation"
    raise AnnotationFileError(
        f"{where}: type: not an Annotation, AnnotationPage or AnnotationCollection"
    )


def _annotation(item: Any, where: str) -> Imported:
    if not isinstance(item, dict):
        raise AnnotationFileError(f"{where}: must be an annotation object")
    if "Annotation" not in _types(item.get("type")):
        raise AnnotationFileError(f"{where}.type: must be 'Annotation'")
    bookmark = "bookmarking" in _types(item.get("motivation"))
    source, target = _target(item.get("target"), where, need_quote=not bookmark)
    anchor = None if bookmark else _anchor(target, f"{where}.target")
    local_id = None
    prefix = f"{URN}{BOOKMARK if bookmark else HIGHLIGHT}:"
    raw_id = item.get("id")
    if isinstance(raw_id, str) and raw_id.startswith(prefix):
        candidate = raw_id[len(prefix) :]
        local_id = candidate if _LOCAL_ID.fullmatch(candidate) else None
    color = DEFAULT_COLOR
    style = target.get("styleClass") if target else None
    for name in _types(style):
        if name.startswith("edicola-") and name[8:] in COLORS:
            color = name[8:]
    created = _timestamp(item.get("created"), f"{where}.created")
    modified = _timestamp(item.get("modified"), f"{where}.modified") or created
    return Imported(
        kind=BOOKMARK if bookmark else HIGHLIGHT,
        source=source,
        local_id=local_id,
        anchor=anchor,
        note=_note(item, where),
        color=color,
        created=created,
        modified=modified,
    )


def _target(value: Any, where: str, need_quote: bool) -> tuple[str, dict[str, Any] | None]:
    """The target's source IRI, and the target object when it has one."""
    candidates = value if isinstance(value, list) else [value]
    for number, target in enumerate(candidates):
        here = f"{where}.target" + (f"[{number}]" if isinstance(value, list) else "")
        if isinstance(target, str) and target and not need_quote:
            return target, None
        if isinstance(target, dict):
            source = target.get("source", target.get("id"))
            if not isinstance(source, str) or not source:
                raise AnnotationFileError(f"{here}.source: must be an IRI string")
            if not need_quote or _selectors_of(target, "TextQuoteSelector"):
                return source, target
    if need_quote:
        raise AnnotationFileError(
            f"{where}.target: has no TextQuoteSelector (nothing to highlight)"
        )
    raise AnnotationFileError(f"{where}.target: must be an IRI or an object with a source")


def _selectors_of(target: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    selectors = target.get("selector")
    listed = selectors if isinstance(selectors, list) else [selectors]
    return [s for s in listed if isinstance(s, dict) and kind in _types(s.get("type"))]


def _anchor(target: dict[str, Any] | None, where: str) -> Anchor:
    assert target is not None
    quote_selector = _selectors_of(target, "TextQuoteSelector")[0]
    fields: dict[str, str] = {}
    for key in ("exact", "prefix", "suffix"):
        value = quote_selector.get(key, "")
        if not isinstance(value, str):
            raise AnnotationFileError(f"{where}.selector.TextQuoteSelector.{key}: must be a string")
        fields[key] = value[:MAX_QUOTE]
    if not fields["exact"].strip():
        raise AnnotationFileError(f"{where}.selector.TextQuoteSelector.exact: must not be empty")
    start, end = 0, 0
    for position in _selectors_of(target, "TextPositionSelector")[:1]:
        values = [position.get("start"), position.get("end")]
        numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool) and v >= 0]
        if len(numbers) != 2:
            raise AnnotationFileError(
                f"{where}.selector.TextPositionSelector: start and end must be whole numbers >= 0"
            )
        start, end = numbers
        if end < start:
            raise AnnotationFileError(f"{where}.selector.TextPositionSelector: end before start")
    return Anchor(fields["exact"], fields["prefix"], fields["suffix"], start, end)


def _note(item: dict[str, Any], where: str) -> str:
    """Commenting (or untyped) textual bodies, or ``bodyValue``, joined as the note."""
    value = item.get("bodyValue")
    if isinstance(value, str):
        return value
    bodies = item.get("body")
    listed = bodies if isinstance(bodies, list) else [bodies] if bodies is not None else []
    notes: list[str] = []
    for number, body in enumerate(listed):
        if not isinstance(body, dict) or "TextualBody" not in _types(body.get("type")):
            continue
        purposes = _types(body.get("purpose"))
        if purposes and not purposes & {"commenting", "describing", "replying"}:
            continue
        text = body.get("value")
        if not isinstance(text, str):
            raise AnnotationFileError(f"{where}.body[{number}].value: must be a string")
        notes.append(text)
    return "\n\n".join(notes)


def _timestamp(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnnotationFileError(f"{where}: must be an ISO date and time")
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except (ValueError, OverflowError) as exc:
        raise AnnotationFileError(f"{where}: must be an ISO date and time") from exc
