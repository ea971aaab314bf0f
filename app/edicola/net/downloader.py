"""The edition download queue: resumable, verified, imported in one step.

Bytes stream straight to ``<library>/downloads/<edition>.edicola.part`` and are
hashed as they arrive (SHA-256 for the catalog's checksum, BLAKE2b-512 for the
minisign signature), so memory stays flat and verification costs no extra
pass. A JSON sidecar next to the ``.part`` remembers the URL and the server's
validator (ETag or Last-Modified); an interrupted download, even one the app
was killed during, resumes with ``Range`` + ``If-Range``, and a file changed
on the server in between comes back whole (HTTP 200) and restarts from zero.

Only a download whose size, SHA-256 and signature all check out reaches the
importer; a failed check deletes the file. Network trouble is retried with
exponential backoff and full jitter; the ``.part`` is kept for later.
QNetworkAccessManager drives the transfers from the event loop; the import
runs on a :class:`BackgroundImporter`'s worker thread when given one (the
app), or right here when given a plain importer function (the CLI).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from edicola.core.backoff import RetryPolicy
from edicola.core.catalog.minisign import MinisignError, Signature, verify_prehashed
from edicola.core.catalog.provenance import Announcement, Source
from edicola.net.fetch import CappedFetch, FetchResult, describe_error, make_request, status_of
from edicola.store.editions import PublisherConflict
from edicola.tasks.import_queue import BackgroundImporter, ImportAbandoned

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
_MAX_SIGNATURE = 64 * 1024
_READ_BUFFER = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


class DownloadState(StrEnum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    WAITING = "waiting"  # for a retry after a network problem
    PAUSED = "paused"
    VERIFYING = "verifying"
    IMPORTING = "importing"  # on the importer's worker: cannot be paused or cancelled
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATES = frozenset({DownloadState.DOWNLOADING, DownloadState.VERIFYING})
# Pause and cancel leave these alone; an import is one transaction and is never cut.
_SETTLED = frozenset({DownloadState.DONE, DownloadState.CANCELLED, DownloadState.IMPORTING})


@dataclass(frozen=True)
class DownloadRequest:
    """What the catalog promises about one bundle."""

    edition_id: str
    url: str
    size: int
    sha256: str
    signature_url: str | None = None
    public_key: str | None = None
    allow_unsigned: bool = False
    title: str = ""
    publication_id: str | None = None
    """With ``revision``: what the catalog announced; the bundle must carry exactly that."""
    revision: int | None = None
    catalog_url: str | None = None
    """The catalog it comes from: with ``public_key``, the source that must own the publication."""
    accept_new_publisher: bool = False
    """The user's explicit decision to let this catalog take over a publication owned elsewhere."""

    def source(self) -> Source | None:
        if self.catalog_url is None:
            return None
        return Source.catalog(self.catalog_url, self.public_key)

    def announcement(self) -> Announcement | None:
        if self.publication_id is None or self.revision is None:
            return None
        return Announcement(self.publication_id, self.edition_id, self.revision)


@dataclass
class _Job:
    request: DownloadRequest
    state: DownloadState = DownloadState.QUEUED
    received: int = 0
    attempt: int = 0
    restarted: bool = False
    reply: QNetworkReply | None = None
    handle: BinaryIO | None = None
    sha256: Any = field(default_factory=hashlib.sha256)
    blake2b: Any = field(default_factory=lambda: hashlib.blake2b(digest_size=64))
    accepting: bool = False
    abort_reason: str | None = None
    timer: QTimer | None = None
    deadline: QTimer | None = None
    fetch: CappedFetch | None = None


class Importer(Protocol):
    """``EditionStore.import_bundle``: gets the SHA-256 the downloader already computed,
    the source (the catalog's key) and what the catalog announced."""

    def __call__(
        self,
        path: Path,
        *,
        bundle_sha256: str | None = None,
        origin: Source | None = None,
        expect: Announcement | None = None,
        accept_new_publisher: bool = False,
    ) -> object: ...


