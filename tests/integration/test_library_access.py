"""Library access from the command line, in real processes: read-only, missing,
damaged, newer, locked, full, and two processes creating one library at once.

Each command runs as ``python -m edicola`` so the one-line error handling of
``edicola.__main__`` is what is tested. A read-only library is made by removing
write permission; when the suite runs as root (which ignores file modes) the
command runs without the capabilities that let root do so.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_edition
from edicola.store.database import DATABASE_NAME, PAGE_SIZE
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and signals are POSIX")

ARTICLE = "gazzetta-2026-05-04/ponte-nuovo"
ROOT = os.geteuid() == 0
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_override() -> None:
    """In the child, before exec: root without the right to ignore file modes."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def shared_tmp(tmp_path: Path) -> Iterator[Path]:
    """A folder whose modes are restored for clean-up."""
    yield tmp_path
    for path in [tmp_path, *tmp_path.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    return build_edition(make_edition_source(tmp_path / "source"), tmp_path).path


def filled_library(folder: Path, bundle: Path) -> Path:
    library = Library.open(folder)
    try:
        library.editions.import_bundle(bundle)
    finally:
        library.close()
    return folder


def edicola(
    *args: str, modes_bind: bool = False, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m edicola ARGS``; ``modes_bind`` makes file modes bind root too."""
    return subprocess.run(
        [sys.executable, "-m", "edicola", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=cwd,
        preexec_fn=_drop_file_override if modes_bind and ROOT else None,
    )


def make_read_only(folder: Path, *, folder_writable: bool) -> None:
    (folder / DATABASE_NAME).chmod(0o444)
    folder.chmod(0o755 if folder_writable else 0o555)


READS = [
    ["list"],
    ["list", "--json"],
    ["show", ARTICLE],
    ["search", "ponte"],
    ["bookmarks", "list"],
    ["highlights", "list"],
    ["comments", "list"],
]


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder-ro", "file-ro"])
def test_read_commands_work_on_a_read_only_library_and_writes_say_so(
    shared_tmp: Path, bundle: Path, folder_writable: bool
) -> None:
    folder = filled_library(shared_tmp / "lib", bundle)
    before = sorted(p.name for p in folder.iterdir())
    make_read_only(folder, folder_writable=folder_writable)
    lib = ["--library", str(folder)]

    for args in READS:
        result = edicola(*lib, *args, modes_bind=True)
        assert result.returncode == 0, (args, result.stderr)
    listed = edicola(*lib, "list", modes_bind=True)
    assert "gazzetta-2026-05-04" in listed.stdout
    exported = shared_tmp / "out"
    exported.mkdir()
    result = edicola(*lib, "bookmarks", "export", "-o", str(exported / "b.json"), modes_bind=True)
    assert result.returncode == 0, result.stderr

    for args in (["import", str(bundle)], ["remove", "gazzetta-2026-05-04"]):
        result = edicola(*lib, *args, modes_bind=True)
        assert result.returncode == 1, (args, result.stderr)
        assert f"the library at {folder} is read-only" in result.stderr
        assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    if not folder_writable:
        assert sorted(p.name for p in folder.iterdir()) == before


def test_read_command_on_a_folder_without_library_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo"
    for args in (["list"], ["search", "x"], ["show", ARTICLE], ["bookmarks", "list"]):
        result = edicola("--library", str(typo), *args)
        assert (result.returncode, result.stderr.strip()) == (1, f"Error: no library at {typo}")
    assert not typo.exists()


def test_default_library_is_created_on_first_use(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "EDICOLA_LIBRARY"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "edicola", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "Edicola" / DATABASE_NAME).is_file()


def test_write_command_creates_the_library(tmp_path: Path, bundle: Path) -> None:
    result = edicola("--library", str(tmp_path / "new"), "import", str(bundle))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / DATABASE_NAME).is_file()


def test_empty_library_option_is_refused(tmp_path: Path) -> None:
    result = edicola("--library", "", "list", cwd=tmp_path)
    assert result.returncode == 2
    assert "must not be empty" in result.stderr
    assert list(tmp_path.iterdir()) == []


def _damage(db: Path, how: str) -> None:
    if how == "header":
        with db.open("r+b") as f:
            f.write(b"\0" * 100)
    elif how == "pages":
        size = db.stat().st_size
        assert size > 4 * PAGE_SIZE
        with db.open("r+b") as f:  # zero every page but the first
            f.seek(PAGE_SIZE)
            f.write(b"\0" * (size - PAGE_SIZE))
    else:
        db.write_text("not a database, just some text\n" * 200)


@pytest.mark.parametrize("how", ["header", "pages", "text"])
def test_damaged_library_says_so_with_advice_never_exit_70(
    tmp_path: Path, bundle: Path, how: str
) -> None:
    folder = filled_library(tmp_path / "lib", bundle)
    _damage(folder / DATABASE_NAME, how)
    for args in (["list"], ["show", ARTICLE], ["search", "ponte"], ["import", str(bundle)]):
        result = edicola("--library", str(folder), *args)
        assert result.returncode == 1, (args, result.returncode, result.stderr)
        assert "is damaged" in result.stderr and "keep the file" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert (folder / DATABASE_NAME).exists()


def test_library_from_a_newer_edicola_is_read_but_not_written(tmp_path: Path, bundle: Path) -> None:
    folder = filled_library(tmp_path / "lib", bundle)
    with sqlite3.connect(folder / DATABASE_NAME) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('edicola', '9999_from_the_future', '2030-01-01')"
        )
    conn.close()
    result = edicola("--library", str(folder), "list")
    assert result.returncode == 0 and "gazzetta-2026-05-04" in result.stdout, result.stderr
    result = edicola("--library", str(folder), "remove", "gazzetta-2026-05-04")
    assert result.returncode == 1
    assert "newer Edicola" in result.stderr and "9999_from_the_future" in result.stderr


_CREATE = """
import sys
from pathlib import Path
from edicola.store.library import Library
sys.stdin.readline()
Library.open(Path(sys.argv[1])).close()
print("ok", flush=True)
"""


def test_processes_creating_one_library_at_once_all_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CREATE, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    for proc in procs:  # release them together
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    # Every process is waited for (and its pipes closed) before anything is asserted.
    results = [(proc.communicate(timeout=120), proc.returncode) for proc in procs]
    for (out, err), code in results:
        assert (code, out.strip()) == (0, "ok"), err
    library = Library.open(folder)
    assert library.editions.editions() == []
    library.close()


_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_writer_waits_for_the_lock_and_says_so(tmp_path: Path, bundle: Path) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(folder / DATABASE_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with subprocess.Popen(
            [sys.executable, "-m", "edicola", "--library", str(folder), "import", str(bundle)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as writer:
            assert writer.stderr is not None
            waiting = writer.stderr.readline()
            assert waiting.startswith(f"waiting for the library at {folder}"), waiting
            holder.stdin.write("done\n")
            holder.stdin.flush()
            out, err = writer.communicate(timeout=60)
            assert writer.returncode == 0, err
            assert "imported" in out
        holder.wait(timeout=10)


_FULL_DISK = """
set -u
mount -t tmpfs -o size=16m tmpfs "$1"
cp -r "$2" "$1/lib"
dd if=/dev/zero of="$1/filler" bs=64k 2>/dev/null
truncate -s -$3 "$1/filler"
"$4" -m edicola --library "$1/lib" import "$5"
echo "exit=$?"
"$4" -m edicola --library "$1/lib" list --json
"""


def _can_mount_in_user_namespace() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _can_mount_in_user_namespace(),
    reason="needs `unshare -rm` (user namespaces) to mount a small tmpfs",
)
def test_full_disk_says_so_and_changes_nothing(tmp_path: Path, bundle: Path) -> None:
    """A real ENOSPC: the library sits on a private tmpfs with 128 KiB left."""
    folder = tmp_path / "lib"
    Library.open(folder).close()
    mount = tmp_path / "mnt"
    mount.mkdir()
    result = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            _FULL_DISK,
            "sh",
            str(mount),
            str(folder),
            str(2 * PAGE_SIZE),
            sys.executable,
            str(bundle),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    out = result.stdout.splitlines()
    assert "exit=1" in out, (result.stdout, result.stderr)
    assert result.stderr.strip().endswith("Error: the disk is full; nothing was changed"), (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert out[-1] == "[]"  # the library is as it was
