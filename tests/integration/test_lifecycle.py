"""The reader's process lifecycle, in real processes: Ctrl+C and SIGTERM close it
cleanly, the demo's servers die with it however it ends, a stale demo Isso is
replaced, and no display gives one line instead of Qt's abort.

The reader runs offscreen with ``EDICOLA_STARTUP_PROBE=keep``: it prints a line
at first paint and keeps running, so each test waits for that line, never for
a fixed time.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.servers.isso_service import DemoCommentsServer, find_isso, port_in_use
from edicola.store.database import DATABASE_NAME
from edicola.testing.editions import make_edition_source
from edicola.ui.shell.startup_probe import PREFIX, STARTUP_PROBE_ENV

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux"
)
DEADLINE_S = 30.0


def wait_until(condition: Callable[[], bool], what: str, timeout: float = DEADLINE_S) -> None:
    """Poll ``condition`` until true; fail saying ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)  # timing-ok: polls a condition of another process (no event to wait on)


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def listening(port: int) -> bool:
    """Something accepts connections on 127.0.0.1:port (a bind test would also trip
    over the TIME_WAIT of connections the dead server had open)."""
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def reader_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "keep", **extra}


def start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], list[str]]:
    """Start ``python -m edicola ARGS`` and wait for its first paint; its stdout lines so far."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "edicola", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:  # blocks until a line; the process prints one at first paint
        lines.append(line.rstrip("\n"))
        if line.startswith(PREFIX):
            return proc, lines
    _, err = proc.communicate(timeout=DEADLINE_S)
    pytest.fail(f"the reader ended before painting (exit {proc.returncode}): {err}")


@pytest.fixture
def reaped() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started; killed and reaped whatever the test's outcome."""
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=DEADLINE_S)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_closes_the_reader_cleanly(
    tmp_path: Path, reaped: list[subprocess.Popen[str]], sig: signal.Signals
) -> None:
    library = tmp_path / "lib"
    proc, _ = start(["--library", str(library)], reader_env())
    reaped.append(proc)
    assert (library / f"{DATABASE_NAME}-wal").exists()  # open while it runs
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=DEADLINE_S)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not (library / f"{DATABASE_NAME}-wal").exists()  # the library was closed


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("lifecycle") / "demo"
    result = CliRunner().invoke(cli, ["dev", "demo", "--to", str(target)])
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.skipif(find_isso() is None, reason="isso is not installed (the dev extra)")
@pytest.mark.parametrize(
    "sig",
    [signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGABRT],
    ids=["SIGINT", "SIGTERM", "SIGKILL", "abort"],
)
def test_demo_servers_die_with_the_reader(
    demo: Path, reaped: list[subprocess.Popen[str]], sig: signal.Signals
) -> None:
    catalog_port, comments_port = free_port(), free_port()
    args = ["dev", "run-demo", "--demo", str(demo)]
    args += ["--catalog-port", str(catalog_port), "--comments-port", str(comments_port)]
    proc, lines = start(args, reader_env())
    reaped.append(proc)
    assert any(f"127.0.0.1:{comments_port}/" in line for line in lines), lines
    isso_pid = int((demo / "isso" / "isso.pid").read_text().split()[0])
    assert alive(isso_pid) and listening(catalog_port) and listening(comments_port)

    proc.send_signal(sig)
    proc.communicate(timeout=DEADLINE_S)
    if sig in (signal.SIGINT, signal.SIGTERM):
        assert proc.returncode == 0
    wait_until(lambda: not alive(isso_pid), f"Isso (pid {isso_pid}) to exit")
    wait_until(lambda: not listening(comments_port), "the comments port to close")
    assert not listening(catalog_port)


