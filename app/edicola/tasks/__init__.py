"""The one runner for background work: typed outcomes, latest-only, a serial queue,
pool jobs, and the import queue every writer of the library goes through."""
