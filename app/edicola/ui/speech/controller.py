"""Read aloud: the article on screen, sentence by sentence, then the next article.

``readAloudAction`` (Ctrl+Shift+R) starts reading the article on screen (from
the front page: the edition's first article; in the Pages view: the article
of the focused region, its region outlined), pauses and resumes. The bar in
the status bar has previous/next sentence and paragraph and stop, the voice
and the speed. At the end of an article the next one in reading order is
opened and read, so the whole paper can be listened to.

What is said comes from :mod:`edicola.core.speech.script`; each sentence is
found on the page (:mod:`.locate`) and highlighted (:mod:`.highlight`).
``spoken`` keeps the sentences started so far (the pytest plugin's
``spoken()``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from edicola.core.model import Article
from edicola.core.speech.script import Script, article_script
from edicola.ui.speech.engine import SpeechEngine
from edicola.ui.speech.highlight import SentenceHighlight
from edicola.ui.speech.locate import fold_document

IDLE, STARTING, PLAYING, PAUSED = "idle", "starting", "playing", "paused"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadAloud", text)


class ReadAloud(QObject):
    """The read-aloud state machine, given how to reach the article on screen."""

    stateChanged = Signal(str)
    sentenceStarted = Signal(int)
    """Index of the sentence the engine began saying."""
    articleStarted = Signal(str)
    failed = Signal(str)
    """Reading could not start: what to install, in one line (also said in the status bar)."""

    def __init__(
        self,
        engine: SpeechEngine,
        highlight: SentenceHighlight | None,
        say_message: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.highlight = highlight
        self._say_message = say_message
        self.state = IDLE
        self.script: Script | None = None
        self.index = 0
        self.spoken: list[str] = []
        self._moved = False  # stepped while paused: resuming says the new sentence
        self._folded: tuple[str, list[int]] = ("", [])
        self._starts: list[int | None] = []  # folded index of each sentence on the page
        self._article: Article | None = None
        self.next_article: Callable[[str], Article | None] = lambda _id: None
        self.engine.ready.connect(self._on_engine_ready)
        self.engine.voicesListed.connect(self._on_engine_voices_listed)
        self.engine.started.connect(self._on_engine_started)
        self.engine.finished.connect(self._on_engine_finished)
        self.engine.word.connect(self._on_engine_word)

    # -- commands -------------------------------------------------------------------
    def toggle(self, article: Article | None) -> None:
        """Start with ``article``; pause when playing; resume when paused."""
        if self.state == PLAYING:
            self.engine.pause()
            self._set_state(PAUSED)
        elif self.state == PAUSED and self._moved:
            self._set_state(PLAYING)
            self._go(self.index)  # stepped while paused: say the sentence stepped to
        elif self.state == PAUSED:
            self.engine.resume()
            self._set_state(PLAYING)
        elif self.state == IDLE and article is not None:
            self._article = article
            if self.engine.is_ready():
                self._begin(article)
            else:
                self._set_state(STARTING)
                self._say_message(_tr("Starting the speech engine…"))
                self.engine.start()

    def repaint(self) -> None:
        """Draw the sentence again (the page was redrawn: theme, text size)."""
        if self.highlight is not None and self.state in (PLAYING, PAUSED):
            self.highlight.show(self._span(self.index))

    def stop(self) -> None:
        self.engine.cancel()
        if self.highlight is not None:
            self.highlight.clear()
        self._set_state(IDLE)

    def step_sentence(self, step: int) -> None:
        if self.script is not None and self.state in (PLAYING, PAUSED):
            self._go(max(0, min(len(self.script.utterances) - 1, self.index + step)))

    def step_paragraph(self, step: int) -> None:
        script = self.script
        if script is None or self.state not in (PLAYING, PAUSED):
            return
        here = script.utterances[self.index].paragraph
        if step < 0:
            start = script.paragraph_start(here)
            target = here - 1 if start is None or self.index == start else here
            found = script.paragraph_start(max(0, target))
        else:
            found = script.paragraph_start(here + 1)
        if found is not None:
            self._go(found)

    # -- reading ------------------------------------------------------------------------
    def _begin(self, article: Article) -> None:
        problem = self.engine.problem(article.language)
        if problem:
            self._say_message(problem)
            self.failed.emit(problem)
            self._set_state(IDLE)
            return
        self.engine.prepare(article.language)
        self._article = article
        self.script = article_script(article)
        self._locate()
        self.articleStarted.emit(article.id)
        self._go(0)

    def _locate(self) -> None:
        self._starts = []
        if self.highlight is None or self.script is None:
            return
        self._folded = fold_document(self.highlight.view.document())
        folded = self._folded[0]
        cursor = 0
        for u in self.script.utterances:
            at = folded.find(u.shown, cursor) if u.shown else -1
            self._starts.append(at if at >= 0 else None)
            if at >= 0:
                cursor = at + len(u.shown)

    def _span(
        self, index: int, start: int = 0, length: int | None = None
    ) -> tuple[int, int] | None:
        if self.script is None or index >= len(self._starts):
            return None
        at = self._starts[index]
        if at is None:
            return None
        shown = self.script.utterances[index].shown
        positions = self._folded[1]
        first = at + start
        last = at + (len(shown) if length is None else min(len(shown), start + length)) - 1
        if first > last or last >= len(positions):
            return None
        return positions[first], positions[last] + 1

    def _go(self, index: int) -> None:
        assert self.script is not None
        if not self.script.utterances:
            self._on_engine_finished()
            return
        self.index = index
        if self.highlight is not None:
            self.highlight.show(self._span(index))
        if self.state == PAUSED:  # stepped while paused: stay paused there
            self.engine.cancel()
            self._moved = True
            return
        self._moved = False
        self._set_state(PLAYING)
        self.engine.speak(self.script.utterances[index].text)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    # -- engine events ---------------------------------------------------------------
    def _on_engine_ready(self) -> None:
        if self.state == STARTING and self._article is not None:
            self._begin(self._article)  # to PLAYING (IDLE if it cannot be read)

    def _on_engine_voices_listed(self) -> None:
        """Qt's engine took over from the quick voice mid-article: now the language can
        be checked, and the reader's voice given for the sentences to come."""
        script = self.script
        if script is None or self.state not in (PLAYING, PAUSED):
            return
        problem = self.engine.problem(script.language)
        if problem:
            self.stop()
            self._say_message(problem)
            self.failed.emit(problem)
            return
        self.engine.prepare(script.language)

    def _on_engine_started(self) -> None:
        if self.script is not None and self.state in (PLAYING, PAUSED):
            self.spoken.append(self.script.utterances[self.index].text)
            self.sentenceStarted.emit(self.index)

    def _on_engine_word(self, start: int, length: int) -> None:
        if self.highlight is not None and self.state == PLAYING:
            self.highlight.show(self._span(self.index), self._span(self.index, start, length))

    def _on_engine_finished(self) -> None:
        if self.script is None or self.state != PLAYING:
            return
        if self.index + 1 < len(self.script.utterances):
            self._go(self.index + 1)
            return
        following = self.next_article(self.script.article_id)
        if following is None:
            self.stop()
            self._say_message(_tr("Read aloud reached the end of the edition."))
            return
        self._begin(following)
