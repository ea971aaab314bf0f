"""Sync in the reader: Settings → Sync, the status bar's state, background passes."""
