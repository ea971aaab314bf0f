"""The ``.part`` files of downloads under way, and the sidecars that let them resume.

Bytes go to ``<downloads>/<edition>.edicola.part``; a JSON sidecar beside it
remembers the URL, the catalog's hash and size and the server's validator (ETag
or Last-Modified), so a later attempt, even in a run after the app was killed,
asks only for the rest (``Range`` + ``If-Range``). A sidecar written for another
URL, hash or size does not count: that download starts again from zero.
"""

from __future__ import annotations

import json
import os
from collections.abc import Container
from pathlib import Path
from typing import Any

from edicola.net.download_job import DownloadRequest

_PART = ".edicola.part"
_SIDECAR = ".edicola.part.json"


class PartFiles:
    """The download folder's ``.part`` files and sidecars, by edition."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def part(self, edition_id: str) -> Path:
        return self.folder / f"{edition_id}{_PART}"

    def sidecar(self, edition_id: str) -> Path:
        return self.folder / f"{edition_id}{_SIDECAR}"

    def remove(self, edition_id: str) -> None:
        self.part(edition_id).unlink(missing_ok=True)
        self.sidecar(edition_id).unlink(missing_ok=True)

    def load(self, request: DownloadRequest) -> dict[str, Any] | None:
        """The sidecar of ``request``'s download, or None when missing, unreadable or
        written for another URL, hash or size."""
        try:
            data = json.loads(self.sidecar(request.edition_id).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        same = (data.get("url"), data.get("sha256"), data.get("size")) == (
            request.url,
            request.sha256,
            request.size,
        )
        return data if same else None

    def save(self, request: DownloadRequest, validator: str | None) -> None:
        """Write the sidecar atomically (a kill leaves the old one or the new one)."""
        meta = {
            "url": request.url,
            "sha256": request.sha256,
            "size": request.size,
            "validator": validator,
        }
        path = self.sidecar(request.edition_id)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(meta), "utf-8")
        os.replace(tmp, path)

    def interrupted(self, known: Container[str]) -> list[str]:
        """Editions whose download was cut short in an earlier run (a ``.part`` with its
        sidecar is on disk), leaving out those in ``known``."""
        if not self.folder.is_dir():
            return []
        found = []
        for sidecar in sorted(self.folder.glob(f"*{_SIDECAR}")):
            edition_id = sidecar.name.removesuffix(_SIDECAR)
            if edition_id not in known and self.part(edition_id).exists():
                found.append(edition_id)
        return found
