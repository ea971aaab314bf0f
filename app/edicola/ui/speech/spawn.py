"""Start speech-dispatcher as libspeechd's autospawn does, without holding up the window.

On most desktops nothing has started speech-dispatcher before a reader first
presses Ctrl+Shift+R: libspeechd starts it on a client's first connection
("autospawn"). The quick voice (:mod:`.ssip`) needs a daemon listening, so where
none is, this runs the command libspeechd 0.11 runs (``spawn_server`` in
libspeechd.c)::

    speech-dispatcher --spawn --communication-method unix_socket --socket-path PATH

in a :class:`QProcess`: the window's event loop keeps running. ``--spawn`` makes
the daemon refuse when the user's ``speechd.conf`` says ``DisableAutoSpawn``;
the same file is checked here first, by the daemon's own rule, so that then
nothing is started at all. The command returns once the daemon listens:
speech-dispatcher binds its socket before it forks into the background
(``main`` in speechd.c), and libspeechd connects as soon as it returns. The
socket is still looked for, a few times, should another version return earlier.
Starting takes most of a second with speech-dispatcher 0.11: before it listens
the daemon starts its output modules and reads eSpeak NG's voice list, one byte
at a time (docs/reader.md).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

PROGRAM = "speech-dispatcher"
SYSTEM_CONFIG = Path("/etc/speech-dispatcher/speechd.conf")
_DISABLED = re.compile(r"^[ ]*DisableAutoSpawn", re.MULTILINE)  # speechd.c's own test
#: Hang guards: the command normally returns within a second or two.
START_LIMIT_MS = 20_000  # timing-ok
#: After it returned, the socket is looked for this often, this many times.
LOOK_MS, LOOKS = 25, 40  # timing-ok


def config_file(environ: Mapping[str, str] | None = None) -> Path:
    """The speechd.conf the daemon reads: the user's (GLib's config folder), else the
    system's."""
    env = os.environ if environ is None else environ
    base = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    user = base / "speech-dispatcher" / "speechd.conf"
    return user if user.is_file() else SYSTEM_CONFIG


def autospawn_disabled(environ: Mapping[str, str] | None = None) -> bool:
    """The user (or the system) turned autospawn off; unreadable: the daemon decides."""
    try:
        text = config_file(environ).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return _DISABLED.search(text) is not None


def spawn_command(socket: Path) -> list[str]:
    """libspeechd's arguments, after the program."""
    return ["--spawn", "--communication-method", "unix_socket", "--socket-path", str(socket)]


class DaemonSpawn(QObject):
    listening = Signal()
    """The daemon listens on :attr:`socket`."""
    failed = Signal(str)
    """Nothing was started, or it did not start (why, for the log)."""

    def __init__(self, socket: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.socket = socket
        self.missing = False  # speech-dispatcher is not installed
        self._process: QProcess | None = None
        self._looks = 0
        self._look = QTimer(self)
        self._look.setInterval(LOOK_MS)
        self._look.timeout.connect(self._on_look_timeout)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._on_limit_timeout)

    def start(self) -> None:
        """Run the command; ``listening`` or ``failed`` follows (maybe at once)."""
        if autospawn_disabled():
            self.failed.emit(f"DisableAutoSpawn in {config_file()}")
            return
        program = shutil.which(PROGRAM)
        if program is None:
            self.missing = True
            self.failed.emit(f"{PROGRAM} is not installed")
            return
        self.socket.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        process = self._process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self._limit.start(START_LIMIT_MS)
        process.start(program, spawn_command(self.socket))

    def is_running(self) -> bool:
        return self._process is not None or self._look.isActive()

    def cancel(self) -> None:
        """Stop waiting (the application quits); nothing more is reported."""
        self._limit.stop()
        self._look.stop()
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_process_finished)
            process.errorOccurred.disconnect(self._on_process_error)
            process.kill()
            process.waitForFinished(1000)  # timing-ok: reaping a killed child

    def _fail(self, why: str) -> None:
        self.cancel()
        self.failed.emit(why)

    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        output = bytes(process.readAll().data()).decode("utf-8", "replace") if process else ""
        self._process = None
        self._limit.stop()
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            lines = [line for line in output.splitlines() if line.strip()]
            self.failed.emit(lines[-1] if lines else f"{PROGRAM} exited with {code}")
        elif self.socket.exists():
            self.listening.emit()
        else:
            self._look.start()

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.missing = True
            self._fail(f"{PROGRAM} could not be run")

    def _on_look_timeout(self) -> None:
        self._looks += 1
        if self.socket.exists():
            self._look.stop()
            self.listening.emit()
        elif self._looks >= LOOKS:
            self._fail(f"no socket at {self.socket}")

    def _on_limit_timeout(self) -> None:
        self._fail(f"{PROGRAM} did not return")
