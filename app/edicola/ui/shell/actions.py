"""Every command of the reader in one table: name, label, shortcuts, menu, scope.

The window builds its QActions and menus from this table and the shortcuts
help dialog lists it, so the two can never disagree. ``reader`` scope means
the shortcut only works while the reading area (article or front page) has
focus, so plain keys like the arrows and Space keep their usual meaning in
lists, buttons and text fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ReaderActions"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: object  # untranslated (QT_TRANSLATE_NOOP); use label()
    shortcuts: tuple[str, ...] = ()
    menu: str = ""
    reader_scope: bool = False
    checkable: bool = False
    object_name: str = ""
    """The QAction's objectName when a contract names it (else ``action_<name>``)."""

    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, str(self.text))


MENUS: tuple[tuple[str, object], ...] = (
    ("file", QT_TRANSLATE_NOOP("ReaderActions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("ReaderActions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("ReaderActions", "&View")),
    ("go", QT_TRANSLATE_NOOP("ReaderActions", "&Go")),
    ("bookmarks", QT_TRANSLATE_NOOP("ReaderActions", "&Bookmarks")),
    ("help", QT_TRANSLATE_NOOP("ReaderActions", "&Help")),
)

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open_edition",
        QT_TRANSLATE_NOOP("ReaderActions", "&Open edition…"),
        ("Ctrl+O",),
        "file",
        object_name="openEditionAction",
    ),
    ActionSpec("print", QT_TRANSLATE_NOOP("ReaderActions", "&Print…"), ("Ctrl+P",), "file"),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("ReaderActions", "&Export as PDF…"),
        ("Ctrl+Shift+E",),
        "file",
    ),
    ActionSpec(
        "copy_link", QT_TRANSLATE_NOOP("ReaderActions", "Copy &link"), ("Ctrl+Shift+C",), "file"
    ),
    ActionSpec("settings", QT_TRANSLATE_NOOP("ReaderActions", "&Settings…"), ("Ctrl+,",), "file"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("ReaderActions", "&Quit"), ("Ctrl+Q",), "file"),
    ActionSpec("find", QT_TRANSLATE_NOOP("ReaderActions", "&Find in article"), ("Ctrl+F",), "edit"),
    ActionSpec(
        "search", QT_TRANSLATE_NOOP("ReaderActions", "&Search the library"), ("Ctrl+L", "/"), "edit"
    ),
    ActionSpec(
        "escape",
        QT_TRANSLATE_NOOP("ReaderActions", "Leave find, search, a view or full screen"),
        ("Esc",),
        "edit",
    ),
    ActionSpec(
        "front_page", QT_TRANSLATE_NOOP("ReaderActions", "F&ront page"), ("Alt+Home",), "view"
    ),
    ActionSpec(
        "text_larger",
        QT_TRANSLATE_NOOP("ReaderActions", "&Larger text"),
        ("Ctrl++", "Ctrl+="),
        "view",
    ),
    ActionSpec(
        "text_smaller", QT_TRANSLATE_NOOP("ReaderActions", "&Smaller text"), ("Ctrl+-",), "view"
    ),
    ActionSpec(
        "text_reset", QT_TRANSLATE_NOOP("ReaderActions", "&Normal text size"), ("Ctrl+0",), "view"
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("ReaderActions", "Theme: follow the &system"),
        (),
        "view",
        checkable=True,
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("ReaderActions", "Theme: &light"),
        (),
        "view",
        checkable=True,
    ),
    ActionSpec(
        "theme_sepia",
        QT_TRANSLATE_NOOP("ReaderActions", "Theme: s&epia"),
        (),
        "view",
        checkable=True,
    ),
    ActionSpec(
        "theme_dark", QT_TRANSLATE_NOOP("ReaderActions", "Theme: &dark"), (), "view", checkable=True
    ),
    ActionSpec(
        "library_panel",
        QT_TRANSLATE_NOOP("ReaderActions", "Library &panel"),
        ("F9",),
        "view",
        checkable=True,
    ),
    ActionSpec(
        "full_screen",
        QT_TRANSLATE_NOOP("ReaderActions", "&Full screen"),
        ("F11",),
        "view",
        checkable=True,
    ),
    ActionSpec("back", QT_TRANSLATE_NOOP("ReaderActions", "&Back"), ("Alt+Left",), "go"),
    ActionSpec("forward", QT_TRANSLATE_NOOP("ReaderActions", "&Forward"), ("Alt+Right",), "go"),
    ActionSpec(
        "next_article",
        QT_TRANSLATE_NOOP("ReaderActions", "&Next article"),
        ("J", "Right"),
        "go",
        True,
    ),
    ActionSpec(
        "previous_article",
        QT_TRANSLATE_NOOP("ReaderActions", "&Previous article"),
        ("K", "Left"),
        "go",
        True,
    ),
    ActionSpec(
        "next_section", QT_TRANSLATE_NOOP("ReaderActions", "Next &section"), ("]",), "go", True
    ),
    ActionSpec(
        "previous_section",
        QT_TRANSLATE_NOOP("ReaderActions", "Previous s&ection"),
        ("[",),
        "go",
        True,
    ),
    ActionSpec(
        "page_down",
        QT_TRANSLATE_NOOP("ReaderActions", "Page &down (then next article)"),
        ("Space",),
        "go",
        True,
    ),
    ActionSpec(
        "page_up",
        QT_TRANSLATE_NOOP("ReaderActions", "Page &up (then previous article)"),
        ("Shift+Space",),
        "go",
        True,
    ),
    ActionSpec(
        "bookmark",
        QT_TRANSLATE_NOOP("ReaderActions", "&Bookmark this article"),
        ("Ctrl+D",),
        "bookmarks",
    ),
    # Highlights (ui/highlights/): on a selection in the article, or on the printed page.
    ActionSpec(
        "highlight", QT_TRANSLATE_NOOP("ReaderActions", "&Highlight"), ("H",), "bookmarks", True
    ),
    ActionSpec(
        "add_note", QT_TRANSLATE_NOOP("ReaderActions", "Add &note"), ("N",), "bookmarks", True
    ),
    ActionSpec(
        "shortcuts", QT_TRANSLATE_NOOP("ReaderActions", "&Keyboard shortcuts"), ("F1", "?"), "help"
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("ReaderActions", "&About Edicola"), (), "help"),
)


def spec(name: str) -> ActionSpec:
    for s in SPECS:
        if s.name == name:
            return s
    raise KeyError(name)
