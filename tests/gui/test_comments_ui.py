"""The comments a reader sees: the panel, the outbox view and indicator, with a real Isso."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from edicola.core.comments.outbox import (
    LABELS,
    NO_SERVER_LABEL,
    NOT_TRIED_LABEL,
    SERVER_SILENT_LABEL,
    State,
)
from edicola.servers.isso_server import IssoServer, free_port
from edicola.servers.isso_service import IssoService
from edicola.store.comment_records import Comment
from edicola.store.library import Library
from edicola.testing.plugin import IssoFactory
from edicola.ui.app import EdicolaApp
from edicola.ui.comments.labels import SOURCES, state_label
from edicola.ui.comments.panel import CommentsPanel
from edicola.ui.comments.server_dialog import CommentsServerDialog
from edicola.ui.comments.wiring import CommentsController
from edicola.ui.shell.shortcuts_dialog import ShortcutsDialog
from edicola.ui.shell.translations import install_translations

WAIT = 20_000


@pytest.fixture
def isso(edicola_isso: IssoFactory) -> IssoServer:
    """A real Isso from the plugin testers get (started and stopped by it)."""
    return edicola_isso.servers[edicola_isso()]


def _article(library: Library) -> tuple[str, str]:
    """(article id, publication id) of the first article of the first edition."""
    edition = library.editions.editions()[0]
    return library.editions.articles(edition.id)[0].id, edition.publication_id


def _controller(app: EdicolaApp) -> CommentsController:
    return app.comments


def _panel(app: EdicolaApp) -> CommentsPanel:
    """The comments panel, opened as a reader opens it (it starts collapsed)."""
    panel = _controller(app).panel
    if not panel.toggle.isChecked():
        panel.toggle.click()
        QApplication.processEvents()  # let the splitter lay the opened panel out
    assert panel.composer.send.height() > 0
    return panel


def _mine(library: Library, article_id: str) -> list[Comment]:
    return library.comments.for_article(article_id)


def _type(qtbot: QtBot, panel: CommentsPanel, text: str) -> None:
    panel.composer.box.setFocus()
    qtbot.keyClicks(panel.composer.box, text)


def _send(qtbot: QtBot, panel: CommentsPanel) -> None:
    assert panel.composer.send.isEnabled()
    qtbot.mouseClick(panel.composer.send, Qt.MouseButton.LeftButton)


def _card_texts(panel: CommentsPanel, prefix: str) -> list[str]:
    return [c.source for key, c in panel.list.cards.items() if key.startswith(prefix)]


def test_state_labels_are_in_the_translation_sources() -> None:
    assert [str(s) for s in SOURCES] == [
        *LABELS.values(),
        NO_SERVER_LABEL,
        SERVER_SILENT_LABEL,
        NOT_TRIED_LABEL,
    ]


def test_panel_starts_collapsed_and_the_shortcut_opens_it(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    article_id, _ = _article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    panel = _controller(app).panel
    assert not panel.body.isVisible()
    reader.article_view.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: panel.body.isVisible() and panel.composer.box.hasFocus())


def test_a_draft_survives_closing_the_window(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    article_id, _ = _article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    _type(qtbot, panel, "Una bozza")
    qtbot.waitUntil(lambda: [c.text for c in _mine(sample_library, article_id)] == ["Una bozza"])
    assert _mine(sample_library, article_id)[0].state is State.DRAFT
    _type(qtbot, panel, " che continua")
    window.close()  # before the debounce fires: closing flushes the box
    assert [c.text for c in _mine(sample_library, article_id)] == ["Una bozza che continua"]

    again_app = make_app()
    again_reader = again_app.reader
    again_reader.restore_session()
    shown = again_reader.current_article
    assert shown is not None and shown.id == article_id
    assert _panel(again_app).composer.text() == "Una bozza che continua"


def test_changing_article_keeps_each_draft(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    edition = sample_library.editions.editions()[0]
    first, second = (a.id for a in sample_library.editions.articles(edition.id)[:2])
    app = make_app()
    reader = app.reader
    reader.open_article(first)
    panel = _panel(app)
    _type(qtbot, panel, "sul primo")
    reader.open_article(second)  # flushes at once
    assert [c.text for c in _mine(sample_library, first)] == ["sul primo"]
    assert panel.composer.text() == ""
    _type(qtbot, panel, "sul secondo")
    reader.open_article(first)
    assert panel.composer.text() == "sul primo"
    assert [c.text for c in _mine(sample_library, second)] == ["sul secondo"]


def test_opening_an_article_reads_its_comments_once(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    sample_library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The box's draft and the list come from one read (it was three an open)."""
    edition = sample_library.editions.editions()[0]
    first, second = (a.id for a in sample_library.editions.articles(edition.id)[:2])
    app = make_app()
    app.reader.open_article(first)
    panel = _panel(app)
    _type(qtbot, panel, "da riprendere")
    app.reader.open_article(second)
    store = panel._store
    reads: list[str] = []
    read = store.for_article

    def counted(article_id: str) -> list[Comment]:
        reads.append(article_id)
        return read(article_id)

    monkeypatch.setattr(store, "for_article", counted)
    app.reader.open_article(first)
    assert reads == [first]
    assert panel.composer.text() == "da riprendere"