@pytest.mark.skipif(find_isso() is None, reason="isso is not installed (the dev extra)")
def test_a_stale_demo_isso_is_replaced(tmp_path: Path, reaped: list[subprocess.Popen[str]]) -> None:
    port = free_port()
    folder = tmp_path / "isso"
    earlier = DemoCommentsServer(folder, port=port).service
    isso = find_isso()
    assert isso is not None
    # An Isso left by an earlier run that could not stop it (no PDEATHSIG there).
    stale = subprocess.Popen(
        [str(isso), "-c", str(earlier.write_config()), "run"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    reaped.append(stale)
    earlier.pid_path.write_text(f"{stale.pid}\n")
    wait_until(lambda: port_in_use("127.0.0.1", port), "the stale Isso to listen")

    server = DemoCommentsServer(folder, port=port)
    try:
        line = server.start()
        assert "demo comments server (Isso)" in line, line
        assert server.service.pid not in (None, stale.pid)
        stale.wait(timeout=DEADLINE_S)
    finally:
        server.stop()


@pytest.mark.skipif(find_isso() is None, reason="isso is not installed (the dev extra)")
def test_the_isso_of_a_running_demo_is_not_taken_over(
    tmp_path: Path, reaped: list[subprocess.Popen[str]]
) -> None:
    port = free_port()
    folder = tmp_path / "isso"
    running = DemoCommentsServer(folder, port=port).service
    isso = find_isso()
    assert isso is not None
    owner = subprocess.Popen([sys.executable, "-c", "input()"], stdin=subprocess.PIPE, text=True)
    reaped.append(owner)
    other = subprocess.Popen(
        [str(isso), "-c", str(running.write_config()), "run"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    reaped.append(other)
    running.pid_path.write_text(f"{other.pid} {owner.pid}\n")  # its reader still runs
    wait_until(lambda: listening(port), "the other demo's Isso to listen")
    line = DemoCommentsServer(folder, port=port).start()
    assert "not started" in line and "is taken" in line
    assert alive(other.pid)


def test_a_second_run_demo_hands_over_and_starts_no_server(
    demo: Path, reaped: list[subprocess.Popen[str]]
) -> None:
    catalog_port, comments_port = free_port(), free_port()
    first, _ = start(["--library", str(demo / "library")], reader_env())
    reaped.append(first)
    args = ["dev", "run-demo", "--demo", str(demo)]
    args += ["--catalog-port", str(catalog_port), "--comments-port", str(comments_port)]
    second = subprocess.run(
        [sys.executable, "-m", "edicola", *args],
        capture_output=True,
        text=True,
        env=reader_env(),
        timeout=DEADLINE_S,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "raised the Edicola already running" in second.stderr
    assert second.stdout == ""  # neither server was started
    first.send_signal(signal.SIGTERM)
    first.communicate(timeout=DEADLINE_S)


def test_a_foreign_server_on_the_port_is_not_killed(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        (tmp_path / "isso").mkdir()
        (tmp_path / "isso" / "isso.pid").write_text(f"{os.getpid()}\n")  # not an Isso
        line = DemoCommentsServer(tmp_path / "isso", port=port).start()
        assert "not started" in line and "is taken" in line


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.parametrize("extra", [{}, {"DISPLAY": ":97"}], ids=["unset", "unreachable"])
def test_no_display_says_what_to_do_in_one_line(tmp_path: Path, extra: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "edicola", "--library", str(tmp_path / "lib")],
        capture_output=True,
        text=True,
        env={**_no_display_env(), **extra},
        timeout=DEADLINE_S,
        check=False,
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("edicola: no display") and "QT_QPA_PLATFORM=offscreen" in line


def test_run_demo_without_display_starts_no_server(demo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "edicola", "dev", "run-demo", "--demo", str(demo)],
        capture_output=True,
        text=True,
        env=_no_display_env(),
        timeout=DEADLINE_S,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""  # no "demo catalog served at" line
    assert "no display" in result.stderr


def _editions(library: Path) -> int:
    with sqlite3.connect(f"file:{library / DATABASE_NAME}?mode=ro", uri=True) as conn:
        count = int(conn.execute("SELECT count(*) FROM editions").fetchone()[0])
    conn.close()
    return count


def test_a_second_reader_hands_over_and_exits(
    tmp_path: Path, reaped: list[subprocess.Popen[str]]
) -> None:
    library = tmp_path / "lib"
    bundle = build_edition(make_edition_source(tmp_path / "source"), tmp_path).path
    first, _ = start(["--library", str(library)], reader_env())
    reaped.append(first)

    def second(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "edicola", "--library", str(library), *args],
            capture_output=True,
            text=True,
            env=reader_env(),
            timeout=DEADLINE_S,
            check=False,
        )

    plain = second()
    assert plain.returncode == 0, plain.stderr
    assert f"raised the Edicola already running on {library} (pid {first.pid})" in plain.stderr
    handed = second(str(bundle))
    assert handed.returncode == 0, handed.stderr
    assert f"opened {bundle.name} in the Edicola already running" in handed.stderr
    wait_until(lambda: _editions(library) == 1, "the first reader to import the bundle")
    assert first.poll() is None  # still running: the second one never opened the library
    first.send_signal(signal.SIGTERM)
    first.communicate(timeout=DEADLINE_S)
    assert first.returncode == 0


def test_a_reader_killed_leaves_no_lock_behind(
    tmp_path: Path, reaped: list[subprocess.Popen[str]]
) -> None:
    library = tmp_path / "lib"
    first, _ = start(["--library", str(library)], reader_env())
    reaped.append(first)
    first.kill()
    first.communicate(timeout=DEADLINE_S)
    again, _ = start(["--library", str(library)], reader_env())  # not handed over: it paints
    reaped.append(again)
    again.send_signal(signal.SIGINT)
    again.communicate(timeout=DEADLINE_S)
    assert again.returncode == 0
