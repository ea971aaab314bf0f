"""A download that trickles hits its overall deadline (issue 11 §3).

The stall timer restarts on every byte, so a server sending 1 KB every 20 s
never trips it; each attempt also has a deadline. Here the server stops after
500 bytes with a stall timer far longer than the test: only the deadline can
end the attempt, and the download then resumes from its ``.part``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.net.downloader import Downloader
from edicola.servers.static_server import Fault
from tests.integration.test_download import (
    EDITION,
    bundle_path,
    make_downloader,
    publish_bundle,
    wait_outcome,
)


@pytest.fixture
def nam(qapp: object) -> Iterator[QNetworkAccessManager]:
    """As in test_download: the manager owns the downloaders and ends them in Qt's order."""
    manager = QNetworkAccessManager()
    yield manager
    for downloader in manager.findChildren(Downloader):
        downloader.shutdown()
    manager.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_trickle_hits_the_attempt_deadline_and_resumes(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path,
    server,
    key,
    nam,
    library,
) -> None:
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, Fault("stall", after=500))
    downloader: Downloader = make_downloader(
        nam, library, stall_timeout_ms=60_000, deadline_floor_ms=300, min_rate=1 << 40
    )
    assert wait_outcome(qtbot, downloader, request) == ("finished", EDITION)
    assert server.requests_for(path)[-1].headers["Range"] == "bytes=500-"
    server.release()


def test_the_deadline_gives_up_after_the_last_attempt(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path,
    server,
    key,
    nam,
    library,
) -> None:
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    for _ in range(2):
        server.fault(path, Fault("stall", after=100))
    downloader = make_downloader(
        nam,
        library,
        stall_timeout_ms=60_000,
        deadline_floor_ms=200,
        min_rate=1 << 40,
        max_attempts=2,
    )
    outcome = wait_outcome(qtbot, downloader, request)
    assert outcome[0] == "failed" and "too slowly" in outcome[2] and outcome[3] is True
    server.release()
