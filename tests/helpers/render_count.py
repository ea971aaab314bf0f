"""Counting the renders the edition store asks the jail for (the real render runs)."""

from __future__ import annotations

import pytest

from edicola.store import editions as edition_store


def counted_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The edition of every Markdown render the store asks for from now on."""
    renders: list[str] = []
    real = edition_store.render_markdown

    def render(source: str, **kwargs: object) -> object:
        renders.append(str(kwargs["edition_id"]))
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(edition_store, "render_markdown", render)
    return renders
