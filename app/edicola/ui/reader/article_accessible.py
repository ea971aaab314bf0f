"""The article's and front page's structure, handed to Qt's accessibility (AT-SPI).

Qt gives a ``QTextBrowser`` to assistive technology as one text object with
no headings, figures or lists. Replacing that object is not possible from
Python: PySide 6.11's ``QAccessibleTextInterface`` leaves out every method
with out-parameters (``selection``, ``attributes``, ``textAtOffset`` …), two
of them pure virtual, so Orca's reading of the text would break. The text
object stays Qt's own; what changes is its first child, the viewport (until
now an empty "filler"): an installed accessibility factory gives it a
*document* whose children are the page's headings (with their level), figures
(the picture and its caption), lists (the front page's articles) and
paragraphs, with their links (:mod:`edicola.ui.reader.page_outline`).

Lifetimes: Qt's cache owns the viewport's interface and deletes it with the
viewport; :class:`PageStructure` keeps the Python side alive meanwhile. The
children are made when an assistive technology first asks for them, kept (Qt
identifies them by address), and removed from Qt's registry and dropped when
the page changes or the viewport goes; then Qt is told the children changed.
Opening a page with no assistive technology listening only marks it changed.

PySide detail: ``interface_cast`` must return a ``shiboken6.VoidPtr``: of the
C++ address of the extra interface, or of 0 for none. ``None`` or an ``int``
crash the process (shiboken fails formatting its own error message), so the
AT-SPI bridge, which asks every object for its table-cell, value … interfaces,
would kill the reader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from edicola.ui.reader.page_outline import Kind, Node, hints_from_html, outline

_ROLES = {
    Kind.HEADING: QAccessible.Role.Heading,
    Kind.PARAGRAPH: QAccessible.Role.Paragraph,
    Kind.FIGURE: QAccessible.Role.Grouping,
    Kind.PICTURE: QAccessible.Role.Graphic,
    Kind.CAPTION: QAccessible.Role.Paragraph,
    Kind.LIST: QAccessible.Role.List,
    Kind.ITEM: QAccessible.Role.ListItem,
    Kind.LINK: QAccessible.Role.Link,
}
_VIEWPORT = "qt_scrollarea_viewport"
_NONE = shiboken6.VoidPtr(0)


def _address(interface: Any) -> shiboken6.VoidPtr:
    return shiboken6.VoidPtr(shiboken6.getCppPointer(interface)[0])


class _Level(QAccessibleAttributesInterface):
    """A heading's level (AT-SPI's ``level`` attribute). Qt has no figure or caption
    role, and a Python dict does not reach AT-SPI as custom attributes (``xml-roles``
    came out empty): figures and captions say what they are in their description."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self._level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> Any:
        return self._level if key == QAccessible.Attribute.Level else None


