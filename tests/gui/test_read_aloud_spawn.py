"""A new reader's first Ctrl+Shift+R with no speech-dispatcher running.

Read aloud starts the daemon as libspeechd's autospawn does
(:mod:`edicola.ui.speech.spawn`) and speaks through the quick voice; where
autospawn is turned off, or the daemon cannot be started, it falls back to Qt's
engine, which fails in its turn and says so in one line. Each test has a
session of its own (:class:`~edicola.servers.speechd_home.SpeechdHome`: runtime
folder, config, socket), so the machine's daemon and the other tests' private
one are never touched, and its fixture ends whatever was started there. These
need speech-dispatcher and espeak-ng (Debian speech-dispatcher, espeak-ng,
speech-dispatcher-espeak-ng; .ci/run installs them) and skip, naming what is
missing, elsewhere. Nothing depends on timing: the outcomes are events (the
daemon's begin events, the engine's failure), the waits are hang guards.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from edicola.servers import speech_dispatcher
from edicola.servers.speechd_home import SpeechdHome
from edicola.store.library import Library
from edicola.testing.reader import ReaderDriver
from edicola.ui.speech.controller import IDLE
from edicola.ui.speech.engine import no_engine_message

ENGINE_LOG = "edicola.ui.speech.engine"
WAIT_MS = 30_000  # starting the daemon takes a second or more under load  # timing-ok
FALLBACK_WAIT_MS = 90_000  # Qt's engine lists 13,000+ voices first  # timing-ok


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpeechdHome]:
    """A session with no daemon running; every daemon started in it is stopped after."""
    missing = speech_dispatcher.available()
    if missing:
        pytest.skip(f"the real speech engine is not here: {missing}")
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's speechd plugin is missing (PySide6-Addons)")
    with SpeechdHome() as made:
        for name, value in made.environ().items():
            monkeypatch.setenv(name, value)
        yield made


@pytest.fixture
def driver(
    qtbot: QtBot, sample_library: Library, tmp_path: Path, home: SpeechdHome
) -> Iterator[ReaderDriver]:
    """A new reader on the real engine, an English article open."""
    made = ReaderDriver(qtbot, sample_library, tmp_path / "settings.ini", "speechd")
    edition = next(
        e.id for e in sample_library.editions.editions() if e.publication_id == "riverside-courier"
    )
    made.open(sample_library.editions.articles(edition)[0].id)
    yield made
    made.close()


def test_first_press_with_no_daemon_starts_one_and_speaks(
    qtbot: QtBot, home: SpeechdHome, driver: ReaderDriver
) -> None:
    assert not home.daemons() and not home.socket.exists()
    aloud = driver.app.read_aloud
    driver.read_aloud()
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 2, timeout=WAIT_MS)
    aloud.stop()
    assert driver.spoken()[0] == driver.reader.current_article.title  # type: ignore[union-attr]
    assert home.daemons(), "a daemon of this session (its socket path) is running"
    assert home.socket.exists()
    assert not aloud.engine.voices_listed()  # the quick voice spoke, not Qt's engine


def test_a_socket_left_by_a_daemon_that_died_is_replaced(
    qtbot: QtBot, home: SpeechdHome, driver: ReaderDriver
) -> None:
    home.socket.parent.mkdir(mode=0o700)
    home.socket.write_text("")  # nothing listens: the connection is refused
    driver.read_aloud()
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 1, timeout=WAIT_MS)
    driver.app.read_aloud.stop()
    assert home.daemons()
    assert not driver.app.read_aloud.engine.voices_listed()


def _why_not_started(caplog: pytest.LogCaptureFixture) -> str:
    return " ".join(r.getMessage() for r in caplog.records if r.name == ENGINE_LOG)


def test_autospawn_turned_off_starts_nothing(
    qtbot: QtBot, home: SpeechdHome, driver: ReaderDriver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=ENGINE_LOG)
    home.disable_autospawn()
    with pytest.raises(RuntimeError, match="did not start"):
        driver.read_aloud()  # Qt's engine, as before; libspeechd is refused as well
    assert driver.app.read_aloud.speech.state == IDLE
    assert f"DisableAutoSpawn in {home.config}" in _why_not_started(caplog)  # not even tried
    qtbot.waitUntil(lambda: not home.daemons(), timeout=WAIT_MS)
    assert not home.socket.exists()


def test_a_spawn_that_fails_falls_back_to_qt_engine(
    qtbot: QtBot,
    home: SpeechdHome,
    driver: ReaderDriver,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=ENGINE_LOG)
    # A socket the daemon is not configured for: it starts, then refuses and exits 1.
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{home.runtime / 'elsewhere.sock'}")
    with pytest.raises(RuntimeError, match="did not start"):
        driver.read_aloud()
    assert "Mismatch in socket names" in _why_not_started(caplog)  # the daemon's own reason
    assert driver.app.read_aloud.speech.state == IDLE
    # Qt's engine may try libspeechd's autospawn again (refused in turn): none stays.
    qtbot.waitUntil(lambda: not home.daemons(), timeout=WAIT_MS)


def test_a_daemon_not_on_path_falls_back_to_qt_engine_which_speaks(
    qtbot: QtBot,
    home: SpeechdHome,
    driver: ReaderDriver,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # not found here ...
    aloud = driver.app.read_aloud
    aloud.toggle()  # Ctrl+Shift+R's slot; Qt's engine lists its voices first: slow
    qtbot.waitUntil(lambda: len(driver.spoken()) >= 1, timeout=FALLBACK_WAIT_MS)
    aloud.stop()
    assert aloud.engine.voices_listed()  # ... libspeechd starts it by its own path
    assert home.daemons()


def test_no_daemon_to_run_says_what_to_install(
    qtbot: QtBot,
    home: SpeechdHome,
    driver: ReaderDriver,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # not found here, and ...
    elsewhere = home.runtime / "elsewhere.sock"  # ... libspeechd's start is refused
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{elsewhere}")
    with pytest.raises(RuntimeError) as raised:
        driver.read_aloud()
    assert str(raised.value) == no_engine_message()
    assert driver.app.read_aloud.speech.state == IDLE
    qtbot.waitUntil(lambda: not home.daemons(), timeout=WAIT_MS)
