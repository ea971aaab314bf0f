"""A small PNG made with Qt, for tests that put pictures in articles."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage


def png_bytes(width: int, height: int, colour: str = "#2a6f97") -> bytes:
    """A ``width`` × ``height`` PNG filled with ``colour``."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