def test_send_publishes_and_the_thread_shows_it(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, isso: IssoServer
) -> None:
    article_id, publication = _article(sample_library)
    sample_library.comments.set_server(publication, isso.url)
    app = make_app()
    reader = app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    assert not panel.composer.local_only.isVisible()
    panel.composer.author.setText("Lucia")
    _type(qtbot, panel, "Bel pezzo, grazie.")
    _send(qtbot, panel)
    assert panel.composer.text() == ""
    qtbot.waitUntil(
        lambda: [c.state for c in _mine(sample_library, article_id)] == [State.PUBLISHED],
        timeout=WAIT,
    )
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _settled(panel, "Bel pezzo, grazie."), timeout=WAIT)
    assert _card_texts(panel, "local:") == []  # shown once, in the thread
    remote_id = _mine(sample_library, article_id)[0].remote_id
    card = panel.list.cards[f"remote:{remote_id}"]
    assert card.header.text().startswith("Lucia · ")
    assert isso.texts() == ["Bel pezzo, grazie."]

    # Reply to it: the reply lands under it, indented.
    reply_button = next(b for b in card.findChildren(QObject) if b.objectName() == "commentReply")
    qtbot.mouseClick(reply_button, Qt.MouseButton.LeftButton)
    assert panel.composer.reply_bar.isVisible()
    assert "Lucia" in panel.composer.reply_label.text()
    _type(qtbot, panel, "Concordo.")
    _send(qtbot, panel)
    assert not panel.composer.reply_bar.isVisible()
    qtbot.waitUntil(lambda: _settled(panel, "Concordo."), timeout=WAIT)
    reply = next(c for c in _mine(sample_library, article_id) if c.text == "Concordo.")
    assert reply.parent_remote_id == remote_id
    card = panel.list.cards[f"remote:{remote_id}"]  # the list was redrawn
    reply_card = panel.list.cards[f"remote:{reply.remote_id}"]
    assert reply_card.layout().contentsMargins().left() > card.layout().contentsMargins().left()
    assert sample_library.comments.settings(publication).server == isso.url


def test_offline_comment_waits_then_is_delivered_once(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, tmp_path: Path
) -> None:
    article_id, publication = _article(sample_library)
    server = IssoService(tmp_path / "later", port=free_port())
    sample_library.comments.set_server(publication, server.url)  # nothing listens yet
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    controller = _controller(app)
    _type(qtbot, panel, "Scritto senza rete.")
    _send(qtbot, panel)
    qtbot.waitUntil(lambda: controller.indicator.text() == "1 comment waiting", timeout=WAIT)
    assert controller.indicator.isVisible()
    qtbot.waitUntil(  # one attempt made, connection refused: back in the line
        lambda: (
            [(c.state, c.attempts) for c in _mine(sample_library, article_id)]
            == [(State.QUEUED, 1)]
        ),
        timeout=WAIT,
    )
    # Refused by the host: the network is up, only the server is silent.
    qtbot.waitUntil(lambda: _states(panel) == [SERVER_SILENT_LABEL], timeout=WAIT)

    qtbot.mouseClick(controller.indicator, Qt.MouseButton.LeftButton)
    assert window.view_stack.currentWidget() is controller.outbox
    assert controller.outbox.tree.topLevelItemCount() == 1
    row = controller.outbox.tree.topLevelItem(0)
    assert row is not None and row.text(1) == SERVER_SILENT_LABEL

    server.start()
    try:
        qtbot.mouseClick(controller.outbox.send_button, Qt.MouseButton.LeftButton)  # send now
        qtbot.waitUntil(
            lambda: [c.state for c in _mine(sample_library, article_id)] == [State.PUBLISHED],
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda: controller.indicator.text() == "All comments sent", timeout=WAIT)
        assert controller.outbox.tree.topLevelItemCount() == 0
        assert _isso_texts(server.dbpath) == ["Scritto senza rete."]
    finally:
        window.close()
        server.stop()


