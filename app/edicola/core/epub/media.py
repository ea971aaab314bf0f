"""Pictures in the EPUB: the edition's own bytes where EPUB 3 accepts them.

PNG, JPEG and GIF are EPUB 3.2 core media types and go in untouched. WebP
became one only in EPUB 3.3; epubcheck 4.2 and older e-readers want a
fallback for it, so a WebP picture is re-encoded as PNG (Pillow, already used
by feeds; lossless, and the same bytes for the same picture).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from edicola.core.epub.content import EpubImage

CORE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif"})
_SUFFIXES = {"image/png": (".png",), "image/jpeg": (".jpg", ".jpeg"), "image/gif": (".gif",)}


@dataclass(frozen=True)
class MediaFile:
    href: str
    """Relative to the package folder."""
    media_type: str
    data: bytes


def media_file(image: EpubImage) -> MediaFile | None:
    """The file an edition's image becomes in the EPUB, or None when it cannot be shown."""
    href = f"media/{image.path}"
    if image.media_type in CORE_TYPES:
        suffixes = _SUFFIXES[image.media_type]
        if not href.lower().endswith(suffixes):
            href += suffixes[0]  # e-readers go by the name, epubcheck by the bytes
        return MediaFile(href, image.media_type, image.data)
    if image.media_type == "image/webp":
        png = _as_png(image.data)
        return None if png is None else MediaFile(href + ".png", "image/png", png)
    return None


def _as_png(data: bytes) -> bytes | None:
    from PIL import Image, UnidentifiedImageError  # only WebP pictures need it

    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.load()
            mode = "RGBA" if picture.mode in ("RGBA", "LA", "PA") or "A" in picture.mode else "RGB"
            out = io.BytesIO()
            picture.convert(mode).save(out, "PNG", optimize=False)
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    return out.getvalue()
