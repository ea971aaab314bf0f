"""E-readers mounted as drives: which volumes are Kobos, Kindles, PocketBooks or tolinos.

Plugged in by USB, these readers show up as an ordinary volume. A volume is
recognised by what the reader keeps on it: Kobo's ``.kobo`` folder, the
Kindle's ``documents`` and ``system`` folders, PocketBook's ``system/config``,
or a volume label naming the make (``KOBOeReader``, ``Kindle``, ``tolino``,
``PocketBook``/``PB632``). Volumes come from ``/proc/self/mounts`` on Linux
(and the MTP shares GVfs mounts below ``/run/user/UID/gvfs``), ``/Volumes``
on macOS and the drive letters on Windows; the caller can hand in its own list.

Kindles are found but refused: a Kindle does not open an EPUB copied over
USB (Amazon's *Send to Kindle* converts it instead); the export folder
setting covers that case.
"""

from __future__ import annotations

import os
import re
import string
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FOLDER = "Edicola"
"""Where exports go on a device: a folder of their own, which the readers all scan."""
_REMOVABLE_TYPES = frozenset(
    {"vfat", "exfat", "msdos", "fat", "ntfs", "ntfs3", "fuseblk", "hfsplus", "fuse.gvfsd-fuse"}
)
_OCTAL = re.compile(r"\\([0-7]{3})")
_LABELS = (
    (re.compile(r"kobo", re.IGNORECASE), "Kobo"),
    (re.compile(r"kindle", re.IGNORECASE), "Kindle"),
    (re.compile(r"tolino", re.IGNORECASE), "tolino"),
    (re.compile(r"pocketbook|^PB\d{3}", re.IGNORECASE), "PocketBook"),
)


@dataclass(frozen=True)
class Device:
    kind: str
    """``Kobo``, ``Kindle``, ``PocketBook`` or ``tolino``."""
    mount: Path

    @property
    def name(self) -> str:
        """What to call it: the make and the volume's name."""
        return f"{self.kind} ({self.mount.name or self.mount})"

    @property
    def reads_epub(self) -> bool:
        return self.kind != "Kindle"

    @property
    def folder(self) -> Path:
        return self.mount / FOLDER


def linux_volumes(mounts: Path = Path("/proc/self/mounts")) -> list[Path]:
    """Removable-looking volumes in a mounts table (FAT, exFAT, NTFS, GVfs MTP shares)."""
    try:
        lines = mounts.read_text("utf-8", "replace").splitlines()
    except OSError:
        return []
    found: list[Path] = []
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(_OCTAL.sub(lambda m: chr(int(m.group(1), 8)), fields[1]))
        kind = fields[2]
        if kind == "fuse.gvfsd-fuse":
            found.extend(_mtp_storages(point))
        elif kind in _REMOVABLE_TYPES or str(point).startswith(("/media/", "/run/media/")):
            found.append(point)
    return found


def _mtp_storages(gvfs: Path) -> list[Path]:
    """The storages of MTP devices GVfs mounts (``mtp:host=…/Internal Storage``)."""
    try:
        hosts = [p for p in gvfs.iterdir() if p.name.startswith("mtp:")]
        return [storage for host in hosts for storage in host.iterdir() if storage.is_dir()]
    except OSError:
        return []


def system_volumes() -> list[Path]:
    """The volumes this computer has mounted now."""
    if sys.platform.startswith("linux"):
        return linux_volumes()
    if sys.platform == "darwin":
        try:
            return sorted(p for p in Path("/Volumes").iterdir() if p.is_dir())
        except OSError:
            return []
    if sys.platform == "win32":
        drives = [Path(f"{letter}:\\") for letter in string.ascii_uppercase[3:]]
        return [drive for drive in drives if os.path.isdir(drive)]
    return []


def identify(mount: Path) -> Device | None:
    """The e-reader mounted at ``mount``, or None for any other volume."""

    def has(*parts: str) -> bool:
        try:
            return mount.joinpath(*parts).is_dir()
        except OSError:
            return False

    if has(".kobo"):
        return Device("Kobo", mount)
    if has("documents") and has("system") and not has("system", "config"):
        return Device("Kindle", mount)
    if has("system", "config"):
        return Device("PocketBook", mount)
    for pattern, kind in _LABELS:
        if pattern.search(mount.name):
            return Device(kind, mount)
    return None


def find_devices(volumes: Iterable[Path] | None = None) -> list[Device]:
    """The e-readers among ``volumes`` (default: what is mounted now), by mount point."""
    seen: set[Path] = set()
    devices = []
    for volume in system_volumes() if volumes is None else volumes:
        if volume in seen:
            continue
        seen.add(volume)
        device = identify(volume)
        if device is not None:
            devices.append(device)
    return sorted(devices, key=lambda d: str(d.mount))
