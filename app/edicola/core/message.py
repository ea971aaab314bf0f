"""Messages made below the UI, said in the reader's language by the UI.

Core and store do not import Qt, so they cannot translate; yet their errors and
outcomes ("x imported (12 articles)", "belongs to the catalog signed with key
…") end up in the reader's status bar and dialogs. A :class:`Message` is the
English text *and* how it was made: a stable English template with named
fields, and the values. It is a ``str`` (the English), so the CLI, logs,
tests and every ``str``-typed field keep working unchanged; the UI
(``edicola.ui.common.messages``) looks the template up with Qt's translator
and fills in the values, themselves translated when they are Messages.

Templates use ``{name}`` fields (``str.format``, format specs allowed) and,
for a count that changes the words, Qt's ``%n`` with ``n``. Every
template must be listed in ``ui/common/messages.py`` (a test checks), which
is where ``lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """English text that remembers its template and values (see the module docstring)."""

    template: str
    values: Mapping[str, Any]
    n: int | None
    """The count a ``%n`` plural is said for (named ``n``: ``str.count`` is a method)."""

    def __new__(cls, template: str, /, n: int | None = None, **values: Any) -> Message:
        text = template.format(**values)
        if n is not None:
            text = text.replace("%n", str(n))
        self = super().__new__(cls, text)
        self.template = template
        self.values = values
        self.n = n
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Crossing a process (the PDF jail, worker pools) keeps the template.
        return (_rebuild, (self.template, self.n, dict(self.values)))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.values)!r})"


def _rebuild(template: str, n: int | None, values: dict[str, Any]) -> Message:
    return Message(template, n, **values)


def message_of(exc: BaseException) -> str:
    """An exception's one-line message: the :class:`Message` it was raised with, when
    it was, so the UI can translate it; ``str(exc)`` otherwise."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
