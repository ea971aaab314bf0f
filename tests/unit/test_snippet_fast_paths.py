"""The snippet's fast paths give exactly what the plain paths give (issue 21).

Snippets fold text one character for one through a byte table, skip chunks
whose folded text holds no searched word, and decompress only the first
paragraphs when their first chunk has a match. Each is checked against the path it replaces,
on hand-picked Italian and English text and on random text.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edicola.core.search import snippet
from edicola.core.search.offset_fold import offset_fold
from edicola.core.search.snippet import Runs, article_snippet, find_hits, highlight_runs
from edicola.core.search.text_fold import WORD_RE, fold, word_spans
from edicola.store.article_body import pack, unpack, unpack_growing, unpack_head
from edicola.store.body_snippet import body_snippet as _snippet

ALPHABET = (
    "abcdeiloprstuvz AEILOTU àèéìòùÀÈÉÌÒÙçñäöüÿ ’‘“”«»—–…·•§°²ª ,.;:!?'\"()-\n"
    "ßµ™½ﬁİıσςΣ\u0301\u0300ǅ①Ⅻ"  # characters the table cannot fold one for one
)
WORDS = ("città", "citta", "perché", "più", "università", "l’università", "the", "tram",
         "veicoli", "veicolo", "Straße", "strasse", "caffè", "CAFFÈ", "naïve", "µm", "fine",
         "ﬁne", "sciopero", "elettrici", "É", "è", "…", "“Città”", "anno2024", "x²")  # fmt: skip


def _slow_hits(text: str, terms: frozenset[str], prefixes: frozenset[str]) -> list[tuple[int, int]]:
    """``find_hits`` as it was: ``fold`` itself, then the regex or word by word."""
    folded = fold(text)
    if len(folded) != len(text):
        return [
            (s, e)
            for s, e, word in word_spans(text)
            if word in terms or any(word.startswith(p) for p in prefixes)
        ]
    return find_hits(text, terms, prefixes, folded)


@given(st.text(alphabet=ALPHABET, max_size=80))
@settings(max_examples=400, deadline=None)
def test_offset_fold_keeps_every_word_in_place_folded(text: str) -> None:
    folded = offset_fold(text)
    if folded is None:
        return
    assert len(folded) == len(text)
    spans = [m.span() for m in WORD_RE.finditer(text)]
    assert [m.span() for m in WORD_RE.finditer(folded)] == spans
    assert [folded[s:e] for s, e in spans] == [fold(text[s:e]) for s, e in spans]


def test_offset_fold_takes_typographic_text_and_refuses_what_changes_length() -> None:
    assert offset_fold("L’Università “È” già…") == "l’universita “e” gia…"
    assert offset_fold("CAFFÈ naïve ª²") == "caffe naive a2"
    for text in ("Straße", "µm", "½", "Edicola™", "ﬁne", "cafe\u0301", "Ελλάδα"):
        assert offset_fold(text) is None, text


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.sampled_from(WORDS),
    st.sampled_from(("", " ", "’", "…", ", ", " — ")),
)
@settings(max_examples=300, deadline=None)
def test_hits_are_those_of_fold(words: list[str], query: str, glue: str) -> None:
    text = glue.join(words) + " " + " ".join(words[::-1])
    for term in {w for w in WORD_RE.findall(fold(query))}:
        for terms, prefixes in (
            (frozenset({term}), frozenset()),
            (frozenset(), frozenset({term[:3]})),
        ):
            assert find_hits(text, terms, prefixes) == _slow_hits(text, terms, prefixes)


def test_accents_typographic_quotes_and_prefixes_are_highlighted() -> None:
    title = "L’Università di Città: perché “più” tram"
    runs = highlight_runs(title, frozenset({"universita", "citta", "perche"}), frozenset({"pi"}))
    assert [text for text, hit in runs if hit] == ["Università", "Città", "perché", "più"]
    runs = highlight_runs("Die Straße und die STRASSE", frozenset({"strasse"}))
    assert [text for text, hit in runs if hit] == ["Straße", "STRASSE"]


def _article(rng: random.Random, paragraphs: int) -> str:
    marks = ("", "", "", "**", "_", "`", "[", "&egrave;", "\\*", "|", "# ", "> ", "1. ", "<b>")
    out = []
    for _ in range(paragraphs):
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 60))]
        if rng.random() < 0.3:  # some markup around a word
            at = rng.randrange(len(words))
            words[at] = rng.choice(marks) + words[at] + rng.choice(marks)
        if rng.random() < 0.3:  # and inside one: ``cit**tà**``, ``citt&agrave;``
            at = rng.randrange(len(words))
            cut = rng.randrange(len(words[at]) + 1)
            words[at] = words[at][:cut] + rng.choice(marks) + words[at][cut:]
        if rng.random() < 0.1:
            words.append(rng.choice(("citt&agrave;", "[citt](x)à", "ci**tt**a", "univ\\ersità")))
        out.append(" ".join(words))
    return "\n\n".join(out)


def _queries() -> list[tuple[frozenset[str], frozenset[str]]]:
    return [
        (frozenset({"citta"}), frozenset()),
        (frozenset({"universita", "perche"}), frozenset()),
        (frozenset({"strasse"}), frozenset()),
        (frozenset({"veicolo", "veicoli"}), frozenset()),  # a stem's forms
        (frozenset({"the", "tram"}), frozenset()),  # a phrase's words
        (frozenset(), frozenset({"ele"})),  # a prefix as typed
        (frozenset({"fine"}), frozenset({"sci"})),
        (frozenset({"absent"}), frozenset()),
        (frozenset({"egrave"}), frozenset()),
    ]


@pytest.mark.parametrize("seed", range(12))
def test_snippets_of_marked_up_articles_are_those_of_fold(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    articles = [(rng.choice(("", "Città e università")), _article(rng, rng.randint(1, 8)))
                for _ in range(25)]  # fmt: skip
    fast = [[article_snippet(s, md, t, p) for t, p in _queries()] for s, md in articles]
    snippet.clear_cache()
    monkeypatch.setattr(
        snippet,
        "find_hits",
        lambda text, terms, prefixes=(), folded=None: _slow_hits(text, terms, prefixes),
    )
    slow = [[article_snippet(s, md, t, p) for t, p in _queries()] for s, md in articles]
    assert fast == slow
    assert any(hit for runs in fast for snip in runs for _text, hit in snip)


@pytest.mark.parametrize(
    "markdown",
    [
        "Un giorno in ci**tt**à.",
        "Un giorno in citt&agrave;.",
        "Un giorno in [cit](/u)tà.",
        "Un giorno in _cit_tà.",
        "Un giorno in ci`tt`à.",
    ],
)
def test_markup_inside_a_word_still_finds_it(markdown: str) -> None:
    runs = article_snippet("", markdown, frozenset({"citta"}))
    assert [text for text, hit in runs if hit] == ["città"]


def _old_snippet(standfirst: str, stored: bytes, terms: frozenset[str],
                 prefixes: frozenset[str], deep: bool) -> Runs:  # fmt: skip
    """The snippet as it was made before the lead path: 2,000 bytes, then the rest."""
    head, whole = unpack_head(stored)
    runs = article_snippet(standfirst, head, terms, prefixes, more=not whole)
    if whole or not deep or any(hit for _text, hit in runs):
        return runs
    later = article_snippet("", unpack(stored)[len(head) :], terms, prefixes)
    if not any(hit for _text, hit in later):
        return runs
    if later[0][0].startswith("…"):
        return later
    first, highlighted = later[0]
    return (("…", False), *later) if highlighted else (("…" + first, False), *later[1:])


@pytest.mark.parametrize("seed", range(8))
def test_reading_only_the_first_paragraphs_gives_the_same_snippet(seed: int) -> None:
    rng = random.Random(100 + seed)
    for _ in range(30):
        standfirst = rng.choice(("", "Un sommario breve.", "Sommario " * 70))
        stored = pack(_article(rng, rng.randint(1, 14)))
        for terms, prefixes in _queries():
            for deep in (True, False):
                want = _old_snippet(standfirst, stored, terms, prefixes, deep)
                snippet.clear_cache()
                assert _snippet(standfirst, stored, (terms, prefixes), deep) == want


def _old_line_marks(text: str) -> bool:
    """The line-mark test as it was: a loop over the lines."""
    start = 0
    while True:
        first = text[start : start + 4].lstrip(" \t")[:1]
        if first and first in "-=+#>0123456789":
            return True
        start = text.find("\n", start) + 1
        if start == 0:
            return False


@given(st.text(alphabet=" \t\nab1-=+#>*", max_size=30))
@settings(max_examples=500, deadline=None)
def test_line_marks_are_found_as_before(text: str) -> None:
    assert snippet._line_marks(text) == _old_line_marks(text)


@pytest.mark.parametrize("length", [0, 5, 999, 1000, 1001, 1999, 2000, 2001, 9000])
def test_a_body_read_in_steps_is_its_prefixes_then_all(length: int) -> None:
    rng = random.Random(length)
    markdown = "".join(rng.choice("abcàè ’\n") for _ in range(length))[:length]
    raw = markdown.encode("utf-8")
    steps = list(unpack_growing(pack(markdown), (1000, 2000)))
    assert steps[-1] == (raw, True)  # all of it, said to be all, and then no more steps
    assert 1 <= len(steps) <= 3
    assert not any(whole for _data, whole in steps[:-1])
    for (data, _whole), size in zip(steps[:-1], (1000, 2000), strict=False):
        assert data == raw[:size]
