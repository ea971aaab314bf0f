"""A figure as the report's tables show it: formatted, beside its goal, ✓ or ✗ (and by how much)."""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, str]
"""A table row: the measure, the result, the goal."""


def field(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path (``"classes.rare.p50_ms"``), or None where it is missing."""
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def fmt(value: Any, unit: str = "") -> str:
    """A figure to three significant digits (one decimal from 10 up), ``—`` when missing."""
    if value is None:
        return "—"
    if isinstance(value, float):
        value = f"{value:.3g}" if value < 10 else f"{value:.1f}"
    return f"{value}{unit}"


def met(value: Any, goal: float, *, at_least: bool = False) -> str:
    """`` ✓`` or `` ✗ (+N %)``: how far a figure is from its goal."""
    if not isinstance(value, int | float):
        return ""
    if (value >= goal) if at_least else (value <= goal):
        return " ✓"
    return f" ✗ ({(value / goal - 1) * 100:+.1f} %)"


def zero(value: Any) -> str:
    """`` ✓`` when a count whose goal is none is zero, `` ✗`` otherwise."""
    return "" if not isinstance(value, int) else (" ✓" if value == 0 else " ✗")
