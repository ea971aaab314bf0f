"""The first day: what the reader sees while the library is empty, and the sample papers."""
