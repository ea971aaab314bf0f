"""Reader GUI fixtures: a library of the sample editions and isolated settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.reader.reading_progress import ReadingState
from edicola.ui.shell.application import create_main_window, reading_state_for
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.translations import install_translations
from tests.helpers.sample_library import build_template_library, copy_library


@pytest.fixture(scope="session")
def sample_library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template_library(tmp_path_factory.mktemp("samples"))


@pytest.fixture
def sample_library(sample_library_template: Path, tmp_path: Path) -> Iterator[Library]:
    library = Library.open(copy_library(sample_library_template, tmp_path / "library"))
    yield library
    library.close()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """As the app does at start: English's .qm holds the plural forms of %n strings."""
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def reading_state(sample_library: Library) -> ReadingState:
    return reading_state_for(sample_library)


@pytest.fixture
def make_window(
    qtbot: QtBot, sample_library: Library, settings: QSettings, reading_state: ReadingState
) -> Callable[..., MainWindow]:
    def make(**kwargs: object) -> MainWindow:
        window = create_main_window(sample_library, settings, reading=reading_state, **kwargs)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def empty_library_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    """The reader on a new, empty library (Newsstand tests fill it by downloading).
    Downloads and catalog fetches stop before the library closes."""
    library = Library.open(tmp_path / "library")
    window = create_main_window(library, settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    window.newsstand.shutdown()  # type: ignore[attr-defined]
    window.close()
    library.close()
