"""The Newsstand's small dialogs: adding a catalog by URL, a subscription's settings,
and the confirmation before another source may take a publication over.

They only collect values or a decision; the controller acts on them. Retention is worded so
the reader knows it never deletes bookmarked editions or unsent comments.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def valid_catalog_url(url: str) -> bool:
    return url.startswith(("http://", "https://")) and len(url) > len("https://x")


class AddCatalogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCatalogDialog")
        self.setWindowTitle(self.tr("Add a catalog"))
        intro = QLabel(
            self.tr("The address of a newsstand catalog (its catalog.json), from the publisher."),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("addCatalogUrl")
        self.url.setAccessibleName(self.tr("Catalog address"))
        self.url.setPlaceholderText("https://news.example/catalog.json")
        self.example = QLabel(
            self.tr("For example: %1").replace("%1", "https://news.example/catalog.json"), self
        )
        self.example.setObjectName("addCatalogExample")
        self.example.setProperty("hint", True)
        self.unsigned = QCheckBox(self.tr("Allow unsigned editions from this catalog"), self)
        self.unsigned.setObjectName("addCatalogUnsigned")
        self.warning = unsigned_warning(self)
        self.unsigned.toggled.connect(self.warning.setVisible)
        self.warning.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._on_url_text_changed)
        self._on_url_text_changed("")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.url)
        layout.addWidget(self.example)
        layout.addWidget(self.unsigned)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _on_url_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(valid_catalog_url(text.strip()))

    def value(self) -> tuple[str, bool]:
        return self.url.text().strip(), self.unsigned.isChecked()


def unsigned_warning(parent: QWidget) -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "Newsstand",
            "Warning: without signatures nothing proves that editions come from the "
            "publisher. Anyone between you and the server could change them. Only allow "
            "this for a catalog you run yourself or fully trust.",
        ),
        parent,
    )
    label.setObjectName("unsignedWarning")
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(bright-text);")  # accent_text (theming.ROLES)
    return label


def new_publisher_box(
    question: str, details: str, parent: QWidget
) -> tuple[QMessageBox, QPushButton]:
    """The window-modal question naming both sources; Cancel is the default button
    (a takeover is never one key press away). Returns the box and its Accept button."""
    box = QMessageBox(parent)
    box.setObjectName("newPublisherBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Newsstand", "Accept a new publisher?"))
    box.setText(question)
    box.setInformativeText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    accept = box.addButton(
        QCoreApplication.translate("Newsstand", "Accept the new publisher"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    accept.setObjectName("newPublisherAccept")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("newPublisherCancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, accept


@dataclass(frozen=True)
class SubscriptionValues:
    auto_download: bool
    keep_last: int | None
    keep_days: int | None


class SubscriptionDialog(QDialog):
    def __init__(self, title: str, values: SubscriptionValues, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subscriptionDialog")
        self.setWindowTitle(self.tr("Subscription: %1").replace("%1", title))
        self.auto = QCheckBox(self.tr("Download new editions automatically"), self)
        self.auto.setObjectName("subscriptionAuto")
        self.auto.setChecked(values.auto_download)
        self.keep_last = _optional_spin(self, "subscriptionKeepLast", values.keep_last, 365)
        self.keep_days = _optional_spin(self, "subscriptionKeepDays", values.keep_days, 3650)
        note = QLabel(
            self.tr(
                "Older editions are deleted from the library after each update. Editions "
                "with bookmarks or comments not yet sent are always kept."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.auto)
        form.addRow(self.tr("Keep the last (editions):"), self.keep_last)
        form.addRow(self.tr("Keep editions for (days):"), self.keep_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> SubscriptionValues:
        def read(spin: QSpinBox) -> int | None:
            return spin.value() or None

        return SubscriptionValues(self.auto.isChecked(), read(self.keep_last), read(self.keep_days))


def _optional_spin(parent: QWidget, name: str, value: int | None, maximum: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    spin.setSpecialValueText(QCoreApplication.translate("Newsstand", "all"))
    spin.setValue(value or 0)
    return spin
