"""A QTextBrowser that reads only from the library and never from anywhere else.

Base of the article view and the front page. ``loadResource`` answers
``edicola:image/<edition>/<path>`` from the library and refuses everything
else (no files, no network: nothing is ever fetched). The text sits in a
reading column of about 66 characters, centred with margins computed from the
font metrics on resize, and images are scaled to that column keeping their
aspect ratio. Pictures are decoded on worker threads at that size
(:mod:`edicola.ui.reader.picture_decoder`) and appear when ready. Links are
routed, not followed: library articles emit ``articleRequested``, images open
large, external links ask first.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from math import ceil
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QImage,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from edicola.ui.reader.article_page import ZOOM_PREFIX
from edicola.ui.reader.link_names import LinkNamer
from edicola.ui.reader.picture_decoder import PictureDecoder, decode, natural_size

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
_PLACEHOLDER = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
_PLACEHOLDER.fill(Qt.GlobalColor.transparent)


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


def settle_pictures(root: QWidget, seconds: float = 10.0) -> bool:
    """Run the event loop until no page under ``root`` waits for a picture (for
    screenshots: pictures decode on worker threads); False if ``seconds`` ran out."""
    views = root.findChildren(LibraryBrowser)
    if isinstance(root, LibraryBrowser):
        views.append(root)
    guard = QTimer()  # wakes the wait below when the time is up
    guard.setSingleShot(True)
    guard.start(round(seconds * 1000))
    while any(view.pictures_pending() for view in views):
        if not guard.isActive():
            return False
        # Sleeps until an event comes: a decoded picture's, or the guard's.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    guard.stop()
    QCoreApplication.processEvents()
    return True


def _confirm_external(parent: QWidget, url: QUrl) -> bool:
    title = QCoreApplication.translate("LibraryBrowser", "Open in browser?")
    text = QCoreApplication.translate(
        "LibraryBrowser", "This link leads outside the library:\n%1\n\nOpen it in your browser?"
    ).replace("%1", url.toDisplayString())
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def root_frame(document: QTextDocument) -> QTextFrame:
    """The document's root frame, as ``rootFrame()`` gives it but without its leak.

    PySide keeps every wrapper ``rootFrame()`` returns as a child of the document's,
    and each page set makes a new root frame: one dead wrapper per page for the rest
    of the session. A cursor's frame is not kept; at the document's start it is the
    root (before a leading table's own frame begins).
    """
    frame = QTextCursor(document).currentFrame()
    parent = frame.parentFrame()
    while parent is not None:
        frame, parent = parent, parent.parentFrame()
    return frame


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
        self._decoder = PictureDecoder(parent=self)
        self._waiting: set[str] = set()  # the page's pictures asked for, being decoded
        self._broken: set[str] = set()  # bytes that are no picture: not decoded again
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
        return self._painted_image(QUrl(url))

    def _painted_image(self, url: QUrl) -> QImage | None:
        """What Qt paints now: the picture if decoded, else a blank placeholder while a
        worker decodes it (``_on_decoded`` puts it in the page)."""
        key = url.toString()
        cached = self._images.get(key)
        if cached is not None:
            self._images.move_to_end(key)
            return cached
        if key in self._broken:
            return None
        if not self._decoder.busy(key):
            data = self._bytes(key, url)
            if data is None:
                return None
            self._decoder.request(key, data, self._decode_px(), self._on_decoded)
        self._waiting.add(key)
        return _PLACEHOLDER

    def _on_decoded(self, key: str, image: QImage) -> None:
        if image.isNull():
            self._broken.add(key)
            self._waiting.discard(key)
            return
        self._remember(key, image)
        if key in self._waiting:
            self._waiting.discard(key)
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
            self.viewport().update()

    def prepare_pictures(self, html: str) -> None:
        """Decode ``html``'s pictures ahead, at this view's column (the next article's,
        while the reader reads this one): its first paint then decodes nothing."""
        for match in _IMG_SRC.finditer(html):
            url = QUrl(match.group(1))
            key = url.toString()  # as Qt will ask for it
            if key in self._images or key in self._broken or self._decoder.busy(key):
                continue
            parsed = parse_image_url(url)
            found = self._image_source(*parsed) if parsed else None
            size = natural_size(found[0]) if found else None
            if found is None or size is None:
                continue
            self._sizes.setdefault(key, size)
            self._decoder.request(key, found[0], self._decode_px(), self._on_decoded)

    def pictures_pending(self) -> int:
        """Pictures being decoded (a screenshot waits for none)."""
        return self._decoder.pending()

    def stop_pictures(self, timeout: float = 10.0) -> bool:
        """Wait for the decodes under way and drop them (the app's shutdown: a decode
        still running while Qt and Python tear down crashed the process at exit)."""
        return self._decoder.shutdown(timeout)

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
        """The decoded picture, decoded here and now if need be (printing, checks)."""
        key = url.toString()
        cached = self._images.get(key)
        if cached is not None:
            self._images.move_to_end(key)
            return cached
        data = self._bytes(key, url)
        if data is None:
            return None
        image = decode(data, self._decode_px())
        if image.isNull():
            return None
        self._remember(key, image)
        return image

    def _decode_px(self) -> int:
        """The width pictures are decoded at now: the column's, in device pixels."""
        self._decode_width = self._image_width()
        return ceil(self._decode_width * self.devicePixelRatioF())

    def _remember(self, key: str, image: QImage) -> None:
        """Keep a decoded picture (an LRU cache bounded in bytes)."""
        old = self._images.pop(key, None)
        if old is not None:
            self._cache_bytes -= old.sizeInBytes()
        self._images[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > IMAGE_CACHE_BYTES and len(self._images) > 1:
            _old, dropped = self._images.popitem(last=False)
            self._cache_bytes -= dropped.sizeInBytes()

    def natural_size(self, url: QUrl) -> QSize | None:
        """A picture's size from its header alone, without decoding it."""
        key = url.toString()
        size = self._sizes.get(key)
        if size is not None:
            return size
        data = self._bytes(key, url)
        if data is None:
            return None
        size = natural_size(data)
        if size is None:
            return None
        self._sizes[key] = size
        self._pending[key] = data
        return size

    def clear_image_cache(self) -> None:
        self._images.clear()
        self._cache_bytes = 0
        self._sizes.clear()
        self._pending.clear()
        self._broken.clear()

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
        self._waiting.clear()
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
        # The new page starts with Qt's default margins: Qt would lay its first screen out
        # as the HTML goes in, then again for the column's margins. With no page size
        # meanwhile Qt lays nothing out; given back, it lays the page out once.
        page_size = doc.pageSize()
        doc.setPageSize(QSizeF(0, 0))
        self.setHtml(_IMG_TAG.sub(lambda m: self._sized_tag(m.group(0)), html))
        # Centred only: the pictures are sized for this column already (``_sized_tag``),
        # so walking every fragment to fit them (a resize does) is not needed here.
        width = self._centre()
        doc.setPageSize(page_size)
        # The page's background (the style sheet's, on the root frame) covers the whole
        # view: Qt then skips painting the panels beneath it first (0.3 ms a paint).
        background = root_frame(doc).frameFormat().background()
        opaque = background.style() == Qt.BrushStyle.SolidPattern and background.isOpaque()
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        if hold:
            self.setVerticalScrollBarPolicy(policy)
        self._drop_blurry(width)

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
        """Centre the column and fit images to it (on every resize)."""
        width = self._centre()
        self._drop_blurry(width)
        self._fit_images(width)

    def _drop_blurry(self, width: float) -> None:
        """Wider than the pictures were decoded for: decode them again, sharp."""
        if self._images and width > self._decode_width * 1.1:
            self._images.clear()
            self._cache_bytes = 0

    def _centre(self) -> float:
        """Centre the column (margins from the font metrics); the pictures' width."""
        viewport = self.viewport().width()
        margin = max(MIN_MARGIN, (viewport - self.column_width()) / 2)
        root = root_frame(self.document())
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - margin) > 0.5:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            fmt.setTopMargin(MIN_MARGIN)
            fmt.setBottomMargin(MIN_MARGIN * 2)
            root.setFrameFormat(fmt)
        return self._image_width()

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
