"""The speech engine as read-aloud needs it: one sentence at a time, and what is missing.

A thin layer over Qt's ``QTextToSpeech`` (PySide6-Addons): speech-dispatcher
with eSpeak NG on Linux, the platform's engine elsewhere, Qt's ``mock`` engine
in deterministic tests.

The engine lives in a thread of its own. Starting Qt's speech-dispatcher
engine lists every voice the daemon has (with eSpeak NG's variants, over
25,000 lines): 2.4-3.6 s here, with Python's lock held when done from Python.
So the object is made with the instant ``mock`` engine, moved to the thread
and told to switch engine there by a queued call that runs in C++ only; the
window stays responsive and :attr:`SpeechEngine.ready` says when it can speak.
Every later call reaches it through queued signals. It starts on first use
(:meth:`SpeechEngine.start`), so a reader who never listens never starts
speech-dispatcher.
"""

from __future__ import annotations

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

_LANGUAGES = {"it": QLocale.Language.Italian, "en": QLocale.Language.English}
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
        self._is_ready = False
        self._failure = ""
        self._rate = 0.0
        self._voice_name = ""  # the reader's choice; "" follows the language
        self._voices: dict[str, list[QVoice]] = {}
        self._outstanding = False  # a said text whose end has not come back
        self._begun = False  # ... and whose Speaking has

    # -- starting and stopping ---------------------------------------------------------
    def start(self) -> None:
        """Start the engine in its thread (once); ``ready`` follows."""
        if self._thread is not None:
            return
        names = QTextToSpeech.availableEngines()
        wanted = self._wanted or next((n for n in engine_names() if n != "mock"), "")
        if not names or not wanted or wanted not in names:
            self._failure = no_engine_message()
            self._is_ready = True
            self._thread = QThread(self)  # marks it started; never runs
            self.ready.emit()
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

    def shutdown(self) -> None:
        """Stop speaking and end the thread (the app's shutdown calls it)."""
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
        return self._is_ready

    def name(self) -> str:
        return self._tts.engine() if self._tts is not None and self._is_ready else ""

    def reports_words(self) -> bool:
        if self._tts is None or not self._is_ready:
            return False
        caps = self._tts.engineCapabilities()
        return bool(caps & QTextToSpeech.Capability.WordByWordProgress)

    # -- voices -------------------------------------------------------------------------
    def problem(self, language: str) -> str | None:
        """What stops reading ``language`` aloud, in one line (None: nothing)."""
        if self._failure:
            return self._failure
        if not self.voices(language):
            wanted = _LANGUAGES.get(language_key(language), QLocale.Language.English)
            return _tr("No %1 voice is installed: install espeak-ng or a voice for it.").replace(
                "%1", QLocale.languageToString(wanted)
            )
        return None

    def _voices_for(self, language: str) -> list[QVoice]:
        key = language_key(language)
        if key not in self._voices and self._tts is not None and self._is_ready:
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
        voices = self._voices_for(language)
        chosen = next((v for v in voices if v.name() == self._voice_name), None)
        chosen = chosen or (voices[0] if voices else None)
        if chosen is not None:
            self._set_voice.emit(chosen)

    def set_voice(self, name: str) -> None:
        self._voice_name = name

    def set_rate(self, rate: float) -> None:
        """-1.0 (slowest) to 1.0 (fastest), 0 normal (Qt's scale)."""
        self._rate = max(-1.0, min(1.0, rate))
        self._set_rate.emit(self._rate)

    # -- speaking ----------------------------------------------------------------------
    def speak(self, text: str) -> None:
        """Say ``text``, stopping what is being said (whose end is not reported)."""
        if self._outstanding:
            self._outstanding = False  # its Ready (even one given at once) is not its end
            self._stop.emit()
        self._outstanding, self._begun = True, False
        self._say.emit(text)

    def cancel(self) -> None:
        """Stop speaking; nothing more is reported until the next :meth:`speak`."""
        if self._outstanding:
            self._outstanding = False
            self._stop.emit()

    def is_speaking(self) -> bool:
        return self._outstanding

    def pause(self) -> None:
        self._pause.emit()

    def resume(self) -> None:
        self._resume.emit()

    # -- slots (queued from the engine's thread) ----------------------------------------
    def _on_tts_engine_changed(self, _name: str) -> None:
        tts = self._tts
        if tts is None:
            return
        if tts.state() == QTextToSpeech.State.Error:
            self._failure = _tr("The speech engine did not start (%1).").replace(
                "%1", tts.errorString() or tts.engine()
            )
        self._is_ready = True
        self._set_rate.emit(self._rate)
        self.ready.emit()

    def _on_tts_state_changed(self, state: QTextToSpeech.State) -> None:
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
