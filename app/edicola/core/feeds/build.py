"""One run of a recipe: fetch the feeds, choose the new items, get full text and images,
and build the day's edition (or say there is nothing new).

Fetching is a collaborator (:class:`Fetcher`), so this module never opens a
socket: ``edicola.net.feed_fetch`` is the real one. Work runs on a small
thread pool; ``progress`` is called from those threads with one
:class:`FeedProgress` per feed event, so a caller can show a line per feed.
A feed that fails is reported and skipped; the edition goes on without it.
"""

from __future__ import annotations

import hashlib
import html
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from edicola.core.bundle.edition_source import BuiltBundle
from edicola.core.bundle.image_refs import quick_missing_images
from edicola.core.feeds.assemble import ArticleRecord, build_day
from edicola.core.feeds.boilerplate import strip_teaser
from edicola.core.feeds.extract import Extracted, decode_page, looks_like_summary, plain_text
from edicola.core.feeds.images import ImageRejected, prepare_image
from edicola.core.feeds.jailed_extract import ExtractStopped, fragment_markdown, page_markdown
from edicola.core.feeds.parse import Deduplicator, FeedItem, FeedParseError, parse_feed
from edicola.core.feeds.recipe import FetchLimits, Recipe, Section, slugify
from edicola.core.feeds.state import FeedState, HttpCache
from edicola.core.markdown_budget import fit_budget
from edicola.core.render import RenderError, render_markdown

T = TypeVar("T")
R = TypeVar("R")


STUB_WORDS = 60
"""A failed page with a feed text under this many words is a stub (never the lead)."""


class FetchError(Exception):
    """A request that gave nothing usable; ``str()`` is one line (status, timeout, size…)."""


@dataclass(frozen=True)
class FetchRequest:
    url: str
    kind: str  # "feed" | "page" | "image": picks the size cap
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class FetchResult:
    url: str
    """The final URL, after redirects."""
    status: int
    data: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher(Protocol):
    """Blocking, thread-safe HTTP GET with the recipe's limits (``edicola.net.feed_fetch``)."""

    def fetch(self, request: FetchRequest) -> FetchResult: ...


@dataclass(frozen=True)
class FeedProgress:
    """One step of one feed; ``state`` is fetching, unchanged, parsed, full_text, done, failed."""

    feed_url: str
    state: str
    items: int = 0
    new: int = 0
    full_text: int = 0
    message: str = ""


@dataclass
class FeedReport:
    url: str
    section: str
    items: list[FeedItem] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    """One line per feed entry that did not become an item (see ``ParsedFeed.left_out``)."""
    error: str = ""
    unchanged: bool = False
    cache: HttpCache | None = None


@dataclass
class BuildResult:
    bundle: BuiltBundle | None
    """``None`` when nothing was new (nothing was written)."""
    reports: list[FeedReport]
    new_articles: int = 0
    failed_pages: int = 0
    failed_images: int = 0
    first_run: bool = False
    """No edition of this publication was built before (the state folder was empty)."""
    found: int = 0
    """Items the feeds gave this run (unchanged feeds count none)."""
    too_old: int = 0
    """Items older than ``max_age_days`` before the edition's day."""
    left_out: list[str] = field(default_factory=list)
    """One line per item left out for another reason (the section is full, no text…)."""

    @property
    def all_failed(self) -> bool:
        return bool(self.reports) and all(r.error for r in self.reports)


Progress = Callable[[FeedProgress], None]


def _parallel(limits: FetchLimits, work: Callable[[T], R], items: Iterable[T]) -> list[R]:
    items = list(items)
    if not items:
        return []
    with ThreadPoolExecutor(max_workers=min(limits.workers, len(items))) as pool:
        return list(pool.map(work, items))


