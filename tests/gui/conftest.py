"""Reader GUI fixtures: a library of the sample editions and isolated settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from edicola.store.library import Library
from edicola.ui.app import EdicolaApp, reading_state_for
from edicola.ui.reader.reading_progress import ReadingState
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
def make_app(
    qtbot: QtBot, sample_library: Library, settings: QSettings, reading_state: ReadingState
) -> Iterator[Callable[..., EdicolaApp]]:
    """``make_app(**kwargs)``: the reader on the sample library, shown and active.
    Each app is shut down (threads, downloads, imports) before the library closes."""
    made: list[EdicolaApp] = []

    def make(**kwargs: object) -> EdicolaApp:
        app = EdicolaApp(sample_library, settings, reading=reading_state, **kwargs)  # type: ignore[arg-type]
        made.append(app)
        window = app.window
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return app

    yield make
    for app in made:
        app.window.close()
        app.shutdown()


@pytest.fixture
def empty_library_app(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[EdicolaApp]:
    """The reader on a new, empty library (Newsstand tests fill it by downloading).
    Downloads, catalog fetches and imports stop before the library closes."""
    library = Library.open(tmp_path / "library")
    app = EdicolaApp(library, settings)
    qtbot.addWidget(app.window)
    app.window.resize(1200, 800)
    app.window.show()
    yield app
    app.window.close()
    app.shutdown()
    library.close()
