"""The read-aloud controls: previous/next sentence and paragraph, pause, stop, voice, speed.

Shown in the status bar while read-aloud is on (reading, paused or starting),
hidden otherwise. Every control is a real button with an accessible name and
a tool tip that gives its key, so it can be reached with Tab and announced by
a screen reader; the keys work from anywhere in the window while reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from edicola.ui.shell.icons import themed_icon

#: Qt's rate is -1.0 … 1.0; the slider counts tenths.
RATE_STEPS = 10


class ReadAloudBar(QWidget):
    sentenceStep = Signal(int)
    paragraphStep = Signal(int)
    pauseClicked = Signal()
    stopClicked = Signal()
    voiceChosen = Signal(str)
    """The voice's name; "" follows the article's language."""
    rateChosen = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudBar")
        self.setAccessibleName(self.tr("Read aloud"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.previous_paragraph = self._button(
            "readAloudPreviousParagraph",
            "skip-back",
            self.tr("Previous paragraph"),
            "Ctrl+Shift+Up",
        )
        self.previous_sentence = self._button(
            "readAloudPreviousSentence",
            "chevron-left",
            self.tr("Previous sentence"),
            "Ctrl+Shift+Left",
        )
        self.pause = self._button("readAloudPause", "pause", self.tr("Pause"), "Ctrl+Shift+R")
        self.next_sentence = self._button(
            "readAloudNextSentence", "chevron-right", self.tr("Next sentence"), "Ctrl+Shift+Right"
        )
        self.next_paragraph = self._button(
            "readAloudNextParagraph", "skip-forward", self.tr("Next paragraph"), "Ctrl+Shift+Down"
        )
        self.stop = self._button("readAloudStop", "square", self.tr("Stop reading aloud"), "")
        self.voice = QComboBox(self)
        self.voice.setObjectName("readAloudVoice")
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setObjectName("readAloudRate")
        self.rate.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate.setPageStep(2)
        self.rate.setFixedWidth(90)
        self.rate.setAccessibleName(self.tr("Speed"))
        self.rate.setToolTip(self.tr("Speed"))
        speed = QLabel(self.tr("Speed"), self)
        speed.setBuddy(self.rate)
        for widget in (
            self.previous_paragraph,
            self.previous_sentence,
            self.pause,
            self.next_sentence,
            self.next_paragraph,
            self.stop,
            self.voice,
            speed,
            self.rate,
        ):
            layout.addWidget(widget)
        self.previous_paragraph.clicked.connect(lambda: self.paragraphStep.emit(-1))
        self.previous_sentence.clicked.connect(lambda: self.sentenceStep.emit(-1))
        self.next_sentence.clicked.connect(lambda: self.sentenceStep.emit(1))
        self.next_paragraph.clicked.connect(lambda: self.paragraphStep.emit(1))
        self.pause.clicked.connect(self.pauseClicked)
        self.stop.clicked.connect(self.stopClicked)
        self.voice.activated.connect(self._on_voice_activated)
        self.rate.valueChanged.connect(self._on_rate_value_changed)

    def _button(self, name: str, icon: str, label: str, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setProperty("icon_name", icon)  # drawn in the theme's colours by apply_icons
        button.setAccessibleName(label)
        tip = label
        if keys:
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{label} ({native})"
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def apply_icons(self, palette: QPalette) -> None:
        """Draw the buttons' Lucide icons in the theme's colours (at start and on a
        theme change): symbol glyphs are missing from many fonts."""
        for button in self.findChildren(QToolButton):
            name = button.property("icon_name")
            if isinstance(name, str):
                button.setIcon(themed_icon(name, palette))

    def set_paused(self, paused: bool) -> None:
        self.pause.setProperty("icon_name", "play" if paused else "pause")
        self.apply_icons(self.palette())
        label = self.tr("Resume") if paused else self.tr("Pause")
        self.pause.setAccessibleName(label)
        self.pause.setToolTip(label)

    def set_voices(self, names: list[str], chosen: str) -> None:
        """The voices for the article's language; the first entry follows the language."""
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(self.tr("Voice for the language"), "")
        for name in names:
            self.voice.addItem(name, name)
        index = self.voice.findData(chosen)
        self.voice.setCurrentIndex(max(0, index))
        self.voice.blockSignals(False)

    def set_rate(self, rate: float) -> None:
        self.rate.blockSignals(True)
        self.rate.setValue(round(rate * RATE_STEPS))
        self.rate.blockSignals(False)

    def _on_voice_activated(self, index: int) -> None:
        self.voiceChosen.emit(str(self.voice.itemData(index) or ""))

    def _on_rate_value_changed(self, value: int) -> None:
        self.rateChosen.emit(value / RATE_STEPS)
