"""What the status bar says about the reader, and which reading commands are enabled.

Plain functions of the reader's state (no controller import, so no loop): the
controller passes what is on screen. The strings keep the window's
translation context ("MainWindow"), where they have always been translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from edicola.core.model import Article, Edition
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.reader.reading_history import ReadingHistory
from edicola.ui.reader.reading_progress import ReadingState


def position_status(
    article: Article | None,
    edition: Edition | None,
    order: EditionOrder | None,
    reading: ReadingState,
) -> tuple[str, str] | None:
    """(where, read or not) for the article on screen, or the contents of the edition;
    None with nothing open (the status bar is left as it is)."""
    if article is not None and order is not None:
        index = (order.index(article.id) or 0) + 1
        text = QCoreApplication.translate("MainWindow", "%1 · article %2 of %3")
        where = (
            text.replace("%1", article.section_title)
            .replace("%2", str(index))
            .replace("%3", str(len(order.articles)))
        )
        read = (
            QCoreApplication.translate("MainWindow", "Read")
            if reading.is_read(article.id)
            else QCoreApplication.translate("MainWindow", "Unread")
        )
        return where, read
    if edition is not None:
        # Named as the section bar's "Contents" tab it describes.
        count = len(order.articles) if order else 0
        return QCoreApplication.translate("MainWindow", "Contents · %n article(s)", "", count), ""
    return None


def enable_reader_commands(
    commands: Mapping[str, QAction],
    *,
    in_reader: bool,
    has_article: bool,
    has_order: bool,
    history: ReadingHistory,
) -> None:
    """Article and edition commands act on the reader only: Search, Bookmarks, the
    Newsstand and other views disable them (Back returns to the reader from any)."""
    article_here = in_reader and has_article
    for name in ("print", "export_pdf", "copy_link", "find", "bookmark"):
        commands[name].setEnabled(article_here)
    commands["back"].setEnabled(history.can_go_back())
    commands["forward"].setEnabled(history.can_go_forward())
    edition_here = in_reader and has_order
    for name in ("next_article", "previous_article", "next_section", "previous_section"):
        commands[name].setEnabled(edition_here)
    commands["front_page"].setEnabled(edition_here)
    for name in ("text_larger", "text_smaller", "text_reset"):
        commands[name].setEnabled(in_reader)
