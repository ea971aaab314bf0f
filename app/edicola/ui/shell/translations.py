"""Installs the interface language: Qt's own strings and Edicola's ``.qm`` files.

The language is the one chosen in settings, else the system locale; only
Italian and English exist (English is the source language). Dates follow the
same locale through ``QLocale.setDefault``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from edicola.paths import resource

SUPPORTED = ("en", "it")


def choose_language(preference: str, system: QLocale | None = None) -> str:
    if preference in SUPPORTED:
        return preference
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns them (keep them alive)."""
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language == "en":
        # English is the source language; its .qm only holds the plural forms (%n).
        ours = QTranslator(app)
        if ours.load(str(resource("translations", "edicola_en.qm"))):
            app.installTranslator(ours)
            installed.append(ours)
        return installed
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"edicola_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
