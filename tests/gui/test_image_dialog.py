"""The image zoom dialog decodes a picture at most at screen size (issue 11 §2)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from edicola.ui.reader.image_dialog import ImageDialog, decode_fitted, screen_limit


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_large_picture_is_decoded_scaled_to_the_limit() -> None:
    image = decode_fitted(png(3000, 1500), QSize(800, 600))
    assert (image.width(), image.height()) == (800, 400)


def test_small_picture_is_not_scaled_up() -> None:
    image = decode_fitted(png(120, 90), QSize(800, 600))
    assert (image.width(), image.height()) == (120, 90)


def test_not_a_picture_gives_a_null_image() -> None:
    assert decode_fitted(b"not a picture", QSize(800, 600)).isNull()


def test_dialog_holds_no_more_than_the_screen(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    limit = screen_limit(parent)
    wide = 3 * limit.width()
    dialog = ImageDialog.from_data(png(wide, wide // 2), "big.png", parent)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    held = dialog._pixmap.size()
    assert held.width() <= limit.width() and held.height() <= limit.height()
    assert held.width() == limit.width()  # fitted, aspect kept: the width is the bound
    assert abs(held.height() - limit.width() // 2) <= 1
    label = dialog._label.pixmap()
    assert not label.isNull() and label.width() <= dialog.width()
