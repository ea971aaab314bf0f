"""Links and images in extracted Markdown, rewritten so the reader never sees their syntax.

trafilatura writes the page's own brackets as they are: an image whose alt
text says ``[Werbung]`` becomes ``![TOP 5 [Werbung]](…)`` and a citation in
``<sup>`` becomes ``[[1](…)]``. Python-Markdown reads neither as the
author meant, and the reader is shown ``![``, ``](`` or ``[[``. This module
reads links with balanced brackets and parentheses (as CommonMark does),
hands each target to a callback (which resolves it or refuses it), and writes
every bracket that is text back escaped (``\\[``), outside code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Target = Callable[[str], str]
"""A link's target → the URL to keep, or "" to unlink (the text stays)."""

_CODE = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")
_SPECIAL = re.compile(r"[`\\\[!]")
"""Where :func:`rewrite` has something to look at: a walk character by character was
a millisecond a page, a third of extracting it."""


def _code_end(text: str, start: int) -> int:
    """The end of the code span or fence opening at ``start`` (-1 when it is not one)."""
    match = _CODE.match(text, start)
    return match.end() if match else -1


_STOPS = {
    "[": re.compile(r"[\\`\n\[\]]"),
    "(": re.compile(r"[\\`\n()]"),
}
"""What :func:`_closing` looks at for each opening bracket; the characters between are text."""


def _closing(text: str, start: int, opening: str, closing: str) -> int:
    """The index of the bracket closing the one at ``start`` (-1 when unbalanced).

    Jumps from one backslash, backquote, line break or bracket to the next: a walk
    character by character cost about as much as the rest of tidying a page."""
    depth = 0
    index = start
    stops = _STOPS[opening]
    while (found := stops.search(text, index)) is not None:
        index = found.start()
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "`" and (end := _code_end(text, index)) > 0:
            index = end
            continue
        if char == "\n" and text.startswith("\n", index + 1):
            return -1  # a link never spans paragraphs
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _target(inside: str) -> str:
    """The URL of ``(url "title")`` or ``(<url>)`` (the parentheses stripped)."""
    inside = inside.strip()
    if inside.startswith("<") and ">" in inside:
        return inside[1 : inside.index(">")]
    return re.sub(r"\s+\"[^\"]*\"$", "", inside).split(" ")[0] if inside else ""


def escape_text(text: str) -> str:
    """Plain text with every bracket escaped, so it stays text (code is left as it is)."""
    out, index = [], 0
    for match in _CODE.finditer(text):
        out.append(_escape(text[index : match.start()]))
        out.append(match.group(0))
        index = match.end()
    out.append(_escape(text[index:]))
    return "".join(out)


def _escape(text: str) -> str:
    text = text.replace("\\[", "[").replace("\\]", "]")
    return text.replace("[", "\\[").replace("]", "\\]")


def _alt(text: str) -> str:
    """An image's alt text: one line, no brackets (they would end the alt early)."""
    text = text.replace("\\[", " ").replace("\\]", " ").replace("`", "")
    return " ".join(text.replace("[", " ").replace("]", " ").replace("\\", " ").split())


def rewrite(text: str, link_target: Target, image_target: Target) -> str:
    """``text`` with every link and image rewritten and every other bracket escaped."""
    out: list[str] = []
    index = 0
    plain_from = 0
    while (found := _SPECIAL.search(text, index)) is not None:
        index = found.start()  # the characters between are plain text (issue 21)
        image = text.startswith("![", index)
        if text[index] == "`" and (code_end := _code_end(text, index)) > 0:
            index = code_end
            continue
        if text[index] == "\\":
            index += 2
            continue
        if text[index] != "[" and not image:
            index += 1
            continue
        open_at = index + 1 if image else index
        close = _closing(text, open_at, "[", "]")
        if close < 0 or not text.startswith("(", close + 1):
            index = open_at + 1
            continue
        end = _closing(text, close + 1, "(", ")")
        if end < 0:
            index = open_at + 1
            continue
        out.append(escape_text(text[plain_from:index]))
        label, url = text[open_at + 1 : close], _target(text[close + 2 : end])
        if image:
            target = image_target(url)
            out.append(f"![{_alt(label)}]({target})" if target else "")
        else:
            target = link_target(url)
            inner = rewrite(label, link_target, image_target)
            out.append(f"[{inner}]({target})" if target and inner.strip() else inner)
        index = plain_from = end + 1
    out.append(escape_text(text[plain_from:]))
    return "".join(out)


def rewrite_outside_code(text: str, link_target: Target, image_target: Target) -> str:
    """:func:`rewrite` (code spans and fenced blocks are skipped by it and kept as they are)."""
    return rewrite(text, link_target, image_target)
