"""Value objects for the search path, without :mod:`dataclasses`.

``edicola search Q --json`` is a whole process per query, and importing
``dataclasses`` (it brings ``inspect``, ``ast``, ``dis``) and creating its
classes cost about 15 ms CPU of the ~45 the command should take (issue 21,
``docs/benchmarks.md``). So the classes a search builds are ``__slots__``
classes whose equality, hash and ``repr`` come from their fields, as a frozen
dataclass's would; they are never changed after ``__init__``.
"""

from __future__ import annotations


class Value:
    """Equality, hash and ``repr`` from the fields named in ``__slots__``."""

    __slots__: tuple[str, ...] = ()

    def fields(self) -> tuple[object, ...]:
        """The field values, in ``__slots__`` order."""
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Value) or type(other) is not type(self):
            return NotImplemented
        return self.fields() == other.fields()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __repr__(self) -> str:
        args = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({args})"
