"""The Feeds view: the papers a reader follows, each feed on its own line with its state.

A feed that fails shows its error on its own line; the paper's line says
whether a new edition was built. Enter, a double-click or Read opens the
selected paper's newest edition; a line under the buttons says why a paper
has none yet, and how to leave the view (Esc). The buttons only emit
signals; the controller (``wiring.py``) does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.core.feeds.recipe import Recipe
from edicola.ui.common.view_heading import view_heading

if TYPE_CHECKING:  # the build imports trafilatura & co.: not at start-up
    from edicola.core.feeds.build import FeedProgress

_ERROR = QColor("#b3261e")
_ERROR_ON_DARK = QColor("#f2b8b5")  # the same red, readable on a dark theme
_FAILED = Qt.ItemDataRole.UserRole + 1


class FeedsView(QWidget):
    openRequested = Signal(str)  # paper id: read its newest edition
    editRequested = Signal(str)  # paper id
    addRequested = Signal()
    updateRequested = Signal()
    importRequested = Signal()
    exportRequested = Signal()
    removeRequested = Signal(str)  # paper id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedsView")
        self.setAccessibleName(self.tr("Feeds"))
        self._papers: dict[str, QTreeWidgetItem] = {}
        self._feeds: dict[tuple[str, str], QTreeWidgetItem] = {}
        heading = view_heading(self.tr("Feeds"), self)
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.setObjectName("feedsRead")
        self.read_button.clicked.connect(self._on_read_clicked)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("feedsEdit")
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.add_button = self._button(self.tr("&Add feeds…"), "feedsAdd", self.addRequested)
        self.update_button = self._button(
            self.tr("&Update now"), "feedsUpdate", self.updateRequested
        )
        # OPML in and out share one button (a menu), so the row fits a 760 px window.
        self.opml_button = QPushButton(self.tr("&OPML"), self)
        self.opml_button.setObjectName("feedsOpml")
        opml = QMenu(self.opml_button)
        self.import_action = opml.addAction(self.tr("&Import OPML…"), self.importRequested.emit)
        self.export_action = opml.addAction(self.tr("E&xport OPML…"), self.exportRequested.emit)
        self.opml_button.setMenu(opml)
        self.remove_button = QPushButton(self.tr("&Stop following"), self)
        self.remove_button.setObjectName("feedsRemove")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout()
        for button in (self.read_button, self.edit_button, self.add_button, self.update_button,
                       self.opml_button, self.remove_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.note = QLabel(self)
        self.note.setObjectName("feedsNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.hint = QLabel(
            self.tr(
                "Enter or a double-click opens a paper's newest edition. Esc returns to reading."
            ),
            self,
        )
        self.hint.setObjectName("feedsHint")
        self.hint.setProperty("hint", True)
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("feedsTree")
        self.tree.setAccessibleName(self.tr("Papers and their feeds"))
        self.tree.setHeaderLabels([self.tr("Paper / feed"), self.tr("State")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setExpandsOnDoubleClick(False)  # a double-click reads the paper
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.empty = QLabel(
            self.tr(
                "Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily "
                "paper of them, with the full text and pictures, to read offline."
            ),
            self,
        )
        self.empty.setObjectName("feedsEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self.set_papers([])

    def _button(self, text: str, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: signal.emit())
        return button

    # -- contents ---------------------------------------------------------------------

    def set_papers(self, papers: list[Recipe]) -> None:
        """One line per paper, one under it per feed (named after its section when the
        section has only that feed); the states already shown stay."""
        selected = self.selected_paper()
        kept = {key: _state_of(item) for key, item in self._feeds.items()}
        kept_papers = {key: _state_of(item) for key, item in self._papers.items()}
        self.tree.clear()
        self._papers.clear()
        self._feeds.clear()
        for paper in papers:
            item = QTreeWidgetItem(self.tree, [paper.title, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, paper.id)
            _restore(item, kept_papers.get(paper.id))
            self._papers[paper.id] = item
            for section in paper.sections:
                for url in section.feeds:
                    if (paper.id, url) in self._feeds:
                        continue
                    name = section.title if len(section.feeds) == 1 else url
                    child = QTreeWidgetItem(item, [name, self.tr("waiting")])
                    child.setToolTip(0, url)
                    _restore(child, kept.get((paper.id, url)))
                    self._feeds[(paper.id, url)] = child
            item.setExpanded(True)
            if paper.id == selected:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not papers)
        for button in (self.read_button, self.edit_button, self.remove_button):
            button.setEnabled(bool(papers))

    def set_note(self, text: str) -> None:
        """A line under the buttons (why a paper cannot be read yet); "" hides it."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def paper_state(self, paper_id: str) -> str:
        item = self._papers.get(paper_id)
        return item.text(1) if item is not None else ""

    def feed_state(self, paper_id: str, url: str) -> str:
        item = self._feeds.get((paper_id, url))
        return item.text(1) if item is not None else ""

    def set_paper_state(self, paper_id: str, text: str, error: bool = False) -> None:
        item = self._papers.get(paper_id)
        if item is not None:
            item.setText(1, text)
            self._mark(item, error)

    def set_feed_progress(self, paper_id: str, event: FeedProgress) -> None:
        item = self._feeds.get((paper_id, event.feed_url))
        if item is None:
            return
        text = self._describe(event)
        if not text:
            return
        item.setText(1, text)
        item.setToolTip(1, text)
        self._mark(item, event.state == "failed")

    def _mark(self, item: QTreeWidgetItem, error: bool) -> None:
        """An error's state in red (readable in the theme); others in the text colour."""
        item.setData(1, _FAILED, error)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        item.setForeground(1, QBrush(_ERROR_ON_DARK if dark else _ERROR) if error else QBrush())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: red again
            for item in (*self._papers.values(), *self._feeds.values()):
                self._mark(item, bool(item.data(1, _FAILED)))

    def _describe(self, event: FeedProgress) -> str:
        if event.state == "fetching":
            return self.tr("fetching…")
        if event.state == "unchanged":
            return self.tr("no change since the last update")
        if event.state == "failed":
            return self.tr("error: %1").replace(
                "%1", event.message.removeprefix(f"{event.feed_url}: ")
            )
        if event.state == "full_text":
            return (
                self.tr("full text: %1 of %2")
                .replace("%1", str(event.full_text))
                .replace("%2", str(event.new))
            )
        if event.state in ("parsed", "done"):
            items = self.tr("%n item(s)", "", event.items)
            new = self.tr("%n new item(s)", "", event.new)
            return f"{items}, {new}"
        return ""

    def selected_paper(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def status_text(self) -> str:
        """What the status bar says while the view is on screen."""
        return self.tr("Feeds · Esc returns to reading")

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.setCurrentItem(item)
        self._on_read_clicked()

    def _on_read_clicked(self) -> None:
        paper = self.selected_paper()
        if paper:
            self.openRequested.emit(paper)

    def _on_edit_clicked(self) -> None:
        paper = self.selected_paper()
        if paper:
            self.editRequested.emit(paper)

    def _on_remove_clicked(self) -> None:
        paper = self.selected_paper()
        if paper:
            self.removeRequested.emit(paper)


_Shown = tuple[str, str, QBrush, bool]


def _state_of(item: QTreeWidgetItem) -> _Shown:
    return item.text(1), item.toolTip(1), item.foreground(1), bool(item.data(1, _FAILED))


def _restore(item: QTreeWidgetItem, shown: _Shown | None) -> None:
    if shown is not None and shown[0]:
        item.setText(1, shown[0])
        item.setToolTip(1, shown[1])
        item.setForeground(1, shown[2])
        item.setData(1, _FAILED, shown[3])
