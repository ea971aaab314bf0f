"""Hybrid logical clocks: a total order of edits that respects causality.

Last-writer-wins needs to say which of two edits of a field is later. Wall
clocks alone get it wrong when devices disagree by hours; a hybrid logical
clock (Kulkarni et al., 2014) is the wall time in milliseconds, pushed forward
past every stamp the device has seen, with a counter for edits in the same
millisecond and the device id as the last tie-break. So an edit made after
seeing another edit always sorts after it, whatever the clocks say.

A stamp is a fixed-width string (12 hex digits of milliseconds, 4 of counter,
16 of device id), so stamps compare as strings, in Python and in SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable

STAMP = re.compile(r"^[0-9a-f]{12}[0-9a-f]{4}[0-9a-f]{16}$")
_MAX_COUNTER = 0xFFFF


def stamp(wall_ms: int, counter: int, device: str) -> str:
    return f"{wall_ms:012x}{counter:04x}{device}"


def parse(value: str) -> tuple[int, int, str]:
    """``(wall_ms, counter, device)`` of a stamp; ValueError when it is not one."""
    if not isinstance(value, str) or not STAMP.match(value):
        raise ValueError(f"not a clock stamp: {value!r}")
    return int(value[:12], 16), int(value[12:16], 16), value[16:]


def wall_ms(value: str) -> int:
    return parse(value)[0]


class Clock:
    """One device's clock; ``now_ms`` is its wall clock (handed in, so tests can skew it)."""

    def __init__(self, device: str, last: str, now_ms: Callable[[], int]) -> None:
        if len(device) != 16 or not all(c in "0123456789abcdef" for c in device):
            raise ValueError(f"device id must be 16 hex digits, not {device!r}")
        self.device = device
        self._now_ms = now_ms
        self._wall, self._counter = (0, 0) if not last else parse(last)[:2]

    @property
    def last(self) -> str:
        """The latest stamp this clock issued or saw (persist it between runs)."""
        return stamp(self._wall, self._counter, self.device)

    def tick(self, at_ms: int | None = None) -> str:
        """A stamp for a local edit made at ``at_ms`` (default: now), after all seen."""
        wall = max(self._now_ms() if at_ms is None else at_ms, 0)
        if wall > self._wall:
            self._wall, self._counter = wall, 0
        elif self._counter < _MAX_COUNTER:
            self._counter += 1
        else:
            self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, seen: str) -> None:
        """Move past a stamp read from another device (the next tick sorts after it)."""
        wall, counter, _ = parse(seen)
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter
