"""A web page's or a feed item's HTML made into Markdown in the jail.

trafilatura and lxml over someone else's HTML cost CPU time the fetch deadline
never saw: a 3 MB page of 60,000 links took 19 s of CPU after it had arrived
in time, and a build stalled on it for minutes (issue 19). Extraction runs in
a worker of :mod:`edicola.core.jail` with :data:`EXTRACT_CPU_SECONDS` and
:data:`EXTRACT_MEMORY_MB`; a page that needs more is one failed page (the
item's own summary is used), a feed fragment that needs more becomes its plain
text (nh3, linear, in this process).
"""

from __future__ import annotations

from edicola.core.feeds import extract
from edicola.core.jail import JailError, run_jailed

EXTRACT_CPU_SECONDS = 5.0
"""CPU time to extract one page (a 2 MB page of plain paragraphs takes about 4 s)."""
EXTRACT_MEMORY_MB = 300


class ExtractStopped(Exception):
    """The jail stopped an extraction; ``str()`` is one line naming the page and why."""


def page_markdown(html: str, url: str, title: str = "") -> extract.Page | None:
    """:func:`edicola.core.feeds.extract.page_to_markdown` in the jail."""
    try:
        return run_jailed(
            extract.page_to_markdown,
            html,
            url,
            title,
            memory_mb=EXTRACT_MEMORY_MB,
            cpu_seconds=EXTRACT_CPU_SECONDS,
        )
    except JailError as exc:
        raise ExtractStopped(f"{url}: the page could not be read (it {exc})") from None


def fragment_markdown(html: str, base: str, title: str = "") -> extract.Extracted:
    """:func:`edicola.core.feeds.extract.fragment_to_markdown` in the jail; its plain
    text when the jail stops it."""
    try:
        return run_jailed(
            extract.fragment_to_markdown,
            html,
            base,
            title,
            memory_mb=EXTRACT_MEMORY_MB,
            cpu_seconds=EXTRACT_CPU_SECONDS,
        )
    except JailError:
        return extract.Extracted(extract.plain_text(html), [])
