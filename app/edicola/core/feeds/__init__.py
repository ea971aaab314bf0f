"""Feeds become editions: recipes, feed parsing, full text, images, incremental assembly.

Everything here is Qt-free and network-free; fetching is handed in
(:class:`edicola.core.feeds.build.Fetcher`, implemented by
``edicola.net.feed_fetch``), so the same code runs from the CLI, the reader's
worker thread and the tests.
"""
