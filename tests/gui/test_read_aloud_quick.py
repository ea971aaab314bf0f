"""The quick voice: a new reader's first Ctrl+Shift+R heard at once, on the real engine.

Qt's speechd engine lists every voice before it can speak (seconds with
speech-dispatcher 0.11); :mod:`edicola.ui.speech.ssip` speaks through the
daemon directly meanwhile. These tests take ``speechd_engine`` (the real
speech-dispatcher with eSpeak NG: Debian speech-dispatcher, espeak-ng,
speech-dispatcher-espeak-ng) and skip naming what is missing elsewhere. None
depends on timing: which voice speaks is decided by events (Qt's engine is not
started while the quick voice reads), never by how long the voice list takes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.testing.reader import ReaderDriver
from edicola.ui.speech.controller import PAUSED, PLAYING
from edicola.ui.speech.ssip import SsipVoice, socket_path
from tests.helpers.speech import speechd_engine  # noqa: F401 (a fixture)

WAIT_MS = 30_000  # the voice list takes seconds under load: a hang guard  # timing-ok


@pytest.fixture
def voice(qtbot: QtBot) -> Iterator[SsipVoice]:
    made = SsipVoice()
    yield made
    made.close()
    made.deleteLater()


@pytest.fixture
def driver(
    qtbot: QtBot,
    sample_library: Library,
    tmp_path: Path,
    speechd_engine: str,  # noqa: F811
) -> Iterator[ReaderDriver]:
    """A new reader (read aloud never used) on the real engine."""
    made = ReaderDriver(qtbot, sample_library, tmp_path / "settings.ini", speechd_engine)
    yield made
    made.close()


def _states(voice: SsipVoice) -> list[QTextToSpeech.State]:
    seen: list[QTextToSpeech.State] = []
    voice.stateChanged.connect(seen.append)
    return seen


@pytest.mark.usefixtures("speechd_engine")
def test_quick_voice_speaks_italian_and_english(qtbot: QtBot, voice: SsipVoice) -> None:
    path = socket_path()
    assert path is not None  # the fixture's daemon, through SPEECHD_ADDRESS
    seen = _states(voice)
    with qtbot.waitSignal(voice.connected, timeout=WAIT_MS):
        voice.open(path)
    for language, text in (("it", "Buongiorno a tutti."), ("en", "Good morning.\n.Dotted")):
        seen.clear()
        voice.set_language(language)
        voice.say(text)
        qtbot.waitUntil(lambda: QTextToSpeech.State.Ready in seen, timeout=WAIT_MS)
        assert seen[0] == QTextToSpeech.State.Speaking  # begin, then end
        assert voice.is_up()


def test_quick_voice_reports_a_daemon_that_is_not_there(
    qtbot: QtBot, voice: SsipVoice, tmp_path: Path
) -> None:
    stale = tmp_path / "speechd.sock"
    stale.write_text("")  # a socket file left behind, no daemon
    with qtbot.waitSignal(voice.failed, timeout=WAIT_MS):
        voice.open(stale)
    assert not voice.is_up()


def test_new_reader_is_answered_by_the_quick_voice_with_the_highlight(
    qtbot: QtBot, driver: ReaderDriver
) -> None:
    edition = next(
        e.id for e in driver.library.editions.editions() if e.publication_id == "il-faro"
    )
    article = driver.library.editions.articles(edition)[0]
    driver.open(article.id)
    aloud = driver.app.read_aloud
    view = driver.reader.article_view
    highlighted: list[tuple[str, list[str]]] = []  # what is said, what is highlighted

    def on_sentence_started(index: int) -> None:
        assert aloud.speech.script is not None
        painted = [s.cursor.selectedText() for s in view.extraSelections()]
        highlighted.append((aloud.speech.script.utterances[index].text, painted))

    aloud.speech.sentenceStarted.connect(on_sentence_started)
    driver.read_aloud()
    qtbot.waitUntil(lambda: len(highlighted) >= 3, timeout=WAIT_MS)
    aloud.stop()
    assert driver.spoken()[0] == article.title
    assert not aloud.engine.voices_listed()  # Qt's engine was never waited for
    for said, painted in highlighted:
        assert any(said.startswith(text[:10]) for text in painted if text), (said, painted)


def test_pausing_the_quick_voice_lists_the_voices_and_resumes_on_qt_engine(
    qtbot: QtBot, driver: ReaderDriver
) -> None:
    edition = next(
        e.id for e in driver.library.editions.editions() if e.publication_id == "riverside-courier"
    )
    driver.open(driver.library.editions.articles(edition)[0].id)
    aloud = driver.app.read_aloud
    driver.read_aloud()
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 1, timeout=WAIT_MS)
    with qtbot.waitSignal(aloud.engine.voicesListed, timeout=WAIT_MS):
        driver.read_aloud()  # pause: Qt's engine starts and lists its voices
        assert aloud.speech.state == PAUSED
    assert aloud.bar.voice.count() > 1  # the article's language's voices are offered
    index = aloud.speech.index
    said = len(driver.spoken())
    driver.read_aloud()  # resume: the sentence again, now from Qt's engine
    assert aloud.speech.state == PLAYING
    qtbot.waitUntil(lambda: len(driver.spoken()) > said, timeout=WAIT_MS)
    assert aloud.engine.name() == "speechd"
    assert driver.spoken()[said] == aloud.speech.script.utterances[index].text  # type: ignore[union-attr]
    aloud.stop()
