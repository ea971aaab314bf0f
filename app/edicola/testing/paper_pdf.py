"""Typesetting a generated newspaper page with Qt's PDF writer, word by word.

The test papers must be what a layout program exports: a real text layer,
justified columns with hyphenated line ends, headlines, pictures as image
objects, rules and boxed adverts. Each word is placed here (not by
``QTextLayout``), so where every word went, and so each article's true block,
is known exactly. ``QPdfWriter`` is the engine ``editions/tools/make_pages.py``
already uses for the sample replicas.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from edicola.paths import resource

Rect = tuple[float, float, float, float]
"""x0, y0, x1, y1 in points, top left origin."""
INK = QColor("#1b1b1b")
GREY = QColor("#555555")
ACCENT = QColor("#8c1c13")
_VOWELS = set("aeiouàèéìòùAEIOU")


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False
    italic: bool = False
    colour: str = "#1b1b1b"


@dataclass
class Placed:
    """What was drawn for one article: its words as printed and the boxes they took."""

    boxes: list[Rect] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    def add(self, box: Rect, text: str = "") -> None:
        self.boxes.append(box)
        if text:
            self.words += text.split()

    def block(self) -> Rect | None:
        if not self.boxes:
            return None
        return (
            min(b[0] for b in self.boxes),
            min(b[1] for b in self.boxes),
            max(b[2] for b in self.boxes),
            max(b[3] for b in self.boxes),
        )


class PaperWriter:
    """A QPdfWriter with the sample fonts, drawing words, pictures and rules at points."""

    def __init__(self, title: str, size: tuple[float, float]) -> None:
        os.environ.setdefault("QT_HASH_SEED", "0")
        fonts = resource("fonts")
        families = QFontDatabase.applicationFontFamilies(
            QFontDatabase.addApplicationFont(str(fonts / "SourceSerif4-Variable.ttf"))
        )
        QFontDatabase.addApplicationFont(str(fonts / "SourceSerif4-Italic-Variable.ttf"))
        self.family = families[0] if families else "serif"
        self.width, self.height = size
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setResolution(72)
        self._writer.setCreator("edicola test paper")
        self._writer.setTitle(title)
        self._writer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(*size), QPageSize.Unit.Point, "paper"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self._painter = QPainter(self._writer)
        self._fonts: dict[Style, tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[tuple[Style, str], float] = {}

    def new_page(self) -> None:
        self._writer.newPage()

    def finish(self) -> bytes:
        self._painter.end()
        return bytes(self._buffer.data().data())

    def _font(self, style: Style) -> tuple[QFont, QFontMetricsF]:
        found = self._fonts.get(style)
        if found is None:
            font = QFont(self.family)
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            font.setItalic(style.italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            for tag in ("liga", "clig"):  # Qt maps some ligatures ("ft") to no text at all
                font.setFeature(QFont.Tag(tag), 0)
            found = self._fonts[style] = (font, QFontMetricsF(font, self._writer))
        return found

    def measure(self, text: str, style: Style) -> float:
        key = (style, text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self._font(style)[1].horizontalAdvance(text)
        return width

    def ascent(self, style: Style) -> float:
        return self._font(style)[1].ascent()

    def descent(self, style: Style) -> float:
        return self._font(style)[1].descent()

    def word(self, text: str, style: Style, x: float, baseline: float) -> Rect:
        """Draw one word (or a line) at a baseline; its box, from the font's ascent and descent."""
        font, metrics = self._font(style)
        self._painter.setFont(font)
        self._painter.setPen(QColor(style.colour))
        self._painter.drawText(QPointF(x, baseline), text)
        return (
            x,
            baseline - metrics.ascent(),
            x + self.measure(text, style),
            baseline + metrics.descent(),
        )

    def picture(self, image: QImage, rect: Rect) -> Rect:
        target = QRectF(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])
        self._painter.drawImage(target, image)
        return rect

    def rule(self, rect: Rect, weight: float = 0.6, colour: QColor = GREY) -> None:
        self._painter.setPen(QPen(colour, weight))
        self._painter.drawLine(QPointF(rect[0], rect[1]), QPointF(rect[2], rect[3]))

    def frame(self, rect: Rect, weight: float = 1.0) -> None:
        self._painter.setPen(QPen(INK, weight))
        self._painter.setBrush(Qt.BrushStyle.NoBrush)
        self._painter.drawRect(QRectF(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]))

    # -- text in a width ---------------------------------------------------------

    def wrap(self, text: str, style: Style, width: float) -> list[str]:
        """Greedy lines for a headline or a caption (no hyphenation)."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if current and self.measure(candidate, style) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        return lines

    def lines(
        self,
        text: str,
        style: Style,
        rect: Rect,
        leading: float,
        placed: Placed,
        centre: bool = False,
    ) -> float:
        """Draw ``text`` wrapped in ``rect``'s width from its top; returns the y under it."""
        y = rect[1]
        for line in self.wrap(text, style, rect[2] - rect[0]):
            x = rect[0]
            if centre:
                x += (rect[2] - rect[0] - self.measure(line, style)) / 2
            placed.add(self.word(line, style, x, y + self.ascent(style)), line)
            y += leading
        return y