def test_refused_comment_shows_the_reason_and_can_be_resent(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library, isso: IssoServer
) -> None:
    article_id, publication = _article(sample_library)
    sample_library.comments.set_server(publication, isso.url)
    app = make_app()
    reader = app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    _type(qtbot, panel, "no")  # Isso wants at least 3 characters
    _send(qtbot, panel)
    qtbot.waitUntil(
        lambda: [c.state for c in _mine(sample_library, article_id)] == [State.REFUSED],
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: _states(panel) == ["Not accepted"], timeout=WAIT)
    comment = _mine(sample_library, article_id)[0]
    assert "too short" in comment.server_reason
    card = panel.list.cards[f"local:{comment.local_id}"]
    notes = {w.objectName(): w.text() for w in card.findChildren(QObject) if hasattr(w, "text")}
    assert notes["commentState"] == "Not accepted"
    assert comment.server_reason in notes["commentReason"]
    # The indicator hears of the refusal from the outbox's own count, a step later.
    indicator = _controller(app).indicator
    qtbot.waitUntil(lambda: indicator.text() == "1 comment not accepted", timeout=WAIT)

    edit = next(b for b in card.findChildren(QObject) if b.objectName() == "commentEdit")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert panel.composer.text() == "no"
    assert "too short" in panel.composer.note.text()
    panel.composer.box.moveCursor(panel.composer.box.textCursor().MoveOperation.End)
    _type(qtbot, panel, ", grazie")
    _send(qtbot, panel)
    qtbot.waitUntil(
        lambda: [c.state for c in _mine(sample_library, article_id)] == [State.PUBLISHED],
        timeout=WAIT,
    )
    assert _mine(sample_library, article_id)[0].local_id == comment.local_id
    assert isso.texts() == ["no, grazie"]


def test_counter_and_send_respect_the_limit(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    article_id, publication = _article(sample_library)
    app = make_app()
    reader = app.reader
    reader.open_article(article_id)
    composer = _panel(app).composer
    assert composer.counter.text() == "400 characters left"
    assert composer.level == "ok" and not composer.send.isEnabled()  # empty

    with sample_library.db.conn:  # the edition declares a limit of 20
        sample_library.db.execute(
            "UPDATE publications SET comments_max_length = 20 WHERE id = ?", [publication]
        )
    _panel(app).publication_settings_changed()
    assert composer.counter.text() == "20 characters left"
    composer.box.setFocus()
    qtbot.keyClicks(composer.box, "x" * 15)
    assert composer.counter.text() == "5 characters left"
    assert composer.level == "near" and composer.send.isEnabled()
    qtbot.keyClicks(composer.box, "x" * 10)
    assert composer.counter.text() == "5 characters too many"
    assert composer.level == "over" and not composer.send.isEnabled()
    qtbot.keyClick(composer.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_mine(sample_library, article_id)))
    assert _mine(sample_library, article_id)[0].state is State.DRAFT  # not sent


