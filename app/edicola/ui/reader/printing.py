"""Print an article or save it as PDF, through Qt's print support.

Printing uses the light theme's colours whatever is on screen: paper is white.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


PRINT_IMAGE_WIDTH = 600.0


def printable_document(
    html: str, css: str, font: QFont, images: dict[str, QImage]
) -> QTextDocument:
    """A fresh document for paper: print colours, no screen margins, images fitted."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    document.setHtml(html)
    cursor = QTextCursor(document)
    block = document.begin()
    changes = []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            picture = images.get(fmt.toImageFormat().name()) if fmt.isImageFormat() else None
            if picture is not None and picture.width() > PRINT_IMAGE_WIDTH:
                image_fmt = fmt.toImageFormat()
                image_fmt.setWidth(PRINT_IMAGE_WIDTH)
                image_fmt.setHeight(PRINT_IMAGE_WIDTH * picture.height() / picture.width())
                changes.append((fragment.position(), fragment.length(), image_fmt))
            it += 1
        block = block.next()
    for position, length, image_fmt in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_fmt)
    return document


def export_pdf(document: QTextDocument, path: Path) -> None:
    """Write ``document`` to ``path`` as an A4 PDF."""
    document.print_(_pdf_printer(path))


def print_with_dialog(document: QTextDocument, parent: QWidget) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
