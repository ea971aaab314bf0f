"""A small speech-dispatcher client that speaks at once, while Qt's engine starts.

Qt's ``speechd`` plugin lists every voice when it is created
(``QTextToSpeechEngineSpeechd::updateVoices``): 13,000-25,000 eSpeak NG
variants. With speech-dispatcher 0.11 (Debian 12) that costs 2.4-4 s and over a
second of this process's CPU, because libspeechd reads its socket one byte at
a time and splits the list quadratically (fixed upstream in 0.12:
brailcom/speechd 8f0d2145 "client library: fix buffering" and 32499092 "Speed
up spd_execute_command_with_list_reply"). Saying a sentence needs no list. This
client speaks SSIP (speech-dispatcher's text protocol) over a
:class:`QLocalSocket` in the GUI thread — asynchronous, nothing blocks — with
the daemon's default voice for the language asked for, and reports the
daemon's begin/end events as :class:`QTextToSpeech.State`, so read-aloud's
first sentence sounds in tens of milliseconds. Once Qt's engine is ready it
takes over (:mod:`.engine`) and this connection is closed.

Only a daemon on a Unix socket is used. Where none is listening,
:mod:`.spawn` starts one as libspeechd would, and this speaks through it.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtTextToSpeech import QTextToSpeech

_EVENTS = {
    "701": QTextToSpeech.State.Speaking,  # BEGIN
    "702": QTextToSpeech.State.Ready,  # END
    "703": QTextToSpeech.State.Ready,  # CANCELED
    "704": QTextToSpeech.State.Paused,  # PAUSED
    "705": QTextToSpeech.State.Speaking,  # RESUMED
}


def socket_address(environ: Mapping[str, str] | None = None) -> Path | None:
    """The Unix socket libspeechd would use (``SPEECHD_ADDRESS``, else the default
    under the runtime folder), there or not; None for a TCP address."""
    env = os.environ if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    method, _, rest = address.partition(":")
    if address and method not in ("unix_socket", ""):
        return None  # inet_socket: left to Qt's engine
    if rest:
        path = Path(rest)
    else:  # GLib's g_get_user_runtime_dir(): XDG_RUNTIME_DIR, else the cache folder
        runtime = env.get("XDG_RUNTIME_DIR") or env.get("XDG_CACHE_HOME") or ""
        base = Path(runtime) if runtime else Path.home() / ".cache"
        path = base / "speech-dispatcher" / "speechd.sock"
    return path


def socket_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """:func:`socket_address` when something is there (a daemon, or one that died)."""
    path = socket_address(environ)
    return path if path is not None and path.exists() else None


def speak_body(text: str) -> bytes:
    """A SPEAK body: CRLF lines, a leading dot doubled, ended by a lone dot."""
    lines = [("." + line) if line.startswith(".") else line for line in text.splitlines()]
    return ("\r\n".join(lines or [""]) + "\r\n.\r\n").encode("utf-8")


class SsipVoice(QObject):
    connected = Signal()
    """The daemon answered: :meth:`say` will be heard."""
    failed = Signal(str)
    """The connection could not be made or was lost (why, for the log)."""
    stateChanged = Signal(QTextToSpeech.State)
    """Speaking (begin, resume), Paused, Ready (end, cancel) or Error, as Qt's engine."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket = QLocalSocket(self)
        self._socket.connected.connect(self._on_socket_connected)
        self._socket.readyRead.connect(self._on_socket_ready_read)
        self._socket.errorOccurred.connect(self._on_socket_error)
        self._queue: deque[bytes] = deque()  # each item gets one reply
        self._waiting = False
        self._sent = b""  # the item whose reply is awaited
        self._buffer = b""
        self._message: list[str] = []
        self._up = False

    def open(self, path: Path) -> None:
        """Connect; ``connected`` or ``failed`` follows."""
        self._command("SET SELF CLIENT_NAME user:edicola:read-aloud")
        self._command("SET SELF NOTIFICATION ALL on")
        self._command("SET SELF PRIORITY message")  # as Qt's plugin (spd_say SPD_MESSAGE)
        self._socket.connectToServer(str(path))

    def is_up(self) -> bool:
        return self._up

    def close(self) -> None:
        """Cancel what it says and disconnect (the daemon forgets the client)."""
        if self._up:
            self._socket.write(b"CANCEL self\r\nQUIT\r\n")
        self._up = False
        self._queue.clear()
        self._socket.disconnectFromServer()  # once what is written has gone

    # -- speaking --------------------------------------------------------------------
    def say(self, text: str) -> None:
        self._command("SPEAK")
        self._queue.append(speak_body(text))
        self._send()

    def stop(self) -> None:
        self._command("CANCEL self")

    def pause(self) -> None:
        self._command("PAUSE self")

    def resume(self) -> None:
        self._command("RESUME self")

    def set_rate(self, rate: float) -> None:
        """Qt's scale, -1.0 to 1.0, as its plugin gives it to speech-dispatcher."""
        self._command(f"SET SELF RATE {round(max(-1.0, min(1.0, rate)) * 100)}")

    def set_language(self, code: str) -> None:
        """The daemon's default voice for ``code`` ("it", "en")."""
        if code.replace("-", "").isalnum():
            self._command(f"SET SELF LANGUAGE {code}")

    # -- the protocol ----------------------------------------------------------------
    def _command(self, line: str) -> None:
        self._queue.append(line.encode("utf-8") + b"\r\n")
        self._send()

    def _send(self) -> None:
        if self._up and not self._waiting and self._queue:
            self._waiting = True
            self._sent = self._queue.popleft()
            self._socket.write(self._sent)

    def _on_socket_connected(self) -> None:
        self._up = True
        self._send()
        self.connected.emit()

    def _on_socket_ready_read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        *lines, self._buffer = self._buffer.split(b"\r\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace")
            self._message.append(line)
            if len(line) < 4 or line[3] != "-":  # "NNN text" ends a message
                message, self._message = self._message, []
                self._on_message(message[-1][:3])

    def _on_message(self, code: str) -> None:
        if code.startswith("7"):
            state = _EVENTS.get(code)
            if state is not None:
                self.stateChanged.emit(state)
            return
        self._waiting = False
        refused = code.startswith(("4", "5"))
        if refused and self._sent == b"SPEAK\r\n" and self._queue:
            self._queue.popleft()  # its text, never to be sent as commands
        if refused and (self._sent == b"SPEAK\r\n" or self._sent.endswith(b"\r\n.\r\n")):
            self.stateChanged.emit(QTextToSpeech.State.Error)  # as Qt's engine does
        self._send()

    def _on_socket_error(self, _error: QLocalSocket.LocalSocketError) -> None:
        was_up, self._up = self._up, False
        self._queue.clear()
        if was_up:
            self.stateChanged.emit(QTextToSpeech.State.Error)
        self.failed.emit(self._socket.errorString())
