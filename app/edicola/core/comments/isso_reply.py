"""A comment server's thread listing, reduced to what Edicola can rely on.

A comment server is someone else's machine: its JSON may carry ids of
``1e999``, ``"replies": 5``, nesting hundreds deep or tens of thousands of
entries. :func:`clean_thread` keeps the well-formed comments (integer ids in
range, strings where strings belong, finite times), at most
:data:`MAX_COMMENTS` of them and :data:`MAX_NESTING` levels deep, so the
outbox, the cache and the panel never meet anything else.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

MAX_COMMENTS = 5000
MAX_NESTING = 16
#: Ids and counters are SQLite integers (and JSON numbers in JavaScript).
MAX_ID = 2**53 - 1
_TEXT_KEYS = ("author", "text", "website", "hash", "title")
_COUNT_KEYS = ("likes", "dislikes", "total_replies", "hidden_replies")
_TIME_KEYS = ("created", "modified")


def valid_id(value: Any) -> int | None:
    """A comment id as a server may give it: a positive integer in range, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = int(value) if not isinstance(value, float) else _whole(value)
    except (ValueError, OverflowError):
        return None
    return number if number is not None and 0 < number <= MAX_ID else None


def _whole(value: float) -> int | None:
    return int(value) if math.isfinite(value) and value.is_integer() else None


def _time(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and abs(number) < 1e11 else None


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value if 0 <= value <= MAX_ID else 0


def _comment(item: Mapping[str, Any], depth: int, budget: list[int]) -> dict[str, Any] | None:
    remote_id = valid_id(item.get("id"))
    if remote_id is None:
        return None
    budget[0] -= 1
    clean: dict[str, Any] = {"id": remote_id}
    if "parent" in item:
        parent = item["parent"]
        clean["parent"] = valid_id(parent) if parent is not None else None
    if "mode" in item:
        mode = item["mode"]
        clean["mode"] = mode if isinstance(mode, int) and not isinstance(mode, bool) else 1
    for key in _TEXT_KEYS:
        if key in item:
            value = item[key]
            clean[key] = value if isinstance(value, str) else None
    for key in _TIME_KEYS:
        if key in item:
            clean[key] = _time(item[key])
    for key in _COUNT_KEYS:
        if key in item:
            clean[key] = _count(item[key])
    if "replies" in item:
        clean["replies"] = _replies(item["replies"], depth + 1, budget)
    return clean


def _replies(value: Any, depth: int, budget: list[int]) -> list[dict[str, Any]]:
    if not isinstance(value, list) or depth > MAX_NESTING:
        return []
    out: list[dict[str, Any]] = []
    for item in value:
        if budget[0] <= 0:
            break
        if isinstance(item, Mapping):
            comment = _comment(item, depth, budget)
            if comment is not None:
                out.append(comment)
    return out


def clean_thread(data: Any) -> dict[str, Any] | None:
    """The listing with only well-formed comments; None if it is not a listing at all."""
    if not isinstance(data, Mapping):
        return None
    budget = [MAX_COMMENTS]
    clean: dict[str, Any] = {}
    if "id" in data:
        clean["id"] = valid_id(data["id"])
    for key in ("total_replies", "hidden_replies"):
        if key in data:
            clean[key] = _count(data[key])
    clean["replies"] = _replies(data.get("replies"), 0, budget)
    return clean
