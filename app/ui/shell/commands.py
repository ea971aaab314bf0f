"""Builds the window's QActions, menus and tool bar from the actions table.

Separated from the window so the window module holds behaviour, not
construction. Reader-scoped actions are attached to the reading area.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from edicola.ui.shell.actions import MENUS, SPECS

TOOLBAR = (
    "back",
    "forward",
    "previous_article",
    "next_article",
    "front_page",
    "text_smaller",
    "text_larger",
)


def build_commands(
    window: QMainWindow, reader_area: QWidget
) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    menus: dict[str, QMenu] = {}
    commands: dict[str, QAction] = {}
    menu_bar = window.menuBar()
    menu_bar.setObjectName("menuBar")
    for key, title in MENUS:
        menu = menu_bar.addMenu(QCoreApplication.translate("ReaderActions", str(title)))
        menu.setObjectName(f"{key}Menu")
        menus[key] = menu
    themes = QActionGroup(window)
    for s in SPECS:
        action = QAction(s.label(), window)
        action.setObjectName(f"action_{s.name}")
        action.setShortcuts([QKeySequence(k) for k in s.shortcuts])
        action.setCheckable(s.checkable)
        if s.reader_scope:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            reader_area.addAction(action)
        else:
            window.addAction(action)
        if s.name.startswith("theme_"):
            themes.addAction(action)
        menus[s.menu].addAction(action)
        commands[s.name] = action
    menus["view"].insertSeparator(commands["theme_system"])
    menus["view"].insertSeparator(commands["library_panel"])
    menus["file"].insertSeparator(commands["settings"])
    menus["go"].insertSeparator(commands["next_article"])
    return commands, menus


def build_toolbar(
    window: QMainWindow, commands: dict[str, QAction], search_box: QLineEdit
) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Navigation"), window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    for name in TOOLBAR:
        action = commands[name]
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        label = action.text().replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setObjectName(f"toolButton_{name}")
        button.setAccessibleName(label)
        button.setToolTip(f"{label} ({keys})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    spacer = QWidget(toolbar)
    spacer.setObjectName("toolBarSpacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(search_box)
    return toolbar
