"""Made-up newspaper prose in Italian and English, as much as a page needs, from a seed.

The generated test papers (:mod:`edicola.testing.papers`) need text that
behaves like a paper's: common words shared by every article, long words that
get hyphenated, numbers, quotes, accents and apostrophes, names in bylines.
It need not mean anything, only be repeatable (one seed, one text) and
different from article to article, as real articles are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


def _list(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


_IT_COMMON = _list(
    "il la le lo gli i un una di del della dei delle da dal dalla in nel nella con su "
    "per tra fra e ma o anche non che come più già ancora poi dopo prima oggi ieri "
    "domani sempre dove quando mentre se perché così molto tutto tutti ogni altro"
)
_IT_WORDS = _list(
    "comune consiglio sindaco assessore città quartiere porto stazione strada piazza "
    "progetto lavori cantiere cittadini residenti commercianti famiglie studenti scuola "
    "università ospedale biblioteca teatro museo festival mostra concerto squadra partita "
    "campionato allenatore stagione bilancio tariffe affitti mercato impresa lavoratori "
    "sindacati accordo riunione assemblea votazione proposta mozione delibera regolamento "
    "amministrazione infrastrutture responsabilità collaborazione manutenzione finanziamento "
    "investimento sperimentazione partecipazione trasformazione riqualificazione "
    "approvato annunciato presentato confermato chiesto spiegato ricordato deciso aperto "
    "chiuso previsto arrivato rimasto cresciuto diminuito raddoppiato rinviato sospeso "
    "nuovo nuova grande piccolo lungo breve pubblico privato comunale regionale storico "
    "notturno invernale estivo settimanale necessario importante difficile possibile "
    "mattina sera notte settimana mese anno giorni ore minuti metri chilometri euro "
    "autobus tram traghetto bicicletta parcheggio marciapiede lungomare collina spiaggia "
    "vento pioggia mareggiata neve temperatura previsioni ambiente energia acqua rifiuti "
    "turisti visitatori spettatori volontari medici insegnanti pescatori negozi botteghe "
    "dell'anno dell'estate all'ingresso sull'argine nell'area l'assessore l'opposizione "
    "l'accordo un'altra quest'anno perciò però cioè qualità novità attività città"
)
_IT_SAYS = ("ha detto", "ha spiegato", "ha aggiunto", "ha ricordato", "ha sottolineato")
_EN_COMMON = _list(
    "the a an of to in on at for with from by and but or not that as more already still "
    "then after before today yesterday tomorrow always where when while if because so "
    "very all every other this these their its his her our"
)
_EN_WORDS = _list(
    "council councillor mayor town district harbour station street square project works "
    "residents traders families students school university hospital library theatre "
    "museum festival exhibition concert team match league coach season budget fares rents "
    "market business workers unions agreement meeting assembly vote proposal motion "
    "decision regulation administration infrastructure responsibility collaboration "
    "maintenance funding investment experiment participation transformation regeneration "
    "approved announced presented confirmed asked explained recalled decided opened "
    "closed planned arrived remained grew fell doubled postponed suspended new large small "
    "long short public private local regional historic nightly winter summer weekly "
    "necessary important difficult possible morning evening night week month year days "
    "hours minutes metres miles pounds bus tram ferry bicycle car park pavement seafront "
    "hill beach wind rain flood snow temperature forecast environment energy water waste "
    "tourists visitors spectators volunteers doctors teachers fishermen shops bakeries "
    "neighbourhood development environmental commitment extraordinary consultation "
    "don't isn't council's town's year's it's they're we've"
)
_EN_SAYS = ("said", "explained", "added", "recalled", "pointed out")
_IT_NAMES = _list(
    "Anna Marchetti|Giulia Ferraresi|Marco Bellini|Sara De Luca|Lorenzo Gatti|Marta Colombo|"
    "Paolo Riva|Elena Fabbri|Davide Conti|Chiara Moretti|Luca Galli|Francesca Testa",
    "|",
)
_EN_NAMES = _list(
    "Hannah Cole|Oliver Brennan|Priya Shah|Tom Whitaker|Grace O'Neill|Samuel Hart|"
    "Emily Carter|Daniel Okafor|Rosie Lambert|James Fielding|Amira Haddad|Ben Lowry",
    "|",
)


@dataclass(frozen=True)
class Language:
    code: str
    common: tuple[str, ...]
    words: tuple[str, ...]
    says: tuple[str, ...]
    names: tuple[str, ...]
    quotes: tuple[str, str]
    byline: str
    """What precedes the author's name in print ("di", "By")."""
    decimal: str
    percent: str


LANGUAGES = {
    "it": Language(
        "it",
        _IT_COMMON,
        _IT_WORDS,
        _IT_SAYS,
        _IT_NAMES,
        ("«", "»"),
        "di",
        ",",
        "per cento",
    ),
    "en": Language(
        "en",
        _EN_COMMON,
        _EN_WORDS,
        _EN_SAYS,
        _EN_NAMES,
        ("“", "”"),
        "By",
        ".",
        "per cent",
    ),
}


class Prose:
    """Sentences, headlines and names in one language, repeatable from a seed."""

    def __init__(self, language: str, seed: int) -> None:
        self.language = LANGUAGES[language]
        self.rng = random.Random(seed)

    def _word(self) -> str:
        pool = self.language.common if self.rng.random() < 0.45 else self.language.words
        return self.rng.choice(pool)

    def _number(self) -> str:
        kind = self.rng.random()
        if kind < 0.4:
            return str(self.rng.randint(2, 950))
        if kind < 0.7:
            whole, part = self.rng.randint(1, 40), self.rng.randint(1, 9)
            return f"{whole}{self.language.decimal}{part} {self.language.percent}"
        return str(self.rng.randint(1990, 2030))

    def sentence(self) -> str:
        words = []
        for _ in range(self.rng.randint(8, 22)):
            words.append(self._number() if self.rng.random() < 0.04 else self._word())
        if len(words) > 10 and self.rng.random() < 0.5:
            words[self.rng.randint(4, len(words) - 4)] += ","
        text = " ".join(words)
        text = text[0].upper() + text[1:]
        if self.rng.random() < 0.12:
            opening, closing = self.language.quotes
            who = self.rng.choice(self.language.names)
            return f"{opening}{text}{closing}, {self.rng.choice(self.language.says)} {who}."
        return text + "."

    def paragraph(self, sentences: tuple[int, int] = (2, 5)) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(*sentences)))

    def headline(self, words: tuple[int, int] = (5, 10)) -> str:
        text = " ".join(self._word() for _ in range(self.rng.randint(*words)))
        if self.rng.random() < 0.3:
            text += ", " + " ".join(self._word() for _ in range(self.rng.randint(2, 4)))
        return text[0].upper() + text[1:]

    def caption(self) -> str:
        text = " ".join(self._word() for _ in range(self.rng.randint(6, 12)))
        return text[0].upper() + text[1:] + "."

    def names(self) -> list[str]:
        return self.rng.sample(self.language.names, self.rng.choice((1, 1, 1, 2)))
