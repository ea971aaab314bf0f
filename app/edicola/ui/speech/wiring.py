"""Read aloud in the reader: ``readAloudAction``, the control bar, continuing, the Pages view.

``readAloudAction`` (Ctrl+Shift+R, in the View menu and the tool bar) starts
reading the article on screen — from the front page, the edition's first
article; from the Pages view, the article of the region focused with Tab (or
the first on the page), its region outlined as it is read — and then pauses
and resumes. The bar (:mod:`.bar`) steps by sentence and paragraph, stops,
and picks the voice and speed (remembered in the settings). At the end of an
article the next one in reading order is opened and read; opening another
article by hand stops reading. Reaches the window only through the seam, the
reader through :class:`ReaderController`, the Pages view through
:class:`PagesController`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from edicola.core.model import Article
from edicola.ui.pages.wiring import PagesController
from edicola.ui.reader.controller import ReaderController
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.shell.icons import themed_icon
from edicola.ui.shell.seam import Frame
from edicola.ui.speech.bar import ReadAloudBar
from edicola.ui.speech.controller import IDLE, PAUSED, PLAYING, ReadAloud
from edicola.ui.speech.engine import SpeechEngine
from edicola.ui.speech.highlight import SentenceHighlight

LAYER = "speech"
LAYER_Z = 50
"""Over the reader's highlights, under find matches (``ArticleView.FIND_LAYER``)."""
VOICE_KEY = "speech/voice"
RATE_KEY = "speech/rate"
# Set once the reader has used read aloud: from then on Qt's engine is started in
# its thread at start-up, so the reader's own voice and the voice list are there
# from the first sentence. Before (a new reader), the key is answered by the quick
# voice (engine.py, ssip.py), and Qt's engine lists its voices only when reading is
# paused. Readers who never listen never pay for either.
USED_KEY = "speech/used"


