"""The Qt-free core: bundle format, rendering, search syntax, comment outbox.

Nothing below this package may import PySide6; ``tests/unit/test_layering.py``
checks it, so the core runs in the CLI, in scripts and in benchmarks alike.
"""
