"""Highlights and notes: anchoring passages in an article's text, and their exports.

Qt-free. A highlight is kept as a W3C Web Annotation target (a
``TextQuoteSelector`` and a ``TextPositionSelector`` on the article's text as
the reader shows it, :mod:`.article_text`), found again by its quote when the
text changes (:mod:`.anchoring`), and written out as Obsidian Markdown, Web
Annotation JSON-LD or Readwise CSV.
"""
