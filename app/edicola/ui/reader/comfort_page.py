"""The Settings dialog's part about reading comfort: typeface, spacing, line length.

Built each time the dialog opens (the frame's ``add_settings_page``) from the
saved :class:`~edicola.core.reading_comfort.Comfort`, kept only when the dialog
is accepted; then the reader draws the article and the front page again. The
choices are the ones :mod:`edicola.core.reading_comfort` offers, so nothing
typed here can be out of range.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from edicola.core.reading_comfort import (
    LETTER_SPACINGS,
    LINE_LENGTHS,
    TYPEFACES,
    WORD_SPACINGS,
    Comfort,
)
from edicola.ui.shell.preferences import Preferences


def typeface_label(typeface: str) -> str:
    """The typeface's name in the reader's language."""
    labels = {
        "serif": QCoreApplication.translate("ComfortSettingsPage", "Source Serif (newspaper)"),
        "hyperlegible": QCoreApplication.translate(
            "ComfortSettingsPage", "Atkinson Hyperlegible (easier to tell letters apart)"
        ),
        "sans": QCoreApplication.translate("ComfortSettingsPage", "System sans serif"),
    }
    return labels.get(typeface, TYPEFACES[typeface].label)


class ComfortSettingsPage(QGroupBox):
    """Implements :class:`~edicola.ui.shell.seam.SettingsPage`."""

    def __init__(
        self, preferences: Preferences, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comfortSettings")
        self.setTitle(self.tr("Reading comfort"))
        self._preferences = preferences
        self._changed = changed
        saved = preferences.comfort
        self.typeface = self._combo(
            "comfortTypeface",
            [(typeface_label(key), key) for key in TYPEFACES],
            saved.typeface,
        )
        self.letter_spacing = self._combo(
            "comfortLetterSpacing", self._spacings(LETTER_SPACINGS), saved.letter_spacing
        )
        self.word_spacing = self._combo(
            "comfortWordSpacing", self._spacings(WORD_SPACINGS), saved.word_spacing
        )
        self.line_length = self._combo(
            "comfortLineLength",
            [(self.tr("%1 characters").replace("%1", str(n)), n) for n in LINE_LENGTHS],
            saved.line_length,
        )
        hint = QLabel(
            self.tr(
                "For the article and the front page. Atkinson Hyperlegible tells apart "
                "letters that are easily confused (I l 1, O 0); wider spacing and shorter "
                "lines help some readers with dyslexia or low vision."
            ),
            self,
        )
        hint.setObjectName("dialogHint")
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("T&ypeface:"), self.typeface)
        form.addRow(self.tr("Lette&r spacing:"), self.letter_spacing)
        form.addRow(self.tr("&Word spacing:"), self.word_spacing)
        form.addRow(self.tr("Line len&gth:"), self.line_length)
        form.addRow(hint)

    def _spacings(self, values: tuple[int, ...]) -> list[tuple[str, int]]:
        return [(self.tr("Normal") if v == 0 else f"+{v}%", v) for v in values]

    def _combo(self, name: str, items: Sequence[tuple[str, object]], current: object) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def widget(self) -> QWidget:
        return self

    def chosen(self) -> Comfort:
        return Comfort(
            typeface=str(self.typeface.currentData()),
            letter_spacing=int(self.letter_spacing.currentData()),
            word_spacing=int(self.word_spacing.currentData()),
            line_length=int(self.line_length.currentData()),
        )

    def apply(self) -> None:
        chosen = self.chosen()
        if chosen != self._preferences.comfort:
            self._preferences.comfort = chosen
            self._changed()