def test_without_a_server_comments_stay_here_until_one_is_set(
    qtbot: QtBot,
    make_app: Callable[..., EdicolaApp],
    sample_library: Library,
    isso: IssoServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_id, _ = _article(sample_library)
    app = make_app()
    reader = app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    assert panel.composer.local_only.isVisible()
    assert panel.composer.local_only.text() == (
        "This publication has no comment server; your comments are kept here."
    )
    assert not panel.refresh_button.isEnabled()
    _type(qtbot, panel, "Lo tengo qui.")
    _send(qtbot, panel)
    assert NO_SERVER_LABEL in _states(panel)
    assert _mine(sample_library, article_id)[0].state is State.QUEUED

    panel.apply_server_choice(isso.url)  # what the "Comment server…" dialog does
    assert not panel.composer.local_only.isVisible()
    qtbot.waitUntil(
        lambda: [c.state for c in _mine(sample_library, article_id)] == [State.PUBLISHED],
        timeout=WAIT,
    )
    assert isso.texts() == ["Lo tengo qui."]

    # Deleting asks first; a draft can go, a published comment cannot.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _type(qtbot, panel, "da buttare")
    panel.flush()
    draft = next(c for c in _mine(sample_library, article_id) if c.state is State.DRAFT)
    assert panel.delete_comment(draft.local_id)
    assert panel.composer.text() == ""
    published = _mine(sample_library, article_id)[0]
    assert not panel.delete_comment(published.local_id)
    assert [c.state for c in _mine(sample_library, article_id)] == [State.PUBLISHED]


def test_shortcut_focuses_the_box_and_is_listed(
    qtbot: QtBot, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    article_id, _ = _article(sample_library)
    app = make_app()
    window, reader = app.window, app.reader
    reader.open_article(article_id)
    panel = _panel(app)
    panel.toggle.setChecked(False)
    assert not panel.body.isVisible()
    reader.article_view.setFocus()
    qtbot.keyClick(
        reader.article_view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(panel.composer.box.hasFocus)
    assert panel.body.isVisible()
    dialog = ShortcutsDialog(window)
    labels = [label for _keys, label in dialog.rows()]
    assert "Write a comment" in labels


def _settled(panel: CommentsPanel, text: str) -> bool:
    """``text`` is in the thread and no fetch is under way (the list is not redrawn)."""
    return text in _card_texts(panel, "remote:") and panel.as_of.text().startswith("as of ")


def _states(panel: CommentsPanel) -> list[str]:
    return [
        w.text()
        for card in panel.list.cards.values()
        for w in card.findChildren(QObject)
        if w.objectName() == "commentState" and hasattr(w, "text")
    ]


def _isso_texts(dbpath: Path) -> list[str]:
    conn = sqlite3.connect(dbpath)
    try:
        return [str(r[0]) for r in conn.execute("SELECT text FROM comments ORDER BY id")]
    finally:
        conn.close()


def test_the_panel_speaks_italian(
    qapp: QApplication, make_app: Callable[..., EdicolaApp], sample_library: Library
) -> None:
    translators = install_translations(qapp, "it")
    try:
        offline = "cannot connect: [Errno 101] Network is unreachable"
        assert state_label(State.QUEUED, reason=offline) == "In attesa della rete"
        refused = "cannot connect: connection refused"
        assert state_label(State.QUEUED, reason=refused) == "Il server dei commenti non risponde"
        assert state_label(State.QUEUED) == "In attesa di essere inviato"
        assert state_label(State.QUEUED, has_server=False).startswith("Conservato qui")
        article_id, _ = _article(sample_library)
        app = make_app()
        reader = app.reader
        reader.open_article(article_id)
        composer = _panel(app).composer
        assert composer.counter.text() == "400 caratteri disponibili"
        assert composer.local_only.text().startswith("Questa testata non ha un server")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_server_dialog_choices(qtbot: QtBot) -> None:
    dialog = CommentsServerDialog("Il Faro", None, None)
    qtbot.addWidget(dialog)
    assert dialog.own.isChecked() and dialog.choice() is None
    dialog.none.setChecked(True)
    assert dialog.choice() == ""
    qtbot.keyClicks(dialog.url, "ftp://nope")
    assert dialog.other.isChecked()
    dialog.buttons.accepted.emit()
    assert dialog.result() != CommentsServerDialog.DialogCode.Accepted
    assert "http://" in dialog.error.text()
    dialog.url.setText("https://comments.example/")
    dialog.buttons.accepted.emit()
    assert dialog.result() == CommentsServerDialog.DialogCode.Accepted
    assert dialog.choice() == "https://comments.example/"

    overridden = CommentsServerDialog("Il Faro", "https://a.example/", "https://b.example/")
    qtbot.addWidget(overridden)
    assert overridden.other.isChecked() and overridden.url.text() == "https://b.example/"
    silenced = CommentsServerDialog("Il Faro", "https://a.example/", None)
    qtbot.addWidget(silenced)
    assert silenced.none.isChecked()
