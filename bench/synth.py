"""A synthetic library for the benchmarks: years of daily editions, fast.

The same editions can be written as source folders, built into bundles by
the real builder and imported by ``edicola import`` (:func:`write_source`),
or written straight as the rows an import makes (:func:`bulk_insert`), with
the search index built through the very code path imports use
(:meth:`SearchIndex.edition_added`, one transaction per edition). A test
(``tests/unit/test_bench_synth.py``) proves both give the same rows and index;
the million-article library is built the bulk way (``python -m bench.synth``).

Text is Italian or English, drawn with a Zipf-like distribution from a
vocabulary of real function words, real content words with their inflections
(so stemming has something to find) and pseudo-words for the long tail.
Everything is seeded: the same arguments give the same library.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from edicola.core.model import article_id
from edicola.core.render import word_count
from edicola.store.body_codec import BodyCodec
from edicola.store.search_index import SearchIndex

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


@dataclass(frozen=True)
class SynthArticle:
    slug: str
    section: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
    body: str
    figure: Path | None = None
    """A sample paper's picture the body shows as ``images/<name>`` (with ``extras``)."""


EXTRAS = {"figure": 31 / 42, "table": 10 / 42, "footnote": 6 / 42}
"""Share of articles with a figure, a table, a footnote: the sample papers'
(``editions/``: 42 articles, 31 with a picture, 10 with a table, 6 with a footnote)."""


def _sample_pictures() -> list[Path]:
    from edicola.paths import EDITIONS

    return sorted(Path(str(EDITIONS)).glob("*/*/images/*.png"))


