"""The real speech engine for tests: a private speech-dispatcher with silent audio.

Tests that need the real engine (Qt's ``speechd`` plugin, speech-dispatcher,
espeak-ng: .ci/run installs the Debian packages) take ``speechd_engine``; it
skips, naming what is missing, only where those are not installed. Tests that
must be deterministic use Qt's ``mock`` engine (shipped in PySide6-Addons).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from edicola.servers.speech_dispatcher import SpeechDispatcher, available


@pytest.fixture(scope="module")
def speechd_engine() -> Iterator[str]:
    """The engine name to give the reader ("speechd"), with its daemon running."""
    missing = available()
    if missing:
        pytest.skip(f"the real speech engine is not here: {missing}")
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's speechd plugin is missing (PySide6-Addons)")
    with SpeechDispatcher():
        yield "speechd"
