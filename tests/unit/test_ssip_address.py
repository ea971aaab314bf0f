"""Where the quick voice finds speech-dispatcher, how it sends text, and whether it may
start one (no daemon)."""

from __future__ import annotations

from pathlib import Path

from edicola.ui.speech.spawn import autospawn_disabled, config_file, spawn_command
from edicola.ui.speech.ssip import socket_address, socket_path, speak_body


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


def test_address_whether_or_not_a_daemon_is_there(tmp_path: Path) -> None:
    sock = tmp_path / "speech-dispatcher" / "speechd.sock"
    assert socket_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == sock
    assert socket_address({"SPEECHD_ADDRESS": f"unix_socket:{sock}"}) == sock
    assert socket_address({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None


def test_autospawn_follows_the_users_config_else_the_systems(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    user = tmp_path / "speech-dispatcher" / "speechd.conf"
    assert config_file(env) != user  # none of the user's: the system's is read
    user.parent.mkdir()
    user.write_text("# DisableAutoSpawn\nDefaultRate 0\n")
    assert config_file(env) == user
    assert not autospawn_disabled(env)  # commented out
    user.write_text("Timeout 5\n  DisableAutoSpawn\n")
    assert autospawn_disabled(env)  # speechd.c's rule: spaces, then the word


def test_spawned_as_libspeechd_does(tmp_path: Path) -> None:
    sock = tmp_path / "speechd.sock"
    assert spawn_command(sock) == [
        "--spawn", "--communication-method", "unix_socket", "--socket-path", str(sock)
    ]  # fmt: skip
