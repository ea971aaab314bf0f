"""The reader's search syntax, parsed into a plain structure (no SQL here).

The search box, ``edicola search`` and the help popover share this module so
that the syntax is defined once. Parsing never fails: anything that is not
valid syntax is read as ordinary words, and characters that are not letters
or digits separate words, so no query string can reach FTS5's own grammar.
The store (``store/search_index.py``) turns a :class:`Query` into FTS5
expressions, quoting every word itself.
"""

from __future__ import annotations

import re

from edicola.core.search.text_fold import fold, words
from edicola.core.search.value import Value

MAX_QUERY_CHARS = 1000
"""Longer queries are cut: nobody types more, and it bounds the work."""

MAX_TERMS = 24
"""Terms (words, phrases, exclusions) beyond this are ignored."""

FILTER_KEYS = ("section", "publication", "author", "before", "after")

_FILTER_RE = re.compile(r"(section|publication|author|before|after):", re.IGNORECASE)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Term(Value):
    """One searched word or phrase, already folded.

    ``exact`` terms were quoted: no stemming, no completion. ``prefix`` terms
    ended with ``*``: any word starting with the last word matches.
    """

    __slots__ = ("exact", "prefix", "words")
    words: tuple[str, ...]
    exact: bool
    prefix: bool

    def __init__(self, words: tuple[str, ...], exact: bool = False, prefix: bool = False) -> None:
        self.words, self.exact, self.prefix = words, exact, prefix

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


class Filters(Value):
    """Metadata restrictions; text values are folded, dates ISO ``YYYY-MM-DD``."""

    __slots__ = (
        "after",
        "authors",
        "before",
        "not_authors",
        "not_publications",
        "not_sections",
        "publications",
        "sections",
    )
    sections: tuple[str, ...]
    publications: tuple[str, ...]
    authors: tuple[str, ...]
    not_sections: tuple[str, ...]
    not_publications: tuple[str, ...]
    not_authors: tuple[str, ...]
    before: str | None
    after: str | None

    def __init__(
        self,
        sections: tuple[str, ...] = (),
        publications: tuple[str, ...] = (),
        authors: tuple[str, ...] = (),
        not_sections: tuple[str, ...] = (),
        not_publications: tuple[str, ...] = (),
        not_authors: tuple[str, ...] = (),
        before: str | None = None,
        after: str | None = None,
    ) -> None:
        self.sections, self.publications, self.authors = sections, publications, authors
        self.not_sections, self.not_publications = not_sections, not_publications
        self.not_authors, self.before, self.after = not_authors, before, after

    @property
    def active(self) -> bool:
        return any(
            (
                self.sections,
                self.publications,
                self.authors,
                self.not_sections,
                self.not_publications,
                self.not_authors,
                self.before,
                self.after,
            )
        )


class Query(Value):
    """A parsed query: every group must match; a group matches if any term does.

    ``completes_last`` is true when the last typed word may still be growing
    (search-as-you-type): the query did not end with a space or a quote.
    """

    __slots__ = ("completes_last", "excluded", "filters", "groups")
    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]
    filters: Filters
    completes_last: bool

    def __init__(
        self,
        groups: tuple[tuple[Term, ...], ...] = (),
        excluded: tuple[Term, ...] = (),
        filters: Filters | None = None,
        completes_last: bool = False,
    ) -> None:
        self.groups, self.excluded = groups, excluded
        self.filters = Filters() if filters is None else filters
        self.completes_last = completes_last

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.filters.active


