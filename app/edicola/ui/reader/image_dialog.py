"""A picture opened large: fitted to the dialog, Esc or a click closes it.

The picture is decoded at most at the screen's size in device pixels
(``QImageReader.setScaledSize``), never whole: a bundle may carry pictures of
up to 24 Mi pixels, about 100 MiB decoded, for a dialog that can show a few.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


def decode_fitted(data: bytes, limit: QSize) -> QImage:
    """Decode ``data`` scaled down (aspect kept) to fit ``limit``; never scaled up.

    A null image if the bytes are not a picture Qt can read.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and not size.isEmpty() and limit.isValid() and not limit.isEmpty():
        fitted = size.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio)
        if fitted.width() < size.width() or fitted.height() < size.height():
            reader.setScaledSize(QSize(max(1, fitted.width()), max(1, fitted.height())))
    return reader.read()


def screen_limit(widget: QWidget | None) -> QSize:
    """The largest size worth decoding for ``widget``'s screen, in device pixels."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(4096, 4096)
    ratio = screen.devicePixelRatio()
    size = screen.availableGeometry().size()
    return QSize(ceil(size.width() * ratio), ceil(size.height() * ratio))


class ImageDialog(QDialog):
    @classmethod
    def from_data(cls, data: bytes, caption: str, parent: QWidget | None = None) -> ImageDialog:
        """The dialog for a picture's bytes, decoded at most at screen size."""
        return cls(decode_fitted(data, screen_limit(parent)), caption, parent)

    def __init__(self, image: QImage, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(caption or self.tr("Picture"))
        self._pixmap = QPixmap.fromImage(image)
        self._label = QLabel(self)
        self._label.setObjectName("imageDialogPicture")
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAccessibleName(caption or self.tr("Picture"))
        self._label.setMinimumSize(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._label)
        hint = QLabel(self.tr("Esc or click to close"), self)
        hint.setObjectName("dialogHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        screen = parent.screen().availableGeometry() if parent and parent.screen() else None
        if screen is not None:
            ratio = image.devicePixelRatio() if parent is None else parent.devicePixelRatioF()
            self.resize(
                min(ceil(image.width() / ratio) + 16, int(screen.width() * 0.9)),
                min(ceil(image.height() / ratio) + 40, int(screen.height() * 0.9)),
            )
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        self._label.setPixmap(
            self._pixmap.scaled(
                self._label.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return):
            self.accept()
        else:
            super().keyPressEvent(event)
