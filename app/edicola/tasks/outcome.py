"""The typed outcome of background work: ``Done(value)`` or ``Failed(error)``.

A worker never raises into the GUI thread and never calls a widget: it turns
whatever happened into an :data:`Outcome`, which the runner hands to a callback
on the owner's thread. Callers match on the two cases instead of guessing
whether an ``object`` is a result or an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeAlias, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """The work finished and returned ``value``."""

    value: T


@dataclass(frozen=True)
class Failed:
    """The work raised ``error`` (or was abandoned: :class:`Abandoned`)."""

    error: Exception

    @property
    def message(self) -> str:
        """One line for the reader: the error's first line, else its type's name."""
        text = str(self.error).strip()
        return text.splitlines()[0] if text else type(self.error).__name__


Outcome: TypeAlias = Done[T] | Failed


class Abandoned(Exception):
    """The runner shut down before this job started: nothing was done."""

    def __init__(self, message: str = "not done: stopped before it began") -> None:
        super().__init__(message)


def attempt(work: Callable[[], T]) -> Outcome[T]:
    """Run ``work`` and catch what it raises: a worker must always report back."""
    try:
        return Done(work())
    except Exception as exc:
        return Failed(exc)
