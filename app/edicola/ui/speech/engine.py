"""The speech engine as read-aloud needs it: one sentence at a time, and what is missing.

A thin layer over Qt's ``QTextToSpeech`` (PySide6-Addons): speech-dispatcher
with eSpeak NG on Linux, the platform's engine elsewhere, Qt's ``mock`` engine
in deterministic tests.

The engine lives in a thread of its own. Starting Qt's speech-dispatcher
engine lists every voice the daemon has (with eSpeak NG's variants, 13,000 to
25,000 lines): 2.4-4 s here, over a second of it this process's CPU in
libspeechd (see :mod:`.ssip`). So the object is made with the instant ``mock``
engine, moved to the thread and told to switch engine there by a queued call
that runs in C++ only; the window stays responsive.

But a reader's first press would still wait seconds. So
:meth:`SpeechEngine.start` speaks through :class:`~.ssip.SsipVoice` instead,
with the daemon's default voice for the language, heard within tens of
milliseconds where a speech-dispatcher is listening; where none is, it first
starts one as libspeechd would (:mod:`.spawn`; where that is not allowed or
fails, Qt's engine is started as before). It leaves Qt's engine
unstarted while it reads: speech-dispatcher 0.11 cuts off (or never ends) what
is being said while another client lists voices. Qt's engine is started when
reading is paused (the sentence is then said again on resume), or when the
quick voice is lost, and :attr:`SpeechEngine.voicesListed` gives the voice list
and the reader's voice from then on; a reader who listened has it started at
start-up (``wiring.USED_KEY``). Every later call reaches the thread through
queued signals. It starts on first use, so a reader who never listens never
starts speech-dispatcher.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from edicola.core.speech.sentences import language_key
from edicola.ui.speech.spawn import DaemonSpawn
from edicola.ui.speech.ssip import SsipVoice, socket_address

_LANGUAGES = {"it": QLocale.Language.Italian, "en": QLocale.Language.English}
_QT, _QUICK = "qt", "quick"  # who says the text said last
log = logging.getLogger(__name__)
#: Stopping the thread waits this long for the engine to let go (a hang guard).
STOP_WAIT_MS = 5000  # timing-ok


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadAloud", text)


def no_engine_message() -> str:
    return _tr("Read aloud needs a speech engine: install speech-dispatcher and espeak-ng.")


def engine_names() -> list[str]:
    """The speech engines Qt found (plugins), real ones first."""
    names = QTextToSpeech.availableEngines()
    return sorted(names, key=lambda name: name == "mock")


class SpeechEngine(QObject):
    ready = Signal()
    """The engine can speak (or failed to start: see :meth:`problem`)."""
    voicesListed = Signal()
    """Qt's engine is up: :meth:`voices` and :meth:`problem` are final; :meth:`prepare`
    again to give it the voice (the first sentences may have had the daemon's)."""
    started = Signal()
    """The engine began saying the text given to :meth:`speak` (audio starts)."""
    finished = Signal()
    """The text given to :meth:`speak` was said to its end."""
    word = Signal(int, int)
    """(start, length) in the text being said, where the engine reports words."""

    _say = Signal(str)
    _stop = Signal()
    _pause = Signal()
    _resume = Signal()
    _set_rate = Signal(float)
    _set_voice = Signal(QVoice)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = engine  # "" is Qt's default for the platform
        self._thread: QThread | None = None
        self._tts: QTextToSpeech | None = None
        self._full = False  # Qt's engine is up
        self._quick: SsipVoice | None = None  # speaks until it is
        self._heard = False  # ... and has connected
        self._spawn: DaemonSpawn | None = None  # starting speech-dispatcher for it
        self._missing = False  # speech-dispatcher is not installed
        self._speaker = _QT
        self._pending: str | None = None  # said with neither up: for Qt's engine
        self._said = ""  # the text said last
        self._resume_text: str | None = None  # paused from the quick voice: say again
        self._failure = ""
        self._rate = 0.0
        self._voice_name = ""  # the reader's choice; "" follows the language
        self._voices: dict[str, list[QVoice]] = {}
        self._outstanding = False  # a said text whose end has not come back
        self._begun = False  # ... and whose Speaking has

    # -- starting and stopping ---------------------------------------------------------
    def start(self) -> None:
        """Start speaking soon: the quick voice where there is one, else Qt's engine."""
        self.start_quick()
        if self._quick is None:
            self.start_full()

    def _wanted_engine(self) -> str:
        return self._wanted or next((n for n in engine_names() if n != "mock"), "")

    def start_quick(self) -> None:
        """Speak through speech-dispatcher directly, starting it where nothing listens
        (once; never once Qt's engine is started: its voice listing would cut the
        sentence)."""
        if self._quick is not None or self._thread is not None:
            return
        if self._wanted_engine() != "speechd":
            return
        path = socket_address()
        if path is None:
            return
        self._quick = SsipVoice(self)
        self._quick.connected.connect(self._on_quick_connected)
        self._quick.failed.connect(self._on_quick_failed)
        self._quick.stateChanged.connect(self._on_quick_state_changed)
        self._quick.set_rate(self._rate)
        if path.exists():
            self._quick.open(path)
        else:
            self._start_daemon(path)

    def _start_daemon(self, path: Path) -> None:
        """speech-dispatcher as libspeechd's autospawn starts it; the quick voice
        connects once it listens, Qt's engine is started where it does not."""
        self._spawn = DaemonSpawn(path, self)
        self._spawn.listening.connect(self._on_spawn_listening)
        self._spawn.failed.connect(self._on_spawn_failed)
        self._spawn.start()

    def start_full(self) -> None:
        """Start Qt's engine in its thread (once); ``voicesListed`` follows. Call it when
        nothing is being said: the quick voice is stopped for good."""
        if self._thread is not None:
            return
        if self._quick is not None:
            if self._speaker == _QUICK and self._outstanding:
                self._pending = self._said  # said again, from Qt's engine, when it is up
                self._speaker, self._begun = _QT, False
            self._retire_quick()
        names = QTextToSpeech.availableEngines()
        wanted = self._wanted_engine()
        if not names or not wanted or wanted not in names:
            self._failure = no_engine_message()
            self._thread = QThread(self)  # marks it started; never runs
            self._on_full_up()
            return
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._tts = QTextToSpeech("mock")  # instant; replaced in the thread
        self._tts.engineChanged.connect(self._on_tts_engine_changed)
        self._tts.stateChanged.connect(self._on_tts_state_changed)
        self._tts.sayingWord.connect(self._on_tts_saying_word)
        self._say.connect(self._tts.say)
        self._stop.connect(self._tts.stop)
        self._pause.connect(self._tts.pause)
        self._resume.connect(self._tts.resume)
        self._set_rate.connect(self._tts.setRate)
        self._set_voice.connect(self._tts.setVoice)
        if wanted == "mock":  # Qt's test engine: instant, and its timers stay here
            self._on_tts_engine_changed("mock")
        else:
            self._tts.moveToThread(self._thread)
            self._thread.start()
            QMetaObject.invokeMethod(
                self._tts, "setEngine", Qt.ConnectionType.QueuedConnection, Q_ARG(str, wanted)
            )

    def _retire_quick(self) -> None:
        quick, self._quick = self._quick, None
        if quick is not None:
            quick.connected.disconnect(self._on_quick_connected)
            quick.failed.disconnect(self._on_quick_failed)
            quick.stateChanged.disconnect(self._on_quick_state_changed)
            quick.close()
            quick.deleteLater()

    def shutdown(self) -> None:
        """Stop speaking and end the thread (the app's shutdown calls it)."""
        if self._spawn is not None:
            self._spawn.cancel()
        self._retire_quick()
        thread, tts = self._thread, self._tts
        self._thread = self._tts = None
        if tts is not None and thread is not None and not thread.isRunning():
            tts.stop()
            tts.deleteLater()
        elif tts is not None:
            tts.engineChanged.disconnect(self._on_tts_engine_changed)
            tts.stateChanged.disconnect(self._on_tts_state_changed)
            tts.sayingWord.disconnect(self._on_tts_saying_word)
            QMetaObject.invokeMethod(tts, "stop", Qt.ConnectionType.QueuedConnection)
            QMetaObject.invokeMethod(tts, "deleteLater", Qt.ConnectionType.QueuedConnection)
        if thread is not None and thread.isRunning():
            thread.quit()
            thread.wait(STOP_WAIT_MS)

    def is_ready(self) -> bool:
        """It can speak: Qt's engine is up, or the quick voice is."""
        return self._full or (self._quick is not None and self._quick.is_up())

    def voices_listed(self) -> bool:
        return self._full

    def name(self) -> str:
        if self._tts is not None and self._full:
            return self._tts.engine()
        return "speechd" if self.is_ready() else ""

    def reports_words(self) -> bool:
        if self._tts is None or not self._full:
            return False
        caps = self._tts.engineCapabilities()
        return bool(caps & QTextToSpeech.Capability.WordByWordProgress)

    # -- voices -------------------------------------------------------------------------
    def problem(self, language: str) -> str | None:
        """What stops reading ``language`` aloud, in one line (None: nothing)."""
        if self._failure:
            return self._failure
        if not self._full:
            return None  # the quick voice: the daemon's own for the language
        if not self.voices(language):
            wanted = _LANGUAGES.get(language_key(language), QLocale.Language.English)
            return _tr("No %1 voice is installed: install espeak-ng or a voice for it.").replace(
                "%1", QLocale.languageToString(wanted)
            )
        return None

    def _voices_for(self, language: str) -> list[QVoice]:
        key = language_key(language)
        if key not in self._voices and self._tts is not None and self._full:
            wanted = _LANGUAGES[key]
            # allVoices(const QLocale *locale = nullptr): None lists every voice; the
            # PySide6 stubs type the pointer as a value.
            every = self._tts.allVoices(None)  # type: ignore[arg-type]
            self._voices[key] = [v for v in every if v.language() == wanted]
        return self._voices.get(key, [])

    def voices(self, language: str) -> list[str]:
        """The names of the voices for ``language`` (for the reader to pick)."""
        return [v.name() for v in self._voices_for(language)]

    def prepare(self, language: str) -> None:
        """Use a voice for ``language``: the reader's choice if it speaks it, else the first."""
        if self._quick is not None:
            self._quick.set_language(language_key(language))
        voices = self._voices_for(language)
        chosen = next((v for v in voices if v.name() == self._voice_name), None)
        chosen = chosen or _plain_voice(voices, language_key(language))
        if chosen is not None:
            self._set_voice.emit(chosen)

    def set_voice(self, name: str) -> None:
        self._voice_name = name

    def set_rate(self, rate: float) -> None:
        """-1.0 (slowest) to 1.0 (fastest), 0 normal (Qt's scale)."""
        self._rate = max(-1.0, min(1.0, rate))
        self._set_rate.emit(self._rate)
        if self._quick is not None:
            self._quick.set_rate(self._rate)

    # -- speaking ----------------------------------------------------------------------
    def speak(self, text: str) -> None:
        """Say ``text``, stopping what is being said (whose end is not reported)."""
        if self._outstanding:
            self._outstanding = False  # its Ready (even one given at once) is not its end
            self._halt()
        self._outstanding, self._begun = True, False
        self._said = text
        quick = self._quick
        if quick is not None and quick.is_up():
            self._speaker = _QUICK
            quick.say(text)
            return
        self._retire_quick()  # the quick voice is gone
        self._speaker = _QT
        self.start_full()
        if self._full:
            self._say.emit(text)
        else:
            self._pending = text  # said when Qt's engine is up

    def _halt(self) -> None:
        self._pending = self._resume_text = None
        if self._speaker == _QUICK and self._quick is not None:
            self._quick.stop()
        else:
            self._stop.emit()

    def cancel(self) -> None:
        """Stop speaking; nothing more is reported until the next :meth:`speak`."""
        if self._outstanding:
            self._outstanding = False
            self._halt()

    def is_speaking(self) -> bool:
        return self._outstanding

    def pause(self) -> None:
        """Pause. From the quick voice: stop, and start Qt's engine meanwhile (the voice
        list for the bar); :meth:`resume` says the sentence again from its start."""
        if self._speaker == _QUICK and self._quick is not None and self._outstanding:
            self.cancel()
            self._resume_text = self._said
            self.start_full()
        else:
            self._pause.emit()

    def resume(self) -> None:
        text, self._resume_text = self._resume_text, None
        if text is not None:
            self.speak(text)
        else:
            self._resume.emit()

    # -- slots (queued from the engine's thread) ----------------------------------------
    def _on_tts_engine_changed(self, _name: str) -> None:
        tts = self._tts
        if tts is None:
            return
        if tts.state() == QTextToSpeech.State.Error and self._missing:
            self._failure = no_engine_message()  # what to install
        elif tts.state() == QTextToSpeech.State.Error:
            self._failure = _tr("The speech engine did not start (%1).").replace(
                "%1", tts.errorString() or tts.engine()
            )
        self._set_rate.emit(self._rate)
        self._on_full_up()

    def _on_full_up(self) -> None:
        could = self.is_ready()
        self._full = True
        if not could:
            self.ready.emit()
        self.voicesListed.emit()  # the reader's voice is given (prepare) before ...
        pending, self._pending = self._pending, None
        if pending is not None and self._outstanding and not self._failure:
            self._say.emit(pending)  # ... the sentence that waited for the engine

    def _on_quick_connected(self) -> None:
        self._heard = True
        if not self._full:
            self.ready.emit()

    def _on_quick_failed(self, _why: str) -> None:
        """Lost: Qt's engine speaks (a sentence cut off is said again). Never there (a
        socket left by a daemon that died): speech-dispatcher is started first."""
        quick = self._quick
        path = socket_address()
        if quick is not None and not self._heard and self._spawn is None and path is not None:
            self._start_daemon(path)
        else:
            self.start_full()

    def _on_spawn_listening(self) -> None:
        if self._quick is not None and self._spawn is not None:
            self._quick.set_rate(self._rate)  # again: lost with a socket that was stale
            self._quick.open(self._spawn.socket)

    def _on_spawn_failed(self, why: str) -> None:
        """Not allowed, not installed or not started: Qt's engine, as before the quick
        voice (libspeechd tries in its turn; its error is the reader's message)."""
        log.info("speech-dispatcher was not started for read aloud: %s", why)
        self._missing = self._spawn is not None and self._spawn.missing
        if self._quick is not None:
            self.start_full()

    def _on_quick_state_changed(self, state: QTextToSpeech.State) -> None:
        if self._speaker == _QUICK:
            self._on_state(state)

    def _on_tts_state_changed(self, state: QTextToSpeech.State) -> None:
        if self._speaker == _QT:
            self._on_state(state)

    def _on_state(self, state: QTextToSpeech.State) -> None:
        """A said text gives Speaking, then Ready (or Error). A text stopped before it
        began may give nothing at all (speech-dispatcher drops it), and one stopped
        while speaking gives a late Ready: so a Ready counts only after the Speaking
        of the text said last, and one stopped is never waited for."""
        if not self._outstanding:
            return
        if state == QTextToSpeech.State.Speaking and not self._begun:
            self._begun = True
            self.started.emit()
        elif state == QTextToSpeech.State.Error or (
            state == QTextToSpeech.State.Ready and self._begun
        ):
            self._outstanding = False
            self.finished.emit()

    def _on_tts_saying_word(self, _word: str, _id: int, start: int, length: int) -> None:
        self.word.emit(start, length)


def _plain_voice(voices: list[QVoice], key: str) -> QVoice | None:
    """The language's own voice rather than a variant ("Italian", not "Italian+Adam"),
    as speech-dispatcher picks for the language: the quick voice sounds the same."""
    plain = [v for v in voices if "+" not in v.name()]
    home = QLocale(key)
    return next((v for v in plain if v.locale() == home), None) or next(iter(plain or voices), None)
