"""The reader's remembered preferences, typed, over one QSettings.

Tests pass an isolated ``QSettings`` (IniFormat in a temp folder); the app uses
the organisation/application defaults. Reading positions are *not* kept here:
they live in the library database with the articles.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from edicola.core.reading_comfort import TYPEFACE_DEFAULT, Comfort, comfort
from edicola.core.themes import SYSTEM, THEME_NAMES

TEXT_SIZE_DEFAULT = 14
TEXT_SIZE_MIN = 9
TEXT_SIZE_MAX = 30
LINE_SPACINGS = (130, 150, 170, 190)
LINE_SPACING_DEFAULT = 150
LANGUAGES = ("", "en", "it")  # "" follows the system locale


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _int(self, key: str, default: int) -> int:
        value = self.settings.value(key, default)
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def theme(self) -> str:
        value = self._str("reader/theme", SYSTEM)
        return value if value in (SYSTEM, *THEME_NAMES) else SYSTEM

    @theme.setter
    def theme(self, value: str) -> None:
        self.settings.setValue("reader/theme", value)

    @property
    def text_size(self) -> int:
        return max(
            TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, self._int("reader/textSize", TEXT_SIZE_DEFAULT))
        )

    @text_size.setter
    def text_size(self, value: int) -> None:
        self.settings.setValue("reader/textSize", max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, value)))

    @property
    def line_spacing(self) -> int:
        value = self._int("reader/lineSpacing", LINE_SPACING_DEFAULT)
        return value if value in LINE_SPACINGS else LINE_SPACING_DEFAULT

    @line_spacing.setter
    def line_spacing(self, value: int) -> None:
        self.settings.setValue("reader/lineSpacing", value)

    @property
    def comfort(self) -> Comfort:
        """Typeface, letter and word spacing, line length (snapped to the offered ones)."""
        return comfort(
            self._str("reader/typeface", TYPEFACE_DEFAULT),
            self._int("reader/letterSpacing", 0),
            self._int("reader/wordSpacing", 0),
            self._int("reader/lineLength", Comfort().line_length),
        )

    @comfort.setter
    def comfort(self, value: Comfort) -> None:
        self.settings.setValue("reader/typeface", value.typeface)
        self.settings.setValue("reader/letterSpacing", value.letter_spacing)
        self.settings.setValue("reader/wordSpacing", value.word_spacing)
        self.settings.setValue("reader/lineLength", value.line_length)

    @property
    def language(self) -> str:
        value = self._str("ui/language", "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value)

    def bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
