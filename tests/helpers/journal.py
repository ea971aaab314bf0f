"""What happened, in order, from every thread: tests that prove one writer at a time."""

from __future__ import annotations

import threading


class Journal:
    """One list, in the order things happened, from every thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: list[str] = []

    def add(self, entry: str) -> None:
        with self.lock:
            self.entries.append(entry)

    def count(self, entry: str) -> int:
        with self.lock:
            return self.entries.count(entry)

    def __contains__(self, entry: str) -> bool:
        with self.lock:
            return entry in self.entries
