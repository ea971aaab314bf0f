"""Pictures decoded on worker threads, at the size they are shown.

Decoding a sample paper's 960×540 PNG and scaling it to the column took about
7 ms of the GUI thread on the first paint of its article: a third of an open
and most of its p95 (docs/benchmarks.md, issue 21). The page asks for a
picture while Qt paints it; the view answers with an empty placeholder, hands
the bytes here, and puts the picture in when it arrives (the layout does not
move: image sizes are in the HTML up front). Decodes run on two threads of
the view's own pool (:class:`edicola.tasks.pool.PoolJobs`), one per picture
at a time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QObject, QSize, QThreadPool
from PySide6.QtGui import QImage, QImageReader

from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import PoolJobs

Decoded = Callable[[str, QImage], None]


def natural_size(data: bytes) -> QSize | None:
    """A picture's size from its header alone (None when it is not a picture)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    size = QImageReader(buffer).size()
    return size if size.isValid() and not size.isEmpty() else None


def decode(data: bytes, width: int) -> QImage:
    """Decode at most ``width`` pixels wide (0: as large as it is), keeping its shape.

    Any thread: a ``QImage`` is not a widget. A null image when it is not a picture.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if width > 0 and size.isValid() and not size.isEmpty() and width < size.width():
        height = max(1, round(size.height() * width / size.width()))
        reader.setScaledSize(QSize(width, height))
    return reader.read()


_shared: list[QThreadPool] = []


def shared_pool() -> QThreadPool:
    """The pool the reader's views decode pictures on (made on first use)."""
    if not _shared:
        pool = QThreadPool()
        pool.setMaxThreadCount(2)
        _shared.append(pool)
    return _shared[0]


class PictureDecoder(QObject):
    """``request(key, data, width, done)``: ``done(key, image)`` later, on this thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = PoolJobs(pool or shared_pool(), self)

    def request(self, key: str, data: bytes, width: int, done: Decoded) -> bool:
        """Decode ``data`` off this thread; False when ``key`` is being decoded already
        (its ``done`` comes from the first request)."""

        def deliver(outcome: Outcome[QImage]) -> None:
            done(key, outcome.value if isinstance(outcome, Done) else QImage())

        return self._jobs.start(lambda: decode(data, width), deliver, key=key)

    def busy(self, key: str) -> bool:
        return self._jobs.busy(key)

    def pending(self) -> int:
        """Decodes requested whose picture has not been handed over yet."""
        return self._jobs.pending()

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Wait for the decodes under way and drop what they return."""
        return self._jobs.shutdown(timeout)
