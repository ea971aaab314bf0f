"""RSS and Atom feeds into plain items, through ``feedparser``.

feedparser does the hard parts of feeds as found in the wild: RSS 0.9x/1.0/2.0
and Atom 1.0, ``content:encoded``, ``media:content``, enclosures, ``xml:base``
and relative URLs, legacy encodings (from the HTTP ``Content-Type`` or the XML
declaration) and a first HTML sanitising pass. What it leaves to us: dates
that are missing, broken or in the future, and deciding which items are the
same story (:class:`Deduplicator`).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import nh3


class FeedParseError(Exception):
    """The bytes are not a feed; ``str()`` says why in one line."""


@dataclass(frozen=True)
class FeedItem:
    """One story as a feed tells it."""

    feed_url: str
    title: str
    link: str
    guid: str
    published: datetime
    dated: bool
    """False when the feed gave no usable date (``published`` is then the fetch time)."""
    authors: tuple[str, ...]
    summary_html: str
    content_html: str
    """The full body (``content:encoded``, Atom ``content``), or empty."""
    image_urls: tuple[str, ...] = ()
    """``media:content``, ``media:thumbnail`` and image enclosures, absolute."""
    keys: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        """The item's main identity (its first dedup key)."""
        return self.keys[0]


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: list[FeedItem]
    left_out: list[str] = field(default_factory=list)
    """One line per entry feedparser found that is not an item, saying why."""


_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$")


def normalise_link(url: str) -> str:
    """A link without fragment and tracking parameters, for recognising the same page."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = urlencode([(k, v) for k, v in query if not _TRACKING.match(k)])
    host = parts.netloc.lower()
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", kept, ""))


def _title_key(title: str, day: str) -> str:
    folded = re.sub(r"\W+", " ", title.casefold()).strip()
    # The day keeps a daily "Weather" or "Letters" item from matching yesterday's.
    return f"t:{hashlib.sha1(folded.encode()).hexdigest()[:20]}:{day}" if folded else ""


def content_key(text: str) -> str:
    """An identity from an item's words, for items with no guid, link or title.

    Folded like titles (case, punctuation, spacing), so a feed that re-serialises
    the same description the next day still names the same story.
    """
    folded = re.sub(r"\W+", " ", text.casefold()).strip() or text.strip()
    return f"c:{hashlib.sha1(folded.encode()).hexdigest()[:24]}" if folded else ""


def item_keys(guid: str, link: str, title: str, day: str = "", text: str = "") -> tuple[str, ...]:
    """Every identity of an item: guid, link, title and day (any match: the same story).

    An item with none of guid, link or title is known by its text (``text``).
    """
    keys = []
    if guid:
        keys.append("g:" + guid.strip())
    if link:
        keys.append("l:" + normalise_link(link))
    title_key = _title_key(title, day)
    if title_key:
        keys.append(title_key)
    if not keys:  # no guid, link or a title of words ("&", "…"): known by what it says
        keys.append(content_key(f"{title}\n{text}"))
    return tuple(k for k in keys if k)


TITLE_WORDS = 10
"""A title made from an item's text takes at most this many words."""


def title_from_text(html_text: str) -> str:
    """A title for an item that has none: the first words of its text (a sentence if short)."""
    words = _plain(html_text).split()
    if not words:
        return ""
    first = []
    for word in words[:TITLE_WORDS]:
        first.append(word)
        if word.endswith((".", "!", "?")) and len(first) >= 3:
            return " ".join(first).rstrip(".")
    return " ".join(first) + ("…" if len(words) > TITLE_WORDS else "")


def _date(entry: Any, now: datetime) -> tuple[datetime, bool]:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: FeedParserDict.get maps updated_parsed to published_parsed with a warning.
        parsed = dict.get(entry, name)
        if parsed:
            try:
                value = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, OSError):
                continue
            # A date in the future is a clock or a typo; it must not sort first for days.
            return min(value, now), True
    return now, False


def _plain(text: str) -> str:
    """A title as text: feeds put HTML in titles (``<b>``, entities) more often than not."""
    return " ".join(html.unescape(nh3.clean(text, tags=set())).split())


def _is_http(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _images(entry: Any, base: str) -> tuple[str, ...]:
    found: list[str] = []
    for media in entry.get("media_content", []) or []:
        medium, kind = media.get("medium", ""), media.get("type", "")
        if media.get("url") and (medium == "image" or kind.startswith("image/") or not kind):
            found.append(media["url"])
    for thumb in entry.get("media_thumbnail", []) or []:
        if thumb.get("url"):
            found.append(thumb["url"])
    for enclosure in entry.get("enclosures", []) or []:
        if str(enclosure.get("type", "")).startswith("image/") and enclosure.get("href"):
            found.append(enclosure["href"])
    absolute = (urljoin(base, url.strip()) for url in found)
    return tuple(dict.fromkeys(url for url in absolute if _is_http(url)))


def _authors(entry: Any) -> tuple[str, ...]:
    names = [a.get("name", "") for a in entry.get("authors", []) or [] if isinstance(a, dict)]
    if not any(names) and entry.get("author"):
        names = [str(entry["author"])]
    clean = (_plain(str(n).replace(",", " "))[:200] for n in names)
    return tuple(dict.fromkeys(n for n in clean if n))


def _content(entry: Any) -> str:
    bodies = [c.get("value", "") for c in entry.get("content", []) or []]
    html = [b for b in bodies if b and b.strip()]
    return max(html, key=len) if html else ""


def parse_feed(data: bytes, url: str, content_type: str, now: datetime) -> ParsedFeed:
    """Parse feed bytes fetched from ``url`` (the final URL, after redirects)."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        why = f" ({str(reason).splitlines()[0][:120]})" if reason else ""
        raise FeedParseError(f"not an RSS or Atom feed{why}")
    channel = parsed.get("feed", {})
    base = channel.get("link") if _is_http(str(channel.get("link", ""))) else url
    items = []
    left_out: list[str] = []
    for number, entry in enumerate(parsed.entries, start=1):
        title = _plain(str(entry.get("title", "")))
        link = str(entry.get("link", "")).strip()
        link = urljoin(url, link) if link else ""
        if link and not _is_http(link):
            link = ""
        guid = str(entry.get("id", "")).strip()
        summary = str(entry.get("summary", ""))
        content = _content(entry)
        text = _plain(content or summary)
        if not title and not text:
            left_out.append(f"entry {number}: no title and no text")
            continue
        titled = title or title_from_text(content or summary)
        published, dated = _date(entry, now)
        items.append(
            FeedItem(
                feed_url=url,
                title=titled,
                link=link,
                guid=guid,
                published=published,
                dated=dated,
                authors=_authors(entry),
                summary_html=summary,
                content_html=content,
                image_urls=_images(entry, link or str(base)),
                keys=item_keys(guid, link, title, published.date().isoformat(), text),
            )
        )
    return ParsedFeed(_plain(str(channel.get("title", ""))), items, left_out)


class Deduplicator:
    """Recognises an item seen before under any of its keys (guid, link, title)."""

    def __init__(self, known: set[str] | None = None) -> None:
        self.seen: set[str] = set(known or ())

    def is_new(self, item: FeedItem) -> bool:
        """True the first time a story is met; every key of it is remembered."""
        if not item.keys or any(key in self.seen for key in item.keys):
            return False
        self.seen.update(item.keys)
        return True
