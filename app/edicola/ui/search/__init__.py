"""Searching every edition as you type: the box, the worker, the results."""
