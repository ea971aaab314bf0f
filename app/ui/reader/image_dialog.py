"""A picture opened large: fitted to the dialog, Esc or a click closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


class ImageDialog(QDialog):
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
            self.resize(
                min(image.width() + 16, int(screen.width() * 0.9)),
                min(image.height() + 40, int(screen.height() * 0.9)),
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
