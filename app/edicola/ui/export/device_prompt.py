"""What *Send to device…* asks when there is no one e-reader to send to.

No e-reader mounted (or only a Kindle, refused with the core's reason): one
line saying so, and a button to choose a folder instead. Several mounted:
which one. Both are opened without blocking (``open()``), and answer through
``finished``, so the window keeps running and tests can answer them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from edicola.core.epub.devices import Device


class NoReaderBox(QMessageBox):
    """No e-reader to send to; ``choose_button`` asks for a folder instead."""

    def __init__(self, kindles: Sequence[Device], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNoReader")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Send to device"))
        if kindles:
            text = self.tr(
                "%1: a Kindle does not open EPUB files copied over USB. Send the EPUB "
                "with Amazon's Send to Kindle, or choose a folder."
            ).replace("%1", kindles[0].name)
        else:
            text = self.tr("No e-reader is mounted (Kobo, PocketBook, tolino).")
        self.setText(text)
        self.choose_button = self.addButton(
            self.tr("Choose a &folder…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.choose_button.setObjectName("exportChooseFolder")
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.choose_button)

    def chose_folder(self) -> bool:
        """Whether the reader answered with "Choose a folder…"."""
        return self.clickedButton() is self.choose_button


class DeviceChoice(QInputDialog):
    """Which of the mounted e-readers to send to."""

    def __init__(self, devices: Sequence[Device], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDeviceChoice")
        self.devices = list(devices)
        self.setWindowTitle(self.tr("Send to device"))
        self.setLabelText(self.tr("Several e-readers are mounted. Send to:"))
        self.setComboBoxItems([f"{d.name} — {d.mount}" for d in self.devices])
        self.setComboBoxEditable(False)

    def chosen(self) -> Device | None:
        """The e-reader picked (after the dialog was accepted)."""
        items = self.comboBoxItems()
        text = self.textValue()
        return self.devices[items.index(text)] if text in items else None
