"""Parsing untrusted JSON into something every later step can handle.

``json.loads`` accepts what later code cannot: nesting deep enough to blow the
recursion limit (in the parser, in ``repr``, in a schema validator), integers
of thousands of digits (Python refuses to convert them, ``ValueError``),
``1e999`` (infinity). Manifests, catalogs, comment-server replies and
bookmark files all come through :func:`loads`, which refuses those with one
clear :class:`JsonRefused` line instead.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

#: Deeper than any document Edicola reads or writes needs (a manifest is 4 deep).
MAX_DEPTH = 64
#: Digits of an integer literal: far beyond any count, size or timestamp.
MAX_INT_DIGITS = 30

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_KEEP = b"[]{}"
_DROP = bytes(b for b in range(256) if b not in _KEEP)
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class JsonRefused(ValueError):
    """Not JSON we accept; ``str()`` is a one-line reason (no file name)."""


def nesting_depth(data: bytes) -> int:
    """How deep arrays and objects nest in ``data`` (strings are skipped)."""
    brackets = _STRING.sub(b"", data).translate(None, _DROP)
    if not brackets:
        return 0
    return max(accumulate(_STEP[b] for b in brackets))


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonRefused(f"a number with {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonRefused(f"a number out of range ({text[:20]})")
    return value


def _parse_constant(name: str) -> float:
    raise JsonRefused(f"{name} is not JSON")


def loads(data: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8), refusing deep nesting, huge or infinite numbers.

    Raises :class:`JsonRefused` (a ``ValueError``) with a short reason; malformed
    JSON keeps ``json.JSONDecodeError`` (also a ``ValueError``) so callers can
    report its line and column, and bad UTF-8 raises ``UnicodeDecodeError``.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = data if isinstance(data, str) else data.decode("utf-8")
    depth = nesting_depth(raw)
    if depth > max_depth:
        raise JsonRefused(f"nested {depth} levels deep (at most {max_depth})")
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise JsonRefused("nested too deeply") from exc
