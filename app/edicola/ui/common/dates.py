"""Dates as the interface writes them, one way for every view that shows one.

The library tree, the article page, the Newsstand, search results, bookmarks and
history all name an edition's day; they all say it the same way, in the
interface language ("24 November 2026" / "24 novembre 2026").
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_MONTHS: dict[str, tuple[str, ...] | None] = {}
"""A locale's BCP 47 name (which keeps its script: ``sr-Latn``) → its month names."""


def _month_names(loc: QLocale) -> tuple[str, ...] | None:
    """The month names "MMMM" writes in ``loc`` (index 1–12), or None when its digits
    are not ASCII (Qt writes the day and year in them)."""
    key = loc.bcp47Name()
    if key not in _MONTHS:
        long = QLocale.FormatType.LongFormat
        names = ("", *(loc.monthName(month, long) for month in range(1, 13)))
        _MONTHS[key] = names if loc.zeroDigit() == "0" else None
    return _MONTHS[key]


def long_date(iso: str, locale: QLocale | None = None) -> str:
    """``2026-11-24`` (or an ISO datetime) as "24 November 2026" / "24 novembre 2026".

    Written by hand what Qt would write (``d MMMM yyyy``) when the locale's digits are
    ASCII: the library panel lists thousands of editions at once (an old article
    opened lists every edition down to its own), and two Qt calls a date were half
    the cost of a row."""
    loc = locale or QLocale()
    day = iso[:10]
    months = _month_names(loc)
    if months is not None and len(day) == 10 and day[4] == "-" and day[7] == "-":
        try:
            found = datetime.date.fromisoformat(day)
        except ValueError:
            return iso
        return f"{found.day} {months[found.month]} {found.year:04d}"
    date = QDate.fromString(day, Qt.DateFormat.ISODate)
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
