"""The small servers behind the demo newsstand and the tests: a static host, Isso, a fault proxy."""
