"""Scoring what was read from a generated paper against its ground truth.

Used by the tests and by ``bench/bench_print.py`` alike, so both measure the
same thing: for regions, the share of printed article blocks found with an
intersection over union of at least 0.8 and the regions that are no article's
(or sit where the article is not); for ``from-pdf``, the headlines read exactly
and the precision and recall of the body's words (as a multiset, captions
included), plus how many of the printed word pairs come out in order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from edicola.core.print.text_types import iou
from edicola.core.print.tokens import tokens

GOOD_IOU = 0.8


@dataclass
class PlacementScore:
    blocks: int = 0
    """Printed article blocks in the truth (one per article and page)."""
    found: int = 0
    """Of those, found with IoU >= 0.8."""
    stray: list[str] = field(default_factory=list)
    """Regions that match no block of their article on their page (non-articles included)."""
    missed: list[str] = field(default_factory=list)

    def add(self, other: PlacementScore) -> None:
        self.blocks += other.blocks
        self.found += other.found
        self.stray += other.stray
        self.missed += other.missed


def score_placement(
    truth: Mapping[str, Any], regions: Iterable[tuple[int, str, tuple[float, ...]]]
) -> PlacementScore:
    """``regions`` are (page, article id, rect) as placement found them."""
    found: dict[tuple[int, str], list[tuple[float, ...]]] = {}
    for page, article, rect in regions:
        found.setdefault((page, article), []).append(rect)
    score = PlacementScore()
    for article, entry in truth["articles"].items():
        for region in entry["regions"]:
            score.blocks += 1
            want = tuple(region["rect"])
            got = found.get((region["page"], article), [])
            best = max((iou(want, tuple(g)) for g in got), default=0.0)  # type: ignore[arg-type]
            if best >= GOOD_IOU:
                score.found += 1
            else:
                score.missed.append(f"{article} on page {region['page'] + 1} (IoU {best:.2f})")
    for (page, article), rects in found.items():
        truths = [
            tuple(r["rect"])
            for r in truth["articles"].get(article, {}).get("regions", [])
            if r["page"] == page
        ]
        for rect in rects:
            if not any(iou(t, tuple(rect)) >= 0.5 for t in truths):  # type: ignore[arg-type]
                score.stray.append(f"{article} on page {page + 1}")
    return score


@dataclass
class TextScore:
    articles: int = 0
    """Printed articles in the truth."""
    exact_headlines: int = 0
    true_words: int = 0
    false_words: int = 0
    missed_words: int = 0
    pairs: int = 0
    pairs_in_order: int = 0

    def add(self, other: TextScore) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.true_words / max(1, self.true_words + self.false_words)

    @property
    def recall(self) -> float:
        return self.true_words / max(1, self.true_words + self.missed_words)

    @property
    def order(self) -> float:
        return self.pairs_in_order / max(1, self.pairs)


def score_text(truth: Mapping[str, Any], articles: Iterable[Any]) -> TextScore:
    """``articles`` have ``title``, ``paragraphs`` and ``pictures`` (with ``caption``), as
    ``page_articles.FoundArticle``; each is matched to the truth by headline, else by words."""
    printed = {k: v for k, v in truth["articles"].items() if v["printed"]}
    by_title = {v["title"]: k for k, v in printed.items()}
    score = TextScore(articles=len(printed))
    matched: set[str] = set()
    for article in articles:
        words = tokens(" ".join([*article.paragraphs, *(p.caption for p in article.pictures)]))
        key = by_title.get(article.title)
        if key is not None:
            score.exact_headlines += 1
        else:
            key = max(printed, key=lambda k: len(set(_words(printed[k])) & set(words)), default="")
            key = key or None
        if key is None or key in matched:
            score.false_words += len(words)
            continue
        matched.add(key)
        want = _words(printed[key])
        got, expected = Counter(words), Counter(want)
        common = sum((got & expected).values())
        score.true_words += common
        score.false_words += sum(got.values()) - common
        score.missed_words += sum(expected.values()) - common
        pairs = Counter(itertools.pairwise(want))
        seen = Counter(itertools.pairwise(words))
        score.pairs += sum(pairs.values())
        score.pairs_in_order += sum((pairs & seen).values())
    for key in printed.keys() - matched:
        score.missed_words += len(_words(printed[key]))
    return score


def _words(entry: Mapping[str, Any]) -> list[str]:
    return tokens(" ".join(filter(None, [entry["body"], entry.get("caption", "")])))
