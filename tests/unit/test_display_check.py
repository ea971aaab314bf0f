"""Is there a display? Answered before Qt, which would abort with many lines."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from edicola.ui.shell.display_check import display_problem


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_headless_platforms_need_no_display(platform: str) -> None:
    assert display_problem({"QT_QPA_PLATFORM": platform}, "linux") is None


def test_nothing_set_says_what_to_do() -> None:
    problem = display_problem({}, "linux")
    assert problem is not None and problem.startswith("no display: set DISPLAY")
    assert "QT_QPA_PLATFORM=offscreen" in problem


def test_other_systems_always_have_one() -> None:
    assert display_problem({}, "darwin") is None
    assert display_problem({}, "win32") is None


def test_unreachable_x_display_is_named() -> None:
    problem = display_problem({"DISPLAY": ":93"}, "linux")
    assert problem is not None and "DISPLAY=:93" in problem


def test_remote_x_display_is_left_to_qt() -> None:
    assert display_problem({"DISPLAY": "example.org:0"}, "linux") is None


def test_a_listening_wayland_socket_is_a_display(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-9"))
        server.listen()
        env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env, "linux") is None
        assert display_problem({**env, "QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem(env, "linux") is not None  # closed: nobody answers
