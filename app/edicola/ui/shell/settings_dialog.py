"""Settings: language, theme, text size and line spacing, and the features' parts.

The dialog only edits a :class:`SettingsValues`; the window applies it. A
feature adds its own part through the frame's ``add_settings_page``.
A new language takes effect the next time Edicola starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from edicola.core.themes import DARK, LIGHT, SEPIA, SYSTEM
from edicola.ui.shell.preferences import LINE_SPACINGS, TEXT_SIZE_MAX, TEXT_SIZE_MIN


@dataclass(frozen=True)
class SettingsValues:
    language: str
    theme: str
    text_size: int
    line_spacing: int


class SettingsDialog(QDialog):
    def __init__(self, values: SettingsValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code, label in (
            ("", self.tr("System language")),
            ("en", "English"),
            ("it", "Italiano"),
        ):
            self.language.addItem(label, code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("settingsTheme")
        for code, label in (
            (SYSTEM, self.tr("Follow the system")),
            (LIGHT, self.tr("Light")),
            (SEPIA, self.tr("Sepia")),
            (DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.text_size = QSpinBox(self)
        self.text_size.setObjectName("settingsTextSize")
        self.text_size.setRange(TEXT_SIZE_MIN, TEXT_SIZE_MAX)
        self.text_size.setSuffix(" pt")
        self.line_spacing = QComboBox(self)
        self.line_spacing.setObjectName("settingsLineSpacing")
        for value in LINE_SPACINGS:
            self.line_spacing.addItem(f"{value / 100:.1f}×", value)
        form = QFormLayout()
        # Room to breathe: rows apart, labels clear of their fields, fields of one width.
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Text &size:"), self.text_size)
        form.addRow(self.tr("Line s&pacing:"), self.line_spacing)
        note = QLabel(self.tr("A new language is used the next time Edicola starts."), self)
        note.setObjectName("dialogHint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._select(self.language, values.language)
        self._select(self.theme, values.theme)
        self.text_size.setValue(values.text_size)
        self._select(self.line_spacing, values.line_spacing)

    def add_section(self, widget: QWidget) -> None:
        """A feature's part of the settings (a group box), below the reader's own."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 2, widget)  # above the stretch and buttons

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def values(self) -> SettingsValues:
        return SettingsValues(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            text_size=self.text_size.value(),
            line_spacing=int(self.line_spacing.currentData()),
        )
