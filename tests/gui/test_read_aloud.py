"""Read aloud in the reader: Ctrl+Shift+R, the controls, the highlight, continuing.

Most tests run on Qt's ``mock`` engine (PySide6-Addons; silent, English
voices only, words reported), so they are deterministic everywhere. The last
ones take ``speechd_engine``: the real speech-dispatcher with eSpeak NG
(Debian: speech-dispatcher, espeak-ng, speech-dispatcher-espeak-ng), and skip
naming what is missing only where those are not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.testing.reader import ReaderDriver
from edicola.ui.speech.controller import IDLE, PAUSED, PLAYING
from tests.helpers.speech import speechd_engine  # noqa: F401 (a fixture)

WAIT_MS = 10_000


def _edition(library: Library, publication: str) -> str:
    return next(e.id for e in library.editions.editions() if e.publication_id == publication)


@pytest.fixture
def make_driver(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> Iterator[Callable[[str], ReaderDriver]]:
    made: list[ReaderDriver] = []

    def make(engine: str) -> ReaderDriver:
        driver = ReaderDriver(qtbot, sample_library, tmp_path / "settings.ini", engine)
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()


def _english_article(driver: ReaderDriver, index: int = 0) -> str:
    edition = _edition(driver.library, "riverside-courier")
    return driver.library.editions.articles(edition)[index].id


def test_action_in_view_menu_and_tool_bar(make_driver: Callable[[str], ReaderDriver]) -> None:
    driver = make_driver("mock")
    action = driver.app.read_aloud.action
    assert action.objectName() == "readAloudAction"
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert action in driver.window.menus["view"].actions()
    assert driver.window.nav_toolbar.widgetForAction(action) is not None


def test_reads_sentence_by_sentence_with_highlight(
    make_driver: Callable[[str], ReaderDriver], qtbot: QtBot
) -> None:
    driver = make_driver("mock")
    article_id = _english_article(driver)
    driver.open(article_id)
    article = driver.library.editions.article(article_id)
    assert article is not None
    driver.read_aloud()
    speech = driver.app.read_aloud.speech
    assert speech.state == PLAYING
    assert driver.app.read_aloud.bar.isVisible()
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 2, timeout=WAIT_MS)
    assert driver.spoken()[0] == article.title
    view = driver.reader.article_view
    painted = [s.cursor.selectedText() for s in view.extraSelections()]
    assert any(driver.spoken()[-1].startswith(text[:10]) for text in painted if text)


def test_pause_resume_stop(make_driver: Callable[[str], ReaderDriver], qtbot: QtBot) -> None:
    driver = make_driver("mock")
    driver.open(_english_article(driver))
    driver.read_aloud()
    speech = driver.app.read_aloud.speech
    driver.read_aloud()
    assert speech.state == PAUSED
    assert driver.app.read_aloud.bar.pause.accessibleName() == "Resume"
    driver.read_aloud()
    assert speech.state == PLAYING
    qtbot.mouseClick(driver.app.read_aloud.bar.stop, _left())
    assert speech.state == IDLE
    assert not driver.app.read_aloud.bar.isVisible()
    assert not [s for s in driver.reader.article_view.extraSelections() if s.cursor.hasSelection()]


def test_steps_by_sentence_and_paragraph(
    make_driver: Callable[[str], ReaderDriver], qtbot: QtBot
) -> None:
    driver = make_driver("mock")
    driver.open(_english_article(driver))
    driver.read_aloud()
    speech = driver.app.read_aloud.speech
    driver.read_aloud()  # paused: steps happen without the engine moving on
    bar = driver.app.read_aloud.bar
    qtbot.mouseClick(bar.next_sentence, _left())
    assert speech.index == 1
    qtbot.mouseClick(bar.next_paragraph, _left())
    script = speech.script
    assert script is not None
    paragraph = script.utterances[speech.index].paragraph
    assert paragraph == script.utterances[1].paragraph + 1
    assert speech.index == script.paragraph_start(paragraph)
    qtbot.mouseClick(bar.previous_sentence, _left())
    assert speech.index == script.paragraph_start(paragraph) - 1
    qtbot.mouseClick(bar.previous_paragraph, _left())
    assert speech.index == script.paragraph_start(script.utterances[speech.index].paragraph)
    assert speech.state == PAUSED
    said, target = len(driver.spoken()), speech.index
    driver.read_aloud()  # resumes at the sentence stepped to
    qtbot.waitUntil(lambda: len(driver.spoken()) > said, timeout=WAIT_MS)
    assert driver.spoken()[said] == script.utterances[target].text


def test_continues_with_the_next_article(
    make_driver: Callable[[str], ReaderDriver], qtbot: QtBot
) -> None:
    driver = make_driver("mock")
    first = _english_article(driver)
    driver.open(first)
    driver.read_aloud()
    speech = driver.app.read_aloud.speech
    script = speech.script
    assert script is not None
    speech.step_sentence(len(script.utterances))  # jump to the last sentence
    following = driver.reader.order.next_article(first) if driver.reader.order else None
    assert following is not None
    qtbot.waitUntil(lambda: driver.current_article() == following, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: speech.script is not None and speech.script.article_id == following)
    assert speech.state == PLAYING
    nxt = driver.library.editions.article(following)
    assert nxt is not None
    qtbot.waitUntil(lambda: driver.spoken()[-1] == nxt.title, timeout=WAIT_MS)


def test_opening_another_article_by_hand_stops(
    make_driver: Callable[[str], ReaderDriver],
) -> None:
    driver = make_driver("mock")
    driver.open(_english_article(driver, 0))
    driver.read_aloud()
    driver.open(_english_article(driver, 2))
    assert driver.app.read_aloud.speech.state == IDLE


def test_from_the_front_page_starts_with_the_first_article(
    make_driver: Callable[[str], ReaderDriver],
) -> None:
    driver = make_driver("mock")
    edition = _edition(driver.library, "riverside-courier")
    driver.reader.open_edition(edition)
    driver.read_aloud()
    order = driver.reader.order
    assert order is not None
    assert driver.current_article() == order.first_article()


def test_no_voice_for_the_language_says_what_to_install(
    make_driver: Callable[[str], ReaderDriver],
) -> None:
    driver = make_driver("mock")  # the mock engine has no Italian voice
    edition = _edition(driver.library, "il-faro")
    driver.open(driver.library.editions.articles(edition)[0].id)
    with pytest.raises(RuntimeError, match="No Italian voice"):
        driver.read_aloud()
    assert driver.app.read_aloud.speech.state == IDLE


def test_no_engine_says_what_to_install(make_driver: Callable[[str], ReaderDriver]) -> None:
    driver = make_driver("no-such-engine")
    driver.open(_english_article(driver))
    with pytest.raises(RuntimeError, match="install speech-dispatcher and espeak-ng"):
        driver.read_aloud()


def test_reads_along_the_pages_view_outlining_the_region(
    make_driver: Callable[[str], ReaderDriver], qtbot: QtBot
) -> None:
    driver = make_driver("mock")
    edition = _edition(driver.library, "riverside-courier")
    pages = driver.app.pages
    if not pages.store.pages(edition):
        pytest.fail("the English sample edition has printed pages")
    pages.show_pages(edition)
    canvas = pages.view.canvas
    article_id = canvas.focused_article()
    driver.read_aloud()
    speech = driver.app.read_aloud.speech
    assert speech.script is not None and speech.script.article_id == article_id
    assert pages.is_shown()
    assert canvas._outlined  # the article's region is outlined
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 1, timeout=WAIT_MS)


def test_real_engine_speaks_italian_and_english(
    make_driver: Callable[[str], ReaderDriver],
    qtbot: QtBot,
    speechd_engine: str,  # noqa: F811
) -> None:
    driver = make_driver(speechd_engine)
    for publication in ("il-faro", "riverside-courier"):
        edition = _edition(driver.library, publication)
        article = driver.library.editions.articles(edition)[0]
        driver.open(article.id)
        before = len(driver.spoken())
        driver.read_aloud()
        qtbot.waitUntil(lambda b=before: len(driver.spoken()) >= b + 2, timeout=30_000)
        assert driver.spoken()[before] == article.title
        driver.app.read_aloud.stop()


def _left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def test_a_reader_who_listened_finds_the_engine_started_next_time(
    make_driver: Callable[[str], ReaderDriver], qtbot: QtBot
) -> None:
    """Once read aloud was used, the next session starts the engine at start-up (in
    its thread), so the key does not wait for the voice list; before, it is not."""
    first = make_driver("mock")
    assert not first.app.read_aloud.engine.is_ready()
    first.open(_english_article(first))
    first.read_aloud()
    qtbot.waitUntil(lambda: len(first.spoken()) >= 1, timeout=WAIT_MS)
    first.app.read_aloud.stop()
    first.close()
    second = make_driver("mock")
    qtbot.waitUntil(lambda: second.app.read_aloud.engine.is_ready(), timeout=WAIT_MS)