@dataclass
class FlowLine:
    words: list[str]
    x: float
    width: float
    baseline: float
    last: bool
    """The last line of its paragraph (not justified)."""


class Flow:
    """Paragraphs poured into columns, justified, hyphenated at line ends; resumable.

    ``add`` sets one paragraph (or refuses it and changes nothing when it does
    not fit); ``cut`` sets as much of one as fits and returns the rest.
    """

    def __init__(
        self, writer: PaperWriter, style: Style, columns: list[Rect], leading: float, indent: float
    ) -> None:
        self.writer = writer
        self.style = style
        self.columns = columns
        self.leading = leading
        self.indent = indent
        self.lines: list[FlowLine] = []
        self.column = 0
        self.y = columns[0][1] if columns else 0.0
        self.paragraphs: list[list[str]] = []
        self._space = writer.measure(" ", style)
        self._added: list[tuple[int, int, float, int]] = []

    def _snapshot(self) -> tuple[int, int, float, int]:
        return len(self.lines), self.column, self.y, len(self.paragraphs)

    def _restore(self, state: tuple[int, int, float, int]) -> None:
        del self.lines[state[0] :]
        self.column, self.y = state[1], state[2]
        del self.paragraphs[state[3] :]

    def add(self, paragraph: str, first: bool = False) -> bool:
        state = self._snapshot()
        rest = self._set(paragraph.split(), first)
        if rest:
            self._restore(state)
            return False
        self._added.append(state)
        return True

    def undo(self) -> None:
        """Take back the last paragraph :meth:`add` set."""
        self._restore(self._added.pop())

    def cut(self, paragraph: str, first: bool = False, reserve: int = 0) -> list[str]:
        """Set what fits, keeping ``reserve`` lines free at the end; the words left over."""
        return self._set(paragraph.split(), first, reserve)

    def _room(self, reserve: int) -> bool:
        if self.column >= len(self.columns):
            return False
        bottom = self.columns[self.column][3]
        if self.column == len(self.columns) - 1:
            bottom -= reserve * self.leading
        return self.y + self.leading <= bottom + 0.01

    def _next_line_place(self, reserve: int) -> bool:
        while not self._room(reserve):
            self.column += 1
            if self.column >= len(self.columns):
                return False
            self.y = self.columns[self.column][1]
        return True

    def _set(self, words: list[str], first: bool, reserve: int = 0) -> list[str]:
        """Set ``words`` from the current place; the words that did not fit.

        A word broken at a line end is set as two pieces (head with a hyphen,
        tail on the next line); a paragraph cut off never ends on a broken word.
        """
        pieces = list(words)
        origin = list(range(len(words)))  # the word each piece comes from
        index = 0
        indent = 0.0 if first else self.indent
        while index < len(pieces):
            if not self._next_line_place(reserve):
                break
            x0, _, x1, _ = self.columns[self.column]
            width = x1 - x0 - indent
            line: list[str] = []
            used = 0.0
            while index < len(pieces):
                piece = pieces[index]
                space = self._space if line else 0.0
                need = self.writer.measure(piece, self.style) + space
                if used + need <= width:
                    line.append(piece)
                    used += need
                    index += 1
                    continue
                head, tail = self._hyphenate(piece, width - used - space)
                if head:
                    line.append(head + "-")
                    pieces[index : index + 1] = [head + "-", tail]
                    origin[index : index + 1] = [origin[index], origin[index]]
                    index += 1
                elif not line:  # a word wider than the column: set it anyway
                    line.append(piece)
                    index += 1
                break
            baseline = self.y + self.writer.ascent(self.style)
            self.lines.append(FlowLine(line, x0 + indent, width, baseline, index >= len(pieces)))
            self.y += self.leading
            indent = 0.0
        if index < len(pieces) and index > 0 and origin[index] == origin[index - 1]:
            self.lines[-1].words.pop()  # do not leave a word broken where the text stops
            self.lines[-1].last = True
            index -= 1
        done = origin[index] if index < len(pieces) else len(words)
        self.paragraphs.append(words[:done])
        return words[done:]

    def _hyphenate(self, word: str, room: float) -> tuple[str, str]:
        """Split ``word`` so its head and a hyphen fit ``room``: after a vowel, before a
        consonant, three letters or more on each side."""
        if len(word) < 7 or not word.isalpha():
            return "", word
        for cut in range(len(word) - 3, 2, -1):
            head = word[:cut]
            fits = self.writer.measure(head + "-", self.style) <= room
            if head[-1] in _VOWELS and word[cut] not in _VOWELS and fits:
                return head, word[cut:]
        return "", word

    def draw(self, placed: Placed) -> None:
        for line in self.lines:
            widths = [self.writer.measure(w, self.style) for w in line.words]
            gaps = len(line.words) - 1
            spare = line.width - sum(widths)
            space = self._space if line.last or gaps == 0 else spare / gaps
            x = line.x
            for word, width in zip(line.words, widths, strict=True):
                placed.boxes.append(self.writer.word(word, self.style, x, line.baseline))
                x += width + space

    def bottom(self) -> float:
        return max(
            (line.baseline + self.writer.descent(self.style) for line in self.lines), default=0
        )

    def printed_words(self) -> Iterator[str]:
        for paragraph in self.paragraphs:
            yield from paragraph
