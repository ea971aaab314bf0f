"""The status bar's line of text: elided to its room, whole in its tooltip and name."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from edicola.ui.shell.status_line import StatusLine


def test_a_text_too_long_for_the_line_is_whole_in_its_tooltip(qtbot: QtBot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.resize(120, line.sizeHint().height())
    line.show()
    qtbot.waitExposed(line)
    line.setText("Cronaca")
    assert (line.text(), line.toolTip(), line.accessibleName()) == ("Cronaca", "", "Cronaca")
    long = "Cronaca cittadina e provinciale · articolo 12 di 83"
    line.setText(long)
    assert (line.toolTip(), line.accessibleName()) == (long, long)
    line.resize(2000, line.height())  # room enough again: no tooltip
    assert line.toolTip() == ""
