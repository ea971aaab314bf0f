"""A private speech-dispatcher with silent audio, for tests, benchmarks and screenshots.

Qt's speech-dispatcher plugin (``speechd``) talks to the daemon over a socket;
``SPEECHD_ADDRESS`` tells the client library which. This starts one of our own
on a socket in a temporary folder, speaking through eSpeak NG into ALSA's
``null`` device: the real engine (voices, timing, pause and resume) without a
sound card or a user session. ``stop()`` ends it and its module.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

_CONFIG = """\
AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
DefaultLanguage "en"
"""
_SYSTEM_CONFIG = Path("/etc/speech-dispatcher")
#: The daemon answers on its socket within a second; this is a hang guard.
START_TIMEOUT_S = 20.0  # timing-ok


def available() -> str | None:
    """Why a private speech-dispatcher cannot run here (None: it can)."""
    if shutil.which("speech-dispatcher") is None:
        return "speech-dispatcher is not installed (apt install speech-dispatcher espeak-ng)"
    if shutil.which("espeak-ng") is None:
        return "espeak-ng is not installed (apt install espeak-ng)"
    return None


class SpeechDispatcher:
    """``with SpeechDispatcher() as sd:`` sets ``SPEECHD_ADDRESS`` for this process."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="edicola-speechd-"))
        self.socket = self._folder / "speechd.sock"
        self._process: subprocess.Popen[bytes] | None = None
        self._saved: str | None = None

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket}"

    def start(self) -> None:
        config = self._folder / "conf"
        if _SYSTEM_CONFIG.is_dir():
            shutil.copytree(_SYSTEM_CONFIG, config)
        (config / "modules").mkdir(parents=True, exist_ok=True)
        with (config / "speechd.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n" + _CONFIG)
        (self._folder / "log").mkdir()
        self._process = subprocess.Popen(
            [
                "speech-dispatcher", "--run-single", "--timeout", "0",
                "--config-dir", str(config), "--communication-method", "unix_socket",
                "--socket-path", str(self.socket), "--pid-file", str(self._folder / "pid"),
                "--log-dir", str(self._folder / "log"), "--log-level", "1",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its module child is stopped with it
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.socket.exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("speech-dispatcher did not start")
            time.sleep(0.02)  # timing-ok: polling another process's socket, with a deadline
        self._saved = os.environ.get("SPEECHD_ADDRESS")
        os.environ["SPEECHD_ADDRESS"] = self.address

    def stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                os.killpg(self._process.pid, signal.SIGTERM)
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(self._process.pid, signal.SIGKILL)
                    self._process.wait()
            self._process = None
            if self._saved is None:
                os.environ.pop("SPEECHD_ADDRESS", None)
            else:
                os.environ["SPEECHD_ADDRESS"] = self._saved
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> SpeechDispatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
