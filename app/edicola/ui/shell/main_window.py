"""The reader's main window: navigate the library, read an edition page by page.

Layout: a tool bar (back/forward, text size, the ``searchBox``), then a view
stack whose first page is the reader (library tree | section bar over the
front page or the article). Seams for panels other modules add:
``add_view`` (search results, bookmarks, newsstand), ``add_article_panel``
(comments, under the article in ``articleSplitter``), ``search_box`` and the
``bookmark`` action (Ctrl+D), and the ``articleOpened``/``editionOpened``
signals. All signal wiring is in ``_connect_signals``; slots are
``_on_<source>_<signal>``. The window reads through stores, never SQL.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from edicola.core.model import Article, Edition
from edicola.core.themes import THEME_NAMES, Theme
from edicola.ui.reader import article_page
from edicola.ui.reader.edition_memo import EditionMemo
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.reader.library_port import EditionReader
from edicola.ui.reader.library_tree import LibraryTree
from edicola.ui.reader.reader_area import ReaderArea
from edicola.ui.reader.reading_history import ARTICLE, FRONT, Location, ReadingHistory
from edicola.ui.reader.reading_progress import READ_DWELL_MS, ReadingState, ReadTracker
from edicola.ui.reader.section_bar import FRONT_PAGE
from edicola.ui.shell.commands import apply_icons, build_commands, build_toolbars
from edicola.ui.shell.fonts import css_family_list, serif_family
from edicola.ui.shell.navigation import NavigationSlots
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.theming import apply_theme, effective_theme
from edicola.ui.shell.window_commands import WindowCommandSlots
from edicola.ui.shell.window_status import enable_commands, show_status


class MainWindow(QMainWindow):
    articleOpened = Signal(str)
    editionOpened = Signal(str)
    themeChanged = Signal(str)

    def __init__(
        self,
        editions: EditionReader,
        reading: ReadingState,
        preferences: Preferences,
        read_dwell_ms: int = READ_DWELL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Edicola")
        # One read of an edition's lists per open (window, panel and read marks).
        self._editions = editions if isinstance(editions, EditionMemo) else EditionMemo(editions)
        self._reading = reading
        self._prefs = preferences
        self._history = ReadingHistory()
        self._order: EditionOrder | None = None
        self._edition: Edition | None = None
        self._article: Article | None = None
        self._theme: Theme = effective_theme(preferences.theme)
        self._tracker = ReadTracker(reading, read_dwell_ms, self)
        self.commands: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._build_widgets()
        self._build_actions()
        self._navigation = NavigationSlots(self)
        self._window_commands = WindowCommandSlots(self)
        self._connect_signals()
        self.library_tree.reload()
        self._restore_window_state()
        self._apply_theme()
        self._update_actions()

    # -- construction ----------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search the library (Ctrl+L)"))
        self.search_box.setAccessibleName(self.tr("Search the library"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(320)

        self.library_tree = LibraryTree(self._editions, self._reading, self)
        self.reader_area = ReaderArea(self._editions.image, self)
        area = self.reader_area
        self.section_bar = area.section_bar
        self.front_page = area.front_page
        self.article_view = area.article_view
        self.find_bar = area.find_bar
        self.article_splitter = area.article_splitter
        self.reader_stack = area.reader_stack

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.library_tree)
        self.main_splitter.addWidget(self.reader_area)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([260, 900])

        self.view_stack = QStackedWidget(self)
        self.view_stack.setObjectName("viewStack")
        self.view_stack.addWidget(self.main_splitter)
        self.setCentralWidget(self.view_stack)

        self.status_position = QLabel(self)
        self.status_position.setObjectName("statusPosition")
        self.status_read = QLabel(self)
        self.status_read.setObjectName("statusRead")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_position, 1)
        self.statusBar().addPermanentWidget(self.status_read)

    def _build_actions(self) -> None:
        self.commands, self.menus = build_commands(self, self.reader_area)
        self.commands["theme_" + self._prefs.theme].setChecked(True)
        self.commands["library_panel"].setChecked(True)
        # nav_toolbar: the commands, folding into a chevron when narrow; toolbar: the
        # search box and what sits beside it (search help), always shown.
        self.nav_toolbar, self.toolbar = build_toolbars(self, self.commands, self.search_box)
        self.addToolBar(self.nav_toolbar)
        self.addToolBar(self.toolbar)

    def _connect_signals(self) -> None:
        a = self.commands
        self.view_stack.currentChanged.connect(self._on_view_stack_current_changed)
        a["print"].triggered.connect(self._window_commands.on_print_triggered)
        a["export_pdf"].triggered.connect(self._window_commands.on_export_pdf_triggered)
        a["copy_link"].triggered.connect(self._window_commands.on_copy_link_triggered)
        a["settings"].triggered.connect(self._window_commands.on_settings_triggered)
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self._window_commands.on_find_triggered)
        a["search"].triggered.connect(self._window_commands.on_search_triggered)
        a["escape"].triggered.connect(self._window_commands.on_escape_triggered)
        a["front_page"].triggered.connect(self._navigation.on_front_page_triggered)
        a["text_larger"].triggered.connect(self._window_commands.on_text_larger_triggered)
        a["text_smaller"].triggered.connect(self._window_commands.on_text_smaller_triggered)
        a["text_reset"].triggered.connect(self._window_commands.on_text_reset_triggered)
        for name in ("system", *THEME_NAMES):
            a[f"theme_{name}"].triggered.connect(partial(self.set_theme, name))
        a["library_panel"].toggled.connect(self._window_commands.on_library_panel_toggled)
        a["full_screen"].toggled.connect(self._window_commands.on_full_screen_toggled)
        a["back"].triggered.connect(self._navigation.on_back_triggered)
        a["forward"].triggered.connect(self._navigation.on_forward_triggered)
        a["next_article"].triggered.connect(self._navigation.on_next_article_triggered)
        a["previous_article"].triggered.connect(self._navigation.on_previous_article_triggered)
        a["next_section"].triggered.connect(self._navigation.on_next_section_triggered)
        a["previous_section"].triggered.connect(self._navigation.on_previous_section_triggered)
        a["page_down"].triggered.connect(self._navigation.on_page_down_triggered)
        a["page_up"].triggered.connect(self._navigation.on_page_up_triggered)
        a["shortcuts"].triggered.connect(self._window_commands.on_shortcuts_triggered)
        a["about"].triggered.connect(self._window_commands.on_about_triggered)
        self.library_tree.editionActivated.connect(
            self._navigation.on_library_tree_edition_activated
        )
        self.library_tree.sectionActivated.connect(
            self._navigation.on_library_tree_section_activated
        )
        self.library_tree.articleActivated.connect(
            self._navigation.on_library_tree_article_activated
        )
        self.section_bar.sectionChosen.connect(self._navigation.on_section_bar_section_chosen)
        for browser in (self.front_page, self.article_view):
            browser.articleRequested.connect(self._navigation.on_browser_article_requested)
            browser.imageRequested.connect(self._window_commands.on_browser_image_requested)
        self.article_view.verticalScrollBar().valueChanged.connect(
            self._navigation.on_article_scroll_value_changed
        )
        self.find_bar.searchChanged.connect(self._window_commands.on_find_bar_search_changed)
        self.find_bar.stepRequested.connect(self._window_commands.on_find_bar_step_requested)
        self.find_bar.closed.connect(self._window_commands.on_find_bar_closed)
        self._tracker.read.connect(self._navigation.on_tracker_read)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self._window_commands.on_style_hints_changed
        )

    # -- public API --------------------------------------------------------------
    @property
    def current_article(self) -> Article | None:
        return self._article if self.reader_stack.currentIndex() == 1 else None

    @property
    def current_edition(self) -> Edition | None:
        return self._edition

    @property
    def theme(self) -> Theme:
        return self._theme

    def add_view(self, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """Add a full-window view (search results, bookmarks, newsstand) and its menu item."""
        self.view_stack.addWidget(widget)
        action = QAction(title, self)
        action.setObjectName(f"action_view_{widget.objectName()}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_view(widget))
        self.menus["view"].insertAction(self.commands["theme_system"], action)
        self.addAction(action)
        return action

    def show_view(self, widget: QWidget | None = None) -> None:
        """Show an added view; None returns to the reader."""
        self.view_stack.setCurrentWidget(widget or self.main_splitter)

    def add_article_panel(self, widget: QWidget) -> None:
        """Put a panel (comments) under the article, resizable with a splitter."""
        self.article_splitter.addWidget(widget)
        self.article_splitter.setStretchFactor(0, 3)

    def refresh_library(self) -> None:
        """Reload the library panel (after an import, update or deletion)."""
        self.library_tree.reload()
        if self._article is not None and self.current_article is not None:
            self.library_tree.reveal_article(self._article.edition_id, self._article.id)
        elif self._edition is not None:
            self.library_tree.reveal_edition(self._edition.id)

    def open_edition(self, edition_id: str, record: bool = True) -> bool:
        edition = self._editions.edition(edition_id)
        if edition is None:
            return False
        self._leave_article()
        self._load_order(edition)
        self._render_front_page()
        self.reader_stack.setCurrentWidget(self.front_page)
        self.section_bar.set_current_section(FRONT_PAGE)
        self.library_tree.reveal_edition(edition_id)
        if record:
            self._history.visit(Location(FRONT, edition_id))
        self.show_view(None)
        self._update_status()
        self._update_actions()
        self.editionOpened.emit(edition_id)
        return True

    def open_article(
        self, article_id: str, record: bool = True, position: float | None = None
    ) -> bool:
        with self._editions.scope():
            return self._open_article(article_id, record, position)

    def _open_article(self, article_id: str, record: bool, position: float | None) -> bool:
        article = self._editions.article(article_id)
        if article is None:
            self.statusBar().showMessage(self.tr("This article is no longer in the library."), 5000)
            return False
        self._leave_article()
        if self._edition is None or self._edition.id != article.edition_id:
            edition = self._editions.edition(article.edition_id)
            if edition is None:
                return False
            self._load_order(edition)
        self._article = article
        self.find_bar.hide()
        self._render_article()
        self.reader_stack.setCurrentWidget(self.article_splitter)
        self.show_view(None)
        start = self._reading.position(article_id) if position is None else position
        self.article_view.set_scroll_fraction(start)
        self.section_bar.set_current_section(article.section_id)
        self.library_tree.reveal_article(article.edition_id, article_id)
        self._reading.opened(article_id)
        self._tracker.start(article_id)
        self._tracker.scrolled(self.article_view.seen_fraction())
        if record:
            self._history.visit(Location(ARTICLE, article_id))
        self._update_status()
        self._update_actions()
        self.articleOpened.emit(article_id)
        return True

    def restore_session(self) -> None:
        """Reopen where the reader left off, or the newest edition's front page."""
        last = self._reading.last_opened()
        if last and self.open_article(last):
            self.article_view.setFocus()
            return
        editions = self._editions.editions(counted=False)
        if editions:
            self.open_edition(editions[0].id)
            self.front_page.setFocus()

    def set_theme(self, preference: str) -> None:
        self._prefs.theme = preference
        action = self.commands.get(f"theme_{preference}")
        if action is not None:
            action.setChecked(True)
        self._apply_theme()

    def export_pdf(self, path: Path) -> bool:
        """Save the article on screen as a PDF (the Export as PDF command)."""
        return self._window_commands.export_pdf(path)

    def set_text_size(self, size: int) -> None:
        self._prefs.text_size = size
        self._rerender()

    def set_line_spacing(self, spacing: int) -> None:
        self._prefs.line_spacing = spacing
        self._rerender()

    # -- rendering -----------------------------------------------------------
    def _body_font(self) -> QFont:
        font = QFont(serif_family())
        font.setPointSize(self._prefs.text_size)
        return font

    def _css(self, t: Theme | None = None) -> str:
        return article_page.document_css(
            t or self._theme, css_family_list(), self._prefs.text_size, self._prefs.line_spacing
        )

    def _load_order(self, edition: Edition) -> None:
        self._edition = edition
        self._order = EditionOrder.build(
            edition.id, self._editions.sections(edition.id), self._editions.articles(edition.id)
        )
        self.section_bar.set_sections(list(self._order.sections))
        self.section_bar.show()
        self.setWindowTitle(
            f"{edition.publication_title} — {article_page.long_date(edition.date)} — Edicola"
        )

    def _render_front_page(self) -> None:
        if self._edition is None or self._order is None:
            return
        read = self._reading.read_ids(self._edition.id)
        order = self._order
        sections = [
            (
                s.title,
                [(a.id, a.title, a.standfirst, a.id in read) for a in order.section_articles(s.id)],
            )
            for s in order.sections
        ]
        html = article_page.front_page_html(self._edition, sections)
        self.front_page.show_edition(self._edition, html, self._css(), self._body_font())

    def _render_article(self) -> None:
        if self._article is None:
            return
        html = article_page.article_html(self._article)
        self.article_view.show_article(
            self._article, html, self._css(), self._body_font(), self._theme
        )

    def _rerender(self) -> None:
        if self._article is not None:
            fraction = self.article_view.scroll_fraction()
            self._render_article()
            self.article_view.set_scroll_fraction(fraction)
        if self._edition is not None:
            fraction = self.front_page.scroll_fraction()
            self._render_front_page()
            self.front_page.set_scroll_fraction(fraction)

    def _apply_theme(self) -> None:
        self._theme = effective_theme(self._prefs.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self._theme)
        apply_icons(self.commands, self.palette(), self.nav_toolbar)
        self._rerender()
        self.themeChanged.emit(self._theme.name)

    def _leave_article(self) -> None:
        if self._article is not None and self.reader_stack.currentIndex() == 1:
            self._reading.save_position(self._article.id, self.article_view.scroll_fraction())

    def refresh_status(self) -> None:
        """Say again what the view on screen shows (a view's contents changed)."""
        self._update_status()

    def _on_view_stack_current_changed(self, _index: int) -> None:
        self._update_status()
        self._update_actions()

    def _in_reader(self) -> bool:
        return self.view_stack.currentWidget() is self.main_splitter

    def _update_status(self) -> None:
        show_status(self)

    def _update_actions(self) -> None:
        enable_commands(self, in_reader=self._in_reader())

    # -- window state ------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self._prefs.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self._prefs.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._prefs.bytes("window/splitter")
        if splitter is not None:
            self.main_splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self._leave_article()
        self._prefs.set_bytes("window/geometry", self.saveGeometry())
        self._prefs.set_bytes("window/state", self.saveState())
        self._prefs.set_bytes("window/splitter", QByteArray(self.main_splitter.saveState()))
        self._prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self._tracker.stop()
        super().closeEvent(event)
