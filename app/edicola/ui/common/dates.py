"""Dates as the interface writes them, one way for every view that shows one.

The library tree, the article page, the Newsstand, search results, bookmarks and
history all name an edition's day; they all say it the same way, in the
interface language ("24 November 2026" / "24 novembre 2026").
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def long_date(iso: str, locale: QLocale | None = None) -> str:
    """``2026-11-24`` (or an ISO datetime) as "24 November 2026" / "24 novembre 2026"."""
    loc = locale or QLocale()
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return loc.toString(date, "d MMMM yyyy")


def long_datetime(iso: str, locale: QLocale | None = None) -> str:
    """An ISO datetime as "24 November 2026, 07:30"; a bare date as :func:`long_date`."""
    loc = locale or QLocale()
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid() or len(iso) <= 10:
        return long_date(iso, loc)
    return loc.toString(moment, "d MMMM yyyy, HH:mm")
