"""Builds the window's QActions, menus and tool bar from the actions table.

Separated from the window so the window module holds behaviour, not
construction. Reader-scoped actions are attached to the reading area when the
reader sets it as the home view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from edicola.ui.shell.actions import MENUS, SPECS
from edicola.ui.shell.icons import COMMAND_ICONS, ICON_SIZE, themed_icon

SEARCH_MIN_WIDTH = 200
TOOLBAR = (
    "library_panel",
    "back",
    "forward",
    "previous_article",
    "next_article",
    "front_page",
    "text_smaller",
    "text_larger",
)


def build_commands(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Every command of the table, in its menu. Reader-scoped ones are not attached to
    any widget here: the home view attaches them (``MainWindow.set_home``)."""
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
        action.setObjectName(s.object_name or f"action_{s.name}")
        action.setShortcuts([QKeySequence(k) for k in s.shortcuts])
        action.setCheckable(s.checkable)
        if s.reader_scope:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            window.addAction(action)
        if s.name.startswith("theme_"):
            themes.addAction(action)
        menus[s.menu].addAction(action)
        commands[s.name] = action
    menus["view"].insertSeparator(commands["theme_system"])
    menus["view"].insertSeparator(commands["library_panel"])
    menus["file"].insertSeparator(commands["print"])
    menus["file"].insertSeparator(commands["settings"])
    menus["go"].insertSeparator(commands["next_article"])
    return commands, menus


def build_toolbars(
    window: QMainWindow, commands: dict[str, QAction], search_box: QLineEdit
) -> tuple[QToolBar, QToolBar]:
    """The commands' tool bar (icons, text on hover) and the search bar at its right.

    Two bars, so that a narrow window folds the commands into the tool bar's
    chevron while the search box (and the help beside it) never disappears,
    and the search box never moves when a button changes.
    """
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Navigation"), window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    for name in TOOLBAR:
        action = commands[name]
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        label = action.text().replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setObjectName(f"toolButton_{name}")
        button.setAccessibleName(label)
        action.setToolTip(f"{label} ({keys})")  # the text, on hover (the button shows the icon)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    # The last bar of a line takes the room left: a spacer keeps the search box at
    # the right edge, and a minimum width keeps the bar from folding the box away.
    search = QToolBar(QCoreApplication.translate("MainWindow", "Search"), window)
    search.setObjectName("searchToolBar")
    search.setMovable(False)
    search.setFloatable(False)
    spacer = QWidget(search)
    spacer.setObjectName("toolBarSpacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    search.addWidget(spacer)
    search_box.setMinimumWidth(SEARCH_MIN_WIDTH)
    search.addWidget(search_box)
    search.setMinimumWidth(SEARCH_MIN_WIDTH + 56)  # and the help button beside it
    return toolbar, search


def apply_icons(
    commands: dict[str, QAction], palette: QPalette, toolbar: QToolBar | None = None
) -> None:
    """Give the tool bar's commands their Lucide icons in the theme's colours, and the
    tool bar's overflow button (shown when the window is too narrow) its chevron."""
    for name, action in commands.items():
        marked = name == "bookmark" and action.isChecked()
        icon = COMMAND_ICONS.get("bookmarked" if marked else name)
        if icon is not None:
            action.setIcon(themed_icon(icon, palette))
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button") if toolbar else None
    if more is not None:
        more.setStyleSheet("QToolButton { padding: 0px; margin: 0px; }")  # Qt gives it 12 px
        more.setIconSize(QSize(12, 12))
        more.setIcon(themed_icon("chevrons-right", palette, 12))
        more.setToolTip(QCoreApplication.translate("MainWindow", "More commands"))
        more.setAccessibleName(QCoreApplication.translate("MainWindow", "More commands"))
