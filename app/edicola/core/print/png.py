"""A minimal PNG writer, so the core and the CLI can save a rendered page without Qt or Pillow."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def encode_rgb(width: int, height: int, rgb: bytes) -> bytes:
    """An 8-bit RGB PNG from tightly packed rows (``width * 3`` bytes each)."""
    row = width * 3
    if len(rgb) != row * height:
        raise ValueError(f"expected {row * height} bytes of RGB, got {len(rgb)}")
    raw = b"".join(b"\x00" + rgb[y * row : (y + 1) * row] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )
