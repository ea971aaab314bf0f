"""Feeds in the reader, wired in one place.

Adds the Feeds view (View menu) and "Follow news sites…" (File menu, the
welcome view, and a button beside the Newsstand's "Add catalog…"), builds
every followed paper when the reader starts and again on the papers' schedule
(``refresh_minutes``, the shortest wins), and imports each new edition into
the library. Reading a paper opens its newest edition; a paper with none yet
says why (its last build: no items, every feed failing, items too old).
A paper is edited in place (name, language, schedule, its feeds as sections).
Builds run on
worker threads (:mod:`edicola.ui.feeds.runner`), imports on the application's
one import queue (:mod:`edicola.tasks.import_queue`), after any download or
file waiting there, so the window never waits for either; the queue's
``libraryChanged`` refreshes the views.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from edicola.core.feeds.opml import write_opml
from edicola.core.feeds.papers import (
    list_papers,
    new_paper,
    opml_feeds,
    remove_paper,
    save_paper,
)
from edicola.core.feeds.recipe import Recipe
from edicola.store.editions import ImportResult
from edicola.store.library import Library
from edicola.tasks.import_queue import ImportQueue
from edicola.ui.common.messages import error_text
from edicola.ui.feeds.dialog import AddFeedsDialog
from edicola.ui.feeds.paper_dialog import EditPaperDialog
from edicola.ui.feeds.runner import FeedsRunner
from edicola.ui.feeds.view import FeedsView
from edicola.ui.shell.seam import Frame

if TYPE_CHECKING:  # the build imports trafilatura & co.: not at start-up
    from edicola.core.feeds.build import BuildResult, FeedProgress


class FeedsController(QObject):
    paperBuilt = Signal(str, str)  # paper id, edition id ("" when nothing was new)
    paperFailed = Signal(str, str)  # paper id, message

    def __init__(
        self,
        frame: Frame,
        library: Library,
        imports: ImportQueue,
        open_edition: Callable[[str], bool] = lambda _edition_id: False,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.library = library
        self.open_edition = open_edition
        self.papers: dict[str, Recipe] = {}
        self.results: dict[str, BuildResult] = {}  # each paper's last build
        self.errors: dict[str, str] = {}  # each paper's last failure, in one line
        self._importing: set[str] = set()  # built, waiting for the import queue
        self.runner = FeedsRunner(library.folder, self)
        self.importer = imports
        self.view = FeedsView(frame.as_widget())
        self.view_action = frame.add_view(self.view, self.tr("&Feeds"))
        self.add_action = QAction(self.tr("&Follow news sites…"), frame.as_widget())
        self.add_action.setObjectName("addFeedsAction")
        frame.add_menu_action("file", self.add_action, before="print")
        self.timer = QTimer(self)
        self.timer.setObjectName("feedsSchedule")
        self._connect_signals()
        self.reload()

    def stop(self) -> None:
        """Abandon the builds in flight (the application's shutdown); an edition already
        handed to the import queue is finished or abandoned by the queue."""
        self.runner.stop()

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.view.addRequested.connect(self._on_add_action_triggered)
        self.view.updateRequested.connect(self.update_all)
        self.view.importRequested.connect(self._on_view_import_requested)
        self.view.exportRequested.connect(self._on_view_export_requested)
        self.view.removeRequested.connect(self._on_view_remove_requested)
        self.view.openRequested.connect(self.open_paper)
        self.view.editRequested.connect(self.edit_paper)
        self.runner.reported.connect(self._on_runner_reported)
        self.runner.renamed.connect(self._on_runner_renamed)
        self.runner.started.connect(self._on_runner_started)
        self.runner.feedProgressed.connect(self._on_runner_feed_progressed)
        self.runner.built.connect(self._on_runner_built)
        self.runner.failed.connect(self._on_runner_failed)
        self.timer.timeout.connect(self.update_all)

    def add_button_beside(self, add_catalog: QWidget) -> None:
        """A button beside the Newsstand's "Add catalog…" (in the same row)."""
        row = add_catalog.parentWidget()
        layout = row.layout() if row is not None else None
        if row is None or layout is None:
            return
        button = QPushButton(self.tr("Add &feeds…"), row)
        button.setObjectName("newsstandAddFeeds")
        button.clicked.connect(self.add_action.trigger)
        layout.addWidget(button)

    # -- papers ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the followed papers from the library's feeds folder; reset the schedule."""
        papers, problems = list_papers(self.library.folder)
        self.papers = {p.id: p for p in papers}
        self.view.set_papers(papers)
        for problem in problems:
            self.frame.show_message(problem, 10000)
        if papers:
            self.timer.start(min(p.refresh_minutes for p in papers) * 60_000)
        else:
            self.timer.stop()

    def add_paper(self, name: str, feeds: list[str], language: str) -> Recipe:
        """Follow a new paper and start building its first edition."""
        recipe = new_paper(self.library.folder, name, feeds, language, set(self.papers))
        save_paper(self.library.folder, recipe)
        self.reload()
        self.frame.show_view(self.view)
        self.runner.build(self.papers[recipe.id], name_sections=True)
        return recipe

    def newest_edition(self, paper_id: str) -> str | None:
        editions = self.library.editions.editions(paper_id, counted=False)
        return editions[0].id if editions else None

    def open_paper(self, paper_id: str) -> bool:
        """Read the paper's newest edition (its front page); else say why there is none."""
        edition_id = self.newest_edition(paper_id)
        if edition_id is not None and self.open_edition(edition_id):
            self.view.set_note("")
            return True
        why = self.why_no_edition(paper_id)
        self.view.set_note(why)
        self.frame.show_message(why, 10000)
        return False

    def why_no_edition(self, paper_id: str) -> str:
        """Why a paper has no edition to read yet, from its last build."""
        paper = self.papers.get(paper_id)
        result = self.results.get(paper_id)
        if self.runner.is_running(paper_id) or paper_id in self._importing:
            return self.tr("No edition yet: the first one is being made, it opens here when ready.")
        if paper_id in self.errors:
            return self.tr("No edition yet: %1").replace("%1", self.errors[paper_id])
        if result is None or paper is None:
            return self.tr("No edition yet: press Update now to make the first one.")
        if result.all_failed:
            return self.tr("No edition yet: every feed failed (each says why on its line).")
        if not result.found:
            return self.tr("No edition yet: the feeds have no items.")
        if result.too_old == result.found:
            items = self.view.tr("%n item(s)", "", result.found)
            days = self.tr("%n day(s)", "", paper.max_age_days)
            return (
                self.tr("No edition yet: %1, all older than %2 (max_age_days).")
                .replace("%1", items)
                .replace("%2", days)
            )
        return self.tr("No edition yet: nothing new was found in the feeds.")

    def edit_paper(self, paper_id: str) -> EditPaperDialog | None:
        """Open the paper's editing dialog (window-modal); saved when accepted."""
        paper = self.papers.get(paper_id)
        if paper is None:
            return None
        dialog = EditPaperDialog(paper, self.frame.as_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_edit(dialog.recipe()))
        dialog.open()
        return dialog

    def apply_edit(self, recipe: Recipe) -> None:
        """Save an edited paper; a new feed's section is named at the next build,
        which starts when the feeds changed."""
        before = self.papers.get(recipe.id)
        save_paper(self.library.folder, recipe)
        self.reload()
        if before is not None and before.feeds != recipe.feeds:
            self.runner.build(self.papers[recipe.id], name_sections=True)

    def follow(self, url: str) -> None:
        """ "Follow news sites…" with ``url`` filled in (a feed given as a catalog)."""
        self._on_add_action_triggered(urls=[url])

    def update_all(self) -> None:
        for paper in self.papers.values():
            self.runner.build(paper)

    def start(self) -> None:
        """Build every paper once the window is up (the start-up update)."""
        if self.papers:
            QTimer.singleShot(0, self.update_all)

    # -- slots -------------------------------------------------------------------------

    def _on_add_action_triggered(
        self, _checked: bool = False, opml: Path | None = None, urls: list[str] | None = None
    ) -> None:
        language = "it" if self.frame.as_widget().locale().name().startswith("it") else "en"
        dialog = AddFeedsDialog(self.frame.as_widget(), language)
        if opml is not None:
            dialog.import_opml(opml)
        if urls:
            dialog.urls.setPlainText("\n".join(urls) + "\n")
        if dialog.exec():
            self.add_paper(dialog.paper_name(), dialog.feeds(), dialog.paper_language())

    def _on_view_import_requested(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.frame.as_widget(),
            self.tr("Import OPML"),
            "",
            self.tr("OPML files (*.opml *.xml);;All files (*)"),
        )
        if name:
            self._on_add_action_triggered(opml=Path(name))

    def export_opml(self, path: Path) -> None:
        papers = list(self.papers.values())
        path.write_bytes(write_opml(self.tr("Edicola feeds"), opml_feeds(papers)))

    def _on_view_export_requested(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.frame.as_widget(),
            self.tr("Export OPML"),
            "edicola-feeds.opml",
            self.tr("OPML files (*.opml)"),
        )
        if not name:
            return
        try:
            self.export_opml(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self.frame.as_widget(), self.tr("Export OPML"), f"{name}: {exc.strerror}"
            )

    def _on_view_remove_requested(self, paper_id: str) -> None:
        paper = self.papers.get(paper_id)
        if paper is None or self.runner.is_running(paper_id):
            return
        answer = QMessageBox.question(
            self.frame.as_widget(),
            self.tr("Stop following"),
            self.tr("Stop following “%1”? Its editions stay in the library.").replace(
                "%1", paper.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_paper(self.library.folder, paper_id)
            self.reload()

    def _on_runner_started(self, paper_id: str) -> None:
        self.errors.pop(paper_id, None)
        self.view.set_paper_state(paper_id, self.tr("updating…"))

    def _on_runner_reported(self, paper_id: str, result: BuildResult) -> None:
        self.results[paper_id] = result

    def _on_runner_renamed(self, paper_id: str, recipe: Recipe) -> None:
        if paper_id in self.papers:
            self.papers[paper_id] = recipe
            self.view.set_papers(list(self.papers.values()))

    def _on_runner_feed_progressed(self, paper_id: str, event: FeedProgress) -> None:
        self.view.set_feed_progress(paper_id, event)

    def _on_runner_built(self, paper_id: str, path: str, new_articles: int) -> None:
        if not path:
            self.view.set_paper_state(paper_id, self.tr("nothing new"))
            self.paperBuilt.emit(paper_id, "")
            return
        bundle = Path(path)
        self._importing.add(paper_id)
        self.view.set_paper_state(paper_id, self.tr("importing…"))
        self.importer.submit(
            bundle, lambda outcome: self._on_imported(paper_id, bundle, new_articles, outcome)
        )

    def _on_imported(self, paper_id: str, bundle: Path, new_articles: int, outcome: object) -> None:
        self._importing.discard(paper_id)
        if isinstance(outcome, Exception):  # the importer's errors are one-line messages
            self._on_runner_failed(paper_id, error_text(outcome))
            return
        assert isinstance(outcome, ImportResult)
        result = outcome
        bundle.unlink(missing_ok=True)  # the library holds the edition now
        self.view.set_paper_state(
            paper_id,
            self.tr("revision %1 ready: %n new article(s)", "", new_articles).replace(
                "%1", str(result.revision)
            ),
        )
        self.paperBuilt.emit(paper_id, result.edition_id)

    def _on_runner_failed(self, paper_id: str, message: str) -> None:
        text = message or self.tr("every feed failed; the last edition stays")
        self.view.set_paper_state(paper_id, self.tr("error: %1").replace("%1", text), error=True)
        if message:
            self.errors[paper_id] = message
        self.paperFailed.emit(paper_id, text)


def install_feeds(
    frame: Frame,
    library: Library,
    imports: ImportQueue,
    add_catalog: QWidget | None = None,
    *,
    open_edition: Callable[[str], bool] = lambda _edition_id: False,
) -> FeedsController:
    """Feeds in the frame, with a button beside the Newsstand's ``add_catalog``; the
    start-up build is queued. ``open_edition`` shows an edition's front page."""
    controller = FeedsController(frame, library, imports, open_edition)
    if add_catalog is not None:
        controller.add_button_beside(add_catalog)
    controller.start()
    return controller
