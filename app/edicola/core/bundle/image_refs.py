"""Whether an article's images are all in its bundle, read without rendering it.

The import must refuse a body that shows an image the bundle lacks. Rendering
the Markdown only to learn that was over a third of an import's time (issue 21);
the library renders on first open anyway. A plain read of the inline image
syntax settles the common case; whenever the body holds anything that read
cannot vouch for (reference-style images, raw ``<img>``, escapes, entities,
parentheses or angle brackets in a path, a source not in the bundle), the
caller renders, and the renderer's answer stands.
"""

from __future__ import annotations

import posixpath
import re

_INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*(?P<src>[^)\s>]*)(?:\s+\"[^\"\n]*\")?\s*\)")
_UNSURE = re.compile(r"[\\&(<\"']")


def quick_missing_images(source: str, available: frozenset[str]) -> bool | None:
    """``False`` when every image ``source`` shows is in ``available``; ``None`` when
    only a render can tell (a missing image, or syntax this read does not resolve).

    Never ``False`` for a body whose render would report a missing image: each
    ``![`` must be one inline image whose path is plain and in the bundle, resolved
    exactly as :class:`edicola.core.render._ImageRewriter` resolves it.
    """
    if "<img" in source.lower():
        return None
    found = _INLINE_IMAGE.findall(source)
    if len(found) != source.count("!["):
        return None  # a reference-style image, or brackets this read cannot match
    for src in found:
        if not src or ":" in src or _UNSURE.search(src):
            return None
        if posixpath.normpath(src) not in available:
            return None
    return False
