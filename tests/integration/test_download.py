"""The download queue against a real HTTP server on 127.0.0.1, with faults injected.

Every case ends in a clear state: the edition imported, or a message naming
the edition and the reason with a ``retryable`` flag, the library untouched
and no stray files except a resumable ``.part``.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey, sign_file
from edicola.net.download_job import DownloadRequest, DownloadState
from edicola.net.downloader import Downloader
from edicola.servers.static_server import Fault, StaticServer, change_file
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from edicola.testing.newsstand_catalog import bundle_path as catalog_bundle_path
from edicola.testing.newsstand_catalog import publish_editions

EDITION = "gazzetta-2026-05-04"


@pytest.fixture
def nam(qapp: object) -> Iterator[QNetworkAccessManager]:
    """The manager owns every downloader made on it (``make_downloader``), so one
    deletion, done here and now, ends them all in Qt's order. Left to Python's
    garbage collector, a downloader died inside a reply's destructor whenever
    the last lambda holding it went, and on a busy machine that crashed a
    later test (``QObject::~QObject`` in a deferred delete)."""
    manager = QNetworkAccessManager()
    yield manager
    for downloader in manager.findChildren(Downloader):
        downloader.shutdown()
    manager.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def publish_bundle(
    tmp_path: Path, server: StaticServer, key: SecretKey | None, date: str = "2026-05-04"
) -> DownloadRequest:
    source = make_edition_source(tmp_path / f"src-{date}", date=date)
    (tmp_path / "built").mkdir(exist_ok=True)
    built = build_edition(source, tmp_path / "built")
    target = server.root / "bundles" / built.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built.path, target)
    signature_url = None
    if key is not None:
        sign_file(target, key)
        signature_url = server.url + f"bundles/{target.name}.minisig"
    return DownloadRequest(
        edition_id=built.edition_id,
        url=server.url + f"bundles/{target.name}",
        size=target.stat().st_size,
        sha256=built.sha256,
        signature_url=signature_url,
        public_key=None if key is None else key.public_key.to_base64(),
        allow_unsigned=key is None,
    )


def bundle_path(request: DownloadRequest, server: StaticServer) -> str:
    return request.url[len(server.url) :]


def make_downloader(nam: QNetworkAccessManager, library: Library, **options: int) -> Downloader:
    options.setdefault("backoff_base_ms", 5)
    options.setdefault("backoff_cap_ms", 20)
    downloader = Downloader(
        nam,
        library.folder / "downloads",
        library.editions.import_bundle,
        rng=random.Random(7),
        **options,  # type: ignore[arg-type]
    )
    downloader.setParent(nam)
    return downloader


def leftovers(library: Library) -> list[str]:
    folder = library.folder / "downloads"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def wait_outcome(qtbot, downloader: Downloader, request: DownloadRequest):  # type: ignore[no-untyped-def]
    outcome: list[tuple[str, ...]] = []
    downloader.finished.connect(lambda e: outcome.append(("finished", e)))
    downloader.failed.connect(lambda e, m, r: outcome.append(("failed", e, m, r)))
    downloader.enqueue(request)
    qtbot.waitUntil(lambda: bool(outcome), timeout=15_000)
    return outcome[0]


def test_signed_download_is_imported(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    downloader = make_downloader(nam, library)
    progress: list[tuple[str, int, int]] = []
    downloader.progress.connect(lambda e, got, total: progress.append((e, got, total)))
    assert wait_outcome(qtbot, downloader, request) == ("finished", EDITION)
    assert library.editions.edition(EDITION) is not None
    assert progress[-1] == (EDITION, request.size, request.size)
    assert leftovers(library) == []
    assert downloader.state(EDITION) == DownloadState.DONE


def test_unsigned_refused_unless_allowed(qtbot, tmp_path, server, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, None)
    refused = request.__class__(**{**request.__dict__, "allow_unsigned": False})
    outcome = wait_outcome(qtbot, make_downloader(nam, library), refused)
    assert outcome == ("failed", EDITION, f"{EDITION}: the edition is not signed", False)
    assert library.editions.edition(EDITION) is None
    assert leftovers(library) == []
    outcome = wait_outcome(qtbot, make_downloader(nam, library), request)
    assert outcome == ("finished", EDITION)


def test_wrong_key_is_refused(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    other = SecretKey.generate().public_key.to_base64()
    forged = request.__class__(**{**request.__dict__, "public_key": other})
    outcome = wait_outcome(qtbot, make_downloader(nam, library), forged)
    assert outcome[0] == "failed" and outcome[3] is False
    assert "bad signature" in outcome[2] and outcome[2].startswith(EDITION)
    assert library.editions.edition(EDITION) is None
    assert leftovers(library) == []


def test_tampered_byte_is_refused(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    server.fault(bundle_path(request, server), Fault("tamper", after=100))
    outcome = wait_outcome(qtbot, make_downloader(nam, library), request)
    assert outcome == (
        "failed",
        EDITION,
        f"{EDITION}: SHA-256 does not match the catalog (damaged or altered)",
        False,
    )
    assert library.editions.edition(EDITION) is None
    assert leftovers(library) == []


def test_not_found_is_final(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    server.fault(bundle_path(request, server), Fault("status", status=404))
    outcome = wait_outcome(qtbot, make_downloader(nam, library), request)
    assert outcome[:2] == ("failed", EDITION) and "404" in outcome[2] and outcome[3] is False
    assert len(server.requests_for(bundle_path(request, server))) == 1
    assert leftovers(library) == []


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_retried(qtbot, tmp_path, server, key, nam, library, status) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, Fault("status", status=status), Fault("status", status=status))
    outcome = wait_outcome(qtbot, make_downloader(nam, library), request)
    assert outcome == ("finished", EDITION)
    assert len(server.requests_for(path)) == 3
    assert leftovers(library) == []


def test_server_errors_give_up_retryable(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, *[Fault("status", status=503)] * 3)
    outcome = wait_outcome(qtbot, make_downloader(nam, library, max_attempts=3), request)
    assert outcome[:2] == ("failed", EDITION) and "503" in outcome[2] and outcome[3] is True
    assert library.editions.edition(EDITION) is None


def test_dropped_connection_resumes_after_restart(
    qtbot, tmp_path, server, key, nam, library
) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, Fault("drop", after=1000))
    first = make_downloader(nam, library, max_attempts=1)
    outcome = wait_outcome(qtbot, first, request)
    assert outcome[:2] == ("failed", EDITION) and outcome[3] is True
    part = first.part_path(EDITION)
    assert part.stat().st_size == 1000
    assert leftovers(library) == [part.name, part.name + ".json"]
    # A new downloader (as after the app was killed) picks the .part up.
    second = make_downloader(nam, library)
    assert wait_outcome(qtbot, second, request) == ("finished", EDITION)
    resumed = server.requests_for(path)[-1].headers
    assert resumed["Range"] == "bytes=1000-"
    assert resumed["If-Range"] == server.etag(server.root / path)
    assert library.editions.edition(EDITION) is not None
    assert leftovers(library) == []


def test_changed_file_restarts_from_zero(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    served = server.root / path
    good = served.read_bytes()
    served.write_bytes(bytes(b ^ 0x55 for b in good))  # same size, other bytes
    server.fault(path, Fault("drop", after=1500))
    first = make_downloader(nam, library, max_attempts=1)
    assert wait_outcome(qtbot, first, request)[3] is True
    change_file(served, good)
    assert wait_outcome(qtbot, make_downloader(nam, library), request) == ("finished", EDITION)
    last = server.requests_for(path)[-1]
    assert last.headers["Range"] == "bytes=1500-"  # asked to resume, got the whole new file
    assert hashlib.sha256(good).hexdigest() == request.sha256
    assert leftovers(library) == []


def test_range_not_satisfiable_restarts(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, Fault("drop", after=800))
    assert wait_outcome(qtbot, make_downloader(nam, library, max_attempts=1), request)[3] is True
    server.fault(path, Fault("status", status=416))
    assert wait_outcome(qtbot, make_downloader(nam, library), request) == ("finished", EDITION)
    assert "Range" not in server.requests_for(path)[-1].headers
    assert leftovers(library) == []


def test_short_content_length(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    server.fault(bundle_path(request, server), Fault("short_length", after=10))
    outcome = wait_outcome(qtbot, make_downloader(nam, library, max_attempts=1), request)
    assert outcome[:2] == ("failed", EDITION) and "incomplete" in outcome[2]
    assert outcome[3] is True
    assert library.editions.edition(EDITION) is None
    assert leftovers(library) == []


def test_stall_is_detected_and_retried(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = publish_bundle(tmp_path, server, key)
    path = bundle_path(request, server)
    server.fault(path, Fault("stall", after=500))
    downloader = make_downloader(nam, library, stall_timeout_ms=300)
    assert wait_outcome(qtbot, downloader, request) == ("finished", EDITION)
    assert server.requests_for(path)[-1].headers["Range"] == "bytes=500-"


def test_offline_is_retryable(qtbot, tmp_path, nam, library) -> None:  # type: ignore[no-untyped-def]
    request = DownloadRequest(EDITION, "http://127.0.0.1:9/x.edicola", 10, "0" * 64)
    outcome = wait_outcome(qtbot, make_downloader(nam, library, max_attempts=1), request)
    assert outcome[:2] == ("failed", EDITION) and outcome[3] is True
    assert library.editions.edition(EDITION) is None


def test_two_at_a_time_pause_resume_cancel(qtbot, tmp_path, server, key, nam, library) -> None:  # type: ignore[no-untyped-def]
    requests = [publish_bundle(tmp_path, server, key, date=f"2026-05-0{day}") for day in (4, 5, 6)]
    for request in requests:
        server.fault(bundle_path(request, server), Fault("stall", after=400))
    downloader = make_downloader(nam, library)
    ids = [r.edition_id for r in requests]
    done: list[str] = []
    downloader.finished.connect(done.append)
    for request in requests:
        downloader.enqueue(request)
    states = lambda: [downloader.state(i) for i in ids]  # noqa: E731
    assert states() == [DownloadState.DOWNLOADING, DownloadState.DOWNLOADING, DownloadState.QUEUED]
    qtbot.waitUntil(lambda: downloader.received(ids[0]) == 400, timeout=5000)
    downloader.pause(ids[0])
    assert downloader.state(ids[0]) == DownloadState.PAUSED
    assert downloader.state(ids[2]) == DownloadState.DOWNLOADING
    assert downloader.part_path(ids[0]).exists()
    downloader.cancel(ids[1])
    assert downloader.state(ids[1]) == DownloadState.CANCELLED
    assert not downloader.part_path(ids[1]).exists()
    server.release()
    qtbot.waitUntil(lambda: done == [ids[2]], timeout=10_000)
    downloader.resume(ids[0])
    qtbot.waitUntil(lambda: ids[0] in done, timeout=10_000)
    assert (
        server.requests_for(bundle_path(requests[0], server))[-1].headers["Range"] == "bytes=400-"
    )
    assert library.editions.edition(ids[1]) is None
    assert leftovers(library) == []


def _edicola(library_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "edicola", "--library", str(library_dir), *args]


def test_kill_9_mid_download_resumes_from_part(qtbot, tmp_path, server, key) -> None:  # type: ignore[no-untyped-def]
    (edition_id,) = publish_editions(
        tmp_path, server.root, key, ["2026-05-04"], base_url=server.url
    )
    library_dir = tmp_path / "killed-library"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    url = server.url + "catalog.json"
    subprocess.run(_edicola(library_dir, "catalog", url), env=env, check=True, capture_output=True)
    served = catalog_bundle_path(server.root, edition_id)
    server.fault(served, Fault("stall", after=1200))
    part = library_dir / "downloads" / f"{edition_id}.edicola.part"
    child = subprocess.Popen(
        _edicola(library_dir, "download", edition_id),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: part.exists() and part.stat().st_size == 1200, timeout=20_000)
    finally:
        child.kill()  # SIGKILL: no cleanup of any kind
        child.wait()
    assert child.returncode == -signal.SIGKILL
    done = subprocess.run(
        _edicola(library_dir, "download", edition_id), env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    resumed = server.requests_for(served)[-1].headers
    assert resumed["Range"] == "bytes=1200-"
    assert resumed["If-Range"] == server.etag(server.root / served)
    assert not part.exists()
    library = Library.open(library_dir)
    try:
        assert library.editions.edition(edition_id) is not None
    finally:
        library.close()
