"""Dates written by hand say exactly what Qt says (``ui/common/dates.py``)."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from edicola.ui.common.dates import long_date

DAYS = [
    (datetime.date(1890, 1, 1) + datetime.timedelta(days=n)).isoformat()
    for n in range(0, 80_000, 97)
]


@pytest.mark.parametrize(
    "name",
    ["it_IT", "en_US", "en_GB", "de_DE", "ru_RU", "pl_PL", "fi_FI", "sr_Latn_RS", "zh_TW", "C"],
)
def test_a_long_date_is_what_qt_writes(name: str) -> None:
    loc = QLocale(name)
    qt = [loc.toString(QDate.fromString(day, Qt.DateFormat.ISODate), "d MMMM yyyy") for day in DAYS]
    assert [long_date(day, loc) for day in DAYS] == qt
    assert long_date("2026-11-24T07:30:00+00:00", loc) == long_date("2026-11-24", loc)


def test_other_digits_and_bad_dates_are_left_to_qt() -> None:
    arabic = QLocale("ar_EG")  # not ASCII digits: Qt writes them
    day = QDate.fromString("2026-11-24", Qt.DateFormat.ISODate)
    assert long_date("2026-11-24", arabic) == arabic.toString(day, "d MMMM yyyy")
    english = QLocale("en_GB")
    for bad in ("2026-02-30", "2026-13-01", "not a date", "", "2026-1-5", "20261124"):
        assert long_date(bad, english) == bad
