"""Highlights and notes in the reader: making them in the text and showing them there."""
