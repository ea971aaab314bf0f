"""``edicola speak``: an article to a WAV at a speaking pace (Italian and English),
an edition to a folder with a playlist, and one line with exit 1 when no engine
or voice is there.

Needs eSpeak NG (Debian: ``espeak-ng``; .ci/run installs it); without it the
tests that synthesise are skipped saying so, and the no-engine test still runs.
"""

from __future__ import annotations

import array
import math
import shutil
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.paths import EDITIONS
from edicola.store.library import Library

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None and shutil.which("espeak") is None,
    reason="eSpeak NG is not installed (apt install espeak-ng)",
)
ITALIAN = "il-faro-2026-11-24/caro-affitti"
ENGLISH = "riverside-courier-2026-11-24/otters-return"


@pytest.fixture(scope="module")
def speak_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("speak")
    library = Library.open(folder / "library")
    try:
        for source in ("il-faro/2026-11-24", "riverside-courier/2026-11-24"):
            bundle = build_edition(EDITIONS / source, folder / "bundles").path
            library.editions.import_bundle(bundle)
    finally:
        library.close()
    return folder / "library"


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _speech_stats(path: Path) -> tuple[float, float, float]:
    """Seconds, RMS level (0..1) and the share of 50 ms windows that are not silent."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        rate = wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    seconds = len(samples) / rate
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768
    window = rate // 20
    loud = [
        max(abs(s) for s in samples[i : i + window]) > 600
        for i in range(0, len(samples) - window, window)
    ]
    return seconds, rms, sum(loud) / max(1, len(loud))


@needs_espeak
@pytest.mark.parametrize("article_id", [ITALIAN, ENGLISH])
def test_an_article_becomes_speech_at_a_speaking_pace(
    speak_library: Path, tmp_path: Path, article_id: str
) -> None:
    out = tmp_path / "article.wav"
    code, stdout, _ = run(speak_library, "speak", article_id, "-o", str(out))
    assert code == 0 and stdout.startswith(f"wrote {out} (")
    library = Library.open(speak_library, write=False)
    try:
        article = library.editions.article(article_id)
    finally:
        library.close()
    assert article is not None
    seconds, rms, voiced = _speech_stats(out)
    words_per_minute = article.word_count / (seconds / 60)
    assert 110 <= words_per_minute <= 260, f"{words_per_minute:.0f} words a minute"
    assert rms > 0.02 and voiced > 0.5, f"too quiet: rms {rms:.3f}, voiced {voiced:.0%}"
    assert not (tmp_path / "article.wav.part").exists()


@needs_espeak
def test_rate_speeds_up(speak_library: Path, tmp_path: Path) -> None:
    run(speak_library, "speak", ENGLISH, "-o", str(tmp_path / "normal.wav"))
    code, _, _ = run(
        speak_library, "speak", ENGLISH, "-o", str(tmp_path / "fast.wav"), "--rate", "2"
    )
    assert code == 0
    normal = _speech_stats(tmp_path / "normal.wav")[0]
    fast = _speech_stats(tmp_path / "fast.wav")[0]
    assert fast < normal * 0.7


@needs_espeak
def test_an_edition_becomes_a_folder_and_a_playlist(speak_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "paper"
    code, stdout, _ = run(speak_library, "speak", "il-faro-2026-11-24", "-o", f"{out}/")
    assert code == 0 and "wrote 7 files and il-faro-2026-11-24.m3u" in stdout
    playlist = (out / "il-faro-2026-11-24.m3u").read_text("utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    files = playlist[2::2]
    assert files[0] == "01-tram-orari-tariffe.wav" and files[1] == "02-caro-affitti.wav"
    assert sorted(p.name for p in out.glob("*.wav")) == sorted(files)
    assert playlist[3].startswith("#EXTINF:") and playlist[3].endswith(",Caro affitti, in Città "
        "Vecchia un monolocale costa il 18 per cento in più di un anno fa")  # fmt: skip


@needs_espeak
def test_a_missing_voice_is_one_line(speak_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.wav"
    code, _, stderr = run(speak_library, "speak", ITALIAN, "-o", str(out), "--voice", "nobody")
    assert code == 1 and stderr.strip().splitlines() == [
        "Error: no eSpeak NG voice 'nobody' (list them with: espeak-ng --voices)"
    ]
    assert not out.exists()


def test_no_engine_is_one_line(
    speak_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng to be found
    code, _, stderr = run(speak_library, "speak", ITALIAN, "-o", str(tmp_path / "x.wav"))
    assert code == 1 and len(stderr.strip().splitlines()) == 1
    assert "no speech engine: install eSpeak NG" in stderr
    code, _, stderr = run(speak_library, "speak", "il-faro-2026-11-24", "-o", str(tmp_path / "d"))
    assert code == 1 and "install eSpeak NG" in stderr and not (tmp_path / "d").exists()


def test_unknown_ids_and_wrong_outputs(speak_library: Path, tmp_path: Path) -> None:
    code, _, stderr = run(speak_library, "speak", "nope", "-o", str(tmp_path / "x.wav"))
    assert code == 1 and "no article or edition 'nope'" in stderr
    code, _, stderr = run(speak_library, "speak", ITALIAN, "-o", str(tmp_path))
    assert code == 2 and "an article is written to a file" in stderr
    (tmp_path / "file").write_text("")
    code, _, stderr = run(
        speak_library, "speak", "il-faro-2026-11-24", "-o", str(tmp_path / "file")
    )
    assert code == 2 and "an edition is written to a folder" in stderr
