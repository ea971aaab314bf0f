"""The Feeds view: the papers a reader follows, each feed on its own line with its state.

A feed that fails shows its error on its own line; the paper's line says
whether a new edition was built. The buttons only emit signals; the
controller (``wiring.py``) does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.core.feeds.build import FeedProgress
from edicola.core.feeds.recipe import Recipe
from edicola.ui.shell.view_heading import view_heading

_ERROR = QColor("#b3261e")


class FeedsView(QWidget):
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
        self.add_button = self._button(self.tr("&Add feeds…"), "feedsAdd", self.addRequested)
        self.update_button = self._button(
            self.tr("&Update now"), "feedsUpdate", self.updateRequested
        )
        self.import_button = self._button(
            self.tr("&Import OPML…"), "feedsImport", self.importRequested
        )
        self.export_button = self._button(
            self.tr("E&xport OPML…"), "feedsExport", self.exportRequested
        )
        self.remove_button = QPushButton(self.tr("&Stop following"), self)
        self.remove_button.setObjectName("feedsRemove")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.import_button,
                       self.export_button, self.remove_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("feedsTree")
        self.tree.setAccessibleName(self.tr("Papers and their feeds"))
        self.tree.setHeaderLabels([self.tr("Paper / feed"), self.tr("State")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
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
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.set_papers([])

    def _button(self, text: str, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: signal.emit())
        return button

    # -- contents ---------------------------------------------------------------------

    def set_papers(self, papers: list[Recipe]) -> None:
        self.tree.clear()
        self._papers.clear()
        self._feeds.clear()
        for paper in papers:
            item = QTreeWidgetItem(self.tree, [paper.title, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, paper.id)
            self._papers[paper.id] = item
            for url in dict.fromkeys(paper.feeds):
                child = QTreeWidgetItem(item, [url, self.tr("waiting")])
                self._feeds[(paper.id, url)] = child
            item.setExpanded(True)
        self.empty.setVisible(not papers)
        self.remove_button.setEnabled(bool(papers))

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
            item.setForeground(1, QBrush(_ERROR) if error else QBrush())

    def set_feed_progress(self, paper_id: str, event: FeedProgress) -> None:
        item = self._feeds.get((paper_id, event.feed_url))
        if item is None:
            return
        text = self._describe(event)
        if not text:
            return
        item.setText(1, text)
        item.setToolTip(1, text)
        item.setForeground(1, QBrush(_ERROR) if event.state == "failed" else QBrush())

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

    def _on_remove_clicked(self) -> None:
        paper = self.selected_paper()
        if paper:
            self.removeRequested.emit(paper)
