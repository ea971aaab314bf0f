"""The sample edition sources behind the demo newsstand (installed as ``edicola.editions``)."""
