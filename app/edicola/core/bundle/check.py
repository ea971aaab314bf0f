"""Editorial quality checks on an edition: what a librarian fixes before publishing.

``edicola validate`` says whether a bundle *can* be imported; these checks say
whether it *reads well*: images without alt text or never shown, links to
articles that do not exist, plain-http links, headlines too long for the front
page, duplicate headlines, empty sections, near-empty bodies, missing bylines.
They run on a source folder (``edicola build`` prints them as warnings), a
built bundle, or an edition already in the library (the pytest plugin's
``edicola_reader.check()``), each loaded into the same plain
:class:`~edicola.core.bundle.edition_text.EditionText`.
Every :class:`Finding` has a stable id, a location (``file:line`` or an article
id) and one line saying what is wrong.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping, Sequence

from edicola.core.bundle.body_refs import body_images, body_links
from edicola.core.bundle.edition_text import (
    ERROR,
    WARNING,
    ArticleText,
    EditionText,
    Finding,
)
from edicola.core.model import IMAGE_SCHEME
from edicola.core.render import word_count

HEADLINE_MAX = 110
"""Characters; longer headlines wrap to four lines and more on the front page."""
STANDFIRST_MAX = 300
"""Characters; a standfirst is a sentence or two, not a paragraph."""
BODY_MIN_WORDS = 40
"""Words; fewer is a brief or a placeholder someone forgot to fill in."""

CHECKS: dict[str, str] = {
    "image-no-alt": "an image has no alt text (screen readers say nothing; no caption)",
    "image-unused": "an image file of the edition is never shown",
    "image-missing": "an image reference points at no image of the edition",
    "section-empty": "a section has no articles",
    "article-no-author": "an article has no author",
    "article-no-date": "an article has no publication date",
    "link-broken": "an edicola:article/ link points at no article",
    "link-not-https": "an external link uses plain http",
    "link-no-scheme": "a link has no https, http, mailto or edicola scheme (shown as text)",
    "headline-long": f"a headline is longer than {HEADLINE_MAX} characters",
    "standfirst-long": f"a standfirst is longer than {STANDFIRST_MAX} characters",
    "headline-duplicate": "two articles of the edition share a headline",
    "body-short": f"an article body has fewer than {BODY_MIN_WORDS} words",
    "page-region-orphan": "a region of a printed page points at no article (when pages exist)",
    "article-not-in-print": "regions come from the pages' text and an article is not there",
    "unreadable": "the edition cannot be read at all (fix this first)",
}
"""Every check id and what it means (``docs/testing.md`` lists them too)."""

_ARTICLE_LINK = f"{IMAGE_SCHEME}:article/"
_LINK_SCHEME = re.compile(rf"(?i)(https?|mailto):|{IMAGE_SCHEME}:article/")


def _check_images(edition: EditionText, article: ArticleText, used: set[str]) -> list[Finding]:
    found: list[Finding] = []
    eid = edition.edition_id
    for line, src, alt in body_images(article.body):
        path = posixpath.normpath(src) if src and ":" not in src else src
        allowed = article.images if article.images is not None else edition.image_files
        if ":" in src or not src:
            found.append(
                Finding(
                    "image-missing",
                    article.where(line),
                    f"image {src!r} is not part of the edition (readers are offline)",
                    ERROR,
                    eid,
                )
            )
        elif allowed is not None and path not in allowed:
            found.append(
                Finding(
                    "image-missing", article.where(line), f"image {src!r} not found", ERROR, eid
                )
            )
        else:
            used.add(path)
        if not alt:
            found.append(
                Finding(
                    "image-no-alt",
                    article.where(line),
                    f"image {src!r} has no alt text",
                    WARNING,
                    eid,
                )
            )
    return found


def _check_links(
    edition: EditionText, article: ArticleText, known: Mapping[str, set[str]]
) -> list[Finding]:
    found: list[Finding] = []
    eid = edition.edition_id
    for line, href in body_links(article.body):
        if not href.startswith("#") and not _LINK_SCHEME.match(href):
            found.append(
                Finding(
                    "link-no-scheme",
                    article.where(line),
                    f"link {href!r} has no https, http, mailto or edicola scheme; "
                    "the reader shows its text only",
                    WARNING,
                    eid,
                )
            )
            continue
        if href.lower().startswith("http://"):
            found.append(
                Finding(
                    "link-not-https",
                    article.where(line),
                    f"link {href!r} uses plain http; use https",
                    WARNING,
                    eid,
                )
            )
        if not href.startswith(_ARTICLE_LINK):
            continue
        target = href[len(_ARTICLE_LINK) :].split("#")[0]
        target_edition, _, slug = target.partition("/")
        if not slug:
            found.append(
                Finding(
                    "link-broken",
                    article.where(line),
                    f"link {href!r} should be edicola:article/EDITION-ID/ARTICLE",
                    WARNING,
                    eid,
                )
            )
        elif target_edition in known and target not in known[target_edition]:
            found.append(
                Finding(
                    "link-broken",
                    article.where(line),
                    f"link {href!r} points at no article of {target_edition}",
                    WARNING,
                    eid,
                )
            )
    return found


def _check_article(article: ArticleText, eid: str) -> list[Finding]:
    found: list[Finding] = []
    where = article.where() if not article.file else f"{article.file}:1"
    if not article.authors:
        found.append(Finding("article-no-author", where, "no author (byline)", WARNING, eid))
    if not article.published.strip():
        found.append(Finding("article-no-date", where, "no publication date", WARNING, eid))
    if len(article.title) > HEADLINE_MAX:
        found.append(
            Finding(
                "headline-long",
                where,
                f"headline is {len(article.title)} characters (at most {HEADLINE_MAX})",
                WARNING,
                eid,
            )
        )
    if len(article.standfirst) > STANDFIRST_MAX:
        found.append(
            Finding(
                "standfirst-long",
                where,
                f"standfirst is {len(article.standfirst)} characters (at most {STANDFIRST_MAX})",
                WARNING,
                eid,
            )
        )
    words = word_count(article.body)
    if words < BODY_MIN_WORDS:
        found.append(
            Finding(
                "body-short",
                where,
                f"body has {words} words (at least {BODY_MIN_WORDS})",
                WARNING,
                eid,
            )
        )
    return found


def check_edition(
    edition: EditionText, known: Mapping[str, set[str]] | None = None
) -> list[Finding]:
    """Every finding for one edition. ``known`` maps other edition ids to their
    article ids, so links across editions can be checked where they are known
    (links into editions nobody knows are left alone)."""
    eid = edition.edition_id
    findings = list(edition.findings)
    known = {**(known or {}), eid: edition.article_ids()}
    used: set[str] = set()
    titles: dict[str, ArticleText] = {}
    with_articles = {a.section for a in edition.articles}
    for section_id, title in edition.sections:
        if section_id not in with_articles:
            findings.append(
                Finding(
                    "section-empty",
                    section_id,
                    f"section {title or section_id!r} has no articles",
                    WARNING,
                    eid,
                )
            )
    for article in edition.articles:
        findings += _check_article(article, eid)
        findings += _check_images(edition, article, used)
        findings += _check_links(edition, article, known)
        key = " ".join(article.title.casefold().split())
        first = titles.setdefault(key, article)
        if first is not article:
            findings.append(
                Finding(
                    "headline-duplicate",
                    article.where() if not article.file else f"{article.file}:1",
                    f"same headline as {first.id}: {article.title!r}",
                    WARNING,
                    eid,
                )
            )
    if edition.image_files is not None and not edition.findings:
        for image in sorted(edition.image_files - used - {edition.cover or ""}):
            findings.append(
                Finding("image-unused", image, f"image {image!r} is never shown", WARNING, eid)
            )
    return findings


def check_editions(
    editions: Sequence[EditionText], known: Mapping[str, set[str]] | None = None
) -> list[Finding]:
    """Check several editions; links between them are resolved against each other."""
    everyone = dict(known or {})
    for edition in editions:
        everyone[edition.edition_id] = edition.article_ids()
    return [f for edition in editions for f in check_edition(edition, everyone)]
