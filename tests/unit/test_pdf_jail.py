"""PDFium in the jail (issues 19 and 24): hostile pages cost bounded memory and CPU time,
the caller gets one line and goes on; form fields draw; unreadable PDFs say why.

The bounds are the jail's (a page that would take gigabytes is stopped at the
memory limit; one that would draw for a minute at the CPU budget), never the
test's clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.hostile_pdfs import form_field_page, inflated_stream, nested_forms, transparent_fills
from edicola.core import jail
from edicola.core.print.pages import check_pdf
from edicola.core.print.pdf import PdfDocument, PdfError, PdfLimits, RenderTimeout

SAMPLE_PDF = (
    Path(__file__).resolve().parents[2]
    / "editions"
    / "il-faro"
    / "2026-11-24"
    / "pages"
    / "il-faro-2026-11-24.pdf"
)
SMALL = PdfLimits(memory_mb=120)
"""A lower memory limit than the reader's, so each refusal comes sooner."""


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    jail.shutdown()
    assert jail.live_workers() == []


def _dark_pixels(data: bytes) -> int:
    return sum(1 for i in range(0, len(data), 4) if data[i] < 128)


def test_nested_form_xobjects_are_stopped_at_the_memory_limit() -> None:
    data = nested_forms(40)
    assert len(data) < 10_000
    assert check_pdf("n.pdf", data, [], SMALL) == []  # opening reads no page: it passes
    with PdfDocument(data, "n.pdf", SMALL) as document:
        with pytest.raises(PdfError, match=r"^needs more than 120 MB to draw$"):
            document.render(0, 800)
        with pytest.raises(PdfError, match=r"^needs more than 120 MB to load page 1$"):
            document.inspect()
        with pytest.raises(PdfError, match=r"^needs more than 120 MB to search$"):
            document.find_text(0, "x")
    with PdfDocument(SAMPLE_PDF.read_bytes(), "ok.pdf") as document:  # and the jail goes on
        assert document.render(0, 200).width == 200


def test_a_page_slow_by_itself_is_abandoned_at_its_cpu_budget() -> None:
    """1,000 transparent full-page fills take PDFium minutes of CPU at this size."""
    with PdfDocument(transparent_fills(1000), "slow.pdf") as document:
        with pytest.raises(RenderTimeout, match=r"^needs more than 0.5 s of CPU time to draw$"):
            document.render(0, 1440, budget=0.5)
        assert document.render(0, 40, clip=(0, 0, 8, 8)).width == 8  # a small tile still draws


def test_a_huge_inflated_content_stream_is_stopped() -> None:
    with (
        PdfDocument(inflated_stream(256), "big.pdf", SMALL) as document,
        pytest.raises(PdfError, match=r"^needs more than (120 MB|[\d.]+ s of CPU time) to draw$"),
    ):
        document.render(0, 400)


@pytest.mark.parametrize("appearance", [False, True])
def test_pages_whose_text_is_in_form_fields_draw_it(appearance: bool) -> None:
    with PdfDocument(form_field_page(appearance=appearance), "form.pdf") as document:
        field = document.render(0, 300, clip=(20, 100, 260, 100)).data  # y from the top
        blank = document.render(0, 300, clip=(0, 0, 300, 90)).data
    assert _dark_pixels(field) > 300
    assert _dark_pixels(blank) == 0


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "the file is empty"),
        (b"<html><body>not a pdf</body></html>", "it starts with '<html><body>not '"),
        (SAMPLE_PDF.read_bytes()[:2000], "it ends early"),
        (SAMPLE_PDF.read_bytes()[:-3000] + b"\nxref garbage\n%%EOF\n", "damaged"),
    ],
)
def test_an_unreadable_pdf_says_why(data: bytes, why: str) -> None:
    with pytest.raises(PdfError) as caught:
        PdfDocument(data, "bad.pdf")
    message = str(caught.value)
    assert why in message
    assert "Success" not in message and "\n" not in message


def test_the_page_budget_is_cpu_time_of_the_render_itself() -> None:
    """A normal page renders well inside the budget however busy the machine is: the
    budget counts the worker's CPU time (a busy machine stretches wall time only)."""
    with PdfDocument(SAMPLE_PDF.read_bytes(), "ok.pdf", PdfLimits(render_budget=3.0)) as document:
        for index in range(len(document)):
            assert document.render(index, 900).width == 900


def test_a_worker_keeps_the_document_open_between_pages() -> None:
    with PdfDocument(SAMPLE_PDF.read_bytes(), "ok.pdf") as document:
        document.render(0, 100)
        workers = jail.live_workers()
        document.render(1, 100)
        assert jail.live_workers() == workers
