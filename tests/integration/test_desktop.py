"""``edicola desktop install|uninstall`` writes valid freedesktop files in
$XDG_DATA_HOME and removes them again, checked by the desktop's own tools."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QImage

from edicola.__main__ import open_file_arguments
from edicola.cli import cli
from edicola.core.desktop_entry import BUNDLE_MIME, ICON_SIZES, DesktopFiles, exec_command


def desktop(*args: str) -> str:
    result = CliRunner().invoke(cli, ["desktop", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DesktopFiles:
    root = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(root))
    return DesktopFiles(root)


def test_install_writes_entry_icons_and_mime_type_then_uninstall_removes_them(
    files: DesktopFiles,
) -> None:
    assert str(files.root) in desktop("install")
    entry = files.entry.read_text(encoding="utf-8")
    assert "\nExec=" in entry and entry.split("\nExec=")[1].split("\n")[0].endswith(" %f")
    assert f"\nMimeType={BUNDLE_MIME};\n" in entry and "\nIcon=edicola\n" in entry
    for size in ICON_SIZES:
        image = QImage(str(files.icon_png(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 5).alpha() == 255  # drawn, not blank
    assert files.icon_svg.read_bytes().startswith(b"<svg")
    mime = ET.parse(files.mime_package).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [mime_type] = mime.findall("m:mime-type", ns)
    assert mime_type.get("type") == BUNDLE_MIME
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.edicola"]
    if shutil.which("update-mime-database"):  # the database was rebuilt with our type
        assert f"{BUNDLE_MIME}:*.edicola" in (files.mime_root / "globs2").read_text()

    desktop("install")  # twice is harmless
    assert "removed 11 files" in desktop("uninstall")
    assert not any(path.exists() for path in files.all_files())
    if shutil.which("update-mime-database"):
        assert "*.edicola" not in (files.mime_root / "globs2").read_text()
    assert "removed 0 files" in desktop("uninstall")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is missing (Debian package desktop-file-utils)",
)
def test_desktop_entry_passes_desktop_file_validate(files: DesktopFiles) -> None:
    desktop("install")
    result = subprocess.run(
        ["desktop-file-validate", str(files.entry)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize(
    ("program", "expected"),
    [
        (["/usr/bin/edicola"], "/usr/bin/edicola %f"),
        (["/opt/my apps/python", "-m", "edicola"], '"/opt/my apps/python" -m edicola %f'),
        (["/home/a$b/edicola"], '"/home/a\\\\$b/edicola" %f'),
        (["/home/100%/edicola"], "/home/100%%/edicola %f"),
    ],
)
def test_exec_line_is_quoted_as_the_spec_says(program: list[str], expected: str) -> None:
    assert exec_command(program) == expected


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["a.edicola"], ["--open", "a.edicola"]),
        (["--library", "x", "/p/A.EDICOLA"], ["--library", "x", "--open", "/p/A.EDICOLA"]),
        (["import", "a.edicola"], ["import", "a.edicola"]),
        (["--library", "b.edicola"], ["--library", "b.edicola"]),
        ([], []),
    ],
)
def test_a_bundle_file_argument_opens_it_in_the_reader(
    argv: list[str], expected: list[str]
) -> None:
    """What a double-click runs (``edicola FILE``) becomes the reader's ``--open``."""
    assert open_file_arguments(argv) == expected
