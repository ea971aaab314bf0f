"""``edicola sync``: reading positions, bookmarks, highlights and follows on every device.

Through the reader's own WebDAV server, end-to-end encrypted (docs/sync.md).
``setup`` takes the password from ``EDICOLA_SYNC_PASSWORD`` and the passphrase
from ``EDICOLA_SYNC_PASSPHRASE``, or asks for them. Every failure is one line
and exit status 1, with nothing changed here and nothing lost.
"""

from __future__ import annotations

import json
import os

import click

from edicola.cli.context import CliContext, pass_context

PASSWORD_ENV = "EDICOLA_SYNC_PASSWORD"
PASSPHRASE_ENV = "EDICOLA_SYNC_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EDICOLA_SYNC_NEW_PASSPHRASE"


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is None:
        value = click.prompt(prompt, hide_input=True, confirmation_prompt=confirm, err=True)
    if not value:
        raise click.ClickException(f"{prompt.lower()} must not be empty ({env})")
    return value


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group()
def sync() -> None:
    """Sync positions, bookmarks, highlights, notes and follows through your WebDAV server."""


@sync.command()
@click.argument("url")
@click.option("--user", required=True, help="The WebDAV user name.")
@pass_context
def setup(ctx: CliContext, url: str, user: str) -> None:
    """Use the WebDAV folder URL (created if missing) with a passphrase for its key."""
    from edicola.core.sync.engine import SyncFailed
    from edicola.net.sync_session import setup as set_up

    password = _secret(PASSWORD_ENV, "Password")
    passphrase = _secret(PASSPHRASE_ENV, "Passphrase")
    library = ctx.library
    try:
        done = set_up(library.db, library.folder, url, user, password, passphrase)
    except SyncFailed as exc:
        raise _fail(exc) from exc
    made = "created the sync folder's key" if done.created else "opened the sync folder's key"
    click.echo(f"sync set up: {done.url} as {done.user}; {made}")
    click.echo(f"credentials kept in {done.credentials}")


@sync.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_context
def now(ctx: CliContext, as_json: bool) -> None:
    """Sync now: send what changed here, merge what the other devices sent."""
    from edicola.core.sync.engine import SyncFailed
    from edicola.net.sync_session import Session

    library = ctx.library
    try:
        done = Session.open(library.db, library.folder).run()
    except SyncFailed as exc:
        raise _fail(exc) from exc
    skipped = [why for _, why in done.bad.values()]
    if as_json:
        summary = {
            "sent": done.sent,
            "received": done.received,
            "merged": done.merged,
            "skipped": skipped,
        }
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    click.echo(f"in sync: sent {done.sent}, received {done.received}, merged {done.merged}")
    for why in skipped:
        click.echo(f"skipped: {why}", err=True)


@sync.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@pass_context
def status(ctx: CliContext, as_json: bool) -> None:
    """Where sync goes, when it last worked, what is waiting, the other devices."""
    from edicola.store.sync_state import SyncNotSetUp, SyncStore

    library = ctx.library
    try:
        found = SyncStore(library.db, library.folder).status()
    except SyncNotSetUp as exc:
        if as_json:
            click.echo(json.dumps({"set_up": False}))
            return
        raise _fail(exc) from exc
    if as_json:
        click.echo(json.dumps({"set_up": True, **found.to_json()}, ensure_ascii=False))
        return
    click.echo(f"folder: {found.url} as {found.user}")
    click.echo(f"this device: {found.device_name} ({found.device_id})")
    click.echo(f"last sync: {found.last_sync_at or 'never'}; state: {found.state}")
    if found.message:
        click.echo(f"problem: {found.message}")
    click.echo(f"changes waiting to be sent: {found.pending}")
    for device in found.devices:
        click.echo(f"other device: {device.name}, last seen {device.seen_at}")
    for problem in found.problems:
        click.echo(f"skipped file: {problem}")


@sync.command()
@click.option(
    "--delete-remote",
    is_flag=True,
    help="Also delete the sync folder on the server (for every device).",
)
@pass_context
def forget(ctx: CliContext, delete_remote: bool) -> None:
    """Stop syncing this library (its bookmarks, highlights … stay here)."""
    from edicola.core.sync.engine import SyncFailed
    from edicola.net.sync_session import Session
    from edicola.store.sync_state import SyncStore

    library = ctx.library
    if not SyncStore(library.db, library.folder).is_set_up():
        click.echo("sync was not set up for this library")
        return
    try:
        Session.open(library.db, library.folder).forget(delete_remote=delete_remote)
    except SyncFailed as exc:
        raise _fail(exc) from exc
    click.echo("sync forgotten here" + (", and the sync folder deleted" if delete_remote else ""))


@sync.command()
@pass_context
def passphrase(ctx: CliContext) -> None:
    """Change the passphrase (from EDICOLA_SYNC_NEW_PASSPHRASE or asked); the other
    devices are asked for the new one."""
    from edicola.core.sync.engine import SyncFailed
    from edicola.net.sync_session import Session

    new = _secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    library = ctx.library
    try:
        Session.open(library.db, library.folder).change_passphrase(new)
    except SyncFailed as exc:
        raise _fail(exc) from exc
    click.echo("passphrase changed; enter it on your other devices when they ask")


COMMANDS: list[click.Command] = [sync]
