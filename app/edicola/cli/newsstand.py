"""`edicola` newsstand commands: keys, signing, publishing catalogs, fetching, downloading.

Publishing is plain file work (``edicola.core.catalog.publisher``); fetching and
downloading run a Qt event loop around the same ``CatalogClient`` and
``Downloader`` the reader uses, so the CLI exercises the real code paths.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import human_size, plural
from edicola.core.catalog.build import catalog_base
from edicola.core.catalog.minisign import SIGNATURE_SUFFIX, MinisignError, SecretKey, sign_file
from edicola.core.catalog.opds import EditionState, edition_state, format_time
from edicola.core.catalog.publisher import (
    DEFAULT_EXPIRES_DAYS,
    PublishError,
    PublishResult,
    publish,
    retire,
)

PASSWORD_ENV = "EDICOLA_KEY_PASSWORD"


def _load_key(path: Path) -> SecretKey:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read secret key ({exc})") from exc
    password = None
    if SecretKey.is_encrypted(text):
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = click.prompt(f"Password for {path}", hide_input=True, err=True)
    try:
        return SecretKey.parse(text, None if password is None else password.encode("utf-8"))
    except MinisignError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc


def _write_new(path: Path, text: str, force: bool, mode: int) -> None:
    if path.exists() and not force:
        raise click.ClickException(f"{path}: already exists (use --force to replace it)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(path, mode)
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc})") from exc


@click.command()
@click.option(
    "-p",
    "pub_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("edicola.pub"),
    show_default=True,
    help="Public key file to write.",
)
@click.option(
    "-s",
    "sec_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("edicola.key"),
    show_default=True,
    help="Secret key file to write.",
)
@click.option("--force", is_flag=True, help="Replace existing key files.")
def keygen(pub_path: Path, sec_path: Path, force: bool) -> None:
    """Make a minisign key pair (the secret key is written unencrypted, mode 0600)."""
    key = SecretKey.generate()
    _write_new(sec_path, key.to_file_text(), force, 0o600)
    _write_new(pub_path, key.public_key.to_file_text(), force, 0o644)
    click.echo(f"Key {key.public_key.key_id_hex}: public {pub_path}, secret {sec_path}")
    click.echo(f"Public key: {key.public_key.to_base64()}")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--key",
    "key_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Secret key (minisign format; encrypted keys ask for the password).",
)
def sign(file: Path, key_path: Path) -> None:
    """Sign FILE, writing FILE.minisig (verifiable with `minisign -V`)."""
    key = _load_key(key_path)
    try:
        sig = sign_file(file, key)
    except (OSError, MinisignError) as exc:
        raise click.ClickException(f"{file}: cannot sign ({exc})") from exc
    click.echo(f"Signed {file} -> {sig}")


def _check_signing(folder: Path, key: SecretKey | None) -> None:
    if key is None and (folder / ("catalog.json" + SIGNATURE_SUFFIX)).exists():
        raise click.ClickException(f"{folder}: the catalog is signed; give --key to keep it signed")


def _now() -> datetime:
    return datetime.now(UTC)


def _check_base_url(base_url: str | None) -> None:
    if base_url is not None:
        try:
            catalog_base(base_url)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--base-url") from exc


BASE_URL_HELP = (
    "The catalog folder's public address (https://news.example/): the feeds' self links "
    "become absolute, as OPDS clients expect. Kept in the catalog for later runs."
)


def say_self_links(result: PublishResult) -> None:
    """One line while the catalog has no public address (``--base-url`` never given)."""
    if result.base_url is None:
        click.echo(
            "note: the catalog's self links are relative until --base-url names its public "
            "address (https://…/); give it once, the catalog keeps it",
            err=True,
        )


@click.command(name="publish")
@click.argument("bundles", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--to",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Catalog folder.",
)
@click.option(
    "--key",
    "key_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Secret key: sign the bundles and the catalog.",
)
@click.option("--title", help="Catalog title (kept from the existing catalog otherwise).")
@click.option("--comments-server", metavar="URL", help="Comments server of these publications.")
@click.option(
    "--expires-days",
    type=click.IntRange(1, 3650),
    default=DEFAULT_EXPIRES_DAYS,
    show_default=True,
    help="Readers refuse the catalog after this many days.",
)
@click.option("--refresh", is_flag=True, help="Re-sign with a new version and expiry.")
@click.option("--epub", is_flag=True, help="Also offer each edition as EPUB (beside its bundle).")
@click.option("--base-url", metavar="URL", help=BASE_URL_HELP)
def publish_command(
    bundles: tuple[Path, ...],
    folder: Path,
    key_path: Path | None,
    title: str | None,
    comments_server: str | None,
    expires_days: int,
    refresh: bool,
    epub: bool,
    base_url: str | None,
) -> None:
    """Add BUNDLE... to the static OPDS 2.0 catalog in DIR (idempotent)."""
    if not bundles and not refresh and base_url is None:
        raise click.UsageError("give at least one BUNDLE, or --refresh")
    if comments_server and not comments_server.startswith(("https://", "http://")):
        raise click.BadParameter("must be an http(s) URL", param_hint="--comments-server")
    _check_base_url(base_url)
    key = _load_key(key_path) if key_path else None
    _check_signing(folder, key)
    try:
        result = publish(
            folder,
            bundles,
            key=key,
            now=_now(),
            title=title,
            comments_server=comments_server,
            expires_days=expires_days,
            refresh=refresh,
            epub=epub,
            base_url=base_url,
        )
    except (PublishError, MinisignError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{folder}: cannot write ({exc})") from exc
    for edition_id in result.added:
        click.echo(f"added {edition_id}")
    for edition_id in result.updated:
        click.echo(f"updated {edition_id}")
    for edition_id in result.unchanged:
        click.echo(f"unchanged {edition_id}")
    state = "written" if result.changed else "unchanged"
    click.echo(f"catalog version {result.version} {state} in {folder}")
    say_self_links(result)
    if key is None:
        click.echo(
            "warning: no --key, so the catalog is unsigned: readers refuse it unless they "
            "allow unsigned editions for it ('edicola keygen' makes a key)",
            err=True,
        )


@click.command(name="retire")
@click.argument("edition_id")
@click.option(
    "--from",
    "folder",
    required=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Catalog folder.",
)
@click.option(
    "--key",
    "key_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Secret key to re-sign the catalog.",
)
def retire_command(edition_id: str, folder: Path, key_path: Path | None) -> None:
    """Remove EDITION_ID (bundle, signature, cover) from the catalog in DIR."""
    key = _load_key(key_path) if key_path else None
    _check_signing(folder, key)
    try:
        result = retire(folder, edition_id, key=key, now=_now())
    except (PublishError, MinisignError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"retired {edition_id}; catalog version {result.version}")


# -- reader side: a Qt event loop around the real clients ------------------------------------


def _qt_app() -> Any:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


def _release(nam: Any, client: Any) -> None:
    """Stop the client and delete the network objects now, not in a later command's
    event loop (several commands may run in one process, as tests do)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    client.shutdown()
    nam.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _wait(signals: list[Any]) -> None:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    for signal in signals:
        signal.connect(lambda *args: loop.quit())
    loop.exec()


