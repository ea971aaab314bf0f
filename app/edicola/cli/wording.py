"""How the command line words counts and sizes, the same way the reader does.

"1 article", "2 articles"; sizes in kB below a megabyte and in MB above, as
the Newsstand shows them. One place, so every command agrees.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``plural(1, "article")`` is "1 article"; ``plural(3, "entry", "entries")``."""
    word = one if count == 1 else (many or one + "s")
    return f"{count} {word}"


def human_size(size: int) -> str:
    """``148 kB``, ``1.2 MB``: decimal units, as the reader's Newsstand shows sizes."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000)) if size else 0} kB"
