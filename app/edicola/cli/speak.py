"""``edicola speak``: an article, or a whole edition, as speech in WAV files.

To take the paper away on a phone: one article to one file, or an edition to
a folder with one file per article in reading order and an M3U playlist. What
is said is what read-aloud says in the reader (title, standfirst, byline,
body, captions: ``core/speech/script.py``); the voice follows the article's
language. Written offline by eSpeak NG (``core/speech/espeak.py``); with no
engine or no voice it says so in one line and exits 1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from edicola.cli.context import CliContext, pass_context
from edicola.cli.wording import plural
from edicola.core.model import Article
from edicola.core.speech import espeak
from edicola.core.speech.script import article_script


@click.command()
@click.argument("item_id", metavar="ARTICLE_ID|EDITION_ID")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="FILE.wav for an article; a folder (DIR/) for an edition.",
)
@click.option(
    "--voice", metavar="NAME", help="An eSpeak NG voice (default: the article's language)."
)
@click.option(
    "--rate",
    type=click.FloatRange(0.5, 2.5),
    default=1.0,
    show_default=True,
    help="Speed: 1.0 is normal, 1.5 half as fast again.",
)
@pass_context
def speak(ctx: CliContext, item_id: str, output: Path, voice: str | None, rate: float) -> None:
    """Write an article as speech to a WAV file, or an edition to a folder of WAV
    files with an M3U playlist."""
    store = ctx.library.editions
    try:
        article = store.article(item_id)
        if article is not None:
            _speak_article(article, output, voice, rate)
            return
        if store.edition(item_id) is None:
            raise click.ClickException(
                f"no article or edition {item_id!r} in the library (see 'edicola list')"
            )
        articles = [store.article(a.id) for a in store.articles(item_id)]
        _speak_edition(item_id, [a for a in articles if a is not None], output, voice, rate)
    except espeak.SpeechUnavailable as exc:
        raise click.ClickException(str(exc)) from exc


def _speak_article(article: Article, output: Path, voice: str | None, rate: float) -> None:
    if output.is_dir() or str(output).endswith(("/", "\\")):
        raise click.UsageError(f"{output}: an article is written to a file, e.g. -o article.wav")
    if not output.parent.is_dir():
        raise click.ClickException(f"{output.parent}: no such folder")
    seconds = _write(article, output, voice, rate)
    click.echo(f"wrote {output} ({_duration(seconds)})")


def _speak_edition(
    edition_id: str, articles: list[Article], folder: Path, voice: str | None, rate: float
) -> None:
    if folder.exists() and not folder.is_dir():
        raise click.UsageError(
            f"{folder}: an edition is written to a folder, e.g. -o {edition_id}/"
        )
    if not articles:
        raise click.ClickException(f"{edition_id} has no articles")
    # Fail before writing anything when the voice is missing.
    espeak.choose_voice(articles[0].language, voice)
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[tuple[str, float, str]] = []
    started = time.perf_counter()
    with click.progressbar(articles, label="speaking", file=sys.stderr) as bar:
        for number, article in enumerate(bar, start=1):
            name = f"{number:02d}-{article.id.rsplit('/', 1)[-1]}.wav"
            seconds = _write(article, folder / name, voice, rate)
            entries.append((name, seconds, article.title))
    playlist = folder / f"{edition_id}.m3u"
    lines = ["#EXTM3U"]
    for name, seconds, title in entries:
        lines += [f"#EXTINF:{round(seconds)},{' '.join(title.split())}", name]
    playlist.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(seconds for _, seconds, _ in entries)
    took = time.perf_counter() - started
    click.echo(
        f"wrote {plural(len(entries), 'file')} and {playlist.name} to {folder} "
        f"({_duration(total)} of speech in {took:.1f} s)"
    )


def _write(article: Article, output: Path, voice: str | None, rate: float) -> float:
    chosen = espeak.choose_voice(article.language, voice)
    return espeak.synthesize(article_script(article).text(), output, chosen, rate)


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


COMMANDS: list[click.Command] = [speak]