def _entry_json(entry: Any, state: EditionState) -> dict[str, Any]:
    return {
        "edition": entry.edition_id,
        "publication": entry.publication_id,
        "date": entry.date,
        "title": entry.title,
        "revision": entry.revision,
        "size": entry.size,
        "url": entry.bundle_href,
        "state": state.value,
    }


@click.command(name="catalog")
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--allow-unsigned",
    is_flag=True,
    help="Accept this catalog (and its bundles) without signatures.",
)
@pass_context
def catalog_command(ctx: CliContext, url: str, as_json: bool, allow_unsigned: bool) -> None:
    """Fetch and verify the catalog at URL; list its publications and editions."""
    if not url.startswith(("http://", "https://")):
        raise click.BadParameter("must be an http(s) URL of a catalog.json", param_hint="URL")
    app = _qt_app()
    from PySide6.QtNetwork import QNetworkAccessManager

    from edicola.net.catalog_client import CatalogClient

    store = ctx.library.catalogs
    before = store.get(url)
    store.add(url, allow_unsigned=allow_unsigned)
    nam = QNetworkAccessManager(app)
    client = CatalogClient(nam, store, parent=nam)
    outcome: list[tuple[str, bool]] = []
    client.failed.connect(lambda _url, message, retryable: outcome.append((message, retryable)))
    client.refresh(url)
    _wait([client.refreshed, client.failed])
    snapshot = client.snapshot(url)
    _release(nam, client)
    if outcome:
        message, retryable = outcome[0]
        if not message.startswith(url):
            message = f"{url}: {message}"  # every error names its catalog
        if not retryable or snapshot is None:
            if before is None:
                store.remove(url)  # a catalog that never loaded is not followed
            raise click.ClickException(message)
        record = store.get(url)
        fetched = record.fetched_at if record else "?"
        click.echo(f"offline: {message}; showing the catalog fetched at {fetched}", err=True)
    assert snapshot is not None
    record = store.get(url)
    if record is not None and record.public_key and (before is None or not before.public_key):
        from edicola.core.catalog.minisign import PublicKey

        key_id = PublicKey.from_base64(record.public_key).key_id_hex
        click.echo(
            f"pinned the publisher key {key_id} for {url}: check it with the publisher; "
            "a catalog signed with another key will be refused",
            err=True,
        )
    revisions = store.library_revisions()
    rows = [
        (entry, edition_state(entry.revision, revisions.get(entry.edition_id)))
        for entry in snapshot.editions()
    ]
    if as_json:
        data = {
            "url": url,
            "title": snapshot.root.title,
            "version": snapshot.root.version,
            "expires": format_time(snapshot.root.expires),
            "signed": snapshot.signed,
            "publications": [
                {
                    "id": info.id,
                    "title": info.title,
                    "language": info.language,
                    "editions": link.count,
                }
                for info, link in snapshot.root.publications
            ],
            "editions": [_entry_json(entry, state) for entry, state in rows],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    signed = "signed" if snapshot.signed else "UNSIGNED"
    click.echo(f"{snapshot.root.title} — version {snapshot.root.version}, {signed}")
    for info, link in snapshot.root.publications:
        click.echo(f"\n{info.title} ({info.id}, {plural(link.count, 'edition')})")
        for entry, state in rows:
            if entry.publication_id == info.id:
                click.echo(
                    f"  {entry.edition_id}  r{entry.revision}  {state.value:16} "
                    f"{human_size(entry.size):>8}  {entry.title}"
                )


def _bar(received: int, total: int) -> str:
    width = 30
    done = int(width * received / total) if total else width
    percent = 100 * received / total if total else 100
    sizes = f"{human_size(received)} of {human_size(total)}"
    return f"\r[{'#' * done}{' ' * (width - done)}] {percent:5.1f}%  {sizes}"


@click.command(name="download")
@click.argument("target", metavar="URL_OR_EDITION_ID")
@click.option(
    "--accept-new-publisher",
    is_flag=True,
    help="Let this catalog replace a publication another source brought.",
)
@pass_context
def download_command(ctx: CliContext, target: str, accept_new_publisher: bool) -> None:
    """Download, verify and import one edition listed in a fetched catalog."""
    app = _qt_app()
    from PySide6.QtNetwork import QNetworkAccessManager

    from edicola.net.catalog_client import CatalogClient
    from edicola.net.downloader import Downloader

    library = ctx.library
    nam = QNetworkAccessManager(app)
    client = CatalogClient(nam, library.catalogs)
    found = client.find(target)
    if found is None:
        raise click.ClickException(
            f"{target}: not in any fetched catalog (run `edicola catalog URL` first)"
        )
    catalog_url, entry = found
    downloader = Downloader(nam, library.folder / "downloads", library.editions.import_bundle)
    outcome: list[str] = []
    if sys.stderr.isatty():

        def show(_edition_id: str, received: int, total: int) -> None:
            click.echo(_bar(received, total), nl=False, err=True)

        downloader.progress.connect(show)
    downloader.finished.connect(lambda _e: outcome.append(""))
    downloader.failed.connect(lambda _e, message, _r: outcome.append(message))
    downloader.enqueue(
        client.download_request(catalog_url, entry, accept_new_publisher=accept_new_publisher)
    )
    _wait([downloader.finished, downloader.failed])
    if sys.stderr.isatty():
        click.echo("", err=True)
    if outcome and outcome[0]:
        raise click.ClickException(outcome[0])
    library.editions.adopt_comment_servers(library.catalogs.comment_servers())
    click.echo(f"{entry.edition_id} revision {entry.revision} downloaded and imported")


@click.group(name="catalogs", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def catalogs_group(click_ctx: click.Context, as_json: bool) -> None:
    """List the catalogs the library follows (add one with 'edicola catalog URL')."""
    if click_ctx.invoked_subcommand is not None:
        return
    ctx = click_ctx.find_object(CliContext)
    assert ctx is not None
    records = ctx.library.catalogs.all()
    if as_json:
        from edicola.core.catalog.minisign import PublicKey

        data = [
            {
                "url": r.url,
                "title": r.title,
                "key": PublicKey.from_base64(r.public_key).key_id_hex if r.public_key else None,
                "allow_unsigned": r.allow_unsigned,
                "fetched_at": r.fetched_at,
            }
            for r in records
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not records:
        click.echo("No catalogs yet: add one with 'edicola catalog URL'.")
    for r in records:
        trust = "unsigned allowed" if r.allow_unsigned else ("signed" if r.public_key else "-")
        fetched = r.fetched_at[:16].replace("T", " ") if r.fetched_at else "never fetched"
        click.echo(f"{r.url}  {r.title or '(no title yet)'}  [{trust}; {fetched}]")


@catalogs_group.command(name="remove")
@click.argument("url")
@pass_context
def catalogs_remove(ctx: CliContext, url: str) -> None:
    """Stop following the catalog at URL (downloaded editions stay in the library)."""
    if not ctx.library.catalogs.remove(url):
        raise click.ClickException(f"{url}: not a followed catalog (see 'edicola catalogs')")
    click.echo(f"removed {url}")


COMMANDS: list[click.Command] = [
    catalogs_group,
    keygen,
    sign,
    publish_command,
    retire_command,
    catalog_command,
    download_command,
]
