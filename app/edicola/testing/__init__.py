"""Edicola's test harness, shipped for testers: a pytest plugin and the servers behind it.

Installing Edicola registers :mod:`edicola.testing.plugin` with pytest (a
``pytest11`` entry point), which provides the ``edicola_*`` fixtures
documented in ``docs/testing.md``. The modules here are what the fixtures
use — a real Isso, a Range/ETag static host, a fault-injecting proxy, edition
sources written from plain data — and the project's own suite uses them too.
Nothing is imported here, so ``import edicola`` stays as light as before.
"""
