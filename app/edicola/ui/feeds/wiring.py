"""Feeds in the reader window, wired in one place.

Adds the Feeds view (View menu) and "Add feeds…" (File menu, and a button
beside the Newsstand's "Add catalog…"), builds every followed paper when the
reader starts and again on the papers' schedule (``refresh_minutes``, the
shortest wins), and imports each new edition into the library. Builds run on
worker threads (:mod:`edicola.ui.feeds.runner`), imports on the library's
background importer (:mod:`edicola.tasks.import_queue`), so the window
never waits for either.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from edicola.core.feeds.build import FeedProgress
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
from edicola.tasks.import_queue import BackgroundImporter
from edicola.ui.feeds.dialog import AddFeedsDialog
from edicola.ui.feeds.runner import FeedsRunner
from edicola.ui.feeds.view import FeedsView
from edicola.ui.shell.main_window import MainWindow


class FeedsController(QObject):
    paperBuilt = Signal(str, str)  # paper id, edition id ("" when nothing was new)
    paperFailed = Signal(str, str)  # paper id, message

    def __init__(self, window: MainWindow, library: Library) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.papers: dict[str, Recipe] = {}
        self.runner = FeedsRunner(library.folder, self)
        self.importer = BackgroundImporter(library.folder, self)
        self.view = FeedsView(window)
        self.view_action = window.add_view(self.view, self.tr("&Feeds"))
        self.add_action = QAction(self.tr("Add &feeds…"), window)
        self.add_action.setObjectName("action_add_feeds")
        menu = window.menus["file"]
        menu.insertAction(window.commands["settings"], self.add_action)
        menu.insertSeparator(window.commands["settings"])
        self._add_newsstand_button()
        self.timer = QTimer(self)
        self.timer.setObjectName("feedsSchedule")
        self._connect_signals()
        self.reload()
        # Closing the reader abandons builds in flight (a plain function: the runner's
        # Qt half may be gone by then, its threads and stop flag are not).
        stop = self.runner.stop
        window.destroyed.connect(lambda *_: stop())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.importer.shutdown()  # an import under way finishes whole; none start
        return False

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.view.addRequested.connect(self._on_add_action_triggered)
        self.view.updateRequested.connect(self.update_all)
        self.view.importRequested.connect(self._on_view_import_requested)
        self.view.exportRequested.connect(self._on_view_export_requested)
        self.view.removeRequested.connect(self._on_view_remove_requested)
        self.runner.started.connect(self._on_runner_started)
        self.runner.feedProgressed.connect(self._on_runner_feed_progressed)
        self.runner.built.connect(self._on_runner_built)
        self.runner.failed.connect(self._on_runner_failed)
        self.timer.timeout.connect(self.update_all)

    def _add_newsstand_button(self) -> None:
        """A button beside the Newsstand's "Add catalog…", when that view has one."""
        newsstand = getattr(self.window, "newsstand", None)
        add_catalog = getattr(getattr(newsstand, "view", None), "add_button", None)
        row = add_catalog.parentWidget() if add_catalog is not None else None
        if row is None or row.layout() is None:
            return
        button = QPushButton(self.tr("Add &feeds…"), row)
        button.setObjectName("newsstandAddFeeds")
        button.clicked.connect(self.add_action.trigger)
        row.layout().addWidget(button)

    # -- papers ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the followed papers from the library's feeds folder; reset the schedule."""
        papers, problems = list_papers(self.library.folder)
        self.papers = {p.id: p for p in papers}
        self.view.set_papers(papers)
        for problem in problems:
            self.window.statusBar().showMessage(problem, 10000)
        if papers:
            self.timer.start(min(p.refresh_minutes for p in papers) * 60_000)
        else:
            self.timer.stop()

    def add_paper(self, name: str, feeds: list[str], language: str) -> Recipe:
        """Follow a new paper and start building its first edition."""
        recipe = new_paper(self.library.folder, name, feeds, language, set(self.papers))
        save_paper(self.library.folder, recipe)
        self.reload()
        self.window.show_view(self.view)
        self.runner.build(self.papers[recipe.id])
        return recipe

    def update_all(self) -> None:
        for paper in self.papers.values():
            self.runner.build(paper)

    def start(self) -> None:
        """Build every paper once the window is up (the start-up update)."""
        if self.papers:
            QTimer.singleShot(0, self.update_all)

    # -- slots -------------------------------------------------------------------------

    def _on_add_action_triggered(self, _checked: bool = False, opml: Path | None = None) -> None:
        language = "it" if self.window.locale().name().startswith("it") else "en"
        dialog = AddFeedsDialog(self.window, language)
        if opml is not None:
            dialog.import_opml(opml)
        if dialog.exec():
            self.add_paper(dialog.paper_name(), dialog.feeds(), dialog.paper_language())

    def _on_view_import_requested(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
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
            self.window,
            self.tr("Export OPML"),
            "edicola-feeds.opml",
            self.tr("OPML files (*.opml)"),
        )
        if not name:
            return
        try:
            self.export_opml(Path(name))
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Export OPML"), f"{name}: {exc.strerror}")

    def _on_view_remove_requested(self, paper_id: str) -> None:
        paper = self.papers.get(paper_id)
        if paper is None or self.runner.is_running(paper_id):
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Stop following"),
            self.tr("Stop following “%1”? Its editions stay in the library.").replace(
                "%1", paper.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_paper(self.library.folder, paper_id)
            self.reload()

    def _on_runner_started(self, paper_id: str) -> None:
        self.view.set_paper_state(paper_id, self.tr("updating…"))

    def _on_runner_feed_progressed(self, paper_id: str, event: FeedProgress) -> None:
        self.view.set_feed_progress(paper_id, event)

    def _on_runner_built(self, paper_id: str, path: str, new_articles: int) -> None:
        if not path:
            self.view.set_paper_state(paper_id, self.tr("nothing new"))
            self.paperBuilt.emit(paper_id, "")
            return
        bundle = Path(path)
        self.view.set_paper_state(paper_id, self.tr("importing…"))
        self.importer.submit(
            bundle, lambda outcome: self._on_imported(paper_id, bundle, new_articles, outcome)
        )

    def _on_imported(self, paper_id: str, bundle: Path, new_articles: int, outcome: object) -> None:
        if isinstance(outcome, Exception):  # the importer's errors are one-line messages
            self._on_runner_failed(paper_id, str(outcome))
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
        self.window.refresh_library()
        self.paperBuilt.emit(paper_id, result.edition_id)

    def _on_runner_failed(self, paper_id: str, message: str) -> None:
        text = message or self.tr("every feed failed; the last edition stays")
        self.view.set_paper_state(paper_id, self.tr("error: %1").replace("%1", text), error=True)
        self.paperFailed.emit(paper_id, text)


def install_feeds(window: MainWindow, library: Library) -> FeedsController:
    controller = FeedsController(window, library)
    window.feeds = controller  # type: ignore[attr-defined]
    controller.start()
    return controller
