"""Speech to WAV files offline, with eSpeak NG (``edicola speak``).

Why eSpeak NG: it is free, small, packaged everywhere (Debian's
``espeak-ng``), speaks Italian and English, writes a WAV file itself (``-w``)
with no audio device and no daemon, and runs many times faster than real
time. Qt's speech engines speak to the sound card only (Qt 6.6 added
``synthesize()`` for PCM, but the speech-dispatcher plugin cannot), so the
reader speaks through Qt and files are written here. The binary is run as a
child process with the text on its standard input (never on the command
line) and a deadline.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

from edicola.core.speech.sentences import language_key

#: eSpeak NG's words per minute at rate 1.0, and the range it accepts.
BASE_WPM = 175
MIN_WPM, MAX_WPM = 80, 450
#: Seconds a synthesis may take per 1,000 characters before it is stopped (a
#: hang guard: eSpeak speaks a 1,000-character paragraph in ~0.1 s).
_SECONDS_PER_KCHAR = 10.0


class SpeechUnavailable(Exception):
    """No engine, or no voice for the language: the message says what to install."""


@dataclass(frozen=True)
class Voice:
    name: str  # "Italian", "English_(America)"
    language: str  # "it", "en-us"
    file: str  # "roa/it", "gmw/en-US"


def find_binary() -> str | None:
    """The eSpeak NG program (or the older eSpeak, which takes the same options)."""
    return shutil.which("espeak-ng") or shutil.which("espeak")


def _require_binary() -> str:
    binary = find_binary()
    if binary is None:
        raise SpeechUnavailable(
            "no speech engine: install eSpeak NG (Debian/Ubuntu: apt install espeak-ng; "
            "macOS: brew install espeak-ng)"
        )
    return binary


def voices(language: str = "") -> list[Voice]:
    """The installed voices, for ``language`` if given (MBROLA voices left out:
    they need a separate synthesiser and its voice files)."""
    binary = _require_binary()
    option = f"--voices={language}" if language else "--voices"
    result = subprocess.run(
        [binary, option], capture_output=True, text=True, timeout=30, check=False
    )
    found = []
    for line in result.stdout.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 5 or fields[4].startswith("mb/") or fields[1] == "variant":
            continue
        found.append(Voice(name=fields[3], language=fields[1], file=fields[4]))
    return found


def choose_voice(language: str, requested: str | None = None) -> Voice:
    """The voice to use: ``requested`` (by name, language or file), else the
    article language's first voice. Raises :class:`SpeechUnavailable`."""
    if requested:
        wanted = requested.lower()
        for voice in voices():
            if wanted in (voice.name.lower(), voice.language.lower(), voice.file.lower()):
                return voice
        raise SpeechUnavailable(
            f"no eSpeak NG voice {requested!r} (list them with: espeak-ng --voices)"
        )
    key = language_key(language) if language else "en"
    tag = language.lower().replace("_", "-") if language else key
    for candidate in dict.fromkeys((tag, key)):
        found = voices(candidate)
        exact = [v for v in found if v.language.lower() == candidate]
        if exact or found:
            return (exact or found)[0]
    raise SpeechUnavailable(
        f"no eSpeak NG voice for language {language!r}: install the espeak-ng-data "
        "package that carries it"
    )


def words_per_minute(rate: float) -> int:
    """eSpeak's speed for a rate where 1.0 is normal, 1.5 half as fast again."""
    return max(MIN_WPM, min(MAX_WPM, round(BASE_WPM * rate)))


def synthesize(text: str, output: Path, voice: Voice, rate: float = 1.0) -> float:
    """Write ``text`` spoken by ``voice`` to the WAV file ``output``; its seconds."""
    binary = _require_binary()
    partial = output.with_name(output.name + ".part")
    command = [binary, "-b", "1", "-v", voice.file, "-s", str(words_per_minute(rate))]
    command += ["-w", str(partial), "--stdin"]
    timeout = 30 + _SECONDS_PER_KCHAR * len(text) / 1000
    try:
        result = subprocess.run(
            command, input=text.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
        if result.returncode != 0 or not partial.exists():
            error = result.stderr.decode("utf-8", "replace").strip().splitlines()
            why = error[0] if error else f"exit status {result.returncode}"
            raise SpeechUnavailable(f"eSpeak NG could not write {output}: {why}")
        seconds = wav_seconds(partial)
        partial.replace(output)
        return seconds
    except subprocess.TimeoutExpired as exc:
        raise SpeechUnavailable(f"eSpeak NG took too long writing {output}") from exc
    finally:
        partial.unlink(missing_ok=True)


def wav_seconds(path: Path) -> float:
    """The length of a WAV file in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate() or 1)
