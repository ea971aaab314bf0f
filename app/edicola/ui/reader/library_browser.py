"""A QTextBrowser that reads only from the library and never from anywhere else.

Base of the article view and the front page. ``loadResource`` answers
``edicola:image/<edition>/<path>`` from the library and refuses everything
else (no files, no network: nothing is ever fetched). The text sits in a
reading column of about 66 characters, centred with margins computed from the
font metrics on resize, and images are scaled to that column keeping their
aspect ratio. Links are routed, not followed: library articles emit
``articleRequested``, images open large, external links ask first.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from math import ceil
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from edicola.ui.reader.article_page import ZOOM_PREFIX
from edicola.ui.reader.link_names import LinkNamer

ImageSource = Callable[[str, str], "tuple[bytes, str] | None"]
COLUMN_CHARS = 66
#: Decoded pictures kept, in bytes: pictures are decoded at the size they are
#: shown (``QImageReader.setScaledSize``), so this is a few pages' worth. An
#: 8000×8000 picture decoded whole is 244 MiB; at column width it is ~2 MiB.
IMAGE_CACHE_BYTES = 64 * 1024 * 1024
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_IMG_SRC = re.compile(r"""\bsrc\s*=\s*["'](edicola:image/[^"']+)["']""", re.IGNORECASE)
_SIZE_ATTR = re.compile(r"""\s(?:width|height)\s*=\s*(?:"[^"]*"|'[^']*'|\S+)""", re.IGNORECASE)
MIN_MARGIN = 24


def parse_image_url(url: QUrl) -> tuple[str, str] | None:
    """``edicola:image/<edition_id>/<path>`` -> (edition_id, path), else None."""
    if url.scheme() != "edicola":
        return None
    path = url.path()
    if not path.startswith("image/"):
        return None
    edition_id, _, image_path = path.removeprefix("image/").partition("/")
    if not edition_id or not image_path or ".." in image_path.split("/"):
        return None
    return edition_id, image_path


