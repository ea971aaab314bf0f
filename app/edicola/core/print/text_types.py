"""The plain records of a page's text layer, shared by reading, layout and matching.

Frozen dataclasses of floats and strings: they cross the jail's process
boundary as pickles and are compared in tests. Boxes are ``(x0, y0, x1, y1)``
in points with the origin at the top left of the page as shown, y downwards
(the convention of the manifest's regions).
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Word:
    text: str
    box: Box


@dataclass(frozen=True)
class Line:
    """Words on one baseline with no column gap between them."""

    words: tuple[Word, ...]
    box: Box
    size: float
    """Font size in points (the median of its characters)."""
    italic: bool
    bold: bool

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


@dataclass(frozen=True)
class PageText:
    index: int
    width: float
    height: float
    label: str
    """The PDF's own page label, or "" when it has none."""
    lines: tuple[Line, ...]
    pictures: tuple[Box, ...]
    """Image objects larger than an icon."""
    rules: tuple[Box, ...]
    """Thin horizontal or vertical paths: the rules between articles and columns."""
    frames: tuple[Box, ...]
    """Other rectangular paths (boxes around adverts, tinted panels)."""
    chars: int
    """Printed characters PDFium found on the page (0: no text layer)."""
    problem: str = ""
    """Why the page could not be read (then it has no lines), else ""."""


def area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def intersection(a: Box, b: Box) -> float:
    return area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes (0 for two empty boxes)."""
    inter = intersection(a, b)
    total = area(a) + area(b) - inter
    return inter / total if total > 0 else 0.0
