"""A comment's text as Isso's own widget shows it: Markdown rendered, then sanitised.

Isso renders comments as Markdown and escapes raw HTML, so ``**bold**`` is
bold and ``<b>`` reads as the three characters typed. Here the same: raw HTML
(block and inline) and images are switched off in Python-Markdown, so they
stay text; the result goes through the article sanitiser
(:func:`edicola.core.render.sanitise`, an allow-list) all the same. Long runs
without spaces (a URL, "aaaa…") get zero-width break points so a narrow panel
wraps them instead of widening.
"""

from __future__ import annotations

import re

import markdown

from edicola.core.render import sanitise

BREAK_EVERY = 20
_LONG_RUN = re.compile(rf"[^\s<>&]{{{BREAK_EVERY + 4},}}")
_TEXT = re.compile(r">([^<]+)<")


def _breakable(run: re.Match[str]) -> str:
    word = run.group(0)
    return "\u200b".join(word[i : i + BREAK_EVERY] for i in range(0, len(word), BREAK_EVERY))


def _wrap_long_runs(html: str) -> str:
    """Zero-width spaces inside long unbroken runs of text (never inside tags)."""
    return _TEXT.sub(lambda m: ">" + _LONG_RUN.sub(_breakable, m.group(1)) + "<", html)


def render_comment(text: str) -> str:
    """``text`` (as typed) to safe HTML for a rich-text label."""
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML stays text, as in Isso
    for pattern in ("html", "image_link", "image_reference", "short_image_ref"):
        if pattern in md.inlinePatterns:
            md.inlinePatterns.deregister(pattern)
    return _wrap_long_runs(sanitise(md.convert(text)))
