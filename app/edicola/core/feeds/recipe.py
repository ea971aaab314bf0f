"""The feeds recipe: a small TOML file naming a paper, its sections and their feeds.

A recipe is all a librarian (or the reader's "Add feeds…" dialog) writes;
``docs/feeds.md`` is its reference. Mistakes are reported as one line naming
the file and the key. :func:`dump_recipe` writes a recipe back, so the reader
keeps the feeds it follows as plain recipes a librarian could reuse.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
FULL_TEXT_MODES = ("auto", "always", "never")
MAX_RECIPE_BYTES = 1024 * 1024
MAX_SECTIONS = 100
MAX_FEEDS_PER_SECTION = 100
MAX_FEEDS = 500
"""Feeds in one recipe: each is fetched on every build, and may be on the reader's own
machine (the feeds a reader typed are trusted), so a recipe may not sweep its ports."""
MAX_URL = 2000


class RecipeError(Exception):
    """A recipe that cannot be used; ``str()`` is one line: file, key, why."""


@dataclass(frozen=True)
class FetchLimits:
    """How politely and how far the fetcher goes (``[fetch]`` in a recipe)."""

    timeout: float = 10.0
    """Seconds a connection or a single read may stall."""
    deadline: float = 30.0
    """Seconds one whole request may take, however slowly bytes trickle in."""
    max_feed_bytes: int = 10 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024
    max_image_bytes: int = 10 * 1024 * 1024
    per_host: int = 2
    """Parallel requests to one host."""
    workers: int = 8
    """Parallel requests in all."""
    user_agent: str = "Edicola-feeds/1 (+offline newspaper reader)"
    allow_private_networks: bool = False
    """Let what the feeds point at reach loopback and private addresses (a recipe for
    an intranet); otherwise only the feeds' own origins may be there (issue 19)."""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    feeds: tuple[str, ...]
    full_text: str = "auto"
    max_articles: int = 30


@dataclass(frozen=True)
class Recipe:
    id: str
    title: str
    language: str
    sections: tuple[Section, ...]
    homepage: str = ""
    comments_server: str = ""
    edition_title: str = ""
    """``{title}`` and ``{date}`` are filled in; the default is "Title — YYYY-MM-DD"."""
    cover: Path | None = None
    max_age_days: int = 3
    images_per_article: int = 6
    image_max_px: int = 1600
    refresh_minutes: int = 180
    """How often the reader rebuilds the edition while it is open."""
    fetch: FetchLimits = field(default_factory=FetchLimits)
    source: Path | None = None

    @property
    def feeds(self) -> list[str]:
        return [url for section in self.sections for url in section.feeds]


class _Reader:
    """Typed access to one TOML table, naming the key in every error."""

    def __init__(self, where: str, table: dict[str, Any], prefix: str) -> None:
        self.where, self.table, self.prefix = where, table, prefix
        self.used: set[str] = set()

    def fail(self, key: str, why: str) -> RecipeError:
        return RecipeError(f"{self.where}: {self.prefix}{key}: {why}")

    def get(self, key: str, kind: type, default: Any = None, required: bool = False) -> Any:
        self.used.add(key)
        if key not in self.table:
            if required:
                raise self.fail(key, "missing")
            return default
        value = self.table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"must be a {kind.__name__}")
        return value

    def text(self, key: str, default: str = "", required: bool = False, limit: int = 500) -> str:
        value = str(self.get(key, str, default, required)).strip()
        if required and not value:
            raise self.fail(key, "must not be empty")
        if len(value) > limit or "\n" in value:
            raise self.fail(key, f"must be one line of at most {limit} characters")
        return value

    def number(self, key: str, default: int, low: int, high: int) -> int:
        value = int(self.get(key, int, default))
        if not low <= value <= high:
            raise self.fail(key, f"must be between {low} and {high}")
        return value

    def url(self, key: str) -> str:
        value = self.text(key, limit=2000)
        if value and not value.startswith(("http://", "https://")):
            raise self.fail(key, "must be an http(s) URL")
        return value

    def finish(self) -> None:
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key")


