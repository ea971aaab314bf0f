"""A page is read a second time only when the first reading holds little of it.

trafilatura's recall reading sometimes settles on one block of a page; the
default reading is then a second opinion, and the longer one wins. It costs
more than the first, so it is asked for only when the recall reading holds
under a quarter of the words a reader could see (issue 21). The tests count
the readings trafilatura is asked for, on real extractions.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trafilatura
from trafilatura import load_html

from edicola.core.feeds import extract

URL = "https://news.example/2026/12/07/ferry.html"

_STORY = [
    "The ferry to Isola Lunga left at dawn for the first time since the storm.",
    "The harbour master counted every crate of lemons twice before the ramp went up.",
    "Fishermen on the breakwater cheered when the horn sounded across the bay.",
    "The crossing took forty minutes, ten fewer than the old timetable promised.",
    "On the island the baker had kept the oven warm since four in the morning.",
    "Children ran down the jetty to meet the crew with paper flags and bread rolls.",
]


def _links(count: int) -> str:
    return "".join(
        f'<li><a href="/news/{n}">Council debates road {n} and the budget for bridges</a></li>'
        for n in range(count)
    )


def _page(paragraphs: int, links: int) -> str:
    body = "".join(
        f"<p>{' '.join(_STORY[(n + k) % len(_STORY)] for k in range(4))} Paragraph {n}.</p>"
        for n in range(paragraphs)
    )
    return (
        "<html><head><title>Ferry resumes</title>"
        "<script>var words = 'tracking code with many many words in it';</script>"
        "<style>p { margin: 0 } /* a style sheet's words are not read */</style></head>"
        f"<body><nav><ul>{_links(links)}</ul></nav>"
        f"<article><h1>Ferry resumes</h1>{body}</article>"
        f"<footer><ul>{_links(links)}</ul></footer></body></html>"
    )


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Each ``trafilatura.extract`` call's ``favor_recall``, in order (the real call runs)."""
    asked: list[bool] = []
    real = trafilatura.extract

    def counted(*args: object, **kwargs: object) -> str | None:
        asked.append(bool(kwargs.get("favor_recall")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura, "extract", counted)
    yield asked


def _both_readings(html: str) -> str:
    """The rule before issue 21's sixth sitting: always both readings, the longer wins."""
    tree = load_html(html)
    recall = extract._trafilatura(tree, URL)
    default = extract._trafilatura(tree, URL, recall=False)
    return default if extract._words(default) > 1.1 * extract._words(recall) else recall


def test_a_page_mostly_story_is_read_once(readings: list[bool]) -> None:
    html = _page(paragraphs=8, links=6)
    expected = _both_readings(html)
    readings.clear()

    assert extract.best_reading(load_html(html), URL) == expected
    assert readings == [True]


def test_a_reading_holding_little_of_the_page_gets_a_second_opinion(readings: list[bool]) -> None:
    html = _page(paragraphs=2, links=80)
    tree = load_html(html)
    first = extract._words(extract._trafilatura(tree, URL))
    assert first < extract.SECOND_OPINION_SHARE * extract.page_words(tree)  # the case tested
    expected = _both_readings(html)
    readings.clear()

    assert extract.best_reading(tree, URL) == expected
    assert readings == [True, False]


def test_page_words_are_the_ones_a_reader_sees() -> None:
    html = (
        "<html><head><title>Not counted</title><script>one two three</script></head><body>"
        "<p>Four visible words here.</p><script>var hidden = 'five six seven';</script>"
        "<style>.a { color: red }</style><noscript>eight nine</noscript>"
        "<template><p>ten eleven</p></template>\n<p>Two more.</p></body></html>"
    )
    tree = load_html(html)
    assert tree is not None
    assert extract.page_words(tree) == 6
    assert len(tree.findall(".//script")) == 2  # counted on a copy: the page is untouched
