"""Search text: the query syntax, folding and stemming, result snippets."""