class _Token:
    """One piece of the query as typed (changed while it is scanned)."""

    __slots__ = ("key", "negated", "quoted", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.negated = False
        self.key: str | None = None
        self.quoted = False


def _scan(text: str) -> list[_Token]:
    """Split the query into tokens: ``-``, ``key:``, ``"quoted"`` or bare words."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        token = _Token("")
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            token.negated = True
            i += 1
        match = _FILTER_RE.match(text, i)
        if match:
            token.key = match.group(1).lower()
            i = match.end()
        if i < n and text[i] == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            token.text, token.quoted = text[i + 1 : end], True
            i = end + 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] != '"':
                i += 1
            token.text = text[start:i]
        tokens.append(token)
    return tokens


def _term(token: _Token) -> Term | None:
    found = tuple(words(token.text))
    if not found:
        return None
    if token.quoted:
        return Term(found, exact=True)
    return Term(found, prefix=token.text.rstrip().endswith("*") and len(found) == 1)


def _iso_date(value: str) -> str | None:
    value = value.strip()
    if not _DATE_RE.fullmatch(value):
        return None
    from datetime import date  # here: most queries hold no date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def parse(text: str) -> Query:
    """Parse a query string; never raises, whatever ``text`` holds."""
    text = text[:MAX_QUERY_CHARS].replace("\x00", " ")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    values: dict[str, list[str]] = {}
    dates: dict[str, str] = {}
    pending_or = False
    count = 0
    for token in _scan(text):
        if count >= MAX_TERMS:
            break
        if token.key is not None:
            if token.key in ("before", "after"):
                iso = _iso_date(token.text)
                if iso is not None and not token.negated:
                    dates[token.key] = iso
                    continue
                token.text, token.key = f"{token.key} {token.text}", None  # as words
            else:
                value = " ".join(fold(token.text).split())
                if value:
                    name = ("not_" if token.negated else "") + token.key
                    values.setdefault(name, []).append(value)
                continue
        if token.text == "OR" and not token.quoted and not token.negated:
            pending_or = bool(groups)
            continue
        term = _term(token)
        if term is None:
            continue
        count += 1
        if token.negated:
            excluded.append(term)
        elif pending_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    filters = Filters(
        sections=tuple(values.get("section", ())),
        publications=tuple(values.get("publication", ())),
        authors=tuple(values.get("author", ())),
        not_sections=tuple(values.get("not_section", ())),
        not_publications=tuple(values.get("not_publication", ())),
        not_authors=tuple(values.get("not_author", ())),
        before=dates.get("before"),
        after=dates.get("after"),
    )
    stripped = text.rstrip()
    completes_last = bool(
        groups and text == stripped and not stripped.endswith('"') and not pending_or
    )
    return Query(
        groups=tuple(tuple(g) for g in groups),
        excluded=tuple(excluded),
        filters=filters,
        completes_last=completes_last,
    )


def help_text(language: str = "en") -> str:
    """The search syntax as shown in the app's help popover and ``docs/search.md``.

    Kept here, beside the parser it describes, in each interface language.
    """
    return _HELP.get(language, _HELP["en"])


_HELP = {
    "en": """\
Search finds words in titles, standfirsts and article text.

  tram notturni        articles with both words (any order)
  veicolo              also finds veicoli, veicolare (same word stem);
                       exact matches come first
  citta                accents and case do not matter: finds Città
  elettr               the last word is completed while you type
                       (elettrico, elettrica) when nothing else matches
  elettr*              always complete this word
  "piazza del duomo"   this exact phrase
  "veicolo"            this exact word only (no other forms)
  tram OR bus          either word
  -sciopero            leave out articles with this word (any form)
  section:sport        only the Sport section (id or title)
  publication:faro     only publications whose id or title contains "faro"
  author:rossi         only articles by an author with a name word starting
                       with "rossi" (Rossi, Rossini)
  -section:sport       leave out a section (also -publication:, -author:)
  after:2026-01-01     editions dated after this day
  before:2026-02-01    editions dated before this day

Filters combine with words or work alone (section:sport lists the latest
Sport articles). Best matches come first: words in the title count most,
then the standfirst, then the body; newer editions win ties.
""",
    "it": """\
La ricerca trova le parole nei titoli, nei sommari e nel testo degli articoli.

  tram notturni        articoli con entrambe le parole (in qualsiasi ordine)
  veicolo              trova anche veicoli, veicolare (stessa radice);
                       le corrispondenze esatte vengono prima
  citta                accenti e maiuscole non contano: trova Città
  elettr               l'ultima parola si completa mentre scrivi
                       (elettrico, elettrica) se nient'altro corrisponde
  elettr*              completa sempre questa parola
  "piazza del duomo"   esattamente questa frase
  "veicolo"            solo questa parola esatta (nessun'altra forma)
  tram OR bus          l'una o l'altra parola
  -sciopero            escludi gli articoli con questa parola (ogni forma)
  section:sport        solo la sezione Sport (id o titolo)
  publication:faro     solo le testate il cui id o titolo contiene "faro"
  author:rossi         solo articoli di un autore con una parola del nome
                       che inizia per "rossi" (Rossi, Rossini)
  -section:sport       escludi una sezione (anche -publication:, -author:)
  after:2026-01-01     edizioni successive a questo giorno
  before:2026-02-01    edizioni precedenti a questo giorno

I filtri si combinano con le parole o funzionano da soli (section:sport
elenca gli ultimi articoli di Sport). Prima i risultati migliori: contano di
più le parole nel titolo, poi nel sommario, poi nel testo; a parità vincono
le edizioni più recenti.
""",
}