def fetch_feeds(
    recipe: Recipe, fetcher: Fetcher, state: FeedState, now: datetime, progress: Progress
) -> list[FeedReport]:
    """Fetch and parse every feed of the recipe (conditionally), one report per feed."""
    jobs = [(section, url) for section in recipe.sections for url in section.feeds]

    def one(job: tuple[Section, str]) -> FeedReport:
        section, url = job
        report = FeedReport(url, section.id)
        progress(FeedProgress(url, "fetching"))
        cached = state.http.get(url, HttpCache())
        try:
            result = fetcher.fetch(FetchRequest(url, "feed", cached.etag, cached.last_modified))
            if result.not_modified:
                report.unchanged = True
                progress(FeedProgress(url, "unchanged"))
                return report
            parsed = parse_feed(result.data, result.url, result.content_type, now)
            report.items, report.left_out = parsed.items, parsed.left_out
            report.cache = HttpCache(result.etag, result.last_modified)
        except (FetchError, FeedParseError) as exc:
            report.error = str(exc)
            progress(FeedProgress(url, "failed", message=report.error))
            return report
        progress(FeedProgress(url, "parsed", items=len(report.items)))
        return report

    return _parallel(recipe.fetch, one, jobs)


@dataclass
class _Chosen:
    item: FeedItem
    section: Section
    body: Extracted = field(default_factory=lambda: Extracted("", []))
    url: str = ""
    fetched_page: bool = False
    stub: bool = False


@dataclass
class _Choice:
    chosen: list[_Chosen]
    too_old: int = 0
    left_out: list[str] = field(default_factory=list)


def choose_items(
    recipe: Recipe,
    reports: list[FeedReport],
    state: FeedState,
    existing: list[ArticleRecord],
    now: datetime,
    day: date,
) -> _Choice:
    """New items, newest first, within each section's age limit and free places.

    Items already published are not news; every other item not chosen is counted
    (too old) or named in a line (the section is full), never dropped silently.
    """
    # A stub of this day's edition may come back: its page is tried again (not another day's).
    retry = {k for r in existing if r.stub for k in r.keys}
    dedup = Deduplicator(set(state.published) - retry)
    for record in existing:
        if not record.stub:  # a stub's page is tried again: its item may come back
            dedup.seen.update(record.keys)
    # Age counts back from the edition's day (a past ``--date`` gets that day's news).
    end_of_day = datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC)
    oldest = min(now, end_of_day) - timedelta(days=recipe.max_age_days)
    sections = {s.id: s for s in recipe.sections}
    choice = _Choice([])
    for section in recipe.sections:
        mine = [i for r in reports if r.section == section.id for i in r.items]
        fresh = [i for i in mine if i.published >= oldest]
        choice.too_old += len(mine) - len(fresh)
        candidates = [item for item in fresh if dedup.is_new(item)]
        candidates.sort(key=lambda i: i.published, reverse=True)
        held = sum(1 for r in existing if r.section == section.id and not r.stub)
        places = max(0, section.max_articles - held)
        choice.chosen += [_Chosen(item, sections[section.id]) for item in candidates[:places]]
        choice.left_out += [
            f"{item.feed_url}: left out {item.title!r}: section {section.id} is full "
            f"(max_articles = {section.max_articles})"
            for item in candidates[places:]
        ]
    return choice


def _needs_page(chosen: _Chosen) -> bool:
    mode, item = chosen.section.full_text, chosen.item
    if not item.link or mode == "never":
        return False
    if mode == "always":
        return True
    best = item.content_html or item.summary_html
    return looks_like_summary(best)


def _full_text(chosen: _Chosen, fetcher: Fetcher) -> str:
    """Fill ``chosen.body``; returns an error line when the page could not be used."""
    item = chosen.item
    chosen.url = item.link or item.feed_url
    error = ""
    if _needs_page(chosen):
        try:
            result = fetcher.fetch(FetchRequest(item.link, "page"))
            page = page_markdown(  # in the jail (issue 19)
                decode_page(result.data, result.content_type), result.url, item.title
            )
            if page is None:
                error = f"{item.link}: no article text found on the page"
            else:
                chosen.body = _reparse(page.markdown)
                chosen.url = page.canonical_url
                chosen.fetched_page = True
                return ""
        except (FetchError, ExtractStopped) as exc:
            error = str(exc)
        except Exception as exc:  # a page that breaks the extractor is one failed page
            error = f"{item.link}: the page could not be read ({type(exc).__name__})"
    html = item.content_html or item.summary_html
    chosen.body = fragment_markdown(html, item.link or item.feed_url, item.title)
    chosen.stub = bool(error) and len(chosen.body.markdown.split()) < STUB_WORDS
    return error


_IMAGE_REF = re.compile(r"!\[[^\]\n]*\]\((https?://[^)\s]+)\)")


def _reparse(markdown: str) -> Extracted:
    return Extracted(markdown, list(dict.fromkeys(_IMAGE_REF.findall(markdown))))


