"""The export settings: the folder new editions of followed publications go to, as EPUB.

Two keys in the reader's settings: the export folder (empty means off) and
where the last exported file went. Kept apart from the settings page that
edits them and the controllers that read them, so each is handed the same
small object.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FOLDER_KEY = "export/folder"
LAST_DIR_KEY = "export/last_dir"


class ExportSettings:
    """The export settings in the reader's QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def folder(self) -> Path | None:
        """The folder new editions are exported into, or None (the setting is off)."""
        value = self._settings.value(FOLDER_KEY, "")
        return Path(value) if isinstance(value, str) and value else None

    def set_folder(self, folder: Path | None) -> None:
        self._settings.setValue(FOLDER_KEY, str(folder) if folder is not None else "")

    def last_dir(self) -> Path:
        """Where the last exported file went (the file dialog starts there)."""
        value = self._settings.value(LAST_DIR_KEY, "")
        return Path(value) if isinstance(value, str) and value else Path.home()

    def set_last_dir(self, folder: Path) -> None:
        self._settings.setValue(LAST_DIR_KEY, str(folder))
