"""Small edition sources made on the fly for tests: real PNGs, real Markdown.

``write_edition`` turns plain data into a source folder that ``edicola build``
accepts (the ``edicola_edition`` fixture builds and signs it);
``make_edition_source`` writes a fixed three-article edition the project's own
tests lean on.
"""

from __future__ import annotations

import json
import re
import struct
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


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


def slugify(text: str) -> str:
    """A bundle slug from a title or section name (accents dropped, lowercase, '-')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "x"


def _image_bytes(value: bytes | str | Path) -> bytes:
    return value if isinstance(value, bytes) else Path(value).read_bytes()


def write_edition(
    folder: Path,
    *,
    publication: str,
    title: str,
    language: str,
    articles: Sequence[Mapping[str, Any]],
    date: str,
    images: Mapping[str, bytes | str | Path] | None = None,
) -> Path:
    """Write an edition source folder from plain data (the ``edicola_edition`` fixture).

    ``publication`` is the publication's id (or a name, slugified), ``title``
    its name. Each article is a dict with ``section``, ``title`` and ``body``
    (Markdown), optionally ``standfirst``, ``authors`` (a list or a
    comma-separated string), ``id`` (the slug; default from the title) and
    ``images``: names of ``images`` (or ``(name, alt)`` pairs) shown as
    figures after the body. ``images`` maps file names to bytes or paths; an
    article image that is not given is drawn as a small PNG.
    """
    publication_id = slugify(publication)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    given = dict(images or {})
    sections: dict[str, str] = {}
    slugs: set[str] = set()
    for number, article in enumerate(articles, start=1):
        missing = {"section", "title", "body"} - set(article)
        if missing:
            raise ValueError(f"article {number} lacks {', '.join(sorted(missing))}")
        section = str(article["section"])
        sections.setdefault(slugify(section), section)
        slug = str(article.get("id") or slugify(str(article["title"])))
        if slug in slugs:
            slug = f"{slug}-{number}"
        slugs.add(slug)
        _write_article(folder, number, slug, article, date, given)
    for name, value in given.items():
        (folder / "images" / name).write_bytes(_image_bytes(value))
    (folder / "publication.json").write_text(
        json.dumps(
            {
                "id": publication_id,
                "title": title,
                "language": language,
                "homepage": f"https://{publication_id}.example/",
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    (folder / "edition.json").write_text(
        json.dumps(
            {
                "date": date,
                "title": f"{title} — {date}",
                "number": 1,
                "revision": 1,
                "sections": [{"id": sid, "title": name} for sid, name in sections.items()],
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    return folder


def _write_article(
    folder: Path,
    number: int,
    slug: str,
    article: Mapping[str, Any],
    date: str,
    given: Mapping[str, bytes | str | Path],
) -> None:
    """``articles/NN-slug.md`` with its front matter, and the images it shows."""
    body = str(article["body"]).rstrip("\n") + "\n"
    for image in article.get("images", ()):
        name, alt = (image, "") if isinstance(image, str) else (image[0], image[1])
        data = _image_bytes(given[name]) if name in given else png_bytes(320, 180)
        (folder / "images" / name).write_bytes(data)
        body += f"\n![{alt}](images/{name})\n"
    authors = article.get("authors", ())
    if not isinstance(authors, str):
        authors = ", ".join(authors)
    meta = {
        "section": slugify(str(article["section"])),
        "title": " ".join(str(article["title"]).split()),
        "standfirst": " ".join(str(article.get("standfirst", "")).split()),
        "authors": authors,
        "published": f"{date}T06:00:00+00:00",
    }
    front = "".join(f"{key}: {value}\n" for key, value in meta.items() if value)
    (folder / "articles" / f"{number:02d}-{slug}.md").write_text(
        f"---\n{front}---\n{body}", "utf-8"
    )


def pdf_page(
    links: Mapping[str, tuple[float, float, float, float]] | None = None,
    size: tuple[float, float] = (595.0, 842.0),
) -> bytes:
    """A one-page PDF (blank, A4 by default) whose link annotations make the page's
    article regions: ``{"edicola:article/EDITION/SLUG": (x0, y0, x1, y1)}`` in PDF
    points, origin bottom left. Written by hand, like :func:`png_bytes`."""
    annots = []
    for uri, (x0, y0, x1, y1) in (links or {}).items():
        annots.append(
            f"<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [{x0} {y0} {x1} {y1}]"
            f" /A << /S /URI /URI ({uri}) >> >>"
        )
    first_annot = 4
    refs = " ".join(f"{first_annot + n} 0 R" for n in range(len(annots)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}]"
        f" /Resources << >> /Annots [{refs}] >>",
        *annots,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return out
