"""What the status bar says and which commands are enabled, for what is on screen.

Kept apart from ``main_window.py``, which builds and wires the window: these
read the window's state and change only its status labels and actions. The
strings keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from edicola.ui.shell.main_window import MainWindow


def show_status(window: MainWindow) -> None:
    """The status bar speaks of what is on screen: a view, an article, or the contents."""
    view = window.view_stack.currentWidget()
    if view is not None and view is not window.main_splitter:
        # The status bar speaks of the view on screen (a view may say more).
        status_text = getattr(view, "status_text", None)
        window.status_position.setText(
            status_text() if callable(status_text) else view.accessibleName()
        )
        window.status_read.setText("")
        return
    article = window.current_article
    if article is not None and window._order is not None:
        index = (window._order.index(article.id) or 0) + 1
        text = QCoreApplication.translate("MainWindow", "%1 · article %2 of %3")
        window.status_position.setText(
            text.replace("%1", article.section_title)
            .replace("%2", str(index))
            .replace("%3", str(len(window._order.articles)))
        )
        read = window._reading.is_read(article.id)
        window.status_read.setText(
            QCoreApplication.translate("MainWindow", "Read")
            if read
            else QCoreApplication.translate("MainWindow", "Unread")
        )
    elif window._edition is not None:
        # Named as the section bar's "Contents" tab it describes.
        count = len(window._order.articles) if window._order else 0
        window.status_position.setText(
            QCoreApplication.translate("MainWindow", "Contents · %n article(s)", "", count)
        )
        window.status_read.setText("")


def enable_commands(window: MainWindow, in_reader: bool) -> None:
    """Article and edition commands act on the reader only: Search, Bookmarks, the
    Newsstand and other views disable them (Back returns to the reader from any)."""
    has_article = in_reader and window.current_article is not None
    for name in ("print", "export_pdf", "copy_link", "find", "bookmark"):
        window.commands[name].setEnabled(has_article)
    window.commands["back"].setEnabled(window._history.can_go_back())
    window.commands["forward"].setEnabled(window._history.can_go_forward())
    has_edition = in_reader and window._order is not None
    for name in ("next_article", "previous_article", "next_section", "previous_section"):
        window.commands[name].setEnabled(has_edition)
    window.commands["front_page"].setEnabled(has_edition)
    for name in ("text_larger", "text_smaller", "text_reset"):
        window.commands[name].setEnabled(in_reader)
