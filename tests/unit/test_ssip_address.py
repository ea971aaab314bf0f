"""Where the quick voice finds speech-dispatcher, and how it sends text (no daemon)."""

from __future__ import annotations

from pathlib import Path

from edicola.ui.speech.ssip import socket_path, speak_body


def test_address_from_speechd_address(tmp_path: Path) -> None:
    sock = tmp_path / "speechd.sock"
    sock.write_text("")
    assert socket_path({"SPEECHD_ADDRESS": f"unix_socket:{sock}"}) == sock
    assert socket_path({"SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'gone.sock'}"}) is None
    assert socket_path({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None


def test_default_address_is_under_the_runtime_folder(tmp_path: Path) -> None:
    sock = tmp_path / "speech-dispatcher" / "speechd.sock"
    assert socket_path({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # no daemon there
    sock.parent.mkdir()
    sock.write_text("")
    assert socket_path({"XDG_RUNTIME_DIR": str(tmp_path)}) == sock
    assert socket_path({"SPEECHD_ADDRESS": "unix_socket", "XDG_RUNTIME_DIR": str(tmp_path)}) == sock


def test_text_is_sent_with_its_dots_escaped() -> None:
    assert speak_body("One.\n.Two") == b"One.\r\n..Two\r\n.\r\n"
    assert speak_body("") == b"\r\n.\r\n"
