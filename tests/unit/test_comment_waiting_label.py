"""A queued comment says why it waits (issue 27): "Waiting for network" only when this
machine's network is down, the server's silence when only the server failed."""

from __future__ import annotations

import pytest

from edicola.core.comments.outbox import (
    LABELS,
    NOT_TRIED_LABEL,
    SERVER_SILENT_LABEL,
    State,
    queued_label,
)


@pytest.mark.parametrize(
    ("reason", "label"),
    [
        ("", NOT_TRIED_LABEL),
        ("cannot connect: [Errno -3] Temporary failure in name resolution", LABELS[State.QUEUED]),
        ("cannot connect: [Errno 101] Network is unreachable", LABELS[State.QUEUED]),
        ("cannot connect: [Errno 113] No route to host", LABELS[State.QUEUED]),
        ("cannot connect: connection refused", SERVER_SILENT_LABEL),
        ("cannot connect: timed out", SERVER_SILENT_LABEL),
        ("no answer: connection closed by the server", SERVER_SILENT_LABEL),
        ("HTTP 503", SERVER_SILENT_LABEL),
        ("cannot connect: [Errno -2] Name or service not known", SERVER_SILENT_LABEL),
    ],
)
def test_the_waiting_label_names_what_is_down(reason: str, label: str) -> None:
    assert queued_label(reason) == label