def _table(where: str, data: dict[str, Any], key: str, required: bool = False) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise RecipeError(f"{where}: [{key}]: missing")
        return {}
    if not isinstance(value, dict):
        raise RecipeError(f"{where}: {key}: must be a table ([{key}])")
    return value


def _fetch_limits(where: str, table: dict[str, Any]) -> FetchLimits:
    read = _Reader(where, table, "fetch.")
    default = FetchLimits()
    mib = 1024 * 1024
    limits = FetchLimits(
        timeout=float(read.get("timeout", float, default.timeout)),
        deadline=float(read.get("deadline", float, default.deadline)),
        max_feed_bytes=read.number("max_feed_mb", default.max_feed_bytes // mib, 1, 100) * mib,
        max_page_bytes=read.number("max_page_mb", default.max_page_bytes // mib, 1, 100) * mib,
        max_image_bytes=read.number("max_image_mb", default.max_image_bytes // mib, 1, 100) * mib,
        per_host=read.number("per_host", default.per_host, 1, 16),
        workers=read.number("workers", default.workers, 1, 64),
        user_agent=read.text("user_agent", default.user_agent),
        allow_private_networks=bool(read.get("allow_private_networks", bool, False)),
    )
    if not 0 < limits.timeout <= 600 or not 0 < limits.deadline <= 3600:
        raise RecipeError(f"{where}: fetch.timeout/deadline: must be positive seconds")
    read.finish()
    return limits


def _section(where: str, index: int, table: Any, seen: set[str]) -> Section:
    if not isinstance(table, dict):
        raise RecipeError(f"{where}: sections[{index}]: must be a table ([[sections]])")
    read = _Reader(where, table, f"sections[{index}].")
    section_id = read.text("id", required=True)
    if not _SLUG.match(section_id):
        raise read.fail("id", "use lowercase letters, digits and '-'")
    if section_id in seen:
        raise read.fail("id", f"section {section_id!r} is given twice")
    seen.add(section_id)
    feeds = read.get("feeds", list, required=True)
    if not feeds:
        raise read.fail("feeds", "give at least one feed URL")
    if len(feeds) > MAX_FEEDS_PER_SECTION:
        raise read.fail("feeds", f"{len(feeds)} feeds, at most {MAX_FEEDS_PER_SECTION}")
    for url in feeds:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise read.fail("feeds", f"{str(url)[:80]!r} is not an http(s) URL")
        if len(url) > MAX_URL:
            raise read.fail("feeds", f"a URL of {len(url):,} characters (at most {MAX_URL:,})")
    full_text = read.text("full_text", "auto")
    if full_text not in FULL_TEXT_MODES:
        raise read.fail("full_text", "must be auto, always or never")
    section = Section(
        id=section_id,
        title=read.text("title", required=True),
        feeds=tuple(dict.fromkeys(u.strip() for u in feeds)),
        full_text=full_text,
        max_articles=read.number("max_articles", 30, 1, 500),
    )
    read.finish()
    return section


def parse_recipe(data: dict[str, Any], where: str, base: Path | None = None) -> Recipe:
    """A recipe from parsed TOML; ``base`` is the folder relative paths start from."""
    known = {"publication", "edition", "fetch", "sections"}
    for key in data:
        if key not in known:
            raise RecipeError(f"{where}: {key}: unknown key")
    pub = _Reader(where, _table(where, data, "publication", required=True), "publication.")
    recipe_id = pub.text("id", required=True)
    if not _SLUG.match(recipe_id):
        raise pub.fail("id", "use lowercase letters, digits and '-' ([a-z0-9-])")
    language = pub.text("language", "en")
    if not _LANGUAGE.match(language):
        raise pub.fail("language", "must be a language code such as 'it' or 'en'")
    title = pub.text("title", required=True)
    homepage, comments = pub.url("homepage"), pub.url("comments")
    pub.finish()
    edition = _Reader(where, _table(where, data, "edition"), "edition.")
    cover_name = edition.text("cover")
    cover = None
    if cover_name:
        cover = (base or Path.cwd()) / cover_name
        if not cover.is_file():
            raise edition.fail("cover", f"{cover} not found")
    edition_title = edition.text("title")
    max_age_days = edition.number("max_age_days", 3, 1, 365)
    images_per_article = edition.number("images_per_article", 6, 0, 50)
    image_max_px = edition.number("image_max_px", 1600, 200, 4096)
    refresh_minutes = edition.number("refresh_minutes", 180, 15, 7 * 24 * 60)
    edition.finish()
    sections_raw = data.get("sections")
    if not isinstance(sections_raw, list) or not sections_raw:
        raise RecipeError(f"{where}: sections: give at least one [[sections]] table")
    if len(sections_raw) > MAX_SECTIONS:
        raise RecipeError(f"{where}: sections: {len(sections_raw):,}, at most {MAX_SECTIONS}")
    seen: set[str] = set()
    sections = tuple(_section(where, i, s, seen) for i, s in enumerate(sections_raw))
    feeds = sum(len(section.feeds) for section in sections)
    if feeds > MAX_FEEDS:
        raise RecipeError(f"{where}: sections: {feeds:,} feeds in all, at most {MAX_FEEDS}")
    return Recipe(
        id=recipe_id,
        title=title,
        language=language,
        sections=sections,
        homepage=homepage,
        comments_server=comments,
        cover=cover,
        fetch=_fetch_limits(where, _table(where, data, "fetch")),
        source=base,
        edition_title=edition_title,
        max_age_days=max_age_days,
        images_per_article=images_per_article,
        image_max_px=image_max_px,
        refresh_minutes=refresh_minutes,
    )


def load_recipe(path: Path) -> Recipe:
    """Read and check a recipe file."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_RECIPE_BYTES + 1)
        if len(raw) > MAX_RECIPE_BYTES:
            raise RecipeError(f"{path}: larger than {MAX_RECIPE_BYTES // 1024} KiB")
        data = tomllib.loads(raw.decode("utf-8"))
    except FileNotFoundError as exc:
        raise RecipeError(f"{path}: not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RecipeError(f"{path}: cannot read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RecipeError(f"{path}: not valid TOML ({exc})") from exc
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise RecipeError(f"{path}: not valid TOML (nested too deep)") from None
    return parse_recipe(data, str(path), path.parent)


def _toml(value: str | int | list[str]) -> str:
    # TOML basic strings share JSON's escapes.
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def dump_recipe(recipe: Recipe) -> str:
    """The recipe as TOML (the keys that differ from the defaults, and the required ones)."""
    lines = ["[publication]"]
    lines += [f"id = {_toml(recipe.id)}", f"title = {_toml(recipe.title)}"]
    lines.append(f"language = {_toml(recipe.language)}")
    if recipe.homepage:
        lines.append(f"homepage = {_toml(recipe.homepage)}")
    if recipe.comments_server:
        lines.append(f"comments = {_toml(recipe.comments_server)}")
    lines += ["", "[edition]"]
    if recipe.edition_title:
        lines.append(f"title = {_toml(recipe.edition_title)}")
    for key in ("max_age_days", "images_per_article", "image_max_px", "refresh_minutes"):
        lines.append(f"{key} = {getattr(recipe, key)}")
    for section in recipe.sections:
        lines += ["", "[[sections]]", f"id = {_toml(section.id)}"]
        lines += [f"title = {_toml(section.title)}", f"feeds = {_toml(list(section.feeds))}"]
        lines += [f"full_text = {_toml(section.full_text)}"]
        lines += [f"max_articles = {section.max_articles}"]
    return "\n".join(lines) + "\n"


def slugify(text: str, fallback: str = "paper") -> str:
    """A recipe or section id from a name a reader typed."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-")
    return slug or fallback
