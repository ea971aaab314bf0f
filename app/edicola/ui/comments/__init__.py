"""Comments: the panel under an article, the outbox and its delivery in the reader."""
