"""Small edition sources and bundles made on the fly for tests."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real, tiny PNG written without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


ARTICLES = {
    "01-ponte-nuovo.md": (
        "notizie",
        "Il ponte nuovo apre al traffico",
        "Dopo due anni di lavori la città ha di nuovo un passaggio sul fiume.",
        "Il ponte è aperto. I veicoli elettrici passano per primi.\n\n"
        "![Il ponte visto dal fiume](images/ponte.png)\n\n"
        "| Anno | Veicoli |\n|---|---|\n| 2025 | 1200 |\n\nUna nota.[^1]\n\n[^1]: Fonte: comune.\n",
    ),
    "02-mercato.md": (
        "notizie",
        "Il mercato del sabato cambia piazza",
        "Le bancarelle si spostano verso il porto.",
        "Il mercato si sposta. Leggi anche "
        "[il ponte](edicola:article/gazzetta-2026-05-04/ponte-nuovo).\n",
    ),
    "03-derby.md": (
        "sport",
        "Derby sotto la pioggia",
        "Finisce in parità una partita giocata nel fango.",
        "> «Abbiamo dato tutto»\n\nUn pareggio meritato.\n",
    ),
}


def make_edition_source(
    folder: Path,
    *,
    date: str = "2026-05-04",
    revision: int = 1,
    publication_id: str = "gazzetta",
    articles: dict[str, tuple[str, str, str, str]] | None = None,
) -> Path:
    """Write a valid edition source folder and return it."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    (folder / "publication.json").write_text(
        json.dumps(
            {
                "id": publication_id,
                "title": "La Gazzetta di Prova",
                "language": "it",
                "homepage": "https://gazzetta.example/",
            }
        ),
        "utf-8",
    )
    (folder / "edition.json").write_text(
        json.dumps(
            {
                "date": date,
                "title": f"La Gazzetta di Prova — {date}",
                "number": 7,
                "revision": revision,
                "cover": "cover.png",
                "sections": [
                    {"id": "notizie", "title": "Notizie"},
                    {"id": "sport", "title": "Sport"},
                ],
            }
        ),
        "utf-8",
    )
    (folder / "cover.png").write_bytes(png_bytes(6, 8, (20, 20, 90)))
    (folder / "images" / "ponte.png").write_bytes(png_bytes())
    for name, (section, title, standfirst, body) in (articles or ARTICLES).items():
        (folder / "articles" / name).write_text(
            "---\n"
            f"section: {section}\n"
            f"title: {title}\n"
            f"standfirst: {standfirst}\n"
            "authors: Anna Neri, Luca Blu\n"
            f"published: {date}T07:00:00+02:00\n"
            "---\n" + body,
            "utf-8",
        )
    return folder
