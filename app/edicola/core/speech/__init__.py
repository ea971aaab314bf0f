"""Read-aloud without Qt: what of an article is spoken, cut into sentences, and
the offline engine ``edicola speak`` writes WAV files with (docs/reader.md)."""
