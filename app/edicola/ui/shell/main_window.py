"""The reader's window: the frame around the features, and nothing else.

Menus and tool bars (built from the actions table), the ``searchBox``, a view
stack and the status bar. The features fill it through the
:class:`~edicola.ui.shell.seam.Frame` methods: the reader sets the home view
(``set_home``), the others ``add_view``, ``add_menu_action`` and so on. The
frame itself handles only the commands about the whole window: settings,
theme, full screen, help, quit and focusing the search box. Closing it emits
``closing``; the application object (:mod:`edicola.ui.app`) stops the
features in its one ``shutdown``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from edicola.core.themes import THEME_NAMES, Theme
from edicola.ui.shell.actions import SPECS
from edicola.ui.shell.commands import apply_icons, build_commands, build_toolbars
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.seam import SettingsPage, SettingsPageFactory, StatusText
from edicola.ui.shell.settings_dialog import SettingsDialog, SettingsValues
from edicola.ui.shell.shortcuts_dialog import ShortcutsDialog
from edicola.ui.shell.status_line import StatusLine
from edicola.ui.shell.theming import apply_theme, effective_theme


class MainWindow(QMainWindow):
    """Implements :class:`~edicola.ui.shell.seam.Frame`."""

    themeChanged = Signal(str)
    viewChanged = Signal()
    closing = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Edicola")
        self._prefs = preferences
        self._theme: Theme = effective_theme(preferences.theme)
        self._home: QWidget | None = None
        self._home_status: StatusText = lambda: None
        self._settings_pages: list[SettingsPageFactory] = []
        self.commands: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        self._restore_window_state()
        self._apply_theme()

    # -- construction ----------------------------------------------------------
    def _build_widgets(self) -> None:
        self._search_box = QLineEdit(self)
        self._search_box.setObjectName("searchBox")
        self._search_box.setPlaceholderText(self.tr("Search the library (Ctrl+L)"))
        self._search_box.setAccessibleName(self.tr("Search the library"))
        self._search_box.setClearButtonEnabled(True)
        self._search_box.setMaximumWidth(320)

        self.view_stack = QStackedWidget(self)
        self.view_stack.setObjectName("viewStack")
        self.setCentralWidget(self.view_stack)

        self.status_position = StatusLine(self)
        self.status_position.setObjectName("statusPosition")
        self.status_read = QLabel(self)
        self.status_read.setObjectName("statusRead")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_position, 1)
        self.statusBar().addPermanentWidget(self.status_read)

    def _build_actions(self) -> None:
        self.commands, self.menus = build_commands(self)
        self.commands["theme_" + self._prefs.theme].setChecked(True)
        self.commands["library_panel"].setChecked(True)
        # nav_toolbar: the commands, folding into a chevron when narrow; toolbar: the
        # search box and what sits beside it (search help), always shown.
        self.nav_toolbar, self.toolbar = build_toolbars(self, self.commands, self._search_box)
        self.addToolBar(self.nav_toolbar)
        self.addToolBar(self.toolbar)

    def _connect_signals(self) -> None:
        a = self.commands
        self.view_stack.currentChanged.connect(self._on_view_stack_current_changed)
        a["settings"].triggered.connect(self._on_settings_triggered)
        a["quit"].triggered.connect(self.close)
        a["search"].triggered.connect(self._on_search_triggered)
        for name in ("system", *THEME_NAMES):
            a[f"theme_{name}"].triggered.connect(partial(self.set_theme, name))
        a["full_screen"].toggled.connect(self._on_full_screen_toggled)
        a["shortcuts"].triggered.connect(self._on_shortcuts_triggered)
        a["about"].triggered.connect(self._on_about_triggered)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_changed)

    # -- the seam (edicola.ui.shell.seam.Frame) -----------------------------------
    @property
    def search_box(self) -> QLineEdit:
        return self._search_box

    @property
    def theme(self) -> Theme:
        return self._theme

    def as_widget(self) -> QWidget:
        return self

    def set_home(self, view: QWidget, scope: QWidget, status: StatusText) -> None:
        self._home = view
        self._home_status = status
        self.view_stack.insertWidget(0, view)
        self.view_stack.setCurrentWidget(view)
        for s in SPECS:
            if s.reader_scope:
                scope.addAction(self.commands[s.name])

    def add_view(self, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        self.view_stack.addWidget(widget)
        action = QAction(title, self)
        action.setObjectName(f"action_view_{widget.objectName()}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_view(widget))
        self.menus["view"].insertAction(self.commands["theme_system"], action)
        self.addAction(action)
        return action

    def add_hidden_view(self, widget: QWidget) -> None:
        self.view_stack.addWidget(widget)

    def show_view(self, widget: QWidget | None = None) -> None:
        target = widget or self._home
        if target is not None:
            self.view_stack.setCurrentWidget(target)

    def current_view(self) -> QWidget | None:
        return self.view_stack.currentWidget()

    def add_menu_action(self, menu: str, action: QAction, before: str = "") -> None:
        if before:
            self.menus[menu].insertAction(self.commands[before], action)
        else:
            self.menus[menu].addAction(action)
        self.addAction(action)

    def add_menu_separator(self, menu: str, before: str = "") -> None:
        if before:
            self.menus[menu].insertSeparator(self.commands[before])
        else:
            self.menus[menu].addSeparator()

    def add_tool_bar_action(self, action: QAction) -> QWidget:
        self.nav_toolbar.addAction(action)
        return self.nav_toolbar.widgetForAction(action)

    def add_search_widget(self, widget: QWidget) -> None:
        widget.setParent(self.toolbar)
        self.toolbar.addWidget(widget)

    def add_settings_page(self, page: SettingsPageFactory) -> None:
        self._settings_pages.append(page)

    def add_settings_pages(self, dialog: SettingsDialog) -> list[SettingsPage]:
        """Every feature's part of the Settings dialog, built into ``dialog``."""
        pages = [make(dialog) for make in self._settings_pages]
        for page in pages:
            dialog.add_section(page.widget())
        return pages

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title)

    def refresh_status(self) -> None:
        view = self.view_stack.currentWidget()
        if view is not None and view is not self._home:
            # The status bar speaks of the view on screen (a view may say more).
            status_text = getattr(view, "status_text", None)
            self.status_position.setText(
                status_text() if callable(status_text) else view.accessibleName()
            )
            self.status_read.setText("")
            return
        said = self._home_status()
        if said is not None:
            self.status_position.setText(said[0])
            self.status_read.setText(said[1])

    # -- the theme -------------------------------------------------------------------
    def set_theme(self, preference: str) -> None:
        self._prefs.theme = preference
        action = self.commands.get(f"theme_{preference}")
        if action is not None:
            action.setChecked(True)
        self._apply_theme()

    def _apply_theme(self) -> None:
        self._theme = effective_theme(self._prefs.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self._theme)
        apply_icons(self.commands, self.palette(), self.nav_toolbar)
        self.themeChanged.emit(self._theme.name)

    def _on_style_hints_changed(self, _scheme: object) -> None:
        if self._prefs.theme == "system":
            self._apply_theme()

    # -- the window's own commands ----------------------------------------------------
    def _on_view_stack_current_changed(self, _index: int) -> None:
        self.refresh_status()
        self.viewChanged.emit()

    def _on_settings_triggered(self) -> None:
        prefs = self._prefs
        values = SettingsValues(prefs.language, prefs.theme, prefs.text_size, prefs.line_spacing)
        dialog = SettingsDialog(values, self)
        pages = self.add_settings_pages(dialog)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        for page in pages:
            page.apply()
        chosen = dialog.values()
        language_changed = chosen.language != prefs.language
        prefs.language = chosen.language
        prefs.text_size = chosen.text_size
        prefs.line_spacing = chosen.line_spacing
        self.set_theme(chosen.theme)  # the reader renders again on themeChanged
        if language_changed:
            self.show_message(self.tr("The new language will be used when Edicola restarts."), 8000)

    def _on_search_triggered(self) -> None:
        self._search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search_box.selectAll()

    def _on_full_screen_toggled(self, full: bool) -> None:
        if full:
            self.showFullScreen()
        else:
            self.showNormal()

    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self).exec()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Edicola"),
            self.tr("Edicola — a digital newsstand. Editions are read offline from your library."),
        )

    # -- window state ------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self._prefs.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self._prefs.bytes("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        """Remember size, place and tool bars, and write the preferences out."""
        self._prefs.set_bytes("window/geometry", self.saveGeometry())
        self._prefs.set_bytes("window/state", self.saveState())
        self._prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
