"""Who brought a publication into the library: the owner every later edition must match.

A publication belongs to the source that first brought it: a signed catalog
(its pinned minisign key), an unsigned catalog the user allowed (its URL), or
the user's own ``edicola import`` ("local import"). Another source may neither
replace its editions nor re-point its comment server unless the user says so.
The owner is stored as a short string (``local``, ``key:<base64>``,
``catalog:<url>``); this module turns it into words for messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from edicola.core.message import Message

LOCAL = "local"


@dataclass(frozen=True)
class Source:
    """Where a bundle comes from; ``owner`` is what the library stores."""

    owner: str

    @classmethod
    def local(cls) -> Source:
        return cls(LOCAL)

    @classmethod
    def catalog(cls, url: str, public_key: str | None) -> Source:
        """A catalog: its pinned key when signed, otherwise its URL."""
        return cls(f"key:{public_key}" if public_key else f"catalog:{url}")

    def describe(self) -> str:
        return describe_owner(self.owner)


def describe_owner(owner: str | None) -> str:
    """A one-phrase description of an owner, naming the key by its minisign key id
    (a :class:`~edicola.core.message.Message`: the reader sees it translated)."""
    if owner is None:
        return Message("an unknown source (library from an older version)")
    if owner == LOCAL:
        return Message("a local import")
    if owner.startswith("key:"):
        return Message("the catalog signed with key {key}", key=key_id(owner[4:]))
    if owner.startswith("catalog:"):
        return Message("the unsigned catalog {url}", url=owner[8:])
    return owner


def key_id(base64_key: str) -> str:
    """The key id minisign prints (16 hex digits), or the key itself when unreadable."""
    # Imported here: the reader's first paint needs no minisign (issue 21).
    from edicola.core.catalog.minisign import MinisignError, PublicKey

    try:
        return PublicKey.from_base64(base64_key).key_id_hex
    except MinisignError:
        return base64_key[:24]


@dataclass(frozen=True)
class Announcement:
    """What a catalog entry promises a bundle carries."""

    publication_id: str
    edition_id: str
    revision: int

    def describe(self) -> str:
        return Message(
            "{edition} revision {revision} of {publication!r}",
            edition=self.edition_id,
            revision=self.revision,
            publication=self.publication_id,
        )
