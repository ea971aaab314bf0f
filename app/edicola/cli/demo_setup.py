"""The built-in demo newsstand: sample editions, a signed catalog and a half-filled library.

``edicola dev demo`` prepares a folder so that ``make run`` shows a working
newsstand with no network and no configuration:

* ``bundles/``  the sample editions built from ``editions/``;
* ``keys/``     a demo minisign key pair, made once and kept;
* ``catalog/``  the signed catalog, published like a real publisher would;
* ``library/``  the reader's library, following the demo catalog with its key
  pinned, holding only the *oldest* edition of each publication: there is
  something to read at once, and the newer editions are really downloaded,
  verified and imported through the Newsstand.

Everything is idempotent: running it again changes nothing (a catalog close to
its expiry is re-signed) and never throws away what the reader did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from edicola.core.bundle.edition_source import SourceError, build_all
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import read_manifest
from edicola.core.catalog.minisign import MinisignError, SecretKey
from edicola.core.catalog.provenance import Source
from edicola.core.catalog.publisher import PublishError, load_folder, publish
from edicola.store.catalogs import CatalogStore
from edicola.store.library import Library

DEMO_HOST = "127.0.0.1"
DEMO_PORT = 8765
COMMENTS_SERVER = "http://127.0.0.1:8766/"
CATALOG_TITLE = "Edicola demo newsstand"
_RESIGN_BEFORE = timedelta(days=7)


class DemoError(Exception):
    """The demo cannot be prepared (message is user-facing)."""


def catalog_url(port: int = DEMO_PORT, host: str = DEMO_HOST) -> str:
    return f"http://{host}:{port}/catalog.json"


@dataclass(frozen=True)
class DemoFolders:
    root: Path

    @property
    def bundles(self) -> Path:
        return self.root / "bundles"

    @property
    def catalog(self) -> Path:
        return self.root / "catalog"

    @property
    def library(self) -> Path:
        return self.root / "library"

    @property
    def secret_key(self) -> Path:
        return self.root / "keys" / "demo.key"

    @property
    def public_key(self) -> Path:
        return self.root / "keys" / "demo.pub"


def demo_key(folders: DemoFolders) -> SecretKey:
    """The demo's key pair, created on first use (unencrypted, mode 0600)."""
    if folders.secret_key.exists():
        try:
            return SecretKey.load(folders.secret_key)
        except (OSError, MinisignError) as exc:
            raise DemoError(f"{folders.secret_key}: cannot read the demo key ({exc})") from exc
    key = SecretKey.generate()
    folders.secret_key.parent.mkdir(parents=True, exist_ok=True)
    folders.secret_key.write_text(key.to_file_text(), "utf-8")
    folders.secret_key.chmod(0o600)
    folders.public_key.write_text(key.public_key.to_file_text(), "utf-8")
    return key


def build_samples(source: Path, out: Path) -> list[Path]:
    try:
        built = build_all(source, out)
    except SourceError as exc:
        raise DemoError(f"cannot build the sample editions:\n{exc}") from exc
    if not built:
        raise DemoError(f"{source}: no edition sources (folders with edition.json)")
    return built


def oldest_per_publication(bundles: list[Path]) -> list[Path]:
    oldest: dict[str, tuple[str, Path]] = {}
    for path in bundles:
        manifest = read_manifest(path)
        publication, day = manifest.publication["id"], manifest.edition["date"]
        if publication not in oldest or day < oldest[publication][0]:
            oldest[publication] = (day, path)
    return [path for _day, path in sorted(oldest.values())]


def follow_demo_catalog(store: CatalogStore, url: str, public_key: str) -> None:
    """Follow the demo catalog at ``url`` with its key pinned.

    The demo catalog may be served on another port than last time (8765 taken):
    the entry for the old address is replaced, keeping nothing stale around.
    """
    for record in store.all():
        if record.url != url and record.public_key == public_key:
            store.remove(record.url)
    record = store.add(url)
    if record.public_key != public_key:
        if record.public_key is not None:
            store.forget_key(url)
        store.pin_key(url, public_key)


def prepare_demo(
    target: Path, source: Path, echo: Callable[[str], None], now: datetime | None = None
) -> DemoFolders:
    folders = DemoFolders(target)
    now = now or datetime.now(UTC)
    bundles = build_samples(source, folders.bundles)
    key = demo_key(folders)
    try:
        existing = load_folder(folders.catalog, CATALOG_TITLE)
        # Re-sign a catalog close to expiry, or the reader would (rightly) refuse it.
        refresh = existing.version > 0 and (
            existing.expires is None or existing.expires - now < _RESIGN_BEFORE
        )
        result = publish(
            folders.catalog,
            bundles,
            key=key,
            now=now,
            title=CATALOG_TITLE,
            comments_server=COMMENTS_SERVER,
            refresh=refresh,
            base_url=catalog_url(),  # its self links name 8765 even when run-demo moves
        )
    except PublishError as exc:
        raise DemoError(str(exc)) from exc
    state = "written" if result.changed else "unchanged"
    echo(f"catalog version {result.version} {state} in {folders.catalog}")
    public_key = key.public_key.to_base64()
    library = Library.open(folders.library)
    try:
        follow_demo_catalog(library.catalogs, catalog_url(), public_key)
        for path in oldest_per_publication(bundles):
            try:
                # Imported as if downloaded from the demo catalog, which then owns them.
                owner = Source.catalog(catalog_url(), public_key)
                echo(library.editions.import_bundle(path, origin=owner).describe())
            except BundleError as exc:
                raise DemoError(str(exc)) from exc
        # The sample bundles declare no comment server; the demo catalog does.
        library.editions.adopt_comment_servers(
            {p.id: COMMENTS_SERVER for p in library.editions.publications()}
        )
        # A catalog may not send comments to the reader's own machine (issue 19): the
        # demo's Isso, on 127.0.0.1 like the catalog but on another port, is set as the
        # reader's own server, as if chosen in the server dialog (never over a choice).
        for publication in library.editions.publications():
            if not library.comments.settings(publication.id).reader_set:
                library.comments.set_server(publication.id, COMMENTS_SERVER)
    finally:
        library.close()
    return folders
