"""Editing a followed paper: its name, language, schedule, and its feeds as sections.

Each row is a section of the paper: its title (editable: a section is first
named after its feed's site, then after the feed's own title) and its feed.
A feed added here becomes a section of its own; a removed row stops that feed.
The dialog only collects; :meth:`EditPaperDialog.recipe` gives the changed
recipe (same id, so the paper's editions and state stay) and the controller
saves it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.core.feeds.papers import feed_section
from edicola.core.feeds.recipe import Recipe, Section
from edicola.ui.feeds.dialog import language_choice

SCHEDULES = (30, 60, 180, 360, 720, 1440)
"""Minutes between updates offered (a recipe's own value is kept if it is another)."""
_SECTION = Qt.ItemDataRole.UserRole


class EditPaperDialog(QDialog):
    """``recipe()`` is the paper as edited."""

    def __init__(self, paper: Recipe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editPaperDialog")
        self.setWindowTitle(self.tr("Edit “%1”").replace("%1", paper.title))
        self._paper = paper
        self.name = QLineEdit(paper.title, self)
        self.name.setObjectName("editPaperName")
        self.language = language_choice(self, "editPaperLanguage", paper.language)
        self.schedule = QComboBox(self)
        self.schedule.setObjectName("editPaperSchedule")
        for minutes in sorted({*SCHEDULES, paper.refresh_minutes}):
            self.schedule.addItem(self._every(minutes), minutes)
        self.schedule.setCurrentIndex(self.schedule.findData(paper.refresh_minutes))
        self.sections = QTableWidget(0, 2, self)
        self.sections.setObjectName("editPaperSections")
        self.sections.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Feed")])
        self.sections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sections.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sections.verticalHeader().hide()
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for section in paper.sections:
            self._add_row(section)
        self.new_feed = QLineEdit(self)
        self.new_feed.setObjectName("editPaperNewFeed")
        self.new_feed.setPlaceholderText(self.tr("Another feed address (RSS or Atom)"))
        self.add_button = QPushButton(self.tr("&Add feed"), self)
        self.add_button.setObjectName("editPaperAddFeed")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.new_feed.returnPressed.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("&Remove feed"), self)
        self.remove_button.setObjectName("editPaperRemoveFeed")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.error = QLabel(self)
        self.error.setObjectName("editPaperError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Paper &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Update:"), self.schedule)
        adding = QHBoxLayout()
        adding.addWidget(self.new_feed, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Sections, one per feed (double-click a title to rename it):"), self)
        )
        layout.addWidget(self.sections, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def _every(self, minutes: int) -> str:
        if minutes % 60:
            return self.tr("every %n minute(s)", "", minutes)
        return self.tr("every %n hour(s)", "", minutes // 60)

    def _add_row(self, section: Section) -> None:
        row = self.sections.rowCount()
        self.sections.insertRow(row)
        title = QTableWidgetItem(section.title)
        title.setData(_SECTION, section)
        feed = QTableWidgetItem(", ".join(section.feeds))
        feed.setFlags(feed.flags() & ~Qt.ItemFlag.ItemIsEditable)
        feed.setToolTip(feed.text())
        self.sections.setItem(row, 0, title)
        self.sections.setItem(row, 1, feed)

    def _row_sections(self) -> list[Section]:
        found: list[Section] = []
        for row in range(self.sections.rowCount()):
            item = self.sections.item(row, 0)
            section = item.data(_SECTION) if item is not None else None
            if item is not None and isinstance(section, Section):
                title = " ".join(item.text().split()) or section.title
                found.append(replace(section, title=title[:200]))
        return found

    def feeds(self) -> list[str]:
        return [url for section in self._row_sections() for url in section.feeds]

    def add_feed(self, url: str) -> bool:
        """A new section for the feed at ``url``; False (and why, shown) if it cannot be."""
        url = url.strip()
        if not url.startswith(("http://", "https://")):
            self._show_error(self.tr("Not an http(s) address: %1").replace("%1", url))
            return False
        if url in self.feeds():
            self._show_error(self.tr("This paper follows %1 already.").replace("%1", url))
            return False
        self._add_row(feed_section(url, {s.id for s in self._row_sections()}))
        self._show_error("")
        return True

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.sections.rowCount():
            self.sections.removeRow(row)

    def recipe(self) -> Recipe:
        """The paper as edited (same id)."""
        return replace(
            self._paper,
            title=" ".join(self.name.text().split()),
            language=str(self.language.currentData()),
            refresh_minutes=int(self.schedule.currentData()),
            sections=tuple(self._row_sections()),
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_add_clicked(self) -> None:
        if self.add_feed(self.new_feed.text()):
            self.new_feed.clear()

    def _on_remove_clicked(self) -> None:
        self.remove_row(self.sections.currentRow())

    def _on_buttons_accepted(self) -> None:
        if not " ".join(self.name.text().split()):
            self._show_error(self.tr("Give the paper a name."))
            self.name.setFocus()
        elif not self._row_sections():
            self._show_error(self.tr("A paper needs at least one feed."))
        else:
            self.accept()