def _with_extras(
    body: str, lang: str, maker: TextMaker, rng: random.Random, pictures: list[Path]
) -> tuple[str, Path | None]:
    """``body`` with a figure, a table and a footnote in the sample papers' proportions."""
    paragraphs = body.split("\n\n")
    figure = None
    if rng.random() < EXTRAS["figure"]:
        figure = rng.choice(pictures)
        caption = maker.sentence(lang, rng.randint(6, 14))
        paragraphs.insert(min(2, len(paragraphs)), f"![{caption}](images/{figure.name})")
    if rng.random() < EXTRAS["table"]:
        rows = [f"| {maker.sentence(lang, 2)} | {rng.randint(1, 999)} | {rng.randint(1, 999)} |"
                for _ in range(rng.randint(3, 8))]  # fmt: skip
        table = "\n".join(["| voce | 2025 | 2026 |", "|---|---:|---:|", *rows])
        paragraphs.insert(len(paragraphs) // 2, table)
    if rng.random() < EXTRAS["footnote"]:
        paragraphs[-1] += "[^1]"
        paragraphs.append(f"[^1]: {maker.sentence(lang, rng.randint(8, 20))}.")
    return "\n\n".join(paragraphs), figure


@dataclass(frozen=True)
class SynthEdition:
    """One synthetic edition, enough to write its source folder or its rows."""

    publication_id: str
    publication_title: str
    language: str
    date: str
    number: int
    sections: tuple[str, ...]
    articles: tuple[SynthArticle, ...]

    @property
    def edition_id(self) -> str:
        return f"{self.publication_id}-{self.date}"

    @property
    def title(self) -> str:
        return f"{self.publication_title}, {self.date}"

    @property
    def homepage(self) -> str:
        return f"https://{self.publication_id}.example/"


def editions(
    articles: int,
    *,
    seed: int = 1,
    words: int = 600,
    start: date = date(2023, 1, 1),
    per_edition: int = 83,
    extras: bool = False,
) -> Iterator[SynthEdition]:
    """About ``articles`` articles as daily editions of the three publications.

    ``extras`` gives articles figures, tables and footnotes as the sample papers
    have them (:data:`EXTRAS`), drawn from their own seed: without it the
    editions are the same as ever.
    """
    maker = TextMaker(seed)
    rng = maker.rng
    extra_rng = random.Random(seed + 1_000_003)
    pictures = _sample_pictures() if extras else []
    count_editions = max(1, round(articles / per_edition))
    remaining = articles
    for index in range(count_editions):
        pub_id, pub_title, lang, sections = PUBLICATIONS[index % len(PUBLICATIONS)]
        day = (start + timedelta(days=index // len(PUBLICATIONS))).isoformat()
        count = remaining if index == count_editions - 1 else min(remaining, per_edition)
        remaining -= count
        made = []
        for position in range(count):
            size = max(50, int(rng.gauss(words, words / 3)))
            body = maker.body(lang, size)
            figure = None
            if extras:
                body, figure = _with_extras(body, lang, maker, extra_rng, pictures)
            made.append(
                SynthArticle(
                    slug=f"a{position:04d}",
                    section=sections[position % len(sections)],
                    title=maker.sentence(lang, rng.randint(5, 11)),
                    standfirst=maker.sentence(lang, rng.randint(15, 30)) + ".",
                    authors=(f"{maker.sentence(lang, 1)} {maker.sentence(lang, 1)}",),
                    published=f"{day}T06:00:00+01:00",
                    body=body,
                    figure=figure,
                )
            )
        yield SynthEdition(pub_id, pub_title, lang, day, index + 1, sections, tuple(made))


def write_source(edition: SynthEdition, root: Path) -> Path:
    """The edition as a librarian's source folder (for ``build_edition``); returns it."""
    folder = root / edition.publication_id / edition.date
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    publication = {
        "id": edition.publication_id,
        "title": edition.publication_title,
        "language": edition.language,
        "homepage": edition.homepage,
    }
    (folder.parent / "publication.json").write_text(json.dumps(publication), "utf-8")
    meta = {
        "date": edition.date,
        "title": edition.title,
        "number": edition.number,
        "revision": 1,
        "sections": [{"id": s, "title": SECTION_TITLES[s]} for s in edition.sections],
    }
    (folder / "edition.json").write_text(json.dumps(meta), "utf-8")
    for position, article in enumerate(edition.articles):
        front = (
            f"---\nsection: {article.section}\ntitle: {article.title}\n"
            f"standfirst: {article.standfirst}\nauthors: {', '.join(article.authors)}\n"
            f"published: {article.published}\n---\n"
        )
        name = f"{position:04d}-{article.slug}.md"
        (folder / "articles" / name).write_text(front + article.body, "utf-8")
        if article.figure is not None:
            (folder / "images").mkdir(exist_ok=True)
            (folder / "images" / article.figure.name).write_bytes(article.figure.read_bytes())
    return folder


def bulk_insert(
    db: Database, edition: SynthEdition, index: SearchIndex | None, codec: BodyCodec | None = None
) -> None:
    """The rows ``EditionStore.import_bundle`` writes for this edition, written directly.

    Skips the zip, the checksums and the Markdown rendering (which only checks
    image references: synthetic articles have none). ``tests/unit/test_bench_synth.py``
    proves the rows and the index equal those of a real import of the built bundle.
    Bodies are packed as imports pack them (``codec``: the index's by default), and
    a language's dictionary is trained at the same article.
    """
    codec = codec or (index.codec if index is not None else BodyCodec(db))
    pack = codec.packer(edition.language)
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO publications (id, title, language, homepage) "
            "VALUES (?, ?, ?, ?)",
            [edition.publication_id, edition.publication_title, edition.language, edition.homepage],
        )
        db.execute(
            "INSERT INTO editions (id, publication_id, date, title, number, revision, "
            "bundle_sha256, imported_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            [
                edition.edition_id,
                edition.publication_id,
                edition.date,
                edition.title,
                edition.number,
                "0" * 64,
                f"{edition.date}T07:00:00+00:00",
            ],
        )
        db.conn.executemany(
            "INSERT INTO sections (edition_id, id, title, position) VALUES (?, ?, ?, ?)",
            [(edition.edition_id, s, SECTION_TITLES[s], i) for i, s in enumerate(edition.sections)],
        )
        order = sorted(
            range(len(edition.articles)),
            key=lambda i: (edition.sections.index(edition.articles[i].section), i),
        )
        homepage = edition.homepage.rstrip("/")
        path = edition.date.replace("-", "/")
        rows = []
        for position, i in enumerate(order):
            article = edition.articles[i]
            rows.append(
                (
                    article_id(edition.edition_id, article.slug),
                    edition.edition_id,
                    article.section,
                    position,
                    article.title,
                    article.standfirst,
                    json.dumps(list(article.authors), ensure_ascii=False),
                    article.published,
                    f"{homepage}/{path}/{article.slug}",
                    edition.language,
                    word_count(article.body),
                    pack(article.body),
                    "",
                )
            )
        db.conn.executemany(
            "INSERT INTO articles (id, edition_id, section_id, position, title, standfirst, "
            "authors, published, url, language, word_count, markdown, html) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        codec.bodies_added(edition.language, len(rows))
        if index is not None:
            index.edition_added(db, edition.edition_id)


def synthesize(
    db: Database,
    articles: int,
    *,
    seed: int = 1,
    words: int = 600,
    start: date = date(2023, 1, 1),
    progress: Callable[[int], None] | None = None,
    index: SearchIndex | None = None,
) -> int:
    """Insert about ``articles`` articles as daily editions; returns editions made.

    With ``index`` each edition is indexed in its own transaction, as imports
    do; without, call ``SearchIndex.reindex`` afterwards (``edicola dev synth`` does).
    """
    made = 0
    codec = index.codec if index is not None else BodyCodec(db)
    for edition in editions(articles, seed=seed, words=words, start=start):
        bulk_insert(db, edition, index, codec)
        made += 1
        if progress is not None:
            progress(1)
    return made


def open_target(folder: Path) -> Database:
    """The library database in ``folder`` (created and migrated)."""
    from edicola.store.database import open_library

    return open_library(folder)


def main() -> None:
    """``python -m bench.synth --articles N --to DIR``: a library built the bulk way."""
    import argparse
    import time

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--to", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    db = open_target(args.to)
    if db.execute("SELECT count(*) FROM editions").fetchone()[0]:
        raise SystemExit(f"{args.to} already holds editions: use an empty folder")
    index = SearchIndex(db)
    started = time.monotonic()
    done = 0

    def report(step: int) -> None:
        nonlocal done
        done += step
        if done % 100 == 0:
            rate = done / (time.monotonic() - started)
            print(f"{done} editions, {rate:.1f}/s", flush=True)

    made = synthesize(db, args.articles, seed=args.seed, progress=report, index=index)
    db.close()
    print(f"{made} editions in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
