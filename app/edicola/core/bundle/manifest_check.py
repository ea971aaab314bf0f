"""The manifest's rules: the JSON Schema, then what a schema cannot say.

Cross-references (sections, files, images, the cover), real calendar dates and
integers that fit the library are checked after the schema; the print replica's
page references by :mod:`edicola.core.print.pages`. Each problem names the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema takes ~0.1 s to import: only when a manifest is checked
    import jsonschema

from edicola.core.bundle.format import FORMAT_NAME, FORMAT_VERSION, MANIFEST, Problem
from edicola.core.bundle.quick_schema import Check, compile_schema
from edicola.core.message import Message
from edicola.core.model import edition_id as make_edition_id
from edicola.paths import resource


def _whole_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[jsonschema.ValidationError]:
    """``pattern`` where a final ``$`` means the end of the text.

    Python's ``$`` also matches before a trailing newline, so ``"abc\\n"``
    would pass ``^[a-z]+$`` (ECMA 262, the schema's dialect, says it must not).
    """
    if not validator.is_type(instance, "string"):
        return
    compiled = _compiled(pattern)
    if compiled.search(instance) is None:
        from jsonschema import ValidationError

        yield ValidationError(f"{_clip(instance)!r} does not match {pattern!r}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resource("schemas", "manifest-v1.schema.json").read_text("utf-8")
    )
    return loaded


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    strict = jsonschema.validators.extend(
        jsonschema.Draft202012Validator, {"pattern": _whole_pattern}
    )
    return strict(_schema())


@cache
def _quick_check() -> Check:
    return compile_schema(_schema(), _compiled)


def schema_errors(data: Any) -> list[jsonschema.ValidationError]:
    """The schema's errors, in field order. A manifest the quick check is sure of
    (nearly all) skips ``jsonschema``: 27 ms of a 150-article import (issue 21)."""
    if _quick_check()(data):
        return []
    return sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))


def _field_path(error: jsonschema.ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def check_manifest(data: Any) -> list[Problem]:
    """Every problem with a parsed manifest: schema first, then cross-references."""
    if not isinstance(data, dict):
        return [Problem(MANIFEST, Message("must be a JSON object"))]
    if data.get("format") != FORMAT_NAME:
        message = Message("not an Edicola bundle (format is {format!r})", format=data.get("format"))
        return [Problem(MANIFEST, message, "format")]
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [
            Problem(
                MANIFEST,
                Message(
                    "format version {version} is newer than this Edicola understands "
                    "({supported}); please update Edicola",
                    version=version,
                    supported=FORMAT_VERSION,
                ),
                "format_version",
            )
        ]
    errors = schema_errors(data)
    if errors:
        return [Problem(MANIFEST, _short(e.message), _field_path(e)) for e in errors[:20]]
    from edicola.core.print.pages import check_page_references  # the print replica (pages.py)

    return _check_references(data) + check_page_references(data)


def _short(message: str) -> str:
    return message if len(message) <= 160 else message[:157] + "…"


def _check_references(data: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    publication, edition = data["publication"], data["edition"]
    problems += _check_values(data)
    expected = make_edition_id(publication["id"], edition["date"])
    if edition["id"] != expected:
        problems.append(Problem(MANIFEST, f"must be {expected!r} (publication-date)", "edition.id"))
    files = set(data["files"])
    if MANIFEST in files:
        problems.append(Problem(MANIFEST, "the manifest cannot list itself", "files"))
    section_ids = [s["id"] for s in data["sections"]]
    if len(set(section_ids)) != len(section_ids):
        problems.append(Problem(MANIFEST, "section ids must be unique", "sections"))
    cover = edition.get("cover")
    if cover and cover not in files:
        problems.append(Problem(MANIFEST, f"cover {cover!r} is not in files", "edition.cover"))
    seen: set[str] = set()
    for index, article in enumerate(data["articles"]):
        where = f"articles[{index}]"
        if article["id"] in seen:
            problems.append(
                Problem(MANIFEST, f"duplicate article id {article['id']!r}", f"{where}.id")
            )
        seen.add(article["id"])
        if article["section"] not in section_ids:
            problems.append(
                Problem(MANIFEST, f"unknown section {article['section']!r}", f"{where}.section")
            )
        if article["file"] not in files:
            problems.append(
                Problem(MANIFEST, f"{article['file']!r} is not in files", f"{where}.file")
            )
        for image in article.get("images", ()):
            if image not in files:
                problems.append(
                    Problem(MANIFEST, f"image {image!r} is not in files", f"{where}.images")
                )
    return problems


#: Revisions and numbers are stored as SQLite integers; far below 2**63, above any real use.
MAX_COUNTER = 2**31 - 1


def _check_values(data: dict[str, Any]) -> list[Problem]:
    """What a pattern cannot say: real calendar dates and integers that fit the library."""
    problems: list[Problem] = []
    edition = data["edition"]
    try:
        date.fromisoformat(edition["date"])
    except ValueError:
        problems.append(
            Problem(MANIFEST, f"{edition['date']!r} is not a real date", "edition.date")
        )
    for key in ("revision", "number"):
        value = edition.get(key)
        # A float counts: the schema's "integer" takes 1e308 (a whole number), which
        # then overflowed SQLite's INTEGER on insert (found by the fuzz round).
        if isinstance(value, int | float) and value > MAX_COUNTER:
            problems.append(Problem(MANIFEST, f"must be at most {MAX_COUNTER}", f"edition.{key}"))
    for index, article in enumerate(data["articles"]):
        where = f"articles[{index}]"
        try:
            datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
        except ValueError:
            problems.append(
                Problem(
                    MANIFEST,
                    f"{_clip(article['published'])!r} is not a real date-time",
                    f"{where}.published",
                )
            )
        if article["word_count"] > MAX_COUNTER:
            problems.append(
                Problem(MANIFEST, f"must be at most {MAX_COUNTER}", f"{where}.word_count")
            )
    return problems
