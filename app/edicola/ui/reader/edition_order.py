"""The reading order of one edition: sections in order, articles in order within them.

Next/previous article and section follow this order across section boundaries,
the way one leafs through a paper. Qt-free so it is trivially testable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from edicola.core.model import ArticleSummary, Section


@dataclass(frozen=True)
class EditionOrder:
    edition_id: str
    sections: tuple[Section, ...]
    articles: tuple[ArticleSummary, ...]

    @classmethod
    def build(
        cls, edition_id: str, sections: Sequence[Section], articles: Sequence[ArticleSummary]
    ) -> EditionOrder:
        ordered_sections = tuple(sorted(sections, key=lambda s: s.position))
        rank = {s.id: i for i, s in enumerate(ordered_sections)}
        ordered_articles = tuple(
            sorted(articles, key=lambda a: (rank.get(a.section_id, len(rank)), a.position))
        )
        return cls(edition_id, ordered_sections, ordered_articles)

    def ids(self) -> list[str]:
        return [a.id for a in self.articles]

    def index(self, article_id: str) -> int | None:
        for i, a in enumerate(self.articles):
            if a.id == article_id:
                return i
        return None

    def summary(self, article_id: str) -> ArticleSummary | None:
        i = self.index(article_id)
        return None if i is None else self.articles[i]

    def first_article(self) -> str | None:
        return self.articles[0].id if self.articles else None

    def next_article(self, article_id: str | None) -> str | None:
        """The article after ``article_id``; from the front page (None) the first one."""
        if article_id is None:
            return self.first_article()
        i = self.index(article_id)
        if i is None or i + 1 >= len(self.articles):
            return None
        return self.articles[i + 1].id

    def previous_article(self, article_id: str | None) -> str | None:
        if article_id is None:
            return None
        i = self.index(article_id)
        if i is None or i == 0:
            return None
        return self.articles[i - 1].id

    def section_articles(self, section_id: str) -> list[ArticleSummary]:
        return [a for a in self.articles if a.section_id == section_id]

    def first_of_section(self, section_id: str) -> str | None:
        found = self.section_articles(section_id)
        return found[0].id if found else None

    def section_of(self, article_id: str) -> str | None:
        found = self.summary(article_id)
        return found.section_id if found else None

    def _section_index(self, section_id: str | None) -> int | None:
        for i, s in enumerate(self.sections):
            if s.id == section_id:
                return i
        return None

    def next_section(self, article_id: str | None) -> str | None:
        """First article of the next non-empty section (from the front page: the first)."""
        start = self._section_index(self.section_of(article_id)) if article_id else -1
        if start is None:
            return None
        for s in self.sections[start + 1 :]:
            first = self.first_of_section(s.id)
            if first:
                return first
        return None

    def previous_section(self, article_id: str | None) -> str | None:
        """First article of the current section if inside it, else of the previous one."""
        if article_id is None:
            return None
        current = self.section_of(article_id)
        start = self._section_index(current)
        if start is None:
            return None
        if current is not None and self.first_of_section(current) != article_id:
            return self.first_of_section(current)
        for s in reversed(self.sections[:start]):
            first = self.first_of_section(s.id)
            if first:
                return first
        return None
