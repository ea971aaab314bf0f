"""A comment card shows Markdown as Isso does and wraps long unbreakable text (issue 10)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from edicola.ui.comments.thread import CommentCard


def test_bold_is_bold_tags_are_text_and_long_runs_wrap(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(300, 400)
    card = CommentCard("Ann · today", "**bold** <b>tag</b> " + "x" * 200, 0, holder)
    card.resize(300, card.heightForWidth(300) if card.hasHeightForWidth() else 200)
    holder.show()
    assert card.source.startswith("**bold**")
    assert "<strong>bold</strong>" in card.text.text() and "&lt;b&gt;" in card.text.text()
    assert card.text.minimumSizeHint().width() < 300  # the run breaks; the card stays narrow
    assert card.text.heightForWidth(280) > card.text.fontMetrics().lineSpacing() * 3
