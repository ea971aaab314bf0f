"""`edicola comments …`: write, list, edit, delete and deliver comments.

The same store and delivery code as the app, so a tester can drive the whole
outbox from a shell: write offline, sync later, and see every state.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import plural
from edicola.core.comments.outbox import (
    LABELS,
    NO_SERVER_LABEL,
    IllegalTransition,
    State,
    sending_problem,
)
from edicola.net.comment_delivery import CommentDelivery, SyncSummary
from edicola.net.isso_client import IssoClient
from edicola.store.comment_records import Comment, CommentError
from edicola.store.comments import CommentStore

LOCK_NAME = "comments-delivery.lock"
EXIT_STILL_WAITING = 3  # `comments sync`: comments are still waiting after --wait


@click.group("comments")
def comments_group() -> None:
    """Comments written here and their delivery to the comment servers."""


def _store(ctx: CliContext) -> CommentStore:
    return ctx.library.comments


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _resolve(store: CommentStore, given: str) -> str:
    """A comment's local id from the id or a unique start of it, as git takes commits."""
    ids = [c.local_id for c in store.all()]
    if given in ids:
        return given
    matches = [i for i in ids if i.startswith(given)] if given else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise click.ClickException(f"no comment with id {given} (see 'edicola comments list')")
    shown = ", ".join(matches[:5]) + (", …" if len(matches) > 5 else "")
    raise click.ClickException(f"{given!r} is ambiguous: it starts {shown}; give more of the id")


def _label(store: CommentStore, comment: Comment) -> str:
    if comment.state is State.QUEUED and store.settings(comment.publication_id).server is None:
        return NO_SERVER_LABEL
    label = LABELS[comment.state]
    if comment.state is State.REFUSED and comment.server_reason:
        label += f": {comment.server_reason}"
    elif comment.state in (State.QUEUED, State.UNKNOWN) and comment.server_reason:
        label += f" (last try: {comment.server_reason})"
    return label


def _check_server(url: str | None, hint: str = "--server") -> None:
    if url is not None:
        try:
            IssoClient(url)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=hint) from exc


def _deliver(ctx: CliContext, server: str | None, *, show_progress: bool) -> SyncSummary:
    store = _store(ctx)
    delivery = CommentDelivery(store, lock_path=Path(ctx.library_dir) / LOCK_NAME)
    total = store.pending_count()
    if not show_progress or total == 0:
        return delivery.run_pass(server_override=server, force=True)
    with click.progressbar(length=total, label="Delivering comments", file=None) as bar:
        last = [0]

        def progress(done: int, _total: int) -> None:
            bar.update(done - last[0])
            last[0] = done

        return delivery.run_pass(server_override=server, force=True, progress=progress)


def _report(summary: SyncSummary) -> None:
    for problem in dict.fromkeys(summary.problems):
        click.echo(f"note: {problem}", err=True)
    click.echo(summary.line())


@comments_group.command("write")
@click.argument("article_id")
@click.argument("text")
@click.option("--author", default="", help="Name shown with the comment.")
@click.option("--email", default="", help="E-mail (never shown publicly by Isso).")
@click.option(
    "--reply-to",
    "reply_to",
    type=int,
    default=None,
    help="Server id of the comment this one answers.",
)
@click.option("--send", is_flag=True, help="Queue it and try to deliver it now.")
@pass_context
def write(
    ctx: CliContext,
    article_id: str,
    text: str,
    author: str,
    email: str,
    reply_to: int | None,
    send: bool,
) -> None:
    """Write a comment on ARTICLE_ID (saved as a draft unless --send).

    An empty comment, or one longer than the publication accepts, is refused
    here, with the limit named, and nothing is saved.
    """
    store = _store(ctx)
    article = ctx.library.editions.article(article_id)
    if article is not None:
        problem = sending_problem(text, store.settings(article.publication_id).max_length)
        if problem is not None:
            raise click.ClickException(f"{problem}; nothing was saved")
    try:
        local_id = store.save_draft(
            article_id, text, author=author, email=email, parent_remote_id=reply_to
        )
        if send:
            comment = store.queue(local_id)
            if comment.state is State.REFUSED:
                raise click.ClickException(
                    f"comment {local_id} not sent: {comment.server_reason} "
                    "(kept; change it with `edicola comments edit`)"
                )
            summary = _deliver(ctx, None, show_progress=False)
            for problem in dict.fromkeys(summary.problems):
                click.echo(f"note: {problem}", err=True)
    except (CommentError, IllegalTransition) as exc:
        raise _fail(exc) from exc
    comment = store.get(local_id)
    click.echo(f"{local_id} {comment.state.value}: {_label(store, comment)}")


@comments_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, every field.")
@pass_context
def list_comments(ctx: CliContext, as_json: bool) -> None:
    """Every comment written here, with its state."""
    store = _store(ctx)
    comments = store.all()
    if as_json:
        rows = [dict(asdict(c), state=c.state.value, label=_label(store, c)) for c in comments]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not comments:
        click.echo("no comments")
        return
    for c in comments:
        snippet = " ".join(c.text.split())
        snippet = snippet if len(snippet) <= 50 else snippet[:49] + "…"
        click.echo(f"{c.local_id}  {c.state.value:<10}  {c.article_id}  {snippet}")
        click.echo(f"    {_label(store, c)}")


