"""Reader settings that sync (theme, text size), only where the reader chose so.

The settings live in the reader (Qt), which the store cannot reach; so the
reader keeps the ones it shares in a small file in the library folder,
``sync-settings.json``, while the reader has ticked *Sync theme and text size*
in Settings → Sync, and deletes it when the tick is taken away. Like the feed
recipes, the sync pass compares that file with what was last synced (one item
per setting, field ``value``) and writes the merged values back into it, never
creating it: a device that does not share its settings keeps them as they are.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from edicola.core.sync.merge import ALIVE

SETTINGS_FILE = "sync-settings.json"
SHARED = ("theme", "text_size")
"""The settings that may sync; line spacing and the language stay with each device."""


def path_of(folder: Path) -> Path:
    return folder / SETTINGS_FILE


def read(folder: Path) -> dict[str, Any] | None:
    """The shared settings, or None when this device does not share them (or the
    file is unreadable: then nothing is sent, and nothing is lost)."""
    try:
        found = json.loads(path_of(folder).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(found, dict):
        return None
    return {name: found[name] for name in SHARED if isinstance(found.get(name), str | int)}


def write(folder: Path, values: dict[str, Any]) -> None:
    """Share ``values`` (whole file written to a temporary name, then moved)."""
    path = path_of(folder)
    tmp = path.with_name(SETTINGS_FILE + ".tmp")
    tmp.write_text(json.dumps({k: values[k] for k in SHARED if k in values}), "utf-8")
    os.replace(tmp, path)


def stop_sharing(folder: Path) -> None:
    path_of(folder).unlink(missing_ok=True)


def changes(folder: Path, merged: dict[str, dict[str, str]]) -> dict[str, dict[str, Any]]:
    """``setting -> fields`` to send so the synced settings match the file."""
    shared = read(folder)
    if shared is None:
        return {}
    found: dict[str, dict[str, Any]] = {}
    for name, value in shared.items():
        synced = merged.get(name, {})
        fields: dict[str, Any] = {}
        if synced.get(ALIVE) != "true":
            fields[ALIVE] = True
        if synced.get("value") != json.dumps(value, ensure_ascii=False, separators=(",", ":")):
            fields["value"] = value
        if fields:
            found[name] = fields
    return found


def write_back(folder: Path, merged: dict[str, dict[str, str]]) -> None:
    """The merged values into the file, if this device shares its settings."""
    shared = read(folder)
    if shared is None:
        return
    for name, fields in merged.items():
        if name in SHARED and "value" in fields:
            value = json.loads(fields["value"])
            if isinstance(value, str | int):
                shared[name] = value
    write(folder, shared)
