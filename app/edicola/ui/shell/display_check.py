"""Is there a display to open a window on? Asked before Qt is, because Qt's answer
to "no" is a multi-line fatal error and an abort.

Only Linux (and other X11/Wayland systems) can lack one; elsewhere, and for
Qt's headless platforms (``offscreen``, ``minimal``, framebuffers), the answer
is always yes. A DISPLAY is checked by connecting to its X socket, so a stale
variable after an SSH session or a stopped Xvfb is caught too.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
ADVICE = "or run with QT_QPA_PLATFORM=offscreen to start without a window"
_LOCAL_DISPLAY = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def display_problem(
    env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """One line saying why no window can be shown and what to do, or None if one can."""
    env = os.environ if env is None else env
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    wanted = [p.split(":")[0].strip().lower() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p] or ["wayland", "xcb"]
    if any(p in HEADLESS for p in wanted):
        return None
    if any(p.startswith("wayland") for p in wanted) and _wayland_reachable(env):
        return None
    display = env.get("DISPLAY", "")
    if "xcb" in wanted and display:
        if _x11_reachable(display):
            return None
        return f"no display: cannot reach the X display DISPLAY={display} ({ADVICE})"
    return f"no display: set DISPLAY or WAYLAND_DISPLAY ({ADVICE})"


def _wayland_reachable(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    runtime = env.get("XDG_RUNTIME_DIR", "")
    path = Path(name) if name.startswith("/") else Path(runtime) / name
    return _connects(str(path))


def _x11_reachable(display: str) -> bool:
    match = _LOCAL_DISPLAY.match(display)
    if match is None:
        return True  # host:N over TCP: let Qt try, we do not probe the network
    number = match.group(1)
    path = f"/tmp/.X11-unix/X{number}"
    return _connects("\0" + path) or _connects(path)


def _connects(address: str) -> bool:
    import socket  # only when a display is checked: not on the headless platforms

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True
