"""The papers a reader follows: one recipe per paper in the library's ``feeds/`` folder.

The reader's "Follow news sites…" writes an ordinary recipe
(``feeds/ID/recipe.toml``) and builds into ``feeds/ID/`` with the same code as
``edicola feeds build``, so a paper made in the reader can be handed to a
librarian as it is. Each feed is a section of its own, first named after the
feed's site (``example.org``) until its first build names it after the feed's
own title (:mod:`edicola.core.feeds.section_titles`). The state of each paper
sits beside its bundles (``feeds/ID/.edicola-feeds/ID``).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from edicola.core.feeds.opml import OpmlFeed
from edicola.core.feeds.recipe import (
    Recipe,
    RecipeError,
    Section,
    dump_recipe,
    load_recipe,
    slugify,
)

RECIPE_FILE = "recipe.toml"
PREFIX = "feeds-"
"""Reader-made papers' ids start with this, so they never take a catalog publication's id."""


def papers_folder(library_folder: Path) -> Path:
    return library_folder / "feeds"


def paper_folder(library_folder: Path, paper_id: str) -> Path:
    return papers_folder(library_folder) / paper_id


def list_papers(library_folder: Path) -> tuple[list[Recipe], list[str]]:
    """Every followed paper, and one line per recipe that could not be read."""
    papers: list[Recipe] = []
    problems: list[str] = []
    root = papers_folder(library_folder)
    if not root.is_dir():
        return papers, problems
    for path in sorted(root.glob(f"*/{RECIPE_FILE}")):
        try:
            papers.append(load_recipe(path))
        except RecipeError as exc:
            problems.append(str(exc))
    return papers, problems


def site_title(url: str) -> str:
    """A feed's site as a provisional section title: ``https://www.example.org/x`` ->
    ``example.org``."""
    host = (urlsplit(url).hostname or url).removeprefix("www.")
    return host[:80] or url[:80]


def feed_section(url: str, taken: set[str]) -> Section:
    """A section of its own for one feed, titled after its site, with an id not in
    ``taken`` (which it joins)."""
    base = slugify(site_title(url), "feed")[:56]
    section_id, n = base, 2
    while section_id in taken:
        section_id, n = f"{base}-{n}", n + 1
    taken.add(section_id)
    return Section(id=section_id, title=site_title(url), feeds=(url,), full_text="auto")


def new_paper(
    library_folder: Path, name: str, feeds: list[str], language: str, taken: set[str]
) -> Recipe:
    """A recipe for feeds pasted into the reader, one section per feed (not yet saved)."""
    base = PREFIX + slugify(name)
    paper_id, n = base[:60], 2
    while paper_id in taken or paper_folder(library_folder, paper_id).exists():
        paper_id, n = f"{base[:56]}-{n}", n + 1
    ids: set[str] = set()
    sections = tuple(feed_section(url, ids) for url in dict.fromkeys(feeds))
    return Recipe(id=paper_id, title=name, language=language, sections=sections)


def save_paper(library_folder: Path, recipe: Recipe) -> Path:
    """Write (or replace) a paper's recipe atomically; returns its path."""
    folder = paper_folder(library_folder, recipe.id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / RECIPE_FILE
    tmp = path.with_name(RECIPE_FILE + ".tmp")
    tmp.write_text(dump_recipe(recipe), "utf-8")
    os.replace(tmp, path)
    return path


def with_feeds(recipe: Recipe, feeds: list[str]) -> Recipe:
    """The recipe with a section for each of ``feeds`` it does not follow yet."""
    ids = {section.id for section in recipe.sections}
    known = set(recipe.feeds)
    added = tuple(feed_section(url, ids) for url in dict.fromkeys(feeds) if url not in known)
    return replace(recipe, sections=(*recipe.sections, *added))


def remove_paper(library_folder: Path, paper_id: str) -> None:
    """Stop following a paper: its recipe, bundles and state go (editions stay in the library)."""
    shutil.rmtree(paper_folder(library_folder, paper_id), ignore_errors=True)


def opml_feeds(papers: list[Recipe]) -> list[OpmlFeed]:
    """Every followed feed, each under its paper's title, for an OPML export."""
    return [
        OpmlFeed(url=url, title=url, folder=paper.title)
        for paper in papers
        for section in paper.sections
        for url in section.feeds
    ]
