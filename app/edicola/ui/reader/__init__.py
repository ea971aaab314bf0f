"""Reading an edition: the library tree, the front page, the article page and its tools."""
