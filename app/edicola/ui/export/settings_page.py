"""The Settings dialog's part about e-readers: the export folder.

Built each time the dialog opens (the frame's ``add_settings_page``) from the
saved setting, and saved only when the dialog is accepted. A folder chosen
here receives, after each import, the new editions of the followed
publications as EPUB (:mod:`edicola.ui.export.new_editions`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.export.export_settings import ExportSettings


class ExportSettingsPage(QGroupBox):
    """Implements :class:`~edicola.ui.shell.seam.SettingsPage`."""

    def __init__(self, settings: ExportSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportSettings")
        self.setTitle(self.tr("E-readers"))
        self._settings = settings
        self.enabled = QCheckBox(
            self.tr("&Export new editions of the followed publications as EPUB into:"), self
        )
        self.enabled.setObjectName("exportFolderEnabled")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("exportFolder")
        self.folder.setPlaceholderText(self.tr("a folder synced to your e-reader"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setObjectName("exportFolderChoose")
        hint = QLabel(
            self.tr(
                "Each new edition of a publication you follow is written there as EPUB "
                "once it is in your library: for a folder your e-reader or its cloud syncs."
            ),
            self,
        )
        hint.setObjectName("dialogHint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(hint)
        saved = settings.folder()
        self.enabled.setChecked(saved is not None)
        self.folder.setText(str(saved) if saved is not None else "")
        self._on_enabled_toggled(self.enabled.isChecked())
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.choose.clicked.connect(self._on_choose_clicked)

    def widget(self) -> QWidget:
        return self

    def chosen(self) -> Path | None:
        """The folder the page shows, or None when the setting is off (or no folder given)."""
        text = self.folder.text().strip()
        if not self.enabled.isChecked() or not text:
            return None
        return Path(text).expanduser()

    def apply(self) -> None:
        self._settings.set_folder(self.chosen())

    def _on_enabled_toggled(self, on: bool) -> None:
        self.folder.setEnabled(on)
        self.choose.setEnabled(on)

    def _on_choose_clicked(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), start)
        if name:
            self.folder.setText(name)
