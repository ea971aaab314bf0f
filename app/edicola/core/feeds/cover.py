"""A front-page cover for a feeds edition that has none, drawn with Pillow.

It follows the sample editions' covers (``editions/tools/img_figures.py``):
masthead, date line, the lead headline, a picture, two more headlines. The
picture is the lead article's first image when there is one. Drawing is
deterministic, so a rebuild of the same edition gives the same bytes. Pillow
rather than QPainter keeps the core (and ``edicola feeds build``) Qt-free.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from functools import cache

from PIL import Image, ImageDraw, ImageFont, ImageOps

from edicola.paths import resource

WIDTH, HEIGHT, MARGIN = 600, 800, 28
_PAPER, _INK, _GREY = (251, 249, 243), (27, 27, 27), (201, 198, 189)
_ACCENTS = [(32, 87, 129), (165, 62, 43), (46, 110, 73), (104, 72, 140), (181, 128, 20)]


@cache
def _font_bytes() -> bytes:
    return resource("fonts", "SourceSerif4-Variable.ttf").read_bytes()


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    font = ImageFont.truetype(io.BytesIO(_font_bytes()), size)
    # A FreeType without variation support draws the default weight.
    with contextlib.suppress(OSError, ValueError):
        font.set_variation_by_axes([700 if bold else 400])
    return font


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _block(
    draw: ImageDraw.ImageDraw,
    text: str,
    box: tuple[int, int, int, int],
    sizes: tuple[int, ...],
    max_lines: int,
) -> int:
    """Draw ``text`` in the largest size that fits ``box``; returns the bottom used."""
    left, top, right, bottom = box
    for size in sizes:
        font = _font(size, bold=True)
        lines = _wrap(draw, text, font, right - left)
        height = len(lines) * int(size * 1.2)
        if len(lines) <= max_lines and top + height <= bottom:
            break
    lines = lines[:max_lines]
    y = top
    for line in lines:
        draw.text((left, y), line, font=font, fill=_INK)
        y += int(size * 1.2)
    return y


def draw_cover(
    title: str, date_line: str, headlines: list[str], picture: bytes | None = None
) -> bytes:
    """The cover as PNG bytes."""
    seed = zlib.crc32(title.encode("utf-8"))
    accent = _ACCENTS[seed % len(_ACCENTS)]
    image = Image.new("RGB", (WIDTH, HEIGHT), _PAPER)
    draw = ImageDraw.Draw(image)
    inner = WIDTH - 2 * MARGIN
    size = 62
    masthead = _font(size, bold=True)
    while draw.textlength(title, font=masthead) > inner and size > 20:
        size -= 2
        masthead = _font(size, bold=True)
    draw.text((WIDTH / 2, 66), title, font=masthead, fill=_INK, anchor="mm")
    draw.rectangle((MARGIN, 114, WIDTH - MARGIN, 116), fill=_INK)
    draw.rectangle((MARGIN, 121, WIDTH - MARGIN, 121), fill=_INK)
    draw.text((WIDTH / 2, 138), date_line, font=_font(16), fill=_INK, anchor="mm")
    draw.rectangle((MARGIN, 154, WIDTH - MARGIN, 154), fill=_INK)
    heads = [*headlines[:3], "", ""][:3]
    bottom = _block(draw, heads[0], (MARGIN, 166, WIDTH - MARGIN, 300), (34, 30, 27, 24, 21), 3)
    art = (MARGIN, max(250, bottom + 14), WIDTH - MARGIN, 570)
    _picture(image, art, picture, accent)
    column = (inner - 20) // 2
    for index, text in enumerate(heads[1:]):
        x = MARGIN + index * (column + 20)
        _block(draw, text, (x, 584, x + column, 668), (21, 19, 17), 3)
        for line in range(6):
            width = column * (0.6 if line == 5 else (0.88 + ((seed >> line) % 12) / 100))
            draw.rectangle((x, 676 + line * 16, x + int(width), 682 + line * 16), fill=_GREY)
    draw.rectangle((MARGIN + column + 9, 584, MARGIN + column + 9, 764), fill=_GREY)
    draw.rectangle((MARGIN, HEIGHT - 22, WIDTH - MARGIN, HEIGHT - 21), fill=accent)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _picture(
    image: Image.Image,
    box: tuple[int, int, int, int],
    picture: bytes | None,
    accent: tuple[int, int, int],
) -> None:
    size = (box[2] - box[0], box[3] - box[1])
    if picture is not None:
        try:
            with Image.open(io.BytesIO(picture)) as source:
                fitted = ImageOps.fit(source.convert("RGB"), size, Image.Resampling.LANCZOS)
            image.paste(fitted, box[:2])
            return
        except (OSError, ValueError):
            pass
    # No picture: bands of the accent colour, a quiet stand-in for a photograph.
    draw = ImageDraw.Draw(image)
    for band in range(8):
        shade = tuple(int(c + (255 - c) * band / 10) for c in accent)
        top = box[1] + band * size[1] // 8
        draw.rectangle((box[0], top, box[2], top + size[1] // 8), fill=shade)
