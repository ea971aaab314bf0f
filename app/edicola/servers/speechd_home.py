"""A user's session with no speech-dispatcher running, for tests and benchmarks of autospawn.

Read aloud starts speech-dispatcher itself where none is listening, as
libspeechd does (``edicola.ui.speech.spawn``). To try that without touching
the machine's daemon or the other tests' private one, this makes a session of
its own: a runtime folder (where the daemon puts its socket, pid file and
logs), a config folder whose ``speechd.conf`` is the system's with silent audio
(ALSA's ``null`` device) and a cache folder, given to the code under test
through ``XDG_RUNTIME_DIR``, ``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME`` and
``SPEECHD_ADDRESS`` (:meth:`SpeechdHome.environ`). ``stop()`` ends every daemon
started for it, found by its socket path on the command line (a spawned daemon
leaves the process that started it, so it is no child to wait for), and its
output modules with it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

_SILENT = '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n'
_SYSTEM_CONFIG = Path("/etc/speech-dispatcher/speechd.conf")
#: A daemon stops within a second of SIGTERM; this is a hang guard.
STOP_TIMEOUT_S = 10.0  # timing-ok


class SpeechdHome:
    def __init__(self) -> None:
        # Short: a Unix socket's path has at most 107 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="edicola-sdh-"))
        self.runtime = self.folder / "run"
        self.config = self.folder / "config" / "speech-dispatcher" / "speechd.conf"
        self.runtime.mkdir(mode=0o700)
        self.config.parent.mkdir(parents=True)
        system = _SYSTEM_CONFIG.read_text("utf-8") if _SYSTEM_CONFIG.is_file() else ""
        self.config.write_text(system + _SILENT, encoding="utf-8")
        (self.folder / "cache").mkdir()

    @property
    def socket(self) -> Path:
        """Where the daemon listens: the default under the runtime folder."""
        return self.runtime / "speech-dispatcher" / "speechd.sock"

    def environ(self) -> dict[str, str]:
        """The variables to set (``SPEECHD_ADDRESS`` names the default socket, so that
        libspeechd in this process, whose runtime folder GLib may have read before,
        looks here too)."""
        return {
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(self.config.parent.parent),
            "XDG_CACHE_HOME": str(self.folder / "cache"),
            "SPEECHD_ADDRESS": f"unix_socket:{self.socket}",
        }

    def disable_autospawn(self) -> None:
        with self.config.open("a", encoding="utf-8") as conf:
            conf.write("\nDisableAutoSpawn\n")

    def daemons(self) -> list[int]:
        """The speech-dispatcher processes running for this session."""
        found = []
        mark = str(self.folder).encode()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                argv = (entry / "cmdline").read_bytes().split(b"\0")
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if state != "Z" and argv[0].endswith(b"speech-dispatcher") and mark in b" ".join(argv):
                found.append(int(entry.name))
        return found

    def stop(self) -> None:
        """End its daemons (which end their modules) and remove the folder."""
        self._signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while self.daemons() and time.monotonic() < deadline:
            time.sleep(0.02)  # timing-ok: another process's exit, with a deadline
        self._signal(signal.SIGKILL)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _signal(self, number: signal.Signals) -> None:
        for pid in self.daemons():
            with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
                os.kill(pid, number)

    def __enter__(self) -> SpeechdHome:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