def _with_images(chosen: _Chosen, per_article: int) -> Extracted:
    """The body with the feed's own picture in front when the text has none, capped."""
    body = chosen.body
    if not body.images and chosen.item.image_urls and per_article:
        url = chosen.item.image_urls[0]
        alt = " ".join(chosen.item.title.replace("[", "").replace("]", "").split())
        body = Extracted(f"![{alt}]({url})\n\n{body.markdown}", [url])
    kept = body.images[:per_article]
    return (
        _replace_images(body.markdown, {url: None for url in body.images if url not in kept})
        if len(kept) < len(body.images)
        else body
    )


def _replace_images(markdown: str, mapping: dict[str, str | None]) -> Extracted:
    """Point images at bundle paths; drop those mapped to ``None`` (failed or over the cap)."""
    kept: list[str] = []

    def swap(match: re.Match[str]) -> str:
        url = match.group(1)
        target = mapping.get(url, url)
        if target is None:
            return ""
        kept.append(target)
        return match.group(0).replace(f"]({url})", f"]({target})")

    text = _IMAGE_REF.sub(swap, markdown)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return Extracted(text + "\n", kept)


def _image_name(url: str, extension: str) -> str:
    return f"images/{hashlib.sha256(url.encode()).hexdigest()[:20]}.{extension}"


def fetch_images(
    urls: list[str], fetcher: Fetcher, recipe: Recipe, folder: Path
) -> dict[str, str | None]:
    """Fetch, check and scale each image into ``folder``; URL → bundle path or ``None``."""

    def one(url: str) -> tuple[str, str | None]:
        try:
            result = fetcher.fetch(FetchRequest(url, "image"))
            image = prepare_image(result.data, recipe.image_max_px)
        except (FetchError, ImageRejected):
            return url, None
        name = _image_name(url, image.extension)
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(image.data)
        return url, name

    return dict(_parallel(recipe.fetch, one, list(dict.fromkeys(urls))))


def _slug(title: str, key: str, taken: set[str]) -> str:
    base = slugify(title, "article")[:50].strip("-") or "article"
    slug = f"{base}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
    while slug in taken:
        slug += "x"
    taken.add(slug)
    return slug


_ANY_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def _local_images_only(markdown: str, images: list[str], language: str) -> str:
    """The body with every image the bundle does not carry taken out.

    A reference the Markdown parser reads differently from our patterns would
    otherwise fail the whole edition's build ("image not found").
    """
    kept = set(images)
    text = _ANY_IMAGE.sub(
        lambda m: m.group(0) if m.group(0).rsplit("](", 1)[-1][:-1] in kept else "", markdown
    )
    text = fit_budget(text)  # what the reader's renderer accepts (issue 19)
    if quick_missing_images(text, frozenset(kept)) is False:
        return text  # every picture is carried: no render just to check (issue 21)
    try:
        check = render_markdown(text, edition_id="x", language=language, images=frozenset(kept))
    except RenderError:
        return ""
    if check.missing_images:
        text = text.replace("![", "!\\[")
    return text


def _record(chosen: _Chosen, body: Extracted, taken: set[str], language: str) -> ArticleRecord:
    item = chosen.item
    summary = strip_teaser(html.unescape(plain_text(item.summary_html)))
    title = item.title or " ".join(summary.split()[:12]) or chosen.url
    standfirst = ""
    if chosen.fetched_page or item.content_html:
        standfirst = summary
        if len(standfirst) > 300:
            standfirst = standfirst[:299].rsplit(" ", 1)[0] + "…"
    url = chosen.url if len(chosen.url) <= 2000 else item.feed_url
    markdown = _local_images_only(body.markdown, body.images, language)
    return ArticleRecord(
        keys=list(item.keys),
        section=chosen.section.id,
        slug=_slug(title, item.key, taken),
        title=title,
        standfirst=standfirst,
        authors=list(item.authors)[:20],
        published=item.published.isoformat(timespec="seconds"),
        url=url,
        markdown=markdown.strip() + "\n" if markdown.strip() else f"[{title}]({url})\n",
        images=body.images,
        stub=chosen.stub,
    )


