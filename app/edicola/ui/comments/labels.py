"""The words a reader sees for a comment's state, translated under "CommentState".

The English source strings live in :mod:`edicola.core.comments.outbox` (Qt-free). They are
repeated here inside ``QT_TRANSLATE_NOOP`` only so that ``pyside6-lupdate``
(which scans ``ui/``) puts them in the ``.ts`` files; a test checks that
the two lists stay identical.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from edicola.core.comments.outbox import LABELS, NO_SERVER_LABEL, State, queued_label

CONTEXT = "CommentState"

#: Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``,
#: ``SERVER_SILENT_LABEL`` and ``NOT_TRIED_LABEL``.
SOURCES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("CommentState", "Draft"),
    QT_TRANSLATE_NOOP("CommentState", "Waiting for network"),
    QT_TRANSLATE_NOOP("CommentState", "Sending…"),
    QT_TRANSLATE_NOOP("CommentState", "Checking whether it arrived"),
    QT_TRANSLATE_NOOP("CommentState", "Published"),
    QT_TRANSLATE_NOOP("CommentState", "Waiting for moderation"),
    QT_TRANSLATE_NOOP("CommentState", "Not accepted"),
    QT_TRANSLATE_NOOP("CommentState", "Saved here until the publication has a comments server"),
    QT_TRANSLATE_NOOP("CommentState", "The comment server does not answer"),
    QT_TRANSLATE_NOOP("CommentState", "Waiting to be sent"),
)


def state_label(state: State | str, has_server: bool = True, reason: str = "") -> str:
    """The translated plain-words label of ``state``; ``reason``, why a queued comment's
    last attempt failed, tells a network that is down from a server that is silent."""
    state = State(state)
    if state is State.QUEUED and not has_server:
        return QCoreApplication.translate(CONTEXT, NO_SERVER_LABEL)
    if state is State.QUEUED:
        return QCoreApplication.translate(CONTEXT, queued_label(reason))
    return QCoreApplication.translate(CONTEXT, LABELS[state])
