"""What a feeds publication remembers between runs, in its state folder.

``state.json`` holds the keys of every item already published (with the
edition date, pruned after :data:`KEEP_DAYS`), each feed's ``ETag`` and
``Last-Modified`` for conditional requests, and the last revision built for
each date. ``days/DATE/`` keeps that day's articles and images, so a rerun
with new items rebuilds the whole day as the next revision. The file is
replaced atomically and only after a bundle was written, so a run that fails
half-way leaves the state of the last good run.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

KEEP_DAYS = 45
STATE_FILE = "state.json"


@dataclass
class HttpCache:
    etag: str = ""
    last_modified: str = ""


@dataclass
class FeedState:
    folder: Path
    published: dict[str, str] = field(default_factory=dict)
    """Item key → date of the edition that carried it."""
    http: dict[str, HttpCache] = field(default_factory=dict)
    revisions: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> FeedState:
        path = folder / STATE_FILE
        try:
            raw: Any = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls(folder)
        except (OSError, ValueError) as exc:
            raise OSError(
                f"{path}: unreadable feeds state ({exc}); remove it to start over"
            ) from exc
        if not isinstance(raw, dict):
            raise OSError(f"{path}: unreadable feeds state; remove it to start over")
        http = {
            url: HttpCache(str(v.get("etag", "")), str(v.get("last_modified", "")))
            for url, v in dict(raw.get("http", {})).items()
            if isinstance(v, dict)
        }
        return cls(
            folder,
            published={str(k): str(v) for k, v in dict(raw.get("published", {})).items()},
            http=http,
            revisions={str(k): int(v) for k, v in dict(raw.get("revisions", {})).items()},
        )

    def day_folder(self, day: str) -> Path:
        return self.folder / "days" / day

    def day_articles(self, day: str) -> list[dict[str, Any]]:
        """The articles already in ``day``'s edition (empty before its first revision)."""
        path = self.day_folder(day) / "articles.json"
        if day not in self.revisions or not path.is_file():
            return []
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise OSError(
                f"{path}: unreadable ({exc}); remove {self.folder} to start over"
            ) from exc
        return [a for a in data if isinstance(a, dict)] if isinstance(data, list) else []

    def save_day(self, day: str, articles: list[dict[str, Any]]) -> None:
        """Keep ``day``'s articles for its next revision (atomically)."""
        folder = self.day_folder(day)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "articles.json.tmp"
        tmp.write_text(json.dumps(articles, ensure_ascii=False), "utf-8")
        os.replace(tmp, folder / "articles.json")

    def save(self, today: date) -> None:
        cutoff = (today - timedelta(days=KEEP_DAYS)).isoformat()
        self.published = {k: d for k, d in self.published.items() if d >= cutoff}
        self.revisions = {d: r for d, r in self.revisions.items() if d >= cutoff}
        days = self.folder / "days"
        if days.is_dir():
            for old in days.iterdir():
                if old.name < cutoff:
                    shutil.rmtree(old, ignore_errors=True)
        data = {
            "published": dict(sorted(self.published.items())),
            "http": {
                u: {"etag": c.etag, "last_modified": c.last_modified} for u, c in self.http.items()
            },
            "revisions": dict(sorted(self.revisions.items())),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / (STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
        os.replace(tmp, self.folder / STATE_FILE)
