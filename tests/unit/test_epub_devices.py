"""Finding mounted e-readers among the volumes (edicola.core.epub.devices)."""

from __future__ import annotations

from pathlib import Path

from edicola.core.epub.devices import Device, find_devices, identify, linux_volumes


def make(root: Path, name: str, *folders: str) -> Path:
    volume = root / name
    volume.mkdir(parents=True)
    for folder in folders:
        (volume / folder).mkdir(parents=True)
    return volume


def test_mounts_table_gives_removable_volumes(tmp_path: Path) -> None:
    gvfs = tmp_path / "gvfs"
    storage = gvfs / "mtp:host=Kobo_Libra" / "Internal Storage"
    storage.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "proc /proc proc rw 0 0\n"
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/ada/KOBOeReader vfat rw 0 0\n"
        "/dev/sdc1 /mnt/My\\040Kindle exfat rw 0 0\n"
        "/dev/sdd1 /run/media/ada/disk ext4 rw 0 0\n"
        f"gvfsd-fuse {gvfs} fuse.gvfsd-fuse rw 0 0\n"
        "short line\n",
        "utf-8",
    )
    assert linux_volumes(mounts) == [
        Path("/media/ada/KOBOeReader"),
        Path("/mnt/My Kindle"),
        Path("/run/media/ada/disk"),
        storage,
    ]
    assert linux_volumes(tmp_path / "missing") == []


def test_readers_are_recognised_by_their_folders_or_label(tmp_path: Path) -> None:
    kobo = make(tmp_path, "NO NAME", ".kobo")
    kindle = make(tmp_path, "disk", "documents", "system")
    pocketbook = make(tmp_path, "usb", "system/config")
    tolino = make(tmp_path, "tolino")
    by_label = make(tmp_path, "PB632")
    stick = make(tmp_path, "STICK", "documents")
    assert identify(kobo) == Device("Kobo", kobo)
    assert identify(kindle) == Device("Kindle", kindle)
    assert identify(pocketbook) == Device("PocketBook", pocketbook)
    assert identify(tolino) == Device("tolino", tolino)
    assert identify(by_label) == Device("PocketBook", by_label)
    assert identify(stick) is None
    assert identify(tmp_path / "gone") is None


def test_find_devices_sorted_once_each_and_kindle_not_for_epub(tmp_path: Path) -> None:
    kobo = make(tmp_path, "KOBOeReader")
    kindle = make(tmp_path, "Kindle", "documents", "system")
    stick = make(tmp_path, "STICK")
    devices = find_devices([kobo, stick, kindle, kobo])
    assert [d.kind for d in devices] == ["Kobo", "Kindle"]  # by mount point
    assert [d.reads_epub for d in devices] == [True, False]
    assert devices[0].folder == kobo / "Edicola"
    assert devices[0].name == "Kobo (KOBOeReader)"
