"""The focused link of the article or front page, told to screen readers.

Tab in a ``QTextBrowser`` selects the next link, but Qt tells assistive
technology only that the selection changed, inside an object it calls a
label (a read-only text edit), and Orca says nothing but "tab". Orca ignores
name changes of a label and focus events for the object it already has, but
reads a new description of the focused object. So while a link is focused
the view's accessible description becomes the link ("Flood scheme faces
£1.8m shortfall, link"), after a focus event (Orca may think the focus is
elsewhere, on the section tabs); Qt sends the description-changed event. When
Tab leaves the links the page's own description comes back. The name stays
the page's ("Front page: …").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from edicola.ui.reader.article_page import ZOOM_PREFIX

_OBJECT = "\ufffc"  # the character a picture stands on in a QTextDocument


def link_name(cursor: QTextCursor) -> str:
    """The words for the link ``cursor`` selects ("<its text>, link"); "" for no link."""
    href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
    if not href:
        return ""
    text = " ".join(cursor.selectedText().replace(_OBJECT, " ").split())
    if href.startswith(ZOOM_PREFIX):
        return QCoreApplication.translate("LinkNames", "Picture, opens large")
    if not text:
        text = href
    return QCoreApplication.translate("LinkNames", "%1, link").replace("%1", text)


class LinkNamer:
    """Gives ``view`` the focused link's description, and its page's back after."""

    def __init__(self, view: QWidget) -> None:
        self._view = view
        self._page_text = ""
        self._link_text = ""

    def update(self, cursor: QTextCursor) -> None:
        view = self._view
        current = view.accessibleDescription()
        if not self._link_text or current != self._link_text:
            self._page_text = current  # the page described itself since (a new page)
        link = link_name(cursor)
        wanted = link or self._page_text
        self._link_text = link
        if wanted == current:
            return
        if link and view.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))
        view.setAccessibleDescription(wanted)  # Qt sends DescriptionChanged itself
