"""Record what a screen reader gets from each view, over real AT-SPI (not a test).

Run with the system Python that has pyatspi (Debian ``python3-pyatspi``), under
an X server with an AT-SPI bus, while Edicola runs with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb``; see
docs/accessibility.md, "A session with AT-SPI", for the whole set-up::

    /usr/bin/python3 bench/a11y_session.py OUT.tsv [--views welcome]

For each view it switches to it (through the menus' AT-SPI actions or keys
sent with xdotool), lists every showing, focusable object under the window
(role, name, description), then presses Tab (Ctrl+Tab out of text areas) and
records each focus event: what Orca would announce. Lines of OUT.tsv:
``view  kind  role  name  description  label`` with kind ``tree`` or ``tab``
(the label, the labelled-by relation's text, only in ``tree`` rows), and
``structure`` rows: every object under a showing document (the article's and
front page's headings, figures, lists, paragraphs, links), where the last
column is ``depth N`` and the heading's ``level N``.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from pathlib import Path

import pyatspi  # type: ignore[import-not-found]

TAB_STOPS = 30
SETTLE_S = 0.5  # time for Qt, the bus and the listener to pass an event on

# view -> list of steps: ("menu", "View/Newsstand") or ("key", "ctrl+n")
VIEWS: dict[str, list[tuple[str, str]]] = {
    "front page": [("menu", "View/Front page")],
    "reader": [("menu", "View/Front page"), ("menu", "Go/Next article")],
    "comments": [("menu", "Edit/Write a comment")],
    "pages": [("menu", "View/Pages (print replica)")],
    "newsstand": [("key", "Escape"), ("menu", "View/Newsstand")],
    "search": [("key", "Escape"), ("key", "ctrl+l"), ("type", "porto"), ("key", "Return")],
    "highlights and bookmarks": [("key", "Escape"), ("menu", "View/Highlights and bookmarks")],
    "recently read": [("key", "Escape"), ("menu", "View/Recently read")],
    "comment outbox": [("key", "Escape"), ("menu", "View/Comment outbox")],
    "feeds": [("key", "Escape"), ("menu", "View/Feeds")],
    "settings": [("key", "Escape"), ("menu", "File/Settings…")],
    "welcome": [],
}


def app() -> object:
    for candidate in pyatspi.Registry.getDesktop(0):
        if candidate is not None and candidate.name == "Edicola":
            return candidate
    raise SystemExit("a11y_session: no application named Edicola on the AT-SPI bus")


def find(node: object, role: str, name: str) -> object | None:
    try:
        if node.getRoleName() == role and node.name == name:
            return node
        children = list(node)
    except Exception:
        return None
    for child in children:
        if child is not None and (hit := find(child, role, name)) is not None:
            return hit
    return None


def press_menu(path: str) -> None:
    node = app()
    for part in path.split("/"):
        hit = find(node, "menu item", part)
        if hit is None:
            raise SystemExit(f"a11y_session: no menu item {path!r}")
        node = hit
    with contextlib.suppress(Exception):  # a modal dialog answers only when it closes
        node.queryAction().doAction(0)


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def top_window() -> object:
    """The dialog when one is open, else the main frame."""
    windows = [w for w in app() if w is not None]
    for window in windows:
        if window.getRoleName() == "dialog" and window.getState().contains(pyatspi.STATE_SHOWING):
            return window
    return windows[0]


def label_of(node: object) -> str:
    """The text of the label the object is labelled by (Orca says it before the name)."""
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            return " ".join(relation.getTarget(i).name for i in range(relation.getNTargets()))
    return ""


def focusables(node: object, rows: list[tuple[str, str, str, str]]) -> None:
    try:
        state = node.getState()
        children = list(node)
    except Exception:
        return
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    if state.contains(pyatspi.STATE_FOCUSABLE) and node.getRoleName() not in (
        "list item",
        "table cell",
        "page tab",
    ):
        rows.append((node.getRoleName(), node.name, node.description, label_of(node)))
    for child in children:
        if child is not None:
            focusables(child, rows)


def documents(node: object, found: list[object]) -> None:
    """The showing document frames under ``node`` (the article, the front page)."""
    try:
        state = node.getState()
        if not state.contains(pyatspi.STATE_SHOWING):
            return
        if node.getRoleName() == "document frame":
            found.append(node)
            return
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is not None:
            documents(child, found)


def structure(node: object, rows: list[tuple[str, str, str, str]], depth: int = 0) -> None:
    """Every object under a document: role, name, description, depth and level."""
    try:
        attributes = dict(a.split(":", 1) for a in node.getAttributes() if ":" in a)
        where = f"depth {depth}" + (
            f" level {attributes['level']}" if "level" in attributes else ""
        )
        rows.append((node.getRoleName(), node.name, node.description, where))
        children = list(node)
    except Exception:
        return
    for child in children:
        if child is not None:
            structure(child, rows, depth + 1)


def listen(log_path: str) -> None:
    """Child process: write each focus event to ``log_path``."""
    log = Path(log_path).open("a", encoding="utf-8", buffering=1)  # noqa: SIM115 (open until killed)

    def on_event(event: object) -> None:
        if not event.detail1:
            return
        source = event.source
        try:
            row = (source.getRoleName(), source.name, source.description)
        except Exception:
            return
        log.write("\t".join(" ".join(str(x).split()) for x in row) + "\n")

    pyatspi.Registry.registerEventListener(on_event, "object:state-changed:focused")
    pyatspi.Registry.start()


def tab_walk(log: Path) -> list[str]:
    seen: list[str] = []
    for _ in range(TAB_STOPS):
        lines = log.read_text(encoding="utf-8").splitlines()
        last = lines[-1] if lines else ""
        key = "ctrl+Tab" if last.startswith(("text\t", "label\t", "paragraph\t")) else "Tab"
        before = len(lines)
        xdo("key", key)
        time.sleep(SETTLE_S)  # timing-ok: a script driving another process, not a test
        new = log.read_text(encoding="utf-8").splitlines()[before:]
        stops = [line for line in new if not line.startswith(("list item\t", "menu item\t"))]
        if not stops:
            continue
        if seen and stops[-1] == seen[0]:
            break  # round the view once
        seen.extend(s for s in stops if s not in seen)
    return seen


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    names = argv[argv.index("--views") + 1].split(",") if "--views" in argv else list(VIEWS)
    log = out.with_suffix(".focus")
    log.write_text("", encoding="utf-8")
    listener = subprocess.Popen([sys.executable, __file__, "--listen", str(log)])
    try:
        time.sleep(1.5)  # timing-ok: let the listener register
        out.write_text("", encoding="utf-8")
        for view in names:
            for kind, what in VIEWS[view]:
                if kind == "menu":
                    press_menu(what)
                elif kind == "type":
                    xdo("type", what)
                else:
                    xdo("key", what)
                time.sleep(SETTLE_S)  # timing-ok
            tree: list[tuple[str, str, str, str]] = []
            focusables(top_window(), tree)
            rows = [(view, "tree", *row) for row in tree]
            found: list[object] = []
            documents(top_window(), found)
            for document in found:
                shape: list[tuple[str, str, str, str]] = []
                structure(document, shape)
                rows += [(view, "structure", *row) for row in shape]
            rows += [(view, "tab", *line.split("\t")) for line in tab_walk(log)]
            print(f"{time.strftime('%H:%M:%S')} {view}: {len(tree)} focusable", flush=True)
            with out.open("a", encoding="utf-8") as handle:
                for row in rows:
                    handle.write("\t".join(" ".join(str(x).split()) for x in row) + "\n")
    finally:
        listener.terminate()
        listener.wait()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--listen"]:
        listen(sys.argv[2])
    else:
        main(sys.argv[1:])
