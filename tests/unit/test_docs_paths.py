"""The docs name files that exist: a module moved or renamed leaves no stale path behind.

Docs write module paths relative to ``app/edicola/`` (`core/bundle/format.py`,
`ui/shell/seam.py`), or in full (`app/edicola/net/webdav.py`), or as dotted
modules (`edicola.servers.static_host`), or by file name alone in a table of
one package (`panel.py`). Only backticked spans are read as relative paths
(those ending in ``.py`` or ``/``), dotted modules or file names, so settings
keys (`reader/theme`) and prose are left alone; ``app/...`` paths are checked
wherever they appear.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "app" / "edicola"
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

_TOP = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
_FULL = re.compile(r"(?<![\w./-])(app/[\w./*-]*[\w/*])")
_SPAN = re.compile(r"`([^`\n]+)`")
_RELATIVE = re.compile(r"^(\w+)/[\w./*-]*(?:\.py|/)$")
_DOTTED = re.compile(r"^edicola(?:\.\w+)+$")
_BARE = re.compile(r"^[\w-]+\.py$")
_SOURCES = ("app", "bench", "editions", "examples", "resources", "tests")
_FILE_NAMES = {p.name for d in _SOURCES for p in (ROOT / d).rglob("*.py")} | {
    p.name for p in ROOT.glob("*.py")
}


def _exists(base: Path, path: str) -> bool:
    """True when the path (a glob if it holds ``*``) names something under base."""
    if "*" in path:
        return any(base.glob(path.rstrip("/")))
    return (base / path).exists()


def _module_exists(dotted: str) -> bool:
    """A dotted module, or a name defined in one (`edicola.paths.resource`)."""
    parts = dotted.split(".")[1:]
    for end in range(len(parts), 0, -1):
        base = PACKAGE.joinpath(*parts[:end])
        source = (
            base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"
        )
        if source.exists():
            rest = parts[end:]
            return (
                not rest or re.search(rf"\b{re.escape(rest[0])}\b", source.read_text()) is not None
            )
    return False


def _span_is_stale(span: str) -> bool:
    """A backticked relative path, dotted module or file name that names nothing."""
    relative = _RELATIVE.match(span)
    if relative and relative.group(1) in _TOP:
        return not _exists(PACKAGE, span)
    if _DOTTED.match(span) and span.split(".")[1] in _TOP:
        return not _module_exists(span)
    return bool(_BARE.match(span)) and span not in _FILE_NAMES


def stale_paths(text: str) -> list[str]:
    """The paths and modules named in a Markdown text that do not exist."""
    stale = [p for p in _FULL.findall(text) if not _exists(ROOT, p)]
    stale += [s.strip() for s in _SPAN.findall(text) if _span_is_stale(s.strip())]
    return stale


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_in_the_docs_exists(doc: Path) -> None:
    stale = stale_paths(doc.read_text(encoding="utf-8"))
    assert not stale, f"{doc.relative_to(ROOT)} names paths that do not exist: {stale}"


def test_the_check_finds_stale_paths_and_ignores_the_rest() -> None:
    text = (
        "Code: `app/ui/shell/panels.py`, `core/catalog.py` and `net/static_host.py`,"
        " `edicola.net.comment_sync`, `comments_panel.py`; see app/store/bookmarks.py.\n"
        "Fine: `core/bundle/format.py`, `ui/common/`, `store/sync_*.py`,"
        " app/edicola/paths.py, `edicola.servers.static_host`, `edicola.paths.resource`,"
        " `wiring.py`, the setting `reader/theme`, https://example.org/app/x.py, `edicola.pub`."
    )
    assert stale_paths(text) == [
        "app/ui/shell/panels.py",
        "app/store/bookmarks.py",
        "core/catalog.py",
        "net/static_host.py",
        "edicola.net.comment_sync",
        "comments_panel.py",
    ]
