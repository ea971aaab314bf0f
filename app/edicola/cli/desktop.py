"""``edicola desktop install|uninstall``: the launcher, icon and bundle file type.

Writes (and removes) in the user's data folder (``$XDG_DATA_HOME``): a
``.desktop`` entry that opens the reader or a bundle file, the icon at the
usual sizes in the hicolor theme, and the ``*.edicola`` MIME type; then asks
the desktop's caches to notice, when their tools are installed. After it,
double-clicking a bundle opens it in Edicola.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import click

from edicola.cli.wording import plural
from edicola.core.desktop_entry import (
    ICON_SIZES,
    DesktopFiles,
    data_home,
    desktop_entry,
    mime_package,
)
from edicola.paths import resource


def launcher_program() -> list[str]:
    """How the desktop should start this Edicola: its console script, by absolute path
    (a desktop session's PATH may lack ~/.local/bin), else this Python with ``-m``."""
    here = Path(sys.argv[0])
    if here.name == "edicola" and here.is_file():
        return [str(here.resolve())]
    found = shutil.which("edicola")
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "edicola"]


def render_icon(svg: Path, size: int, target: Path) -> None:
    """Render the SVG icon to a ``size``×``size`` PNG (no QApplication needed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise click.ClickException(f"{svg}: not a valid SVG icon")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # PNG, from the suffix
        raise click.ClickException(f"cannot write {target}")


def refresh_caches(files: DesktopFiles) -> None:
    """Tell the desktop about the change; each tool is optional (skipped when missing)."""
    commands = [
        ["update-desktop-database", "-q", str(files.applications)],
        ["update-mime-database", str(files.mime_root)],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(files.icon_theme)],
    ]
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, capture_output=True, check=False, timeout=60)


@click.group()
def desktop() -> None:
    """Add Edicola to the desktop's menus and open *.edicola files with it (freedesktop)."""


@desktop.command()
def install() -> None:
    """Write the launcher, icons and bundle file type to $XDG_DATA_HOME."""
    files = DesktopFiles(data_home())
    try:
        files.applications.mkdir(parents=True, exist_ok=True)
        files.entry.write_text(desktop_entry(launcher_program()), encoding="utf-8")
        files.mime_package.parent.mkdir(parents=True, exist_ok=True)
        files.mime_package.write_text(mime_package(), encoding="utf-8")
        svg = resource("icons", "edicola.svg")
        files.icon_svg.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, files.icon_svg)
        for size in ICON_SIZES:
            render_icon(svg, size, files.icon_png(size))
    except OSError as exc:
        raise click.ClickException(f"cannot install in {files.root}: {exc}") from exc
    refresh_caches(files)
    click.echo(f"installed {files.entry.name}, its icon and the *.edicola type in {files.root}")


@desktop.command()
def uninstall() -> None:
    """Remove what `edicola desktop install` wrote."""
    files = DesktopFiles(data_home())
    removed = 0
    for path in files.all_files():
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise click.ClickException(f"cannot remove {path}: {exc}") from exc
    refresh_caches(files)
    click.echo(f"removed {plural(removed, 'file')} from {files.root}")


COMMANDS: list[click.Command] = [desktop]
