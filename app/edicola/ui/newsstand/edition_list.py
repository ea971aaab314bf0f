"""The Newsstand's list mode: publications with their editions by date.

Each publication row has its cover, Follow and Subscription… and a "new"
badge; under it, its editions with size, state, a progress bar while one
downloads and the buttons that fit its state, then "Show older editions".
It speaks the cover wall's language (``editionAction``, ``followToggled``,
``subscriptionRequested``, ``olderRequested``), so the view treats the two
modes alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from edicola.ui.common.dates import long_date
from edicola.ui.newsstand.button_row import button_row
from edicola.ui.newsstand.model import (
    EditionItem,
    PublicationItem,
    activation,
    edition_actions,
    format_size,
    percent,
    state_text,
)
from edicola.ui.newsstand.wall_delegate import CoverProvider

COL_TITLE, COL_DATE, COL_SIZE, COL_STATE, COL_PROGRESS, COL_ACTIONS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
COVER_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_ROLE = Qt.ItemDataRole.UserRole + 3  # a publication with new editions


def _without_prefix(title: str, publication: str) -> str:
    """ "Il Faro — lunedì 23 novembre 2026" under "Il Faro" reads "lunedì 23 novembre 2026"."""
    for separator in (" — ", " – ", " - ", ": ", ", "):
        if publication and title.startswith(publication + separator):
            return title[len(publication) + len(separator) :] or title
    return title


class EditionList(QTreeWidget):
    editionAction = Signal(str, str)  # kind (open, download, pause …), edition id
    followToggled = Signal(str, bool)  # publication id, follow
    subscriptionRequested = Signal(str)  # publication id
    olderRequested = Signal(str)  # publication id

    def __init__(self, covers: CoverProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._covers = covers
        self._rows: dict[str, tuple[QTreeWidgetItem, QProgressBar, EditionItem]] = {}
        self.setObjectName("newsstandTree")
        self.setAccessibleName(self.tr("Publications and editions"))
        self.setHeaderLabels(
            [self.tr("Edition"), self.tr("Date"), self.tr("Size"), self.tr("State"), "", ""]
        )
        self.setIconSize(QSize(40, 54))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        # Titles take all the room the other columns leave: the buttons' column is
        # as wide as its buttons and the progress column only shows while something
        # downloads, so no title is cut short beside an empty column.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DATE, COL_SIZE, COL_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_PROGRESS, COL_ACTIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_PROGRESS, 110)
        header.setStretchLastSection(False)
        self.itemActivated.connect(self._on_item_activated)

    # -- contents ------------------------------------------------------------------

    def set_publications(self, publications: Sequence[PublicationItem]) -> None:
        """Show ``publications``, each as open or closed as it was."""
        expanded = self._expanded()
        self.remove_all()
        for publication in publications:
            self._add_publication(publication, expanded.get(publication.info.id, True))
        widths = [
            widget.sizeHint().width()
            for item in self._all_items()
            if (widget := self.itemWidget(item, COL_ACTIONS)) is not None
        ]
        self.header().resizeSection(COL_ACTIONS, max(widths, default=100) + 8)
        self.header().setSectionHidden(
            COL_PROGRESS,
            not any(e.busy or e.download == "paused" for p in publications for e in p.editions),
        )

    def remove_all(self) -> None:
        self._rows.clear()
        self.clear()

    def set_progress(self, edition_id: str, received: int, total: int) -> bool:
        """Show a download's progress; False when the edition is not listed."""
        row = self._rows.get(edition_id)
        if row is None:
            return False
        item, bar, edition = row
        bar.setVisible(True)
        bar.setValue(percent(received, total))
        if edition.download in ("downloading", "queued", "waiting"):
            shown = EditionItem(edition.entry, edition.state, "downloading", received)
            item.setText(COL_STATE, state_text(shown))
        return True

    def state_of(self, edition_id: str) -> str:
        row = self._rows.get(edition_id)
        return "" if row is None else row[0].text(COL_STATE)

    def update_cover(self, url: str) -> None:
        """A cover arrived: show it on every row that wants it."""
        for item in self._all_items():
            if item.data(COL_TITLE, COVER_ROLE) == url:
                self._set_cover(item, url)

    # -- rows ------------------------------------------------------------------------

    def _publication_items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]  # type: ignore[misc]

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = self._publication_items()
        children = [pub.child(j) for pub in items for j in range(pub.childCount())]
        return [*items, *(c for c in children if c is not None)]

    def _expanded(self) -> dict[str, bool]:
        return {
            str(item.data(COL_TITLE, ID_ROLE)): item.isExpanded()
            for item in self._publication_items()
        }

    def _new_colour(self) -> QBrush:
        """The theme's accent text (``theming.ROLES``): readable on every theme's base."""
        return self.palette().brightText()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme switch: recolour the marks
            for item in self._publication_items():
                if item.data(COL_TITLE, NEW_ROLE):
                    item.setForeground(COL_TITLE, self._new_colour())

    def _add_publication(self, pub: PublicationItem, expanded: bool) -> None:
        item = QTreeWidgetItem(self)
        pub_id = pub.info.id
        item.setData(COL_TITLE, ID_ROLE, pub_id)
        item.setData(COL_TITLE, KIND_ROLE, "publication")
        title = pub.info.title
        if pub.new_count:
            title += "   ● " + self.tr("%n new", "", pub.new_count)
            item.setData(COL_TITLE, NEW_ROLE, True)
            item.setForeground(COL_TITLE, self._new_colour())
        item.setText(COL_TITLE, title)
        font = item.font(COL_TITLE)
        font.setBold(True)
        item.setFont(COL_TITLE, font)
        self._set_cover(item, pub.cover_url)
        follow = QPushButton(self.tr("Following") if pub.followed else self.tr("Follow"))
        follow.setObjectName(f"follow_{pub_id}")
        follow.setCheckable(True)
        follow.setChecked(pub.followed)
        follow.setToolTip(self.tr("Be told about new editions of this publication"))
        follow.toggled.connect(lambda on, p=pub_id: self.followToggled.emit(p, on))
        settings = QPushButton(self.tr("Subscription…"))
        settings.setObjectName(f"subscription_{pub_id}")
        settings.setVisible(pub.followed)
        settings.clicked.connect(lambda _=False, p=pub_id: self.subscriptionRequested.emit(p))
        self.setItemWidget(item, COL_ACTIONS, button_row(self, follow, settings))
        for edition in pub.editions:
            self._add_edition(item, edition, pub.info.title)
        if pub.older_months or pub.loading_older:
            self._add_older(item, pub)
        item.setExpanded(expanded)

    def _add_older(self, parent: QTreeWidgetItem, pub: PublicationItem) -> None:
        older = QTreeWidgetItem(parent)
        older.setData(COL_TITLE, KIND_ROLE, "older")
        text = (
            self.tr("Loading older editions…")
            if pub.loading_older
            else self.tr("Show older editions")
        )
        button = QPushButton(text)
        button.setObjectName(f"older_{pub.info.id}")
        button.setEnabled(not pub.loading_older)
        button.clicked.connect(lambda _=False, p=pub.info.id: self.olderRequested.emit(p))
        self.setItemWidget(older, COL_TITLE, button_row(self, button))

    def _add_edition(self, parent: QTreeWidgetItem, edition: EditionItem, publication: str) -> None:
        entry = edition.entry
        item = QTreeWidgetItem(parent)
        item.setData(COL_TITLE, ID_ROLE, entry.edition_id)
        item.setData(COL_TITLE, KIND_ROLE, "edition")
        # Under its publication's row the title need not repeat the publication's name.
        item.setText(COL_TITLE, _without_prefix(entry.title, publication))
        item.setToolTip(COL_TITLE, f"{entry.title}\n{entry.edition_id} · r{entry.revision}")
        item.setText(COL_DATE, long_date(entry.date))
        item.setToolTip(COL_DATE, entry.date)
        item.setText(COL_SIZE, format_size(entry.size))
        item.setTextAlignment(COL_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setText(COL_STATE, state_text(edition))
        self._set_cover(item, entry.cover_href)
        bar = QProgressBar()
        bar.setObjectName(f"progress_{entry.edition_id}")
        bar.setRange(0, 100)
        bar.setValue(percent(edition.received, entry.size))
        bar.setTextVisible(False)  # the State column says the percentage
        bar.setMaximumWidth(100)
        bar.setVisible(edition.busy or edition.download == "paused")
        self.setItemWidget(item, COL_PROGRESS, button_row(self, bar))
        self.setItemWidget(item, COL_ACTIONS, self._edition_actions(edition))
        self._rows[entry.edition_id] = (item, bar, edition)

    def _edition_actions(self, edition: EditionItem) -> QWidget:
        eid = edition.entry.edition_id
        buttons: list[QWidget] = []
        for text, kind in edition_actions(edition):
            button = QPushButton(text)
            button.setObjectName(f"{kind}_{eid}")
            button.clicked.connect(lambda _=False, k=kind: self.editionAction.emit(k, eid))
            buttons.append(button)
        return button_row(self, *buttons)

    def _set_cover(self, item: QTreeWidgetItem, url: str | None) -> None:
        item.setData(COL_TITLE, COVER_ROLE, url)
        pixmap = self._covers(url) if url else None
        if pixmap is not None:
            item.setIcon(COL_TITLE, QIcon(pixmap))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(COL_TITLE, KIND_ROLE) != "edition":
            return
        row = self._rows.get(str(item.data(COL_TITLE, ID_ROLE)))
        if row is None:
            return
        kind = activation(row[2])
        if kind is not None:
            self.editionAction.emit(kind, row[2].entry.edition_id)