class _Failure(Exception):
    def __init__(self, message: str, retryable: bool, keep_part: bool) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.keep_part = keep_part


class Downloader(QObject):
    """A queue of edition downloads, at most ``max_parallel`` at a time."""

    progress = Signal(str, int, int)  # edition_id, received, total
    overall_progress = Signal(int, int)  # received, total over the current batch
    finished = Signal(str)  # edition_id, imported
    failed = Signal(str, str, bool)  # edition_id, message, retryable
    # Emitted just before ``failed`` when the publication belongs to another source:
    # edition_id, publication_id, its owner, this download's source (stored owner strings).
    publisher_conflict = Signal(str, str, str, str)
    state_changed = Signal(str, str)  # edition_id, DownloadState value

    def __init__(
        self,
        nam: QNetworkAccessManager,
        downloads_dir: Path,
        importer: Importer | BackgroundImporter,
        *,
        max_parallel: int = 2,
        max_attempts: int = 5,
        backoff_base_ms: int = 1000,
        backoff_cap_ms: int = 5 * 60_000,
        stall_timeout_ms: int = 30_000,
        min_rate: int = 16 * 1024,
        deadline_floor_ms: int = 5 * 60_000,
        rng: random.Random | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._nam = nam
        self._dir = downloads_dir
        self._importer = importer
        self._max_parallel = max_parallel
        self._max_attempts = max_attempts
        self._backoff = RetryPolicy(base=backoff_base_ms / 1000, cap=backoff_cap_ms / 1000)
        self._stall_ms = stall_timeout_ms
        # The stall timer restarts on every byte, so a trickle (1 KB every 20 s) never
        # trips it; each attempt also has a deadline: the floor plus the bytes still
        # to come at ``min_rate`` bytes a second.
        self._min_rate = min_rate
        self._deadline_floor_ms = deadline_floor_ms
        self._rng = rng or random.Random()
        self._jobs: dict[str, _Job] = {}
        self._queue: list[str] = []
        self._closing = False

    # -- public API -----------------------------------------------------------------------

    def enqueue(self, request: DownloadRequest) -> None:
        job = self._jobs.get(request.edition_id)
        if job is not None and job.state not in (
            DownloadState.DONE,
            DownloadState.FAILED,
            DownloadState.CANCELLED,
        ):
            return
        self._jobs[request.edition_id] = _Job(request)
        self._queue.append(request.edition_id)
        self._set_state(self._jobs[request.edition_id], DownloadState.QUEUED)
        self._pump()

    def pause(self, edition_id: str) -> None:
        job = self._jobs.get(edition_id)
        if job is None or job.state in _SETTLED:
            return
        self._stop(job, "paused")
        self._unqueue(edition_id)
        self._set_state(job, DownloadState.PAUSED)
        self._pump()

    def resume(self, edition_id: str) -> None:
        job = self._jobs.get(edition_id)
        if job is None or job.state not in (DownloadState.PAUSED, DownloadState.FAILED):
            return
        job.attempt = 0
        self._queue.append(edition_id)
        self._set_state(job, DownloadState.QUEUED)
        self._pump()

    def cancel(self, edition_id: str) -> None:
        job = self._jobs.get(edition_id)
        if job is None or job.state in _SETTLED:
            return
        self._stop(job, "cancelled")
        self._unqueue(edition_id)
        self._remove_part(job.request.edition_id)
        self._set_state(job, DownloadState.CANCELLED)
        self._emit_overall()
        self._pump()

    def state(self, edition_id: str) -> DownloadState | None:
        job = self._jobs.get(edition_id)
        return None if job is None else job.state

    def received(self, edition_id: str) -> int:
        job = self._jobs.get(edition_id)
        return 0 if job is None else job.received

    def part_path(self, edition_id: str) -> Path:
        return self._dir / f"{edition_id}.edicola.part"

    def interrupted(self) -> list[str]:
        """Editions whose download was cut short in an earlier run (a ``.part`` with its
        sidecar is on disk) and that this run has not taken up yet."""
        if not self._dir.is_dir():
            return []
        found = []
        for sidecar in sorted(self._dir.glob("*.edicola.part.json")):
            edition_id = sidecar.name.removesuffix(".edicola.part.json")
            if edition_id not in self._jobs and self.part_path(edition_id).exists():
                found.append(edition_id)
        return found

    # -- queue ----------------------------------------------------------------------------

    def _unqueue(self, edition_id: str) -> None:
        self._queue = [e for e in self._queue if e != edition_id]

    def _pump(self) -> None:
        while self._queue and self._active_count() < self._max_parallel:
            job = self._jobs[self._queue.pop(0)]
            self._start(job)

    def _active_count(self) -> int:
        return sum(1 for j in self._jobs.values() if j.state in ACTIVE_STATES)

    def _set_state(self, job: _Job, state: DownloadState) -> None:
        job.state = state
        self.state_changed.emit(job.request.edition_id, state.value)

    def _emit_overall(self) -> None:
        live = [j for j in self._jobs.values() if j.state != DownloadState.CANCELLED]
        self.overall_progress.emit(sum(j.received for j in live), sum(j.request.size for j in live))

    # -- files ----------------------------------------------------------------------------

    def _sidecar(self, edition_id: str) -> Path:
        return self._dir / f"{edition_id}.edicola.part.json"

    def _remove_part(self, edition_id: str) -> None:
        self.part_path(edition_id).unlink(missing_ok=True)
        self._sidecar(edition_id).unlink(missing_ok=True)

    def _load_sidecar(self, job: _Job) -> dict[str, Any] | None:
        try:
            data = json.loads(self._sidecar(job.request.edition_id).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        request = job.request
        same = (data.get("url"), data.get("sha256"), data.get("size")) == (
            request.url,
            request.sha256,
            request.size,
        )
        return data if same else None

    def _save_sidecar(self, job: _Job, validator: str | None) -> None:
        request = job.request
        meta = {
            "url": request.url,
            "sha256": request.sha256,
            "size": request.size,
            "validator": validator,
        }
        path = self._sidecar(request.edition_id)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(meta), "utf-8")
        os.replace(tmp, path)

    # -- one download ---------------------------------------------------------------------

    def _start(self, job: _Job) -> None:
        request = job.request
        self._dir.mkdir(parents=True, exist_ok=True)
        part = self.part_path(request.edition_id)
        meta = self._load_sidecar(job)
        validator = meta.get("validator") if meta else None
        offset = part.stat().st_size if part.exists() and meta else 0
        if offset > request.size or (offset and not validator and offset < request.size):
            offset = 0
        job.sha256, job.blake2b = hashlib.sha256(), hashlib.blake2b(digest_size=64)
        job.abort_reason = None
        job.accepting = False
        if offset:
            with part.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    job.sha256.update(chunk)
                    job.blake2b.update(chunk)
        else:
            part.write_bytes(b"")
            self._save_sidecar(job, None)
        job.received = offset
        # Unbuffered: what was received is on disk, so even a kill -9 leaves a resumable .part.
        job.handle = part.open("ab", buffering=0)
        self._set_state(job, DownloadState.DOWNLOADING)
        if offset == request.size:
            self._close_handle(job)
            self._fetch_signature(job)
            return
        http = make_request(request.url)
        if offset:
            http.setRawHeader(b"Range", f"bytes={offset}-".encode())
            http.setRawHeader(b"If-Range", str(validator).encode())
        reply = self._nam.get(http)
        # Bounded buffering: the network thread pauses instead of queueing the
        # whole bundle in memory when the disk or the hashing falls behind.
        reply.setReadBufferSize(_READ_BUFFER)
        job.reply = reply
        reply.metaDataChanged.connect(lambda j=job, r=reply: self._on_headers(j, r))
        reply.readyRead.connect(lambda j=job, r=reply: self._on_ready_read(j, r))
        reply.finished.connect(lambda j=job, r=reply: self._on_finished(j, r))
        job.timer = QTimer(self)
        job.timer.setSingleShot(True)
        job.timer.setInterval(self._stall_ms)
        job.timer.timeout.connect(lambda j=job, r=reply: self._abort(j, r, "stalled"))
        job.timer.start()
        remaining = request.size - offset
        job.deadline = QTimer(self)
        job.deadline.setSingleShot(True)
        job.deadline.setInterval(
            min(self._deadline_floor_ms + 1000 * remaining // max(self._min_rate, 1), 2**31 - 1)
        )
        job.deadline.timeout.connect(lambda j=job, r=reply: self._abort(j, r, "too slow"))
        job.deadline.start()

    def _abort(self, job: _Job, reply: QNetworkReply, reason: str) -> None:
        if job.reply is reply and job.abort_reason is None:
            job.abort_reason = reason
            reply.abort()

    def _stop(self, job: _Job, reason: str) -> None:
        if job.reply is not None:
            self._abort(job, job.reply, reason)
        if job.fetch is not None:
            fetch, job.fetch = job.fetch, None
            fetch.abort()
        if job.timer is not None:
            job.timer.stop()
        if job.deadline is not None:
            job.deadline.stop()
        self._close_handle(job)

    def _close_handle(self, job: _Job) -> None:
        if job.handle is not None:
            job.handle.close()
            job.handle = None

    def _on_headers(self, job: _Job, reply: QNetworkReply) -> None:
        if job.reply is not reply or job.handle is None:
            return
        status = status_of(reply)
        request = job.request
        if status == 200:
            if job.received:  # validator changed: the file is new, start over
                job.handle.seek(0)
                job.handle.truncate()
                job.received = 0
                job.sha256, job.blake2b = hashlib.sha256(), hashlib.blake2b(digest_size=64)
        elif status == 206:
            match = _CONTENT_RANGE.match(bytes(reply.rawHeader("Content-Range").data()).decode())
            if not match or int(match[1]) != job.received:
                self._abort(job, reply, "bad range")
                return
        else:
            return
        length = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if length is not None and job.received + int(length) > request.size:
            self._abort(job, reply, "too large")
            return
        etag = bytes(reply.rawHeader("ETag").data()).decode("latin-1")
        modified = bytes(reply.rawHeader("Last-Modified").data()).decode("latin-1")
        # A weak ETag cannot be used with If-Range (RFC 9110 13.1.5).
        validator = etag if etag and not etag.startswith("W/") else modified or None
        self._save_sidecar(job, validator)
        job.accepting = True

    def _on_ready_read(self, job: _Job, reply: QNetworkReply) -> None:
        if job.reply is not reply or not reply.isOpen():
            return
        while reply.bytesAvailable() > 0:
            data = bytes(reply.read(_CHUNK).data())
            if not data or not self._accept(job, reply, data):
                return

    def _accept(self, job: _Job, reply: QNetworkReply, data: bytes) -> bool:
        """Write, hash and count one chunk; False once the download was aborted."""
        if not job.accepting or job.handle is None:
            return False
        if job.timer is not None:
            job.timer.start()
        if job.received + len(data) > job.request.size:
            self._abort(job, reply, "too large")
            return False
        job.handle.write(data)
        job.sha256.update(data)
        job.blake2b.update(data)
        job.received += len(data)
        self.progress.emit(job.request.edition_id, job.received, job.request.size)
        self._emit_overall()
        return True

    def _on_finished(self, job: _Job, reply: QNetworkReply) -> None:
        reply.deleteLater()
        if job.reply is not reply:
            return
        self._on_ready_read(job, reply)
        job.reply = None
        for timer in (job.timer, job.deadline):
            if timer is not None:
                timer.stop()
                timer.deleteLater()
        job.timer = job.deadline = None
        self._close_handle(job)
        reason = job.abort_reason
        if reason in ("paused", "cancelled"):
            return
        try:
            self._check_transfer(job, reply, reason)
        except _Failure as failure:
            self._fail(job, str(failure), failure.retryable, failure.keep_part)
            return
        self._fetch_signature(job)

    def _check_transfer(self, job: _Job, reply: QNetworkReply, reason: str | None) -> None:
        request = job.request
        status = status_of(reply)
        if reason == "stalled":
            raise _Failure(
                QCoreApplication.translate("Downloader", "the server stopped sending data"),
                True,
                True,
            )
        if reason == "too slow":
            raise _Failure(
                QCoreApplication.translate(
                    "Downloader", "the server is sending too slowly (under {rate} KiB/s)"
                ).format(rate=self._min_rate // 1024),
                True,
                True,
            )
        if reason == "too large":
            raise _Failure(
                QCoreApplication.translate(
                    "Downloader", "the server sent more bytes than the catalog lists"
                ),
                False,
                False,
            )
        if reason == "bad range":
            raise _Failure(
                QCoreApplication.translate(
                    "Downloader", "the server answered the wrong byte range"
                ),
                True,
                False,
            )
        if status == 416 and not job.restarted:
            # Our .part no longer fits the file: start again from zero, once.
            job.restarted = True
            raise _Failure(
                QCoreApplication.translate("Downloader", "the server refused to resume (HTTP 416)"),
                True,
                False,
            )
        if reply.error() != QNetworkReply.NetworkError.NoError or status >= 400:
            text, retryable = describe_error(reply, status)
            raise _Failure(text, retryable, retryable)
        if job.received != request.size:
            message = QCoreApplication.translate(
                "Downloader", "incomplete download: {got} of {size} bytes"
            ).format(got=job.received, size=request.size)
            raise _Failure(message, True, False)

    def _fetch_signature(self, job: _Job) -> None:
        self._set_state(job, DownloadState.VERIFYING)
        request = job.request
        if request.signature_url is None:
            self._verify(job, None)
            return

        def done(result: FetchResult, j: _Job = job) -> None:
            if j.fetch is None:
                return  # paused or cancelled meanwhile
            j.fetch = None
            if not result.ok:
                message = QCoreApplication.translate(
                    "Downloader", "cannot fetch the signature: {why}"
                ).format(why=result.error)
                self._fail(j, message, result.retryable, True)
                return
            self._verify(j, result.data)

        job.fetch = CappedFetch(self._nam, request.signature_url, _MAX_SIGNATURE, done)

    def _verify(self, job: _Job, signature: bytes | None) -> None:
        request = job.request
        part = self.part_path(request.edition_id)
        try:
            if part.stat().st_size != request.size:
                raise _Failure(
                    QCoreApplication.translate("Downloader", "size does not match the catalog"),
                    True,
                    False,
                )
            if job.sha256.hexdigest() != request.sha256:
                raise _Failure(
                    QCoreApplication.translate(
                        "Downloader", "SHA-256 does not match the catalog (damaged or altered)"
                    ),
                    False,
                    False,
                )
            if signature is None:
                if not request.allow_unsigned:
                    raise _Failure(
                        QCoreApplication.translate("Downloader", "the edition is not signed"),
                        False,
                        False,
                    )
            elif request.public_key is None:
                raise _Failure(
                    QCoreApplication.translate(
                        "Downloader", "no publisher key to check the signature"
                    ),
                    False,
                    False,
                )
            else:
                parsed = Signature.parse(signature.decode("utf-8", "replace"))
                verify_prehashed(job.blake2b.digest(), parsed, request.public_key)
        except _Failure as failure:
            self._fail(job, str(failure), failure.retryable, failure.keep_part)
            return
        except MinisignError as exc:
            self._fail(
                job,
                QCoreApplication.translate("Downloader", "bad signature: {why}").format(why=exc),
                False,
                False,
            )
            return
        except OSError as exc:
            self._fail(job, str(exc), True, False)
            return
        self._import(job, part)

    def _import(self, job: _Job, part: Path) -> None:
        edition_id = job.request.edition_id
        bundle = self._dir / f"{edition_id}.edicola"
        try:
            os.replace(part, bundle)
        except OSError as exc:
            self._fail(job, str(exc), True, False)
            return
        request = job.request
        options: dict[str, Any] = {
            # The digest computed in flight spares the importer a second pass over the file.
            "bundle_sha256": job.sha256.hexdigest(),
            "origin": request.source(),
            "expect": request.announcement(),
            "accept_new_publisher": request.accept_new_publisher,
        }
        self._set_state(job, DownloadState.IMPORTING)
        if isinstance(self._importer, BackgroundImporter):

            def done(outcome: object, j: _Job = job, b: Path = bundle) -> None:
                self._imported(j, b, outcome)

            self._importer.submit(bundle, done, **options)
            return
        outcome: object
        try:
            outcome = self._importer(bundle, **options)
        except Exception as exc:  # the importer's errors are user-facing one-liners
            outcome = exc
        self._imported(job, bundle, outcome)

    def _imported(self, job: _Job, bundle: Path, outcome: object) -> None:
        """The import's outcome (a result, or the exception it raised), on this thread."""
        edition_id = job.request.edition_id
        if isinstance(outcome, ImportAbandoned):
            # Shut down before it began: back to a complete .part, verified and imported
            # the next time the app starts (``interrupted``).
            try:
                os.replace(bundle, self.part_path(edition_id))
            except OSError:
                bundle.unlink(missing_ok=True)
            job.state = DownloadState.PAUSED
            return
        bundle.unlink(missing_ok=True)
        if isinstance(outcome, Exception):
            if self._closing:
                self._remove_part(edition_id)
                job.state = DownloadState.FAILED
                return
            if isinstance(outcome, PublisherConflict):
                self.publisher_conflict.emit(
                    edition_id, outcome.publication_id, outcome.owner, outcome.source.owner
                )
            self._fail(
                job,
                QCoreApplication.translate("Downloader", "cannot import: {why}").format(
                    why=outcome
                ),
                False,
                False,
            )
            return
        self._sidecar(edition_id).unlink(missing_ok=True)
        if self._closing:
            job.state = DownloadState.DONE
            return
        self._set_state(job, DownloadState.DONE)
        self.finished.emit(edition_id)
        self._pump()

    def _fail(self, job: _Job, message: str, retryable: bool, keep_part: bool) -> None:
        edition_id = job.request.edition_id
        if not keep_part:
            self._remove_part(edition_id)
            job.received = 0
        job.attempt += 1
        if retryable and job.attempt < self._max_attempts:
            delay = int(1000 * self._backoff.delay(job.attempt, rng=self._rng))
            self._set_state(job, DownloadState.WAITING)
            QTimer.singleShot(delay, self, lambda j=job: self._retry(j))
            self._pump()
            return
        self._set_state(job, DownloadState.FAILED)
        self.failed.emit(edition_id, f"{edition_id}: {message}", retryable)
        self._emit_overall()
        self._pump()

    def _retry(self, job: _Job) -> None:
        if job.state != DownloadState.WAITING or self._jobs.get(job.request.edition_id) is not job:
            return
        self._queue.insert(0, job.request.edition_id)
        self._set_state(job, DownloadState.QUEUED)
        self._pump()

    def shutdown(self) -> None:
        """Stop everything, keeping ``.part`` files for the next run. An import under
        way is waited for (one transaction, never cut); no signal is emitted after."""
        self._closing = True
        if isinstance(self._importer, BackgroundImporter):
            self._importer.shutdown()
        for job in self._jobs.values():
            if job.state in (*ACTIVE_STATES, DownloadState.QUEUED, DownloadState.WAITING):
                self._stop(job, "paused")
                job.state = DownloadState.PAUSED
        self._queue.clear()
