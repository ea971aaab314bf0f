"""Article bodies as the library keeps them: compressed Markdown, HTML made on open.

A decade of two daily papers is about a million articles, so the body is the
library's bulk. ``articles.markdown`` holds the Markdown compressed (a BLOB:
zlib here, or zstd with a dictionary trained per language, which
:mod:`edicola.store.body_codec` reads and writes); ``articles.html`` stays
empty and the sanitised HTML is rendered on first open and remembered for
the few articles the reader goes back to.
Storing both Markdown and HTML uncompressed tripled the library's size
(``docs/benchmarks.md``). Rows written before migration 0006, or by tests
that insert plain text, are read as they are: ``markdown`` as text and a
non-empty ``html`` as the HTML to show.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Iterator

LEVEL = 6
"""zlib level: 9 saves under 1 % more on article text and costs half again the time."""

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
"""How a zstd frame starts (a zlib stream starts ``78``): see ``body_codec``."""


class BodyError(ValueError):
    """A stored article body cannot be read (damaged, or its dictionary is missing)."""


def pack(markdown: str) -> bytes:
    """The zlib form of an article's Markdown (a language without a dictionary)."""
    return zlib.compress(markdown.encode("utf-8"), LEVEL)


def unpack(stored: str | bytes | memoryview) -> str:
    """An article's Markdown from its zlib form, or plain text from old rows (a zstd
    body needs its library's dictionaries: :class:`~edicola.store.body_codec.BodyCodec`)."""
    if isinstance(stored, str):
        return stored
    if stored[:4] == ZSTD_MAGIC:
        raise BodyError("an article body compressed with zstd needs the library's BodyCodec")
    return zlib.decompress(stored).decode("utf-8")


def unpack_head(stored: str | bytes | memoryview, size: int = 2000) -> tuple[str, bool]:
    """The whole paragraphs within the first ``size`` bytes of an article's Markdown,
    and whether that is all of it. A search result's snippet is nearly always
    in its first paragraphs: the rest need not be decompressed."""
    if isinstance(stored, str):
        return stored, True
    inflater = zlib.decompressobj()
    head = inflater.decompress(stored, size)
    if inflater.eof:
        return head.decode("utf-8"), True
    text = head.decode("utf-8", "ignore")  # a character cut at the end is dropped
    end = text.rfind("\n\n")
    return (text[:end] if end > 0 else ""), False


def unpack_growing(stored: bytes, sizes: tuple[int, ...]) -> Iterator[tuple[bytes, bool]]:
    """The first ``sizes[0]`` bytes of a compressed body's UTF-8 Markdown, then the
    first ``sizes[1]``, and so on, then all of it: each step continues the last (the
    start is never decompressed again), with whether it is all (then it stops).

    Snippets read an article's first paragraphs and go further only when those hold
    no match."""
    inflater = zlib.decompressobj()
    data, pending = b"", stored
    for size in sizes:
        if size > len(data):
            data += inflater.decompress(pending, size - len(data))
            pending = inflater.unconsumed_tail
        yield data, inflater.eof
        if inflater.eof:
            return
    yield data + inflater.decompress(pending) + inflater.flush(), True


def may_show_images(markdown: str) -> bool:
    """False when the body has no image syntax (``![`` or a raw ``<img``) at all.

    Only such syntax makes an ``img`` element, so only such a body needs a
    render at import to check that its images are in the bundle.
    """
    return "![" in markdown or "<img" in markdown.lower()


class HtmlCache:
    """The HTML of the articles opened last, keyed by article id and edition revision.

    Going back to an article (history, a link, the next search result) is
    common; the revision in the key means an updated edition is re-rendered.
    """

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, int], str] = OrderedDict()

    def get(self, key: tuple[str, int]) -> str | None:
        html = self._items.get(key)
        if html is not None:
            self._items.move_to_end(key)
        return html

    def clear(self) -> None:
        self._items.clear()

    def put(self, key: tuple[str, int], html: str) -> None:
        self._items[key] = html
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
