"""The seam between the window's frame and the features that live in it.

Every feature (the reader, search, bookmarks, comments, the Newsstand, pages,
feeds) reaches the window only through :class:`Frame`: it adds its views,
menu and tool-bar actions and status widgets, shows a view, says something in
the status bar. None of them imports ``MainWindow`` (a test checks), so the
frame can change without touching them and a feature can be built and tested
against any object with these few methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from edicola.core.themes import Theme

StatusText = Callable[[], tuple[str, str] | None]
"""What the status bar says about the home view: (position, read state), or None
to leave it as it is."""


class SettingsPage(Protocol):
    """A feature's part of the Settings dialog, built afresh each time the dialog opens."""

    def widget(self) -> QWidget:
        """What the dialog shows (a group box), below the reader's own settings."""
        ...

    def apply(self) -> None:
        """The dialog was accepted: keep what the page shows."""
        ...


SettingsPageFactory = Callable[[QWidget], SettingsPage]
"""Builds a :class:`SettingsPage` as a child of the dialog it is given."""


class Frame(Protocol):
    """The window as a feature sees it: menus, tool bars, the view stack, the status bar."""

    @property
    def commands(self) -> Mapping[str, QAction]:
        """Every command of the actions table by name (``bookmark``, ``settings`` …)."""
        ...

    @property
    def search_box(self) -> QLineEdit: ...

    @property
    def theme(self) -> Theme: ...

    @property
    def themeChanged(self) -> SignalInstance:
        """Emitted with the theme's name after the theme was applied."""
        ...

    @property
    def viewChanged(self) -> SignalInstance:
        """Emitted when another view comes on screen."""
        ...

    def as_widget(self) -> QWidget:
        """The window as a plain widget: the parent of views and dialogs."""
        ...

    def set_home(self, view: QWidget, scope: QWidget, status: StatusText) -> None:
        """The reader's view: first in the stack, shown by ``show_view(None)``; the
        reader-scoped commands work while ``scope`` has focus; ``status`` says what
        the status bar shows while it is on screen."""
        ...

    def add_view(self, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """A full-window view and its View-menu item (returned)."""
        ...

    def add_hidden_view(self, widget: QWidget) -> None:
        """A full-window view without a menu item (its feature shows it)."""
        ...

    def show_view(self, widget: QWidget | None = None) -> None:
        """Show an added view; None returns to the home view."""
        ...

    def current_view(self) -> QWidget | None: ...

    def add_menu_action(self, menu: str, action: QAction, before: str = "") -> None:
        """Put ``action`` in ``menu`` (before the command named ``before``, or last);
        its shortcut works anywhere in the window."""
        ...

    def add_menu_separator(self, menu: str, before: str = "") -> None: ...

    def add_tool_bar_action(self, action: QAction) -> QWidget:
        """Add ``action`` to the commands' tool bar; returns its button."""
        ...

    def add_search_widget(self, widget: QWidget) -> None:
        """A widget beside the search box (search help)."""
        ...

    def add_settings_page(self, page: SettingsPageFactory) -> None:
        """A part of the Settings dialog: ``page(dialog)`` each time it opens; its
        ``apply()`` when the dialog is accepted."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent widget at the status bar's right end."""
        ...

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """A passing message in the status bar."""
        ...

    def set_title(self, title: str) -> None: ...

    def refresh_status(self) -> None:
        """Say again what the view on screen shows (its contents changed)."""
        ...
