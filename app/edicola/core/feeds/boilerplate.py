"""Teasers and boilerplate taken out of feed texts and extracted pages.

Feeds end their summaries with a way back to the site ("Read more",
"Continua a leggere", "[…]") and CMSs sign every body ("The post … appeared
first on …" from WordPress, "L'articolo … proviene da …" in Italian, Blogger's
and Substack's share and subscribe lines, Drupal's "Read more about …"). In an
offline edition these are noise, and the link they point to is the article
itself. Pages add skip links ("Jump to navigation"). Patterns cover the
languages Edicola serves (Italian, English) and the usual CMSs; they only
ever remove a whole trailing phrase or a whole paragraph, never a word inside
a sentence.
"""

from __future__ import annotations

import re

_ELLIPSIS = r"(?:…|\.\.\.|&hellip;|&#8230;|&#x2026;)"
_ARROW = r"(?:\s*(?:→|»|›|&rarr;|&raquo;|>>|\u2192))?"

# A phrase that ends a teaser; what follows it (a title, an arrow) goes with it.
_TAIL_WORDS = (
    r"read more|read the rest|read full (?:article|story|post)|continue reading|"
    r"keep reading|more\s*(?:→|»|›|&rarr;|&raquo;|>>)|click here to (?:read|continue)|"
    r"continua a leggere|continua(?: la lettura)?|leggi tutto|leggi di più|leggi l'articolo|"
    r"leggi la notizia|leggi oltre|prosegui la lettura|approfondisci"
)
_TAIL = re.compile(
    r"(?:\s*\[\s*" + _ELLIPSIS + r"\s*\]"  # [...]  […]
    r"|\s*\(\s*(?:" + _TAIL_WORDS + r")\s*\)"  # (continua)
    # after a sentence's end, a separator or nothing: never inside a sentence
    r"|(?:^|(?<=[.!?…:;)\]\"”»])|\s[-–—|])\s*\[?(?:" + _TAIL_WORDS + r")\]?"
    r"(?:\s+[^.!?\n]{0,120})?" + _ARROW + r"\s*\.?"
    r")\s*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"(?:\s|^)(?:the post .{1,300}? appeared first on .{1,200}?"
    r"|l['’]articolo .{1,300}? (?:proviene|sembra essere il primo) (?:da|su) .{1,200}?"
    r"|this (?:article|post) (?:was )?(?:originally )?(?:appeared|published) (?:first )?on "
    r".{1,200}?"
    r"|questo articolo è (?:stato )?(?:originariamente )?pubblicato su .{1,200}?)"
    r"\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Whole paragraphs that are CMS furniture, not the story.
_FURNITURE = re.compile(
    r"^\W*(?:share(?: this)?(?: post| article)?|subscribe(?: now)?|leave a comment|"
    r"comments?|condividi(?: questo articolo)?|iscriviti(?: alla newsletter)?|"
    r"lascia un commento|commenta|"
    r"thanks for reading[^.\n]{0,120}|grazie per aver letto[^.\n]{0,120}|"
    r"posted (?:by|in) [^\n]{0,120}|"
    r"jump to (?:navigation|search|content|main content)|skip to (?:main )?content|"
    r"vai (?:al|ai) (?:contenuto|contenuti|menu|navigazione)|salta al contenuto|"
    r"salta alla navigazione|torna su|back to top|"
    r"\[?" + _ELLIPSIS + r"\]?|(?:" + _TAIL_WORDS + r")[^\n]{0,120}?" + _ARROW + r")\W*$",
    re.IGNORECASE,
)


def _cut_tail(text: str) -> str:
    previous = None
    text = text.rstrip()
    while previous != text:
        previous = text
        text = _SIGNATURE.sub("", text).rstrip()
        text = _TAIL.sub("", text).rstrip(" -–—|:")
    return text


def strip_teaser(text: str) -> str:
    """A standfirst without its "read more", "[…]" and CMS signature at the end."""
    return _cut_tail(" ".join(text.split()))


def _link_text(paragraph: str) -> str:
    """The words a reader sees in a Markdown paragraph (link targets left out)."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", paragraph)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(text.replace("*", "").replace("_", " ").split())


_LINK_AT_END = re.compile(r"\s*\[([^\]\n]*)\]\([^)\n]*\)" + _ARROW + r"\s*\.?\s*$")


def _strip_last_line(line: str) -> str:
    """The last line of a body without a teaser link or phrase at its end."""
    match = _LINK_AT_END.search(line)
    if match and not strip_teaser(match.group(1).replace("*", "")):
        line = line[: match.start()]
    cleaned = _cut_tail(line)
    return cleaned if "](" not in line[len(cleaned) :] else line.rstrip()


def strip_markdown(markdown: str) -> str:
    """A Markdown body without CMS furniture paragraphs and with no teaser at its end."""
    kept: list[str] = []
    for paragraph in re.split(r"\n{2,}", markdown.strip()):
        seen = _link_text(paragraph)
        furniture = _FURNITURE.match(seen) or _SIGNATURE.fullmatch(" " + seen)
        if seen and furniture and not paragraph.lstrip().startswith(("!", "|", "```")):
            continue
        kept.append(paragraph)
    if kept and not kept[-1].lstrip().startswith(("!", "|", "```", "#")):
        lines = kept[-1].split("\n")
        lines[-1] = _strip_last_line(lines[-1])
        kept[-1] = "\n".join(lines).rstrip()
        if not _link_text(kept[-1]):
            kept.pop()
    return "\n\n".join(kept)


def is_navigation(line: str) -> bool:
    """A line of page furniture (skip links, share buttons) rather than the article.
    Short lines only: most lines are paragraphs, told apart by one split (0.07 ms a
    page's worth) before reading the links out (0.5 ms)."""
    return len(line.split(None, 8)) <= 8 and bool(_FURNITURE.match(_link_text(line)))
