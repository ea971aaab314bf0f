"""Structural checks on bundle images, without decoding them (the core has no Qt).

Sniffing magic bytes is not enough: a PNG cut after its signature passes it.
An image is accepted only when its header is whole, its dimensions are sane
(at most :data:`MAX_SIDE` per side and :data:`MAX_PIXELS` in all), and its
end marker is there. The reader then decodes it at display size
(``QImageReader.setScaledSize``); for PNG Qt still inflates the whole picture
first and briefly holds two copies while scaling, so 24 Mi pixels (6144×4096,
a 24-megapixel photo) keeps that under ~200 MB where Qt's own 256 MiB limit
(64 Mi pixels) let one picture cost half a gigabyte (bench/bench_hostile.py).
"""

from __future__ import annotations

import struct

MAX_SIDE = 16384
MAX_PIXELS = 24 * 1024 * 1024

_PNG_TAIL = b"IEND"
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


class ImageProblem(ValueError):
    """Why an image is refused (a one-line, user-facing reason)."""


def check_image_header(media_type: str, head: bytes, size: int) -> tuple[int, int] | None:
    """Check the start of an image; returns (width, height) when the header says.

    ``head`` is the first chunk read (up to 256 KiB), ``size`` the whole file's.
    """
    dims = _dimensions(media_type, head, size)
    if dims is None:
        return None
    width, height = dims
    if width <= 0 or height <= 0:
        raise ImageProblem(f"the image header says {width}×{height} pixels")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ImageProblem(
            f"{width}×{height} pixels, over the limit ({MAX_SIDE} a side, "
            f"{MAX_PIXELS // (1024 * 1024)} Mi pixels in all)"
        )
    return dims


def check_image_tail(media_type: str, tail: bytes) -> None:
    """The last bytes of an image must hold its end marker (it was not cut short)."""
    ok = {
        "image/png": _PNG_TAIL in tail,
        "image/jpeg": b"\xff\xd9" in tail,
        "image/gif": b"\x3b" in tail[-8:],
        "image/webp": True,  # the RIFF length, checked in the header, covers the end
    }.get(media_type, True)
    if not ok:
        raise ImageProblem("the image is truncated (its end marker is missing)")


def _dimensions(media_type: str, head: bytes, size: int) -> tuple[int, int] | None:
    if media_type == "image/png":
        if len(head) < 24 or head[12:16] != b"IHDR":
            raise ImageProblem("the PNG header is missing or truncated")
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    if media_type == "image/gif":
        if len(head) < 13:
            raise ImageProblem("the GIF header is truncated")
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    if media_type == "image/webp":
        if len(head) < 30:
            raise ImageProblem("the WebP header is truncated")
        (riff,) = struct.unpack("<I", head[4:8])
        if riff + 8 > size + 1:
            raise ImageProblem("the image is truncated (shorter than its RIFF header says)")
        return _webp_dimensions(head)
    if media_type == "image/jpeg":
        return _jpeg_dimensions(head)
    return None


def _webp_dimensions(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8X":
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if kind == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    if kind == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg_dimensions(head: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments in ``head`` to the frame header (SOFn)."""
    index = 2
    while index + 4 <= len(head):
        if head[index] != 0xFF:
            raise ImageProblem("the JPEG structure is damaged")
        marker = head[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", head[index + 2 : index + 4])
        if marker in _SOF_MARKERS:
            if index + 9 > len(head):
                return None
            height, width = struct.unpack(">HH", head[index + 5 : index + 9])
            return int(width), int(height)
        if marker == 0xDA or length < 2:  # image data before any frame header
            raise ImageProblem("the JPEG has no frame header")
        index += 2 + length
    if len(head) < 4:
        raise ImageProblem("the JPEG header is truncated")
    return None  # the frame header lies beyond the first chunk: the tail check still holds
