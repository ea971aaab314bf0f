"""A synthetic library for the search benchmark: years of daily editions, fast.

Real bundles would take hours to build and import at 100,000 articles, so
this writes rows straight into the 0001 tables (publications, editions,
sections, articles) and then builds the search index through the very code
path imports use (:meth:`SearchIndex.edition_added`, via ``reindex``).

Text is Italian or English, drawn with a Zipf-like distribution from a
vocabulary of real function words, real content words with their inflections
(so stemming has something to find) and pseudo-words for the long tail.
Everything is seeded: the same arguments give the same library.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

PUBLICATIONS = (
    ("il-faro", "Il Faro", "it", ("politica", "economia", "cronaca", "cultura", "sport")),
    ("gazzetta-sintetica", "La Gazzetta Sintetica", "it", ("politica", "cronaca", "sport")),
    ("the-daily-synth", "The Daily Synth", "en", ("politics", "business", "world", "sport")),
)
SECTION_TITLES = {
    "politica": "Politica",
    "economia": "Economia",
    "cronaca": "Cronaca",
    "cultura": "Cultura",
    "sport": "Sport",
    "politics": "Politics",
    "business": "Business",
    "world": "World",
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


IT_FUNCTION = _words(
    "di e il la che a per in un è non una del con i si da le al della anche come più ma sono "
    "ha dei nel alla lo gli delle o se nella questo ci già perché così stato tra essere fa "
    "dopo hanno molto quando tutto ancora poi cui suo sua loro dove "
)
EN_FUNCTION = _words(
    "the of and to a in is that for it as was with on be by at this are from or have an they "
    "which one you had not but what all were when we there can their has been more if will "
    "would who so its also after than into over new "
)
IT_STEMS = _words(
    "veicol elettric govern sindac tram notturn scioper scuol ospedal treno stazion consigl "
    "region provinc lavor impres mercat prezz cittadin strad ponte porto cantier progett "
    "bilanc tass salut medic pazient squadr partit campionat gol allenator teatr muse mostr "
    "libr autor music concert festival piazz quartier palazz giardin fium lag mont bosc "
    "energi rinnovabil solar batteri motor "
)
IT_WORDS = _words(
    "città università attività società perché più già però qualità libertà sicurezza pubblico "
    "pubblica sviluppo ricerca trasporto trasporti economia politica cultura notizie cronaca "
    "elezioni ministro ministri legge leggi "
)
EN_WORDS = _words(
    "drive driving driver drivers drove vehicle vehicles electric electrical electricity "
    "government council mayor city cities train trains station stations strike strikes school "
    "schools hospital hospitals market markets price prices street streets bridge project "
    "projects budget health doctor patients team match league goal coach theatre museum "
    "exhibition book books music concert festival square energy battery batteries running "
    "runs ran report reports reported reporting policy policies minister law laws "
)
SYLLABLES = _words(
    "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo la le li lo lu ma me mi mo na "
    "ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zo ar er or "
    "an en in on al el il ol st tr pr gr br ch sc "
)


def _vocabulary(lang: str, rng: random.Random, tail: int) -> list[str]:
    """Words by decreasing frequency: function words, content words, pseudo-words."""
    if lang == "it":
        content = [s + end for s in IT_STEMS for end in ("o", "i", "a", "e")] + list(IT_WORDS)
        function = IT_FUNCTION
    else:
        content = list(EN_WORDS)
        function = EN_FUNCTION
    rng.shuffle(content)
    pseudo: set[str] = set()
    while len(pseudo) < tail:
        n = rng.choice((2, 3, 3, 4))
        pseudo.add("".join(rng.choice(SYLLABLES) for _ in range(n)))
    return list(function) + content + sorted(pseudo)


@dataclass
class _Language:
    words: list[str]
    cum_weights: list[float]


def _language(lang: str, seed: int, tail: int) -> _Language:
    rng = random.Random(f"{seed}-{lang}")
    vocab = _vocabulary(lang, rng, tail)
    weights = [1.0 / (rank + 2.7) ** 1.05 for rank in range(len(vocab))]
    return _Language(vocab, list(itertools.accumulate(weights)))


class TextMaker:
    """Random sentences in a language, Zipf-distributed over its vocabulary."""

    def __init__(self, seed: int = 1, tail: int = 30000) -> None:
        self.rng = random.Random(seed)
        self.languages = {lang: _language(lang, seed, tail) for lang in ("it", "en")}

    def words(self, lang: str, count: int) -> list[str]:
        language = self.languages[lang]
        return self.rng.choices(language.words, cum_weights=language.cum_weights, k=count)

    def sentence(self, lang: str, count: int) -> str:
        text = " ".join(self.words(lang, count))
        return text[:1].upper() + text[1:]

    def body(self, lang: str, count: int) -> str:
        paragraphs = []
        left = count
        while left > 0:
            size = min(left, self.rng.randint(40, 120))
            sentences = []
            taken = 0
            while taken < size:
                n = min(size - taken, self.rng.randint(8, 24))
                sentences.append(self.sentence(lang, n) + ".")
                taken += n
            paragraphs.append(" ".join(sentences))
            left -= size
        return "\n\n".join(paragraphs)


def synthesize(
    db: Database,
    articles: int,
    *,
    seed: int = 1,
    words: int = 600,
    start: date = date(2023, 1, 1),
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert about ``articles`` articles as daily editions; returns editions made.

    The search index is not touched: call ``SearchIndex.reindex`` afterwards
    (``edicola dev synth`` does).
    """
    maker = TextMaker(seed)
    rng = maker.rng
    per_edition = 83
    editions = max(1, round(articles / per_edition))
    made = 0
    with db.atomic():
        for pub_id, title, lang, _sections in PUBLICATIONS:
            db.execute(
                "INSERT OR IGNORE INTO publications (id, title, language, homepage) "
                "VALUES (?, ?, ?, ?)",
                [pub_id, title, lang, f"https://{pub_id}.example/"],
            )
    remaining = articles
    for index in range(editions):
        pub_id, pub_title, lang, sections = PUBLICATIONS[index % len(PUBLICATIONS)]
        day = (start + timedelta(days=index // len(PUBLICATIONS))).isoformat()
        edition_id = f"{pub_id}-{day}"
        count = remaining if index == editions - 1 else min(remaining, per_edition)
        remaining -= count
        rows = []
        for position in range(count):
            section = sections[position % len(sections)]
            size = max(50, int(rng.gauss(words, words / 3)))
            body = maker.body(lang, size)
            slug = f"a{position:03d}"
            rows.append(
                (
                    f"{edition_id}/{slug}",
                    edition_id,
                    section,
                    position,
                    maker.sentence(lang, rng.randint(5, 11)),
                    maker.sentence(lang, rng.randint(15, 30)) + ".",
                    json.dumps([f"{maker.sentence(lang, 1)} {maker.sentence(lang, 1)}"]),
                    f"{day}T06:00:00+01:00",
                    f"https://{pub_id}.example/{day}/{slug}",
                    lang,
                    size,
                    body,
                    "<p>" + body.replace("\n\n", "</p><p>") + "</p>",
                )
            )
        with db.atomic():
            db.execute(
                "INSERT INTO editions (id, publication_id, date, title, number, revision, "
                "bundle_sha256, imported_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                [
                    edition_id,
                    pub_id,
                    day,
                    f"{pub_title}, {day}",
                    index + 1,
                    "0" * 64,
                    f"{day}T07:00:00+00:00",
                ],
            )
            db.conn.executemany(
                "INSERT INTO sections (edition_id, id, title, position) VALUES (?, ?, ?, ?)",
                [(edition_id, s, SECTION_TITLES[s], i) for i, s in enumerate(sections)],
            )
            db.conn.executemany(
                "INSERT INTO articles (id, edition_id, section_id, position, title, standfirst, "
                "authors, published, url, language, word_count, markdown, html) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        made += 1
        if progress is not None:
            progress(1)
    return made


def open_target(folder: Path) -> Database:
    """The library database in ``folder`` (created and migrated)."""
    from edicola.store.database import open_library

    return open_library(folder)
