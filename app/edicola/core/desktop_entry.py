"""What the freedesktop desktop needs to know about Edicola, as text and paths.

A launcher entry (Desktop Entry Specification 1.4), a MIME type for bundle
files (shared-mime-info) and where both go under the user's data folder
(``$XDG_DATA_HOME``, else ``~/.local/share``). Qt-free: ``edicola desktop``
writes these files; the icon PNGs are rendered there.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_ID = "edicola"
BUNDLE_MIME = "application/vnd.edicola.bundle+zip"
ICON_NAME = "edicola"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` if set and absolute (as the spec asks), else ``~/.local/share``."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


@dataclass(frozen=True)
class DesktopFiles:
    """Where each file goes under one data folder."""

    root: Path

    @property
    def applications(self) -> Path:
        return self.root / "applications"

    @property
    def entry(self) -> Path:
        return self.applications / f"{APP_ID}.desktop"

    @property
    def mime_root(self) -> Path:
        return self.root / "mime"

    @property
    def mime_package(self) -> Path:
        return self.mime_root / "packages" / f"{APP_ID}.xml"

    @property
    def icon_theme(self) -> Path:
        return self.root / "icons" / "hicolor"

    def icon_png(self, size: int) -> Path:
        return self.icon_theme / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"

    @property
    def icon_svg(self) -> Path:
        return self.icon_theme / "scalable" / "apps" / f"{ICON_NAME}.svg"

    def all_files(self) -> list[Path]:
        return [
            self.entry,
            self.mime_package,
            self.icon_svg,
            *(self.icon_png(size) for size in ICON_SIZES),
        ]


def exec_command(program: list[str]) -> str:
    """The ``Exec`` value: ``program`` quoted as the spec wants, then ``%f``."""
    return " ".join(_quote_exec(arg) for arg in program) + " %f"


def _quote_exec(arg: str) -> str:
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not arg or any(c in reserved for c in arg):
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
        escaped = escaped.replace("$", "\\$")
        arg = f'"{escaped}"'
    # A literal % is written %%; then, inside the file, each backslash is doubled again.
    return arg.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(program: list[str]) -> str:
    """The ``.desktop`` launcher: opens the reader, or a bundle file given to it."""
    return f"""[Desktop Entry]
Type=Application
Version=1.4
Name=Edicola
GenericName=Newspaper Reader
GenericName[it]=Lettore di giornali
Comment=Read newspaper editions offline
Comment[it]=Leggi le edizioni dei giornali senza connessione
Exec={exec_command(program)}
TryExec={program[0]}
Icon={ICON_NAME}
Terminal=false
Categories=Office;Viewer;
Keywords=newspaper;news;reader;edition;giornale;edicola;
MimeType={BUNDLE_MIME};
StartupNotify=true
StartupWMClass=edicola
"""


def mime_package() -> str:
    """shared-mime-info: ``*.edicola`` files are Edicola bundles (ZIP archives inside)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{BUNDLE_MIME}">
    <comment>Edicola edition</comment>
    <comment xml:lang="it">Edizione Edicola</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="*.edicola" weight="60"/>
  </mime-type>
</mime-info>
"""
