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
runs on an :class:`ImportQueue`'s worker thread when given one (the
app), or right here when given a plain importer function (the CLI).
"""

from __future__ import annotations

import hashlib
import os
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from edicola.core.backoff import RetryPolicy
from edicola.net.download_checks import DownloadFailure, check_bundle, check_transfer
from edicola.net.download_job import (
    ACTIVE_STATES,
    SETTLED_STATES,
    DownloadJob,
    DownloadRequest,
    DownloadState,
    Importer,
)
from edicola.net.fetch import CappedFetch, FetchResult, make_request, status_of
from edicola.net.part_files import PartFiles
from edicola.store.editions import PublisherConflict
from edicola.tasks.import_queue import ImportAbandoned, ImportQueue

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
_MAX_SIGNATURE = 64 * 1024
_READ_BUFFER = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


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
        importer: Importer | ImportQueue,
        *,
        max_parallel: int = 2,
        max_attempts: int = 5,
        backoff_base_ms: int = 1000,
        backoff_cap_ms: int = 5 * 60_000,
        stall_timeout_ms: int = 30_000,
        min_rate: int = 16 * 1024,
        deadline_floor_ms: int = 5 * 60_000,
        rng: random.Random | None = None,
        say_error: Callable[[BaseException], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Words for an import's exception: the app passes its translating one
        # (ui/common/messages.py: the store's messages in the reader's language).
        self._say_error = say_error
        self._nam = nam
        self._dir = downloads_dir
        self._parts = PartFiles(downloads_dir)
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
        self._jobs: dict[str, DownloadJob] = {}
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
        self._jobs[request.edition_id] = DownloadJob(request)
        self._queue.append(request.edition_id)
        self._set_state(self._jobs[request.edition_id], DownloadState.QUEUED)
        self._pump()

    def pause(self, edition_id: str) -> None:
        job = self._jobs.get(edition_id)
        if job is None or job.state in SETTLED_STATES:
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
        if job is None or job.state in SETTLED_STATES:
            return
        self._stop(job, "cancelled")
        self._unqueue(edition_id)
        self._parts.remove(job.request.edition_id)
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
        return self._parts.part(edition_id)

    def interrupted(self) -> list[str]:
        """Editions whose download was cut short in an earlier run (a ``.part`` with its
        sidecar is on disk) and that this run has not taken up yet."""
        return self._parts.interrupted(self._jobs)

    # -- queue ----------------------------------------------------------------------------

    def _unqueue(self, edition_id: str) -> None:
        self._queue = [e for e in self._queue if e != edition_id]

    def _pump(self) -> None:
        while self._queue and self._active_count() < self._max_parallel:
            job = self._jobs[self._queue.pop(0)]
            self._start(job)

    def _active_count(self) -> int:
        return sum(1 for j in self._jobs.values() if j.state in ACTIVE_STATES)

    def _set_state(self, job: DownloadJob, state: DownloadState) -> None:
        job.state = state
        self.state_changed.emit(job.request.edition_id, state.value)

    def _emit_overall(self) -> None:
        live = [j for j in self._jobs.values() if j.state != DownloadState.CANCELLED]
        self.overall_progress.emit(sum(j.received for j in live), sum(j.request.size for j in live))

    # -- one download ---------------------------------------------------------------------

    def _start(self, job: DownloadJob) -> None:
        request = job.request
        self._dir.mkdir(parents=True, exist_ok=True)
        part = self.part_path(request.edition_id)
        meta = self._parts.load(request)
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
            self._parts.save(request, None)
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

    def _abort(self, job: DownloadJob, reply: QNetworkReply, reason: str) -> None:
        if job.reply is reply and job.abort_reason is None:
            job.abort_reason = reason
            reply.abort()

    def _stop(self, job: DownloadJob, reason: str) -> None:
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

    def _close_handle(self, job: DownloadJob) -> None:
        if job.handle is not None:
            job.handle.close()
            job.handle = None

    def _on_headers(self, job: DownloadJob, reply: QNetworkReply) -> None:
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
        self._parts.save(request, validator)
        job.accepting = True

    def _on_ready_read(self, job: DownloadJob, reply: QNetworkReply) -> None:
        if job.reply is not reply or not reply.isOpen():
            return
        while reply.bytesAvailable() > 0:
            data = bytes(reply.read(_CHUNK).data())
            if not data or not self._accept(job, reply, data):
                return

    def _accept(self, job: DownloadJob, reply: QNetworkReply, data: bytes) -> bool:
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

    def _on_finished(self, job: DownloadJob, reply: QNetworkReply) -> None:
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
            check_transfer(job, reply, reason, self._min_rate)
        except DownloadFailure as failure:
            self._fail(job, str(failure), failure.retryable, failure.keep_part)
            return
        self._fetch_signature(job)

    def _fetch_signature(self, job: DownloadJob) -> None:
        self._set_state(job, DownloadState.VERIFYING)
        request = job.request
        if request.signature_url is None:
            self._verify(job, None)
            return

        def done(result: FetchResult, j: DownloadJob = job) -> None:
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

    def _verify(self, job: DownloadJob, signature: bytes | None) -> None:
        part = self.part_path(job.request.edition_id)
        try:
            check_bundle(job, part, signature)
        except DownloadFailure as failure:
            self._fail(job, str(failure), failure.retryable, failure.keep_part)
            return
        except OSError as exc:
            self._fail(job, str(exc), True, False)
            return
        self._import(job, part)

    def _import(self, job: DownloadJob, part: Path) -> None:
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
        if isinstance(self._importer, ImportQueue):

            def done(outcome: object, j: DownloadJob = job, b: Path = bundle) -> None:
                self._imported(j, b, outcome)

            self._importer.submit(bundle, done, **options)
            return
        outcome: object
        try:
            outcome = self._importer(bundle, **options)
        except Exception as exc:  # the importer's errors are user-facing one-liners
            outcome = exc
        self._imported(job, bundle, outcome)

    def _imported(self, job: DownloadJob, bundle: Path, outcome: object) -> None:
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
                self._parts.remove(edition_id)
                job.state = DownloadState.FAILED
                return
            if isinstance(outcome, PublisherConflict):
                self.publisher_conflict.emit(
                    edition_id, outcome.publication_id, outcome.owner, outcome.source.owner
                )
            self._fail(
                job,
                QCoreApplication.translate("Downloader", "cannot import: {why}").format(
                    why=self._say_error(outcome)
                ),
                False,
                False,
            )
            return
        self._parts.sidecar(edition_id).unlink(missing_ok=True)
        if self._closing:
            job.state = DownloadState.DONE
            return
        self._set_state(job, DownloadState.DONE)
        self.finished.emit(edition_id)
        self._pump()

    def _fail(self, job: DownloadJob, message: str, retryable: bool, keep_part: bool) -> None:
        edition_id = job.request.edition_id
        if not keep_part:
            self._parts.remove(edition_id)
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

    def _retry(self, job: DownloadJob) -> None:
        if job.state != DownloadState.WAITING or self._jobs.get(job.request.edition_id) is not job:
            return
        self._queue.insert(0, job.request.edition_id)
        self._set_state(job, DownloadState.QUEUED)
        self._pump()

    def shutdown(self) -> None:
        """Stop everything, keeping ``.part`` files for the next run. An import under
        way is waited for (one transaction, never cut); no signal is emitted after."""
        self._closing = True
        for job in self._jobs.values():
            if job.state in (*ACTIVE_STATES, DownloadState.QUEUED, DownloadState.WAITING):
                self._stop(job, "paused")
                job.state = DownloadState.PAUSED
        self._queue.clear()