def _confirm_external(parent: QWidget, url: QUrl) -> bool:
    title = QCoreApplication.translate("LibraryBrowser", "Open in browser?")
    text = QCoreApplication.translate(
        "LibraryBrowser", "This link leads outside the library:\n%1\n\nOpen it in your browser?"
    ).replace("%1", url.toDisplayString())
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class LibraryBrowser(QTextBrowser):
    image_width_share = 1.0  # images may use this share of the column
    column_chars = COLUMN_CHARS  # the line length; the reader sets it (reading comfort)

    articleRequested = Signal(str)
    imageRequested = Signal(str, str)  # edition id, path
    externalLinkOpened = Signal(QUrl)

    def __init__(self, image_source: ImageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image_source = image_source
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._cache_bytes = 0
        self._decode_width = 0.0  # the column width the cached pictures were decoded for
        self._sizes: dict[str, QSize] = {}
        self._pending: dict[str, bytes] = {}
        self.confirm_external: Callable[[QWidget, QUrl], bool] = _confirm_external
        self.open_external: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    # -- resources -------------------------------------------------------
    def loadResource(self, type_: int, url: QUrl | str) -> Any:
        if int(type_) != QTextDocument.ResourceType.ImageResource.value:
            return None
        return self.image_for(QUrl(url))

    def _bytes(self, key: str, url: QUrl) -> bytes | None:
        data = self._pending.pop(key, None)
        if data is not None:
            return data
        parsed = parse_image_url(url)
        if parsed is None:
            return None
        found = self._image_source(*parsed)
        return found[0] if found else None

    def image_for(self, url: QUrl) -> QImage | None:
        """The decoded picture (decoded only when Qt paints it; a small LRU cache)."""
        key = url.toString()
        cached = self._images.get(key)
        if cached is not None:
            self._images.move_to_end(key)
            return cached
        data = self._bytes(key, url)
        if data is None:
            return None
        image = self._decode(key, data)
        if image.isNull():
            return None
        self._images[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > IMAGE_CACHE_BYTES and len(self._images) > 1:
            _old, dropped = self._images.popitem(last=False)
            self._cache_bytes -= dropped.sizeInBytes()
        return image

    def _decode(self, key: str, data: bytes) -> QImage:
        """Decode at the size the picture is shown (device pixels), never larger."""
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid() and not size.isEmpty():
            self._sizes.setdefault(key, size)
            self._decode_width = self._image_width()
            width = min(size.width(), ceil(self._decode_width * self.devicePixelRatioF()))
            if width < size.width():
                height = max(1, round(size.height() * width / size.width()))
                reader.setScaledSize(QSize(width, height))
        return reader.read()

    def natural_size(self, url: QUrl) -> QSize | None:
        """A picture's size from its header alone, without decoding it."""
        key = url.toString()
        size = self._sizes.get(key)
        if size is not None:
            return size
        data = self._bytes(key, url)
        if data is None:
            return None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        size = QImageReader(buffer).size()
        if not size.isValid() or size.isEmpty():
            return None
        self._sizes[key] = size
        self._pending[key] = data
        return size

    def clear_image_cache(self) -> None:
        self._images.clear()
        self._cache_bytes = 0
        self._sizes.clear()
        self._pending.clear()

    def page_images(self) -> dict[str, QImage]:
        """Every picture of the page, decoded (for printing)."""
        found: dict[str, QImage] = {}
        for match in _IMG_SRC.finditer(self.document().toHtml()):
            image = self.image_for(QUrl(match.group(1)))
            if image is not None:
                found[match.group(1)] = image
        return found

    # -- layout ------------------------------------------------------------
    def set_page(self, html: str, css: str, font: QFont) -> None:
        """Replace the page; the style sheet must be set before the HTML.

        Image sizes go into the HTML up front so Qt lays the page out without
        decoding any picture; pictures are decoded when first painted.
        """
        self._pending.clear()
        doc = self.document()
        # Setting either lays out the page still shown again: only when they change.
        if doc.defaultFont() != font:
            doc.setDefaultFont(font)
        if doc.defaultStyleSheet() != css:
            doc.setDefaultStyleSheet(css)
        # Replacing the page empties it first: Qt hides the scroll bar, then shows it
        # again for the new page, two resizes that each lay out the page anew. The bar
        # held on while the HTML goes in skips both; released, it hides if the page fits.
        policy = self.verticalScrollBarPolicy()
        hold = policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded and (
            self.verticalScrollBar().isVisibleTo(self)
        )
        if hold:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHtml(_IMG_TAG.sub(lambda m: self._sized_tag(m.group(0)), html))
        if hold:
            self.setVerticalScrollBarPolicy(policy)
        self.relayout()

    def _image_width(self) -> float:
        viewport = self.viewport().width()
        margin = max(MIN_MARGIN, (viewport - self.column_width()) / 2)
        return max(50.0, (viewport - 2 * margin - 4) * self.image_width_share)

    def _sized_tag(self, tag: str) -> str:
        src = _IMG_SRC.search(tag)
        size = self.natural_size(QUrl(src.group(1))) if src else None
        if size is None:
            return tag
        width = min(float(size.width()), self._image_width())
        height = width * size.height() / size.width()
        bare = _SIZE_ATTR.sub("", tag[:-1].rstrip("/"))
        return f'{bare} width="{round(width)}" height="{round(height)}">'

    def column_width(self) -> float:
        metrics = QFontMetricsF(self.document().defaultFont())
        return metrics.averageCharWidth() * self.column_chars

    def relayout(self) -> None:
        """Centre the column and fit images to it (on load and on every resize)."""
        viewport = self.viewport().width()
        margin = max(MIN_MARGIN, (viewport - self.column_width()) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - margin) > 0.5:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            fmt.setTopMargin(MIN_MARGIN)
            fmt.setBottomMargin(MIN_MARGIN * 2)
            root.setFrameFormat(fmt)
        width = self._image_width()
        if self._images and width > self._decode_width * 1.1:
            # Wider than the pictures were decoded for: decode them again, sharp.
            self._images.clear()
            self._cache_bytes = 0
        self._fit_images(width)

    def _fit_images(self, width: float) -> None:
        doc = self.document()
        changes: list[tuple[int, int, QTextCharFormat]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_fmt = fmt.toImageFormat()
                    size = self.natural_size(QUrl(image_fmt.name()))
                    if size is not None:
                        w = min(float(size.width()), width)
                        h = w * size.height() / size.width()
                        if abs(image_fmt.width() - w) > 0.5:
                            image_fmt.setWidth(w)
                            image_fmt.setHeight(h)
                            changes.append((fragment.position(), fragment.length(), image_fmt))
                it += 1
            block = block.next()
        for position, length, new_fmt in changes:
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(new_fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        fraction = self.scroll_fraction()
        super().resizeEvent(event)
        self.relayout()
        self.set_scroll_fraction(fraction)

    # -- scrolling ---------------------------------------------------------
    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def seen_fraction(self) -> float:
        """How much of the page has been on screen (1.0 when it all fits)."""
        bar = self.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0
        return (bar.value() + bar.pageStep()) / (bar.maximum() + bar.pageStep())

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def at_start(self) -> bool:
        return self.verticalScrollBar().value() <= 0

    def page(self, step: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + step * max(1, bar.pageStep() - 40))

    # -- links -------------------------------------------------------------
    _link_namer: LinkNamer | None = None

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab between links; screen readers hear which one (``link_names``)."""
        moved = super().focusNextPrevChild(next)
        if self._link_namer is None:
            self._link_namer = LinkNamer(self)
        self._link_namer.update(self.textCursor())
        return moved

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("edicola:article/"):
            self.articleRequested.emit(text.removeprefix("edicola:article/"))
        elif text.startswith(ZOOM_PREFIX):
            parsed = parse_image_url(QUrl("edicola:image/" + text.removeprefix(ZOOM_PREFIX)))
            if parsed:
                self.imageRequested.emit(*parsed)
        elif url.scheme() in ("http", "https") and self.confirm_external(self, url):
            self.open_external(url)
            self.externalLinkOpened.emit(url)
