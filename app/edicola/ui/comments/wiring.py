"""Comments in the reader: the panel, the outbox view and indicator, and delivery.

The window knows nothing about comments; this controller plugs into the
frame's seams (``add_view``, the status bar, ``themeChanged``), the reader's
(``add_article_panel``, ``articleOpened``) and into :class:`CommentSync`,
which delivers the outbox in the background. It starts the delivery when
installed; ``stop`` (called by the application's shutdown) saves the comment
box and stops the delivery, so closing the app never loses a word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence

from edicola.core.comments.outbox import PENDING, State
from edicola.store.comment_records import CommentError, thread_uri_for
from edicola.store.comments import CommentStore
from edicola.store.library import Library
from edicola.ui.comments.delivery_runner import CommentSync
from edicola.ui.comments.fetch import ThreadFetcher
from edicola.ui.comments.outbox_indicator import OutboxIndicator
from edicola.ui.comments.outbox_view import OutboxView
from edicola.ui.comments.panel import CommentsPanel
from edicola.ui.common.library_port import EditionReader
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame

FOCUS_SHORTCUT = "Ctrl+Shift+M"


class CommentsController(QObject):
    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        editions: EditionReader,
        store: CommentStore,
        sync: CommentSync,
        settings: QSettings,
        *,
        fetcher: ThreadFetcher | None = None,
        auto_fetch: bool = True,
    ) -> None:
        super().__init__(frame.as_widget())
        self.setObjectName("commentsController")
        self.frame = frame
        self.reader = reader
        self.editions = editions
        self.store = store
        self.sync = sync
        self.fetcher = fetcher or ThreadFetcher(parent=self)
        self.panel = CommentsPanel(
            store, settings, self.fetcher, frame.as_widget(), auto_fetch=auto_fetch
        )
        reader.add_article_panel(self.panel)
        reader.article_splitter.setSizes([520, 300])
        self.panel.fit_splitter()
        self.panel.set_theme(frame.theme)
        self.outbox = OutboxView(store, frame.as_widget())
        self.outbox_action = frame.add_view(self.outbox, self.tr("Comment &outbox"))
        self.indicator = OutboxIndicator(frame.as_widget())
        frame.add_status_widget(self.indicator)
        self.focus_action = QAction(self.tr("&Write a comment"), frame.as_widget())
        self.focus_action.setObjectName("action_panel_comment")
        self.focus_action.setShortcut(QKeySequence(FOCUS_SHORTCUT))
        frame.add_menu_action("edit", self.focus_action)

        self.focus_action.triggered.connect(self._on_focus_action_triggered)
        self.indicator.clicked.connect(self._on_indicator_clicked)
        reader.articleOpened.connect(self._on_reader_article_opened)
        frame.themeChanged.connect(self._on_frame_theme_changed)
        self.panel.outboxChanged.connect(self._on_panel_outbox_changed)
        self.outbox.openRequested.connect(self._on_outbox_open_requested)
        self.outbox.editRequested.connect(self._on_outbox_edit_requested)
        self.outbox.deleteRequested.connect(self._on_outbox_delete_requested)
        self.outbox.sendRequested.connect(self._on_outbox_send_requested)
        sync.comment_state_changed.connect(self._on_sync_comment_state_changed)
        sync.outbox_count_changed.connect(self._on_sync_outbox_count_changed)
        self._stopped = False
        self.update_outbox()

    def start(self) -> None:
        self.sync.start()

    def stop(self) -> None:
        """Save the box, stop delivering (the current comment finishes)."""
        if self._stopped:
            return
        self._stopped = True
        self.panel.flush()
        self.sync.stop()
        self.fetcher.shutdown()  # fetches in flight end; their answers are dropped

    def update_outbox(self) -> None:
        self.outbox.reload()
        comments = self.outbox.comments
        self.indicator.show_counts(
            sum(c.state in PENDING for c in comments),
            sum(c.state is State.REFUSED for c in comments),
        )

    # -- reader and frame ------------------------------------------------------------
    def _on_reader_article_opened(self, article_id: str) -> None:
        article = self.reader.current_article
        if article is None or article.id != article_id:
            article = self.editions.article(article_id)
        if article is None:
            self.panel.set_article(None)
            return
        declared = next(
            (
                p.comments_server
                for p in self.editions.publications()
                if p.id == article.publication_id
            ),
            None,
        )
        self.panel.set_article(
            article.id,
            article.publication_id,
            thread_uri_for(article.url),
            declared,
            article.publication_title,
        )

    def _on_frame_theme_changed(self, _name: str) -> None:
        self.panel.set_theme(self.frame.theme)

    def _on_focus_action_triggered(self) -> None:
        if self.reader.current_article is not None:
            self.panel.focus_box()

    def _on_indicator_clicked(self) -> None:
        self.update_outbox()
        self.frame.show_view(self.outbox)
        self.outbox.focus_list()

    # -- outbox ----------------------------------------------------------------------
    def _on_panel_outbox_changed(self) -> None:
        self.update_outbox()
        self.sync.outbox_changed()

    def _on_sync_comment_state_changed(self, local_id: str, state: str) -> None:
        self.panel.comment_state_changed(local_id, state)
        self.update_outbox()

    def _on_sync_outbox_count_changed(self, _count: int) -> None:
        self.update_outbox()

    def _on_outbox_open_requested(self, article_id: str) -> None:
        self.reader.open_article(article_id)

    def _on_outbox_edit_requested(self, local_id: str) -> None:
        try:
            comment = self.store.get(local_id)
        except CommentError:
            self.update_outbox()
            return
        if self.reader.open_article(comment.article_id):
            self.panel.edit_comment(local_id)

    def _on_outbox_delete_requested(self, local_id: str) -> None:
        if self.panel.delete_comment(local_id):
            self.update_outbox()

    def _on_outbox_send_requested(self, local_id: str) -> None:
        comment = next((c for c in self.outbox.comments if c.local_id == local_id), None)
        if comment is None:
            return
        if comment.state in (State.DRAFT, State.REFUSED):
            self.panel.send_comment(local_id)
        self.update_outbox()
        self.sync.sync_now(True)


def install_comments(
    frame: Frame,
    reader: ReaderController,
    library: Library,
    settings: QSettings,
    *,
    start: bool = True,
) -> CommentsController:
    """Add comments to the frame and the reader, and start delivering the outbox."""
    sync = CommentSync(library.folder, library.comments)
    controller = CommentsController(
        frame, reader, library.editions, library.comments, sync, settings
    )
    sync.setParent(controller)
    if start:
        controller.start()
    return controller
