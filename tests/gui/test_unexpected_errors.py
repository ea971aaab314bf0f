"""An error nobody expected shows one calm line in the status bar and is written down."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from edicola.ui.app import EdicolaApp
from edicola.ui.shell.application import _status_bar_excepthook


def test_unexpected_error_goes_to_the_status_bar_and_a_report(
    make_app: Callable[..., EdicolaApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = make_app()
    window = app.window
    hook = _status_bar_excepthook(window)
    try:
        raise ValueError("something odd")
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
    message = window.statusBar().currentMessage()
    assert message.startswith("Something went wrong (something odd). The details are in ")
    report = Path(message.rsplit(" ", 1)[1].rstrip("."))
    assert "ValueError: something odd" in report.read_text("utf-8")
