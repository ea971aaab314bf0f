"""The few words an exported edition prints itself, in the edition's language.

An EPUB is read far from Edicola, so its words follow the edition (an Italian
paper says "Sommario" whatever the exporter's locale), not the user interface:
Qt's translations are not at hand in the core anyway. Languages other than
Italian get English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

_EN_MONTHS = "January February March April May June July August September October November December"
_IT_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)


@dataclass(frozen=True)
class Labels:
    contents: str
    cover: str
    front_page: str
    pages: str
    start: str
    by: str
    """``{names}`` is replaced by the authors."""
    and_: str
    number: str
    """``{n}`` is replaced by the edition's number."""
    minutes: tuple[str, str]
    """One minute, several minutes (``{n}``)."""
    months: tuple[str, ...]
    summary: str
    """The accessibility summary; ``{pages}`` is the sentence about printed pages."""
    summary_pages: str


ENGLISH = Labels(
    contents="Contents",
    cover="Cover",
    front_page="Front page",
    pages="Pages",
    start="Start of reading",
    by="By {names}",
    and_="and",
    number="No. {n}",
    minutes=("1 min read", "{n} min read"),
    months=tuple(_EN_MONTHS.split()),
    summary=(
        "A newspaper edition exported by Edicola: every article is text with headings, "
        "its pictures carry their captions as alternative text, and the table of contents "
        "lists the sections and their articles.{pages}"
    ),
    summary_pages=" Page numbers of the printed edition are marked.",
)

ITALIAN = Labels(
    contents="Sommario",
    cover="Copertina",
    front_page="Prima pagina",
    pages="Pagine",
    start="Inizio della lettura",
    by="Di {names}",
    and_="e",
    number="N. {n}",
    minutes=("1 min di lettura", "{n} min di lettura"),
    months=tuple(_IT_MONTHS.split()),
    summary=(
        "Un'edizione di giornale esportata da Edicola: ogni articolo è testo con titoli, "
        "le immagini hanno la didascalia come testo alternativo e il sommario elenca le "
        "sezioni e i loro articoli.{pages}"
    ),
    summary_pages=" Sono segnati i numeri di pagina dell'edizione stampata.",
)


def labels_for(language: str) -> Labels:
    return ITALIAN if language.split("-")[0].lower() == "it" else ENGLISH


def byline(labels: Labels, authors: tuple[str, ...]) -> str:
    if not authors:
        return ""
    names = authors[0]
    if len(authors) > 1:
        names = f"{', '.join(authors[:-1])} {labels.and_} {authors[-1]}"
    return labels.by.format(names=names)


def long_date(labels: Labels, iso: str) -> str:
    """``2026-11-24`` as "24 November 2026"; with a time, ", 06:10" after it (as written)."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    day = f"{moment.day} {labels.months[moment.month - 1]} {moment.year}"
    return day if len(iso) <= 10 else f"{day}, {moment:%H:%M}"


def reading_time(labels: Labels, word_count: int) -> str:
    minutes = max(1, round(word_count / 230))  # as the reader counts (article_page.py)
    return labels.minutes[0] if minutes == 1 else labels.minutes[1].format(n=minutes)
