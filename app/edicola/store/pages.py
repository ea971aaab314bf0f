"""The print replica in the library: PDF blobs, pages and article regions.

The edition store calls :meth:`PageStore.import_pages` inside its import
transaction, so a bad PDF rolls the whole edition back; PDFs are streamed
into their blobs like images (SQLite incremental blob I/O) and checked with
PDFium once written. Reading is for the Pages view and ``edicola pages``.
"""

from __future__ import annotations

from sqlite_utils import Database

from edicola.core.bundle.format import BundleError, Problem
from edicola.core.bundle.reader import BundleReader
from edicola.core.model import article_id
from edicola.core.print.pages import Page, PageRegion, check_pdf, page_files
from edicola.core.print.pdf import PdfLimits

TABLES = ("page_regions", "pages", "page_files")


class PageStore:
    """The replica's PDFs, pages and regions of the library's editions."""

    def __init__(self, db: Database, limits: PdfLimits | None = None) -> None:
        self.db = db
        self.limits = limits or PdfLimits()

    # -- writing (inside the edition import's transaction) --------------------

    def import_pages(self, reader: BundleReader, edition_id: str) -> int:
        """Stream the bundle's replica into the library; returns the page count.

        Raises :class:`BundleError` on the first problem; the caller's
        transaction then rolls everything back.
        """
        files = page_files(reader.manifest.raw)
        for name, pages in files.items():
            data = self._stream_file(reader, edition_id, name)
            problems = check_pdf(name, data, pages, self.limits)
            if problems:
                raise BundleError(reader.path, problems)
        count = 0
        for pages in files.values():
            for page in pages:
                count += 1
                self.db.execute(
                    "INSERT INTO pages (edition_id, number, label, file, file_index, width, "
                    "height) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        edition_id,
                        page.number,
                        page.label,
                        page.file,
                        page.file_index,
                        page.width,
                        page.height,
                    ],
                )
                self.db.conn.executemany(
                    "INSERT INTO page_regions (edition_id, number, position, article_id, "
                    "x0, y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (edition_id, page.number, i, article_id(edition_id, r.article_id), *r.rect)
                        for i, r in enumerate(page.regions)
                    ],
                )
        return count

    def _stream_file(self, reader: BundleReader, edition_id: str, name: str) -> bytes:
        """Write one PDF into its blob as it is read; its bytes are kept for PDFium's check."""
        size = int(reader.manifest.files[name]["size"])
        cursor = self.db.execute(
            "INSERT INTO page_files (edition_id, path, sha256, data) VALUES (?, ?, ?, zeroblob(?))",
            [edition_id, name, reader.manifest.files[name]["sha256"], size],
        )
        rowid = cursor.lastrowid
        assert rowid is not None
        chunks: list[bytes] = []
        with self.db.conn.blobopen("page_files", "data", rowid) as blob:
            for chunk in reader.stream_member(name):
                if blob.tell() + len(chunk) > size:
                    problem = Problem(name, f"larger than the {size} bytes the manifest says")
                    raise BundleError(reader.path, [problem])
                blob.write(chunk)
                chunks.append(chunk)
        return b"".join(chunks)

    def delete(self, edition_id: str) -> None:
        for table in TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE edition_id = ?", [edition_id])

    # -- reading ---------------------------------------------------------------

    def pages(self, edition_id: str) -> list[Page]:
        """The edition's pages in order, each with its regions; empty without a replica."""
        regions: dict[int, list[PageRegion]] = {}
        for number, article, x0, y0, x1, y1 in self.db.execute(
            "SELECT number, article_id, x0, y0, x1, y1 FROM page_regions "
            "WHERE edition_id = ? ORDER BY number, position",
            [edition_id],
        ):
            regions.setdefault(number, []).append(PageRegion(article, (x0, y0, x1, y1)))
        rows = self.db.execute(
            "SELECT number, label, width, height, file, file_index FROM pages "
            "WHERE edition_id = ? ORDER BY number",
            [edition_id],
        ).fetchall()
        return [
            Page(edition_id, n, label, w, h, f, i, tuple(regions.get(n, ())))
            for n, label, w, h, f, i in rows
        ]

    def page_count(self, edition_id: str) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM pages WHERE edition_id = ?", [edition_id]
        ).fetchone()
        return int(row[0])

    def page_of_article(self, article: str) -> tuple[str, int, PageRegion] | None:
        """Where an article starts in print: edition, page number and region (first page)."""
        row = self.db.execute(
            "SELECT edition_id, number, x0, y0, x1, y1 FROM page_regions WHERE article_id = ? "
            "ORDER BY number, position LIMIT 1",
            [article],
        ).fetchone()
        if row is None:
            return None
        return str(row[0]), int(row[1]), PageRegion(article, (row[2], row[3], row[4], row[5]))

    def pages_of_articles(self, articles: list[str]) -> dict[str, int]:
        """The first page of each article that appears in print (for search results)."""
        found: dict[str, int] = {}
        for start in range(0, len(articles), 500):
            chunk = articles[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for article, number in self.db.execute(
                f"SELECT article_id, min(number) FROM page_regions "
                f"WHERE article_id IN ({marks}) GROUP BY article_id",
                chunk,
            ):
                found[str(article)] = int(number)
        return found

    def digests(self, edition_id: str) -> tuple[tuple[str, str], ...]:
        """(path, sha256) of each replica PDF: tells whether what is shown is still current."""
        rows = self.db.execute(
            "SELECT path, sha256 FROM page_files WHERE edition_id = ? ORDER BY path", [edition_id]
        ).fetchall()
        return tuple((str(path), str(sha)) for path, sha in rows)

    def pdf(self, edition_id: str, path: str) -> bytes | None:
        """One replica PDF's bytes."""
        row = self.db.execute(
            "SELECT data FROM page_files WHERE edition_id = ? AND path = ?", [edition_id, path]
        ).fetchone()
        return bytes(row[0]) if row else None