@comments_group.command("sync")
@click.option(
    "--server", default=None, metavar="URL", help="Deliver to this server, for every publication."
)
@click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(0, 3600),
    default=30,
    show_default=True,
    metavar="SECONDS",
    help="Keep retrying transient faults (503, dropped connections, Retry-After) this long.",
)
@pass_context
def sync(ctx: CliContext, server: str | None, wait_seconds: float) -> None:
    """Deliver every waiting comment now, in the order they were sent.

    Faults that may pass are retried, as the reader does, for at most --wait
    seconds. Exit status 3 when comments are still waiting at the end.
    """
    _check_server(server)
    deadline = time.monotonic() + wait_seconds
    summary = _deliver(ctx, server, show_progress=True)
    store = _store(ctx)
    delivery = CommentDelivery(store, lock_path=Path(ctx.library_dir) / LOCK_NAME)
    while summary.waiting and not summary.busy and time.monotonic() < deadline:
        due = store.next_attempt_at() or 0.0
        pause = min(max(due - time.time(), 0.2), deadline - time.monotonic())
        if pause > 0:
            time.sleep(pause)  # the retry policy's delay (or the server's Retry-After)
        summary = delivery.run_pass(server_override=server)
    if summary.busy:
        raise click.ClickException("another Edicola is already delivering comments; try again")
    _report(summary)
    if summary.waiting:
        click.echo(
            f"{plural(summary.waiting, 'comment')} still waiting after {wait_seconds:g} s; "
            "run 'edicola comments sync' again later",
            err=True,
        )
        raise SystemExit(EXIT_STILL_WAITING)


@comments_group.command("send")
@click.argument("local_id")
@pass_context
def send_comment(ctx: CliContext, local_id: str) -> None:
    """Send a draft (or a refused comment, once edited): delivered at once when the
    server answers, otherwise queued for `comments sync` and the reader."""
    store = _store(ctx)
    local_id = _resolve(store, local_id)
    try:
        comment = store.queue(local_id)
    except (CommentError, IllegalTransition) as exc:
        raise _fail(exc) from exc
    if comment.state is State.REFUSED:
        raise click.ClickException(f"comment {local_id} not sent: {comment.server_reason}")
    summary = _deliver(ctx, None, show_progress=False)
    for problem in dict.fromkeys(summary.problems):
        click.echo(f"note: {problem}", err=True)
    comment = store.get(local_id)
    click.echo(f"{local_id} {comment.state.value}: {_label(store, comment)}")


@comments_group.command("edit")
@click.argument("local_id")
@click.argument("text")
@pass_context
def edit(ctx: CliContext, local_id: str, text: str) -> None:
    """Change the text of a comment not yet delivered."""
    store = _store(ctx)
    local_id = _resolve(store, local_id)
    try:
        comment = store.edit(local_id, text)
    except (CommentError, IllegalTransition) as exc:
        raise _fail(exc) from exc
    click.echo(f"{local_id} {comment.state.value}: {_label(store, comment)}")


@comments_group.command("delete")
@click.argument("local_id")
@pass_context
def delete(ctx: CliContext, local_id: str) -> None:
    """Delete a comment not yet delivered."""
    local_id = _resolve(_store(ctx), local_id)
    try:
        _store(ctx).delete(local_id)
    except (CommentError, IllegalTransition) as exc:
        raise _fail(exc) from exc
    click.echo(f"{local_id} deleted")


@comments_group.command("server")
@click.argument("publication_id")
@click.argument("url", required=False)
@click.option("--none", "no_server", is_flag=True, help="Keep comments local for it.")
@click.option("--reset", is_flag=True, help="Use the server named by the publication.")
@click.option(
    "--accept", is_flag=True, help="Accept the new server the publication now names (pending)."
)
@click.option("--reject", is_flag=True, help="Keep the current server; forget the pending one.")
@pass_context
def server(
    ctx: CliContext,
    publication_id: str,
    url: str | None,
    no_server: bool,
    reset: bool,
    accept: bool,
    reject: bool,
) -> None:
    """Show or override the comments server of PUBLICATION_ID."""
    store = _store(ctx)
    if sum((url is not None, no_server, reset, accept, reject)) > 1:
        raise click.UsageError("give a URL, --none, --reset, --accept or --reject, not several")
    if not store.has_publication(publication_id):
        raise click.ClickException(f"no publication with id {publication_id} in the library")
    if url is not None:
        _check_server(url, "URL")
        store.set_server(publication_id, url)
    elif no_server:
        store.set_server(publication_id, "")
    elif reset:
        store.set_server(publication_id, None)
    elif (accept and store.accept_pending_server(publication_id) is None) or (
        reject and not store.reject_pending_server(publication_id)
    ):
        raise click.ClickException(f"{publication_id}: no comments server change is pending")
    settings = store.settings(publication_id)
    origin = f", {settings.origin}" if settings.origin else ""
    click.echo(
        f"{publication_id}: {settings.server or 'no comments server'} "
        f"(at most {settings.max_length} characters{origin})"
    )
    if settings.pending_server:
        click.echo(
            f"{publication_id}: the publication now names {settings.pending_server} as its "
            "comments server; nothing is sent there until you accept it "
            f"(edicola comments server {publication_id} --accept, or --reject)"
        )


COMMANDS: list[click.Command] = [comments_group]
