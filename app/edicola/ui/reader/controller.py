"""Reading an edition: what is open, how it is drawn, and where the reader left off.

The reader's home view (library tree | section bar over the front page or the
article) is built here and handed to the frame with ``Frame.set_home``; the
frame knows nothing else about reading. This controller owns the state of
what is on screen (edition, reading order, article, back/forward history),
renders pages with the reader's preferences and the frame's theme, restores
the session and saves it on shutdown. Keys and menu commands reach it through
:mod:`edicola.ui.reader.commands`; other features call ``open_article``,
``open_edition`` and ``current_article`` and listen to ``articleOpened`` and
``editionOpened``. It reads through stores, never SQL.

While an article is read, the next and the previous one are prepared a
moment after it opened (:meth:`ReaderController.prepare_neighbours`): their
Markdown rendered into the store's cache and their pictures decoded, so
turning to them renders and decodes nothing (issue 21).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QSplitter, QWidget

from edicola.core.model import Article, Edition
from edicola.core.reading_comfort import TYPEFACES, css_families, more_contrast
from edicola.core.themes import LIGHT, Theme, theme
from edicola.ui.common.dates import long_date
from edicola.ui.common.library_port import EditionReader
from edicola.ui.reader import article_page
from edicola.ui.reader.comfort_page import ComfortSettingsPage
from edicola.ui.reader.edition_memo import EditionMemo
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.reader.library_tree import LibraryTree
from edicola.ui.reader.reader_area import ReaderArea
from edicola.ui.reader.reading_history import ARTICLE, FRONT, Location, ReadingHistory
from edicola.ui.reader.reading_progress import READ_DWELL_MS, ReadingState, ReadTracker
from edicola.ui.reader.section_bar import FRONT_PAGE
from edicola.ui.reader.status import enable_reader_commands, position_status
from edicola.ui.reader.structure import front_page_description
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.seam import Frame

SPLITTER_KEY = "window/splitter"
PREPARE_DELAY_MS = 400
"""How long after an open the neighbours are prepared: after the first paint and the
rest of the layout, before a reader turns the page (one article each time the
event loop is free)."""


def prefers_more_contrast() -> bool:
    """Whether the system asks for more contrast (what Qt reads from the platform)."""
    style_hints = QGuiApplication.styleHints()  # kept: PySide 6.11 drops the chained child
    hints = style_hints.accessibility()
    return bool(hints.contrastPreference() == Qt.ContrastPreference.HighContrast)


class ReaderController(QObject):
    articleOpened = Signal(str)
    editionOpened = Signal(str)

    def __init__(
        self,
        frame: Frame,
        editions: EditionReader,
        reading: ReadingState,
        preferences: Preferences,
        read_dwell_ms: int = READ_DWELL_MS,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        # One read of an edition's lists per open (window, panel and read marks).
        self.editions = editions if isinstance(editions, EditionMemo) else EditionMemo(editions)
        self.reading = reading
        self.preferences = preferences
        self.history = ReadingHistory()
        self.order: EditionOrder | None = None
        self._edition: Edition | None = None
        self._article: Article | None = None
        self._tracker = ReadTracker(reading, read_dwell_ms, self)
        self.prepare_delay_ms: int | None = PREPARE_DELAY_MS
        """None: neighbours are prepared only when asked (benchmarks of first opens)."""
        self._to_prepare: list[str] = []
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(self._on_prepare_timer_timeout)
        self._build_widgets(frame.as_widget())
        frame.set_home(self.main_splitter, self.reader_area, self._status)
        frame.add_settings_page(
            lambda dialog: ComfortSettingsPage(preferences, self.rerender, dialog)
        )
        self._connect_signals()
        self.library_tree.reload()
        splitter = preferences.bytes(SPLITTER_KEY)
        if splitter is not None:
            self.main_splitter.restoreState(splitter)
        self.update_actions()

    def _build_widgets(self, parent: QWidget) -> None:
        self.library_tree = LibraryTree(self.editions, self.reading, parent)
        self.reader_area = ReaderArea(self.editions.image, parent)
        area = self.reader_area
        self.section_bar = area.section_bar
        self.front_page = area.front_page
        self.article_view = area.article_view
        self.find_bar = area.find_bar
        self.article_splitter = area.article_splitter
        self.reader_stack = area.reader_stack

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.library_tree)
        self.main_splitter.addWidget(self.reader_area)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([260, 900])

    def _connect_signals(self) -> None:
        self.frame.viewChanged.connect(self._on_frame_view_changed)
        self.frame.themeChanged.connect(self._on_frame_theme_changed)
        self.article_view.verticalScrollBar().valueChanged.connect(
            self._on_article_scroll_value_changed
        )
        self._tracker.read.connect(self._on_tracker_read)
        # The system asks for more contrast (Qt 6.10+): secondary text at full contrast.
        style_hints = QGuiApplication.styleHints()
        style_hints.accessibility().contrastPreferenceChanged.connect(
            self._on_contrast_preference_changed
        )

    # -- what is on screen -----------------------------------------------------------
    @property
    def current_article(self) -> Article | None:
        return self._article if self.reader_stack.currentIndex() == 1 else None

    @property
    def current_edition(self) -> Edition | None:
        return self._edition

    def in_reader(self) -> bool:
        """Whether the reader (not another view) is on screen."""
        return self.frame.current_view() is self.main_splitter

    def add_article_panel(self, widget: QWidget) -> None:
        """Put a panel (comments) under the article, resizable with a splitter."""
        self.article_splitter.addWidget(widget)
        self.article_splitter.setStretchFactor(0, 3)

    def focus_reading(self) -> None:
        """Give the keyboard to the article, or the front page when it shows."""
        if self.current_article is not None:
            self.article_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.front_page.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening ---------------------------------------------------------------------
    def refresh_library(self) -> None:
        """Reload the library panel (after an import, update or deletion)."""
        self.library_tree.reload()
        if self._article is not None and self.current_article is not None:
            self.library_tree.reveal_article(self._article.edition_id, self._article.id)
        elif self._edition is not None:
            self.library_tree.reveal_edition(self._edition.id)

    def open_edition(self, edition_id: str, record: bool = True) -> bool:
        edition = self.editions.edition(edition_id)
        if edition is None:
            return False
        self._leave_article()
        self._load_order(edition)
        self._render_front_page()
        self.reader_stack.setCurrentWidget(self.front_page)
        self.section_bar.set_current_section(FRONT_PAGE)
        self.library_tree.reveal_edition(edition_id, self.order)
        if record:
            self.history.visit(Location(FRONT, edition_id))
        self.frame.show_view(None)
        self.update_status()
        self.update_actions()
        self.editionOpened.emit(edition_id)
        return True

    def open_article(
        self, article_id: str, record: bool = True, position: float | None = None
    ) -> bool:
        with self.editions.scope():
            return self._open_article(article_id, record, position)

    def _open_article(self, article_id: str, record: bool, position: float | None) -> bool:
        article = self.editions.article(article_id)
        if article is None:
            self.frame.show_message(
                QCoreApplication.translate(
                    "MainWindow", "This article is no longer in the library."
                ),
                5000,
            )
            return False
        self._leave_article()
        other = self._edition is None or self._edition.id != article.edition_id
        if other and not self.load_edition(article.edition_id):
            return False
        self._article = article
        self.find_bar.hide()
        self._render_article()
        self.reader_stack.setCurrentWidget(self.article_splitter)
        self.frame.show_view(None)
        start = self.reading.position(article_id) if position is None else position
        self.article_view.set_scroll_fraction(start)
        self.section_bar.set_current_section(article.section_id)
        self.library_tree.reveal_article(article.edition_id, article_id, self.order)
        self.reading.opened(article_id)
        self._tracker.start(article_id)
        self._tracker.scrolled(self.article_view.seen_fraction())
        if record:
            self.history.visit(Location(ARTICLE, article_id))
        self.update_status()
        self.update_actions()
        self.articleOpened.emit(article_id)
        self._to_prepare = []
        if self.prepare_delay_ms is not None:
            self._prepare_timer.start(self.prepare_delay_ms)
        return True

    def prepare_neighbours(self) -> None:
        """Prepare the next and the previous article of the one on screen now (what the
        timer does a moment after an open, one article per turn of the event loop)."""
        self._queue_neighbours()
        while self._to_prepare:
            self._prepare_one()

    def preparing(self) -> bool:
        """Whether neighbours are still to be prepared (or their pictures decoded)."""
        busy = self._prepare_timer.isActive() or bool(self._to_prepare)
        return busy or self.article_view.pictures_pending() > 0

    def _queue_neighbours(self) -> None:
        article, order = self.current_article, self.order
        if article is None or order is None:
            self._to_prepare = []
            return
        found = (order.next_article(article.id), order.previous_article(article.id))
        self._to_prepare = [a for a in found if a is not None]

    def _prepare_one(self) -> None:
        """Render one neighbour's Markdown (the store keeps the HTML) and decode its
        pictures on the view's workers; its title typography is cached too."""
        article = self.editions.article(self._to_prepare.pop(0))
        if article is not None:
            self.article_view.prepare_pictures(article_page.article_html(article))

    def load_edition(self, edition_id: str) -> bool:
        """Make ``edition_id`` the current edition (its order and sections), if it exists."""
        edition = self.editions.edition(edition_id)
        if edition is None:
            return False
        self._load_order(edition)
        return True

    def restore_session(self) -> None:
        """Reopen where the reader left off (its page as kept at the last close, so
        the first paint waits for no render), or the newest edition's front page."""
        last = self.reading.last_opened()
        if last:
            self.editions.recall_page()
        if last and self.open_article(last):
            self.article_view.setFocus()
            return
        editions = self.editions.editions(counted=False, limit=1)  # the newest
        if editions:
            self.open_edition(editions[0].id)
            self.front_page.setFocus()

    def stop_pictures(self) -> None:
        """Stop decoding pictures: the app's shutdown, with its other reading threads."""
        self.article_view.stop_pictures()
        self.front_page.stop_pictures()

    def save_session(self) -> None:
        """Remember the reading position, the page and the panel's width; stop
        counting reading."""
        self._leave_article()
        if self._article is not None:
            self.editions.keep_page(self._article.id)
        self.preferences.set_bytes(SPLITTER_KEY, QByteArray(self.main_splitter.saveState()))
        self._tracker.stop()
        self._prepare_timer.stop()
        self._to_prepare = []

    # -- text and rendering ---------------------------------------------------------------
    def set_text_size(self, size: int) -> None:
        self.preferences.text_size = size
        self.rerender()

    def set_line_spacing(self, spacing: int) -> None:
        self.preferences.line_spacing = spacing
        self.rerender()

    def body_font(self) -> QFont:
        """The reading typeface's first installed family (it sets the column's width)."""
        typeface = TYPEFACES[self.preferences.comfort.typeface]
        available = set(QFontDatabase.families())
        family = next((f for f in typeface.families if f in available), typeface.families[-1])
        font = QFont(family)
        font.setPointSize(self.preferences.text_size)
        return font

    def css(self, t: Theme | None = None) -> str:
        """The page's style sheet: the theme (at full contrast when the system asks
        for more) and the reader's text, spacing and typeface."""
        prefs = self.preferences
        comfort = prefs.comfort
        shown = t or self.frame.theme
        if t is None and prefers_more_contrast():
            shown = more_contrast(shown)
        family = css_families(TYPEFACES[comfort.typeface], set(QFontDatabase.families()))
        return article_page.document_css(
            shown, family, prefs.text_size, prefs.line_spacing, comfort
        )

    def printable(self) -> QTextDocument | None:
        """The article on screen as a document to print (light theme, its pictures)."""
        article = self.current_article
        if article is None:
            return None
        # Here, not at the top: Qt's print support is not needed to start the reader.
        from edicola.ui.reader.printing import printable_document

        return printable_document(
            article_page.article_html(article),
            self.css(theme(LIGHT)),
            self.body_font(),
            self.article_view.page_images(),
        )

    def export_pdf(self, path: Path) -> bool:
        """Save the article on screen as a PDF (the Export as PDF command)."""
        document = self.printable()
        if document is None:
            return False
        from edicola.ui.reader.printing import export_pdf

        export_pdf(document, path)
        self.frame.show_message(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(path)), 5000
        )
        return True

    def _load_order(self, edition: Edition) -> None:
        self._edition = edition
        self.order = EditionOrder.build(
            edition.id, self.editions.sections(edition.id), self.editions.articles(edition.id)
        )
        self.section_bar.set_sections(list(self.order.sections))
        self.section_bar.show()
        self.frame.set_title(f"{edition.publication_title} — {long_date(edition.date)} — Edicola")

    def _render_front_page(self) -> None:
        if self._edition is None or self.order is None:
            return
        self.front_page.column_chars = self.preferences.comfort.line_length
        read = self.reading.read_ids(self._edition.id)
        order = self.order
        sections = [
            (
                s.title,
                [(a.id, a.title, a.standfirst, a.id in read) for a in order.section_articles(s.id)],
            )
            for s in order.sections
        ]
        html = article_page.front_page_html(self._edition, sections)
        self.front_page.show_edition(self._edition, html, self.css(), self.body_font())
        listed = [(title, len(items)) for title, items in sections]
        self.front_page.setAccessibleDescription(front_page_description(listed))

    def _render_article(self) -> None:
        if self._article is None:
            return
        self.article_view.column_chars = self.preferences.comfort.line_length
        html = article_page.article_html(self._article)
        self.article_view.show_article(
            self._article, html, self.css(), self.body_font(), self.frame.theme
        )

    def rerender(self) -> None:
        """Draw the article and the front page again (theme or text settings changed)."""
        if self._article is not None:
            fraction = self.article_view.scroll_fraction()
            self._render_article()
            self.article_view.set_scroll_fraction(fraction)
        if self._edition is not None:
            fraction = self.front_page.scroll_fraction()
            self._render_front_page()
            self.front_page.set_scroll_fraction(fraction)

    def _leave_article(self) -> None:
        if self._article is not None and self.reader_stack.currentIndex() == 1:
            self.reading.save_position(self._article.id, self.article_view.scroll_fraction())

    # -- status and commands ----------------------------------------------------------
    def _status(self) -> tuple[str, str] | None:
        return position_status(self.current_article, self._edition, self.order, self.reading)

    def update_status(self) -> None:
        self.frame.refresh_status()

    def update_actions(self) -> None:
        enable_reader_commands(
            self.frame.commands,
            in_reader=self.in_reader(),
            has_article=self.current_article is not None,
            has_order=self.order is not None,
            history=self.history,
        )

    # -- slots -----------------------------------------------------------------------
    def _on_frame_view_changed(self) -> None:
        self.update_actions()

    def _on_frame_theme_changed(self, _name: str) -> None:
        self.rerender()

    def _on_contrast_preference_changed(self, _preference: object) -> None:
        self.rerender()

    def _on_article_scroll_value_changed(self, _value: int) -> None:
        if self.current_article is not None:
            self._tracker.scrolled(self.article_view.seen_fraction())

    def _on_prepare_timer_timeout(self) -> None:
        if not self.article_view.isVisible():  # the window closed: nothing is read
            self._to_prepare = []
            return
        if not self._to_prepare:
            self._queue_neighbours()
        if self._to_prepare:
            self._prepare_one()
        if self._to_prepare:
            self._prepare_timer.start(0)

    def _on_tracker_read(self, article_id: str) -> None:
        self.library_tree.mark_read(article_id)
        self.update_status()