class _Actions(QAccessibleActionInterface):
    """Press opens the link (as Enter does); SetFocus selects it, as Tab does."""

    def __init__(self, press: Callable[[], None], focus: Callable[[], None]) -> None:
        super().__init__()
        self._press = press
        self._focus = focus

    def actionNames(self) -> list[str]:
        return [self.pressAction(), self.setFocusAction()]

    def doAction(self, name: str) -> None:
        if name == self.pressAction():
            self._press()
        elif name == self.setFocusAction():
            self._focus()

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class NodeAccessible(QAccessibleInterface):
    """One node of the page (a heading, figure, list, item, paragraph, link)."""

    def __init__(self, node: Node, parent: QAccessibleInterface, page: PageStructure) -> None:
        super().__init__()
        self.node = node
        self._parent = parent
        self._page = page
        self._kids: list[NodeAccessible] | None = None
        self._level = _Level(node.level) if node.kind is Kind.HEADING else None
        target = node.href or _only_link(node)
        self._actions = (
            _Actions(lambda: page.open(target), lambda: page.select(self.node)) if target else None
        )

    # -- the tree --------------------------------------------------------
    def _children(self) -> list[NodeAccessible]:
        if self._kids is None:
            self._kids = [
                self._page.made(NodeAccessible(n, self, self._page)) for n in self.node.children
            ]
        return self._kids

    def isValid(self) -> bool:
        return self._page.alive()

    def object(self) -> QObject | None:  # type: ignore[override]  # None: no QObject
        return None

    def window(self) -> Any:
        return self._parent.window()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def childCount(self) -> int:
        return len(self.node.children)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        kids = self._children()
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        kids = self._children()
        return next((i for i, kid in enumerate(kids) if kid is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((k for k in self._children() if k.rect().contains(x, y)), None)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def relations(self, match: Any = None) -> list[Any]:
        return []

    # -- what it is --------------------------------------------------------
    def role(self) -> QAccessible.Role:
        return _ROLES[self.node.kind]

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.node.name
        if kind == QAccessible.Text.Description:
            return self.node.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # read-only

    def rect(self) -> QRect:
        return self._page.screen_rect(self.node)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        self._page.fill_state(self.node, state)
        if self._actions is not None:
            state.focusable = True
            state.linked = self.node.kind in (Kind.LINK, Kind.PICTURE)
            state.traversed = self.node.visited
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.AttributesInterface and self._level is not None:
            return _address(self._level)
        if kind == QAccessible.InterfaceType.ActionInterface and self._actions is not None:
            return _address(self._actions)
        return _NONE


def _only_link(node: Node) -> str:
    """A front page's item opens its article: the one link in it."""
    links = [n.href for n in node.children if n.kind is Kind.LINK]
    return links[0] if node.kind is Kind.ITEM and len(links) == 1 else ""


class PageAccessible(QAccessibleWidget):
    """The view's viewport as a document whose children are the page's nodes."""

    def __init__(self, viewport: QWidget, page: PageStructure) -> None:
        super().__init__(viewport, QAccessible.Role.Document)
        self._page = page

    def childCount(self) -> int:
        return len(self._page.nodes())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        kids = self._page.top(self)
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, kid in enumerate(self._page.top(self)) if kid is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((k for k in self._page.top(self) if k.rect().contains(x, y)), None)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._page.view.accessibleName()
        return ""


class PageStructure:
    """A text view's structure for assistive technology, made when one asks."""

    def __init__(self, view: QTextBrowser) -> None:
        _install_factory()
        self.view = view
        self._html = ""
        self._nodes: list[Node] | None = None
        self._top: list[NodeAccessible] | None = None
        self._made: list[NodeAccessible] = []
        self.root: PageAccessible | None = None
        made = self._made  # the closure must not keep ``self`` (the view) alive
        view.viewport().destroyed.connect(lambda: _forget(made))

    def page_changed(self, page_html: str) -> None:
        """The view shows a new page: drop the old structure, tell AT-SPI if it listens."""
        self._html = page_html
        if self._nodes is None and not self._made:
            return  # nothing was ever asked: the usual case, and free
        self._nodes = None
        self._top = None
        _forget(self._made)
        if self.root is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view.viewport(), QAccessible.Event.ObjectReorder)
            )

    def nodes(self) -> list[Node]:
        if self._nodes is None:
            self._nodes = outline(self.view.document(), hints_from_html(self._html))
        return self._nodes

    def top(self, root: QAccessibleInterface) -> list[NodeAccessible]:
        if self._top is None:
            self._top = [self.made(NodeAccessible(n, root, self)) for n in self.nodes()]
        return self._top

    def made(self, interface: NodeAccessible) -> NodeAccessible:
        self._made.append(interface)
        return interface

    def alive(self) -> bool:
        return shiboken6.isValid(self.view)

    # -- geometry and state -----------------------------------------------
    def screen_rect(self, node: Node) -> QRect:
        view = self.view
        if not self.alive():
            return QRect()
        doc = view.document()
        if node.kind in (Kind.LINK, Kind.PICTURE):
            rect = self._cursor_rect(node.start).united(self._cursor_rect(node.end))
        else:
            layout = doc.documentLayout()
            first = layout.blockBoundingRect(doc.findBlock(node.start))
            last = layout.blockBoundingRect(doc.findBlock(max(node.start, node.end - 1)))
            shift = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
            rect = first.united(last).toRect().translated(-shift)
        return QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _cursor_rect(self, position: int) -> QRect:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(position, self.view.document().characterCount() - 1))
        return self.view.cursorRect(cursor)

    def fill_state(self, node: Node, state: QAccessible.State) -> None:
        view = self.view
        if not self.alive() or not view.isVisible():
            state.invisible = True
            return
        viewport = view.viewport()
        shown = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not shown.intersects(self.screen_rect(node)):
            state.offscreen = True
        cursor = view.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) == (node.start, node.end):
            state.focused = view.hasFocus()

    # -- actions -------------------------------------------------------------
    def open(self, href: str) -> None:
        """Follow the link as a click or Enter would (the view routes it)."""
        self.view.anchorClicked.emit(QUrl(href))

    def select(self, node: Node) -> None:
        """Select the link in the view and focus it, as Tab does."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(node.start)
        cursor.setPosition(node.end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.setFocus()


def _forget(made: list[NodeAccessible]) -> None:
    """Take the interfaces out of Qt's registry (which deletes them), then drop them."""
    for interface in made:
        if shiboken6.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    made.clear()


def _factory(classname: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt asks this for every object it makes an interface for: be quick."""
    if classname != "QWidget" or obj.objectName() != _VIEWPORT:
        return None
    page = getattr(obj.parent(), "page_structure", None)
    if not isinstance(page, PageStructure) or not isinstance(obj, QWidget):
        return None
    page.root = PageAccessible(obj, page)
    return page.root


_installed: list[bool] = []


def _install_factory() -> None:
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)