def run_recipe(
    recipe: Recipe,
    fetcher: Fetcher,
    *,
    out_dir: Path,
    state_dir: Path,
    day: date,
    now: datetime,
    progress: Progress = lambda _p: None,
) -> BuildResult:
    """Build ``day``'s edition of ``recipe`` into ``out_dir``, or nothing when nothing is new."""
    state = FeedState.load(state_dir)
    first_run = not state.published and not state.revisions
    reports = fetch_feeds(recipe, fetcher, state, now, progress)
    key = day.isoformat()
    existing = [ArticleRecord.from_json(a) for a in state.day_articles(key)]
    choice = choose_items(recipe, reports, state, existing, now, day)
    chosen = choice.chosen
    per_feed: dict[tuple[str, str], list[_Chosen]] = {}
    for c in chosen:
        per_feed.setdefault((c.section.id, c.item.feed_url), []).append(c)
    for report in reports:
        if not report.error and not report.unchanged:
            new = len(per_feed.get((report.section, report.url), []))
            progress(FeedProgress(report.url, "parsed", items=len(report.items), new=new))
    lock = threading.Lock()
    done: dict[tuple[str, str], int] = {}

    def full_text(c: _Chosen) -> str:
        error = _full_text(c, fetcher)
        feed = (c.section.id, c.item.feed_url)
        with lock:
            done[feed] = count = done.get(feed, 0) + 1
        event = FeedProgress(
            c.item.feed_url, "full_text", new=len(per_feed[feed]), full_text=count, message=error
        )
        progress(event)
        return error

    page_errors = [e for e in _parallel(recipe.fetch, full_text, chosen) if e]
    result = BuildResult(None, reports, failed_pages=len(page_errors), first_run=first_run)
    result.found = sum(len(r.items) for r in reports)
    result.too_old = choice.too_old
    result.left_out = [f"{r.url}: left out {line}" for r in reports for line in r.left_out]
    result.left_out += choice.left_out
    _write_edition(recipe, state, chosen, existing, day, out_dir, fetcher, result)
    stub_feeds = {c.item.feed_url for c in chosen if c.stub}
    for report in reports:
        # A feed with a stub is fetched in full next time, so its page is tried again.
        if report.cache is not None and report.url not in stub_feeds:
            state.http[report.url] = report.cache
        if not report.error and not report.unchanged:
            mine = per_feed.get((report.section, report.url), [])
            pages = sum(1 for c in mine if c.fetched_page)
            event = FeedProgress(
                report.url, "done", items=len(report.items), new=len(mine), full_text=pages
            )
            progress(event)
    state.save(day)
    return result


def _write_edition(
    recipe: Recipe,
    state: FeedState,
    chosen: list[_Chosen],
    existing: list[ArticleRecord],
    day: date,
    out_dir: Path,
    fetcher: Fetcher,
    result: BuildResult,
) -> None:
    """Images, records and the bundle of the day; nothing when nothing changed.

    A stub that comes back replaces its earlier record; a rerun whose only
    items are stubs again writes nothing (as a rerun with nothing new).
    """
    key = day.isoformat()
    retried = {k for c in chosen for k in c.item.keys}
    earlier = [r for r in existing if not (r.stub and retried.intersection(r.keys))]
    stub_keys = {k for r in existing if r.stub for k in r.keys}
    if all(c.stub and stub_keys.intersection(c.item.keys) for c in chosen):
        return
    day_folder = state.day_folder(key)
    bodies = [_with_images(c, recipe.images_per_article) for c in chosen]
    wanted = [url for body in bodies for url in body.images]
    mapping = fetch_images(wanted, fetcher, recipe, day_folder)
    result.failed_images = sum(1 for v in mapping.values() if v is None)
    taken = {r.slug for r in earlier}
    records = [
        _record(c, _replace_images(b.markdown, mapping), taken, recipe.language)
        for c, b in zip(chosen, bodies, strict=True)
    ]
    revision = state.revisions.get(key, 0) + 1
    everything = earlier + records
    result.bundle = build_day(
        recipe, day, revision, everything, day_folder, day_folder / "source", out_dir
    )
    result.new_articles = len(records)
    _remember_day(state, key, revision, everything, records)


def _remember_day(
    state: FeedState,
    key: str,
    revision: int,
    everything: list[ArticleRecord],
    records: list[ArticleRecord],
) -> None:
    state.revisions[key] = revision
    for record in records:
        for item_key in record.keys:
            state.published[item_key] = key
    state.save_day(key, [r.to_json() for r in everything])
