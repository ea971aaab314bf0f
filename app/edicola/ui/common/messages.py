"""Messages made below the UI, in the reader's language.

Core and store raise and return :class:`~edicola.core.message.Message` texts
(English, with their template and values); widgets show them through
:func:`message_text` / :func:`error_text`, which translate the template in the
``Messages`` context and fill in the values (a value that is itself a Message is
translated too). A translation that does not fit its template (a field
misspelt) falls back to the English rather than failing.

``TEMPLATES`` lists every template core and store use, so ``lupdate`` (which
reads ui/ and net/, never core/) puts them in the ``.ts`` files;
``tests/unit/test_messages.py`` checks that none is missing.
"""

# ruff: noqa: E501  (each template stays one literal, as lupdate reads it)
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from edicola.core.message import Message, message_of

CONTEXT = "Messages"


def message_text(text: str) -> str:
    """``text`` in the reader's language when it is a :class:`Message`, else as it is."""
    if not isinstance(text, Message):
        return str(text)
    count = -1 if text.n is None else text.n
    translated = QCoreApplication.translate(CONTEXT, text.template, None, count)
    values = {k: message_text(v) if isinstance(v, Message) else v for k, v in text.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def error_text(exc: BaseException) -> str:
    """An exception's one-line message in the reader's language (English when it was
    not raised with a :class:`Message`)."""
    return message_text(message_of(exc))


TEMPLATES = (
    # store/highlights.py (those the reader can meet)
    QT_TRANSLATE_NOOP("Messages", "no article {id!r} in the library"),
    QT_TRANSLATE_NOOP("Messages", "no text selected in article {id!r}"),
    QT_TRANSLATE_NOOP("Messages", "no edition {id!r} in the library"),
    QT_TRANSLATE_NOOP("Messages", "no highlight {id!r}"),
    QT_TRANSLATE_NOOP("Messages", "a note may hold at most {limit} characters"),
    # core/bundle/format.py
    QT_TRANSLATE_NOOP("Messages", "{file}: {message}"),
    QT_TRANSLATE_NOOP("Messages", "{file}: {field}: {message}"),
    QT_TRANSLATE_NOOP("Messages", "invalid bundle"),
    QT_TRANSLATE_NOOP("Messages", "{problem} (and %n more)"),
    QT_TRANSLATE_NOOP("Messages", "{bundle}: {problem} (and %n more)"),
    QT_TRANSLATE_NOOP("Messages", "{bundle}: {problem}"),
    # core/bundle/manifest_check.py
    QT_TRANSLATE_NOOP("Messages", "not an Edicola bundle (format is {format!r})"),
    QT_TRANSLATE_NOOP("Messages", "must be a JSON object"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "format version {version} is newer than this Edicola understands ({supported}); please update Edicola",
    ),
    # core/bundle/reader.py
    QT_TRANSLATE_NOOP("Messages", "missing: this is not an Edicola bundle"),
    QT_TRANSLATE_NOOP("Messages", "listed in the manifest but missing from the bundle"),
    QT_TRANSLATE_NOOP("Messages", "size is {size} bytes, the manifest says {expected}"),
    QT_TRANSLATE_NOOP("Messages", "sha256 does not match the manifest (damaged or altered)"),
    QT_TRANSLATE_NOOP("Messages", "invalid UTF-8 at byte {at}"),
    QT_TRANSLATE_NOOP("Messages", "malformed JSON at line {line}, column {column}: {why}"),
    QT_TRANSLATE_NOOP("Messages", "references a missing image {image!r}"),
    QT_TRANSLATE_NOOP("Messages", "not listed in the manifest (stray file)"),
    QT_TRANSLATE_NOOP("Messages", "{size} bytes, over the {limit:g} MiB limit for this file"),
    QT_TRANSLATE_NOOP("Messages", "not a PNG, JPEG, GIF or WebP image"),
    QT_TRANSLATE_NOOP("Messages", "refused: {why}"),
    # core/bundle/safezip.py
    QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    QT_TRANSLATE_NOOP("Messages", "the file is {size:.1f} MiB, over the {limit:.0f} MiB limit"),
    QT_TRANSLATE_NOOP("Messages", "cannot read the file: {why}"),
    QT_TRANSLATE_NOOP("Messages", "not a zip file or a truncated one ({why})"),
    QT_TRANSLATE_NOOP("Messages", "unreadable zip: {why}"),
    # core/catalog/opds.py
    QT_TRANSLATE_NOOP("Messages", "{where}: not a valid URL ({why}), refused"),
    QT_TRANSLATE_NOOP("Messages", "{where}: points to another host ({host}), refused"),
    QT_TRANSLATE_NOOP("Messages", "{name}: larger than {limit} MiB, refused"),
    QT_TRANSLATE_NOOP("Messages", "malformed JSON at line {line}: {why}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: version {version} is older than version {seen} already seen (a replayed or rolled-back catalog), refused",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{name}: expired on {when} (the publisher has not refreshed it), refused"
    ),
    QT_TRANSLATE_NOOP("Messages", "{name}: does not match the hash the catalog lists, refused"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {why}"),
    # core/catalog/provenance.py
    QT_TRANSLATE_NOOP("Messages", "an unknown source (library from an older version)"),
    QT_TRANSLATE_NOOP("Messages", "a local import"),
    QT_TRANSLATE_NOOP("Messages", "the catalog signed with key {key}"),
    QT_TRANSLATE_NOOP("Messages", "the unsigned catalog {url}"),
    QT_TRANSLATE_NOOP("Messages", "{edition} revision {revision} of {publication!r}"),
    # store/comment_settings.py
    QT_TRANSLATE_NOOP("Messages", "from {owner}"),
    QT_TRANSLATE_NOOP("Messages", "set by you"),
    # net/isso_client.py
    QT_TRANSLATE_NOOP(
        "Messages",
        "the comment server {server} is on a private address and came from the catalog, not from you; not contacted",
    ),
    # store/comments.py
    QT_TRANSLATE_NOOP("Messages", "no comment with id {id}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "comment {id} may already have reached the server; it can be changed only once that has been checked",
    ),
    # store/database.py
    QT_TRANSLATE_NOOP("Messages", "the library at {folder}"),
    QT_TRANSLATE_NOOP("Messages", "the library"),
    QT_TRANSLATE_NOOP("Messages", "cannot open the library at {folder}: {why}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the library database {path} is damaged (SQLite: {why}); keep the file (copy it somewhere safe, do not delete it): `sqlite3 library.db .recover` may rescue its contents",
    ),
    QT_TRANSLATE_NOOP("Messages", "{where} is read-only"),
    QT_TRANSLATE_NOOP("Messages", "the disk is full; nothing was changed"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{where} is locked by another Edicola process (an import or the reader); try again when it is done",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "cannot open the library at {folder}: permission denied or no such folder"
    ),
    QT_TRANSLATE_NOOP("Messages", "no library at {folder}"),
    QT_TRANSLATE_NOOP("Messages", "cannot create the library at {folder}: {why}"),
    QT_TRANSLATE_NOOP("Messages", "{path} is not a file"),
    # store/sync_credentials.py
    QT_TRANSLATE_NOOP("Messages", "the system keyring"),
    QT_TRANSLATE_NOOP("Messages", "{file} (mode 0600; no keyring service is running)"),
    QT_TRANSLATE_NOOP("Messages", "the system keyring refused the password: {why}"),
    QT_TRANSLATE_NOOP("Messages", "the system keyring could not be read: {why}"),
    QT_TRANSLATE_NOOP("Messages", "{file}: cannot be read ({why})"),
    QT_TRANSLATE_NOOP(
        "Messages", "no sync password saved in {where}: run edicola sync setup again"
    ),
    QT_TRANSLATE_NOOP("Messages", "the saved sync credentials in {where} are damaged"),
    # store/sync_state.py
    QT_TRANSLATE_NOOP("Messages", "sync is not set up for this library"),
    QT_TRANSLATE_NOOP("Messages", "sync is not set up: run edicola sync setup URL --user USER"),
    # store/edition_import.py
    QT_TRANSLATE_NOOP("Messages", "larger than the {size} bytes the manifest says"),
    # store/editions.py
    QT_TRANSLATE_NOOP("Messages", "{edition} imported (%n articles)"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "publication {publication!r} belongs to {owner}, which first brought it; this bundle comes from {source}: refused (accept the new publisher explicitly to let it replace the publication)",
    ),
    QT_TRANSLATE_NOOP("Messages", "{edition} revision {revision} is already in the library"),
    QT_TRANSLATE_NOOP(
        "Messages", "{edition} updated from revision {previous} to {revision} (%n articles)"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "carries {carried}, but the catalog announced {expected}: refused"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "revision {revision} is older than the library's revision {current}"
    ),
)
