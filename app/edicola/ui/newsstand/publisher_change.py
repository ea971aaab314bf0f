"""Words for a publication that changes hands: who owns it now, who offers this edition.

An edition refused because its publication belongs to another source can be
accepted after a confirmation that names both sources in words a reader
knows (a catalog's title and key id, "a bundle you imported yourself"),
never as raw owner strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from edicola.core.catalog.provenance import LOCAL, key_id
from edicola.net.catalog_client import CatalogClient
from edicola.store.catalogs import CatalogStore


def publication_title(store: CatalogStore, client: CatalogClient, publication_id: str) -> str:
    """The publication's title in any followed catalog, else its id."""
    for record in store.all():
        snapshot = client.snapshot(record.url)
        for info, _link in snapshot.root.publications if snapshot else ():
            if info.id == publication_id and info.title:
                return info.title
    return publication_id


def describe_source(store: CatalogStore, owner: str, url: str | None = None) -> str:
    """An owner string in words: the catalog's title and its key id where known."""
    if owner == LOCAL:
        return QCoreApplication.translate("Newsstand", "a bundle you imported yourself")
    records = store.all()
    if owner.startswith("key:"):
        key = owner.removeprefix("key:")
        titles = [r.title for r in records if r.public_key == key and (url in (None, r.url))]
        if titles:
            return (
                QCoreApplication.translate("Newsstand", "the catalog “%1” (signed with key %2)")
                .replace("%1", titles[0])
                .replace("%2", key_id(key))
            )
        return QCoreApplication.translate("Newsstand", "a catalog signed with key %1").replace(
            "%1", key_id(key)
        )
    if owner.startswith("catalog:"):
        return QCoreApplication.translate("Newsstand", "the unsigned catalog %1").replace(
            "%1", owner.removeprefix("catalog:")
        )
    return QCoreApplication.translate("Newsstand", "an unknown source")


def change_question(title: str, owner: str, offered_by: str) -> tuple[str, str]:
    """The confirmation's question and its details."""
    question = (
        QCoreApplication.translate(
            "Newsstand", "“%1” came into your library from %2. This edition comes from %3."
        )
        .replace("%1", title)
        .replace("%2", owner)
        .replace("%3", offered_by)
    )
    details = QCoreApplication.translate(
        "Newsstand",
        "Accept only if you know the publisher moved to this catalog or changed its "
        "key. Its editions will then replace the current ones, and it will own the "
        "publication from now on. A change of comment server is still shown to you "
        "before any comment goes there.",
    )
    return question, details
