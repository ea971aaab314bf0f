"""Settings → Sync for ``make screenshots``: the set-up form, as a new reader sees it.

The section is grabbed from the Settings dialog the main script has open, with
an example folder and user filled in (no server is asked: nothing is pressed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from edicola.ui.sync.settings_page import SyncSettingsPage

EXAMPLE_URL = "https://cloud.example/remote.php/dav/files/anna/edicola/"


def grab_sync_settings(
    app: QApplication, dialog: QDialog, out: Path, language: str, theme: str
) -> None:
    """Into ``out/matrix/LANG-THEME-settings-sync.png``; the light ones also into
    ``out/settings-sync.png`` (English) and ``out/italian-settings-sync.png``."""
    page = dialog.findChild(SyncSettingsPage, "syncSettings")
    if page is None:
        return
    page.url.setText(EXAMPLE_URL)
    page.user.setText("anna")
    app.processEvents()
    shots = [out / "matrix" / f"{language}-{theme}-settings-sync.png"]
    if theme == "light":
        shots.append(
            out / ("settings-sync.png" if language == "en" else "italian-settings-sync.png")
        )
    for path in shots:
        page.grab().save(str(path))
        print(path)
