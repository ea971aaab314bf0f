"""Why a download is refused: the transfer's faults and the bundle's checks.

Each refusal is a one-line message (translated: the Newsstand shows it) and says
whether trying again may help and whether the ``.part`` is worth keeping for it.
Only a bundle whose size, SHA-256 and signature all match the catalog goes on to
the importer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QNetworkReply

from edicola.core.catalog.minisign import MinisignError, Signature, verify_prehashed
from edicola.net.download_job import DownloadJob
from edicola.net.fetch import describe_error, status_of


class DownloadFailure(Exception):
    """A refused download: the message, whether to try again, whether to keep the part."""

    def __init__(self, message: str, retryable: bool, keep_part: bool) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.keep_part = keep_part


def check_transfer(
    job: DownloadJob, reply: QNetworkReply, reason: str | None, min_rate: int
) -> None:
    """Raise a ``DownloadFailure`` for a transfer that ended badly: aborted by the
    queue (``reason``), refused by the server, or short of the catalog's size."""
    request = job.request
    status = status_of(reply)
    if reason == "stalled":
        raise DownloadFailure(
            QCoreApplication.translate("Downloader", "the server stopped sending data"),
            True,
            True,
        )
    if reason == "too slow":
        raise DownloadFailure(
            QCoreApplication.translate(
                "Downloader", "the server is sending too slowly (under {rate} KiB/s)"
            ).format(rate=min_rate // 1024),
            True,
            True,
        )
    if reason == "too large":
        raise DownloadFailure(
            QCoreApplication.translate(
                "Downloader", "the server sent more bytes than the catalog lists"
            ),
            False,
            False,
        )
    if reason == "bad range":
        raise DownloadFailure(
            QCoreApplication.translate("Downloader", "the server answered the wrong byte range"),
            True,
            False,
        )
    if status == 416 and not job.restarted:
        # Our .part no longer fits the file: start again from zero, once.
        job.restarted = True
        raise DownloadFailure(
            QCoreApplication.translate("Downloader", "the server refused to resume (HTTP 416)"),
            True,
            False,
        )
    if reply.error() != QNetworkReply.NetworkError.NoError or status >= 400:
        text, retryable = describe_error(reply, status)
        raise DownloadFailure(text, retryable, retryable)
    if job.received != request.size:
        message = QCoreApplication.translate(
            "Downloader", "incomplete download: {got} of {size} bytes"
        ).format(got=job.received, size=request.size)
        raise DownloadFailure(message, True, False)


def check_bundle(job: DownloadJob, part: Path, signature: bytes | None) -> None:
    """Raise a ``DownloadFailure`` unless the received ``part`` is the bundle the catalog
    lists: its size, its SHA-256 and (unless unsigned bundles are allowed) its signature,
    checked with the digests hashed as the bytes arrived. ``OSError`` passes through."""
    request = job.request
    if part.stat().st_size != request.size:
        raise DownloadFailure(
            QCoreApplication.translate("Downloader", "size does not match the catalog"),
            True,
            False,
        )
    if job.sha256.hexdigest() != request.sha256:
        raise DownloadFailure(
            QCoreApplication.translate(
                "Downloader", "SHA-256 does not match the catalog (damaged or altered)"
            ),
            False,
            False,
        )
    if signature is None:
        if not request.allow_unsigned:
            raise DownloadFailure(
                QCoreApplication.translate("Downloader", "the edition is not signed"),
                False,
                False,
            )
    elif request.public_key is None:
        raise DownloadFailure(
            QCoreApplication.translate("Downloader", "no publisher key to check the signature"),
            False,
            False,
        )
    else:
        try:
            parsed = Signature.parse(signature.decode("utf-8", "replace"))
            verify_prehashed(job.blake2b.digest(), parsed, request.public_key)
        except MinisignError as exc:
            raise DownloadFailure(
                QCoreApplication.translate("Downloader", "bad signature: {why}").format(why=exc),
                False,
                False,
            ) from exc