class ReadAloudController(QObject):
    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        pages: PagesController | None,
        settings: QSettings,
        engine: str = "",
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.pages = pages
        self.settings = settings
        self.engine = SpeechEngine(engine, self)
        view = reader.article_view
        self.highlight = SentenceHighlight(
            view, lambda s: view.set_layer(LAYER, s, LAYER_Z), lambda: frame.theme
        )
        self.speech = ReadAloud(self.engine, self.highlight, self._say, self)
        self.speech.next_article = self._next_article
        self._expected = ""  # the article read-aloud itself is opening
        self._on_pages = False
        self.action = QAction(self.tr("&Read aloud"), frame.as_widget())
        self.action.setObjectName("readAloudAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Read the article aloud, then the next (Ctrl+Shift+R)"))
        frame.add_menu_separator("view")
        frame.add_menu_action("view", self.action)
        frame.add_tool_bar_action(self.action).setObjectName("toolButton_readAloud")
        self.bar = ReadAloudBar(frame.as_widget())
        self.bar.hide()
        self._apply_icons()
        frame.add_status_widget(self.bar)
        self.step_actions = self._step_actions()
        self._restore_choices()
        self._connect_signals()
        if self.settings.value(USED_KEY, False) in (True, "true"):
            self.engine.start_full()  # in its own thread: the window is not held up

    def _step_actions(self) -> list[QAction]:
        """Keys for the bar's steps, live anywhere in the window while reading."""
        made = []
        for keys, step, sentence in (
            ("Ctrl+Shift+Left", -1, True),
            ("Ctrl+Shift+Right", 1, True),
            ("Ctrl+Shift+Up", -1, False),
            ("Ctrl+Shift+Down", 1, False),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            target = self.speech.step_sentence if sentence else self.speech.step_paragraph
            action.triggered.connect(lambda _=False, t=target, s=step: t(s))
            self.frame.as_widget().addAction(action)
            made.append(action)
        return made

    def _restore_choices(self) -> None:
        voice = self.settings.value(VOICE_KEY, "")
        self.engine.set_voice(voice if isinstance(voice, str) else "")
        try:
            rate = float(str(self.settings.value(RATE_KEY, 0.0)))
        except ValueError:
            rate = 0.0
        self.engine.set_rate(rate)
        self.bar.set_rate(rate)

    def _apply_icons(self) -> None:
        palette = self.frame.as_widget().palette()
        self.action.setIcon(themed_icon("volume-2", palette))
        self.bar.apply_icons(palette)

    def _on_frame_theme_changed(self, _name: str) -> None:
        self._apply_icons()

    def _connect_signals(self) -> None:
        self.frame.themeChanged.connect(self._on_frame_theme_changed)
        self.action.triggered.connect(self._on_action_triggered)
        self.speech.stateChanged.connect(self._on_speech_state_changed)
        self.speech.articleStarted.connect(self._on_speech_article_started)
        self.engine.voicesListed.connect(self._on_engine_voices_listed)
        self.reader.articleOpened.connect(self._on_reader_article_opened)
        self.reader.editionOpened.connect(self._on_reader_edition_opened)
        self.reader.article_view.articleShown.connect(self._on_view_article_shown)
        self.bar.sentenceStep.connect(self.speech.step_sentence)
        self.bar.paragraphStep.connect(self.speech.step_paragraph)
        self.bar.pauseClicked.connect(self._on_action_triggered)
        self.bar.stopClicked.connect(self.stop)
        self.bar.voiceChosen.connect(self._on_bar_voice_chosen)
        self.bar.rateChosen.connect(self._on_bar_rate_chosen)

    # -- commands ----------------------------------------------------------------------
    def toggle(self) -> None:
        """What the action does: start, pause or resume."""
        if self.speech.state != IDLE:
            self.speech.toggle(None)
            return
        article = self._article_to_read()
        if article is None:
            self._say(self.tr("Open an article or an edition to read it aloud."))
            return
        self.speech.highlight = None if self._on_pages else self.highlight
        self.settings.setValue(USED_KEY, True)
        self.speech.toggle(article)

    def stop(self) -> None:
        self.speech.stop()

    def shutdown(self) -> None:
        """Stop speaking and end the engine's thread (the application's shutdown)."""
        self.speech.stop()
        self.engine.shutdown()

    @property
    def spoken(self) -> list[str]:
        return self.speech.spoken

    def _article_to_read(self) -> Article | None:
        pages = self.pages
        self._on_pages = pages is not None and pages.is_shown()
        if self._on_pages and pages is not None:
            article_id = pages.view.canvas.focused_article()
            return self.reader.editions.article(article_id) if article_id else None
        article = self.reader.current_article
        if article is not None:
            return article
        order = self.reader.order
        first = order.first_article() if order is not None else None
        if first is None:
            return None
        self._expected = first
        opened = self.reader.open_article(first, position=0.0)
        self._expected = ""
        return self.reader.current_article if opened else None

    def _next_article(self, article_id: str) -> Article | None:
        """The article after ``article_id`` in its edition's order, put on screen."""
        current = self.reader.editions.article(article_id)
        if current is None:
            return None
        editions = self.reader.editions
        edition = current.edition_id
        order = EditionOrder.build(edition, editions.sections(edition), editions.articles(edition))
        following = order.next_article(article_id)
        if following is None:
            return None
        if self._on_pages and self.pages is not None:
            return editions.article(following)
        self._expected = following
        try:
            opened = self.reader.open_article(following, position=0.0)
        finally:
            self._expected = ""
        return self.reader.current_article if opened else None

    def _say(self, text: str) -> None:
        self.frame.show_message(text, 8000)

    # -- slots -------------------------------------------------------------------------
    def _on_action_triggered(self) -> None:
        self.toggle()

    def _on_speech_state_changed(self, state: str) -> None:
        self.bar.setVisible(state != IDLE)
        self.bar.set_paused(state == PAUSED)
        reading = state in (PLAYING, PAUSED)
        for action in self.step_actions:
            action.setEnabled(reading)
        if state == PLAYING:
            self._offer_voices()

    def _on_engine_voices_listed(self) -> None:
        """The voice list came after reading began (the quick voice spoke first)."""
        if self.speech.state in (PLAYING, PAUSED):
            self._offer_voices()

    def _offer_voices(self) -> None:
        if self.speech.script is not None:
            language = self.speech.script.language
            chosen = self.settings.value(VOICE_KEY, "")
            self.bar.set_voices(self.engine.voices(language), str(chosen or ""))

    def _on_speech_article_started(self, article_id: str) -> None:
        if self._on_pages and self.pages is not None:
            self.pages.show_article(article_id)

    def _on_reader_article_opened(self, article_id: str) -> None:
        """The reader opened another article by hand: stop reading."""
        reading = self.speech.script.article_id if self.speech.script else ""
        if self.speech.state == IDLE or article_id in (self._expected, reading):
            return
        self.stop()

    def _on_reader_edition_opened(self, _edition_id: str) -> None:
        if self.speech.state != IDLE and not self._expected:
            self.stop()

    def _on_view_article_shown(self) -> None:
        """The page was redrawn (theme, text size): draw the sentence again."""
        shown = self.reader.article_view.article
        script = self.speech.script
        if shown is not None and script is not None and shown.id == script.article_id:
            self.speech.repaint()

    def _on_bar_voice_chosen(self, name: str) -> None:
        self.settings.setValue(VOICE_KEY, name)
        self.engine.set_voice(name)
        if self.speech.script is not None:
            self.engine.prepare(self.speech.script.language)

    def _on_bar_rate_chosen(self, rate: float) -> None:
        self.settings.setValue(RATE_KEY, rate)
        self.engine.set_rate(rate)
