"""Python-Markdown made linear in the number of blocks (issue 19).

Two places in Python-Markdown (3.5 to 3.11) cost the square of an article's
block count: 5k / 10k / 20k / 40k small paragraphs took 1 / 3 / 9 / 28 s.

- The block parser keeps the blocks still to parse in a ``list`` that every
  block processor takes from with ``blocks.pop(0)`` and gives back to with
  ``blocks.insert(0, …)``: each O(n). :func:`make_linear` hands it a deque that
  answers both in O(1).
- A link's text (``LinkInlineProcessor.getText``, 3.11) is found from a table of
  every bracket's partner built for the whole block, and rebuilt after each
  link, since each link changes the block's text: 2,000 links in a paragraph
  took 28 s. :func:`_link_text` scans forward from the link to its ``]``
  instead (cost: the link's own length; an unclosed ``[`` costs the rest of the
  block, which the budget counts).
- ``InlineProcessor.run`` finds a child's place among its siblings with
  ``list(parent).index(child)`` for every child with a tail (O(n) each), and
  walks its work stack with ``stack.pop(0)``. :class:`_LinearInline` is the same
  method with the child's position counted as it walks and a deque for the
  stack; the output is unchanged (``tests/unit/test_render_linear.py`` compares
  it with the stock processor's).

- Every inline pattern is tried on every text, whether or not it holds markup: a
  1 MB word took 0.36 s of CPU in 30 regular-expression scans. A text with no
  character any pattern needs (:data:`_MARKUP`) is left as it is, which is
  what the scans would have done; this holds only for the patterns it was
  written for (:data:`_KNOWN_PATTERNS`, Python-Markdown 3.11), so
  :func:`make_linear` turns it off for any other.

What stays quadratic is within one block: each inline match rebuilds that
block's text. :func:`edicola.core.render.markdown_problem` bounds it by
counting markup characters per block.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import deque
from functools import partial
from typing import Any

import markdown
from markdown import util
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.treeprocessors import InlineProcessor

_BRACKET = re.compile(r"[\[\]]")
_MARKUP = re.compile(r"[`\\\[<&*_'\"]|--|\.\.\.|  \n")
"""A character (or run) that every pattern of :data:`_KNOWN_PATTERNS` needs to match."""
_EVERYTHING = re.compile("")
"""What :data:`_MARKUP` becomes when an unknown pattern is registered: every text is markup."""
_KNOWN_PATTERNS = frozenset(
    {
        "(?:(?<!\\\\)((?:\\\\{2})+)(?=`+)|(?<!\\\\)`)",
        "\\\\(.)",
        "\\[\\^([^\\]]*)\\]",
        "(?<!\\!)\\[",
        "\\!\\[",
        "<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>",
        "<([^<> !]+@[^@<> ]+)>",
        "  \\n",
        (
            "(<(\\/?+[a-zA-Z][^\\s\"'<>@]*+(?:\\s+[^\\s\"'=<>]++(?:\\s*+=\\s*+(?:"
            "\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>]++))?+)*+\\s*+/?|!--(?:(?!<!--|--"
            ">).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\\[CDATA\\[(?:(?!<!\\[CDATA\\"
            "[|\\]\\]>).)*\\]\\])>)"
        ),
        "(&(?:\\#[0-9]+|\\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)",
        "\\*|_",
        "(?<!-)---(?!-)",
        "(?<!-)--(?!-)",
        "^'(?=[!\"#\\$\\%'()*+,-.\\/:;<=>?\\@\\[\\\\\\]\\^_`{|}~]\\B)",
        '^"(?=[!"#\\$\\%\'()*+,-.\\/:;<=>?\\@\\[\\\\\\]\\^_`{|}~]\\B)',
        "\"'(?=\\w)",
        "'\"(?=\\w)",
        "(?<=[^\\ \\t\\r\\n\\[\\{\\(\\-\\u0002\\u0003])\\'\"",
        "(?<=[^\\ \\t\\r\\n\\[\\{\\(\\-\\u0002\\u0003])\\\"'",
        "(?<!\\w)'(?=\\d{2}s)",
        "(\\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)'(?=\\w)",
        "(?<=[^\\ \\t\\r\\n\\[\\{\\(\\-\\u0002\\u0003])'(?!\\s|s\\b|\\d)",
        "'(\\s|s\\b)",
        "'",
        '(\\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)"(?=\\w)',
        '"(?=\\s)',
        '(?<=[^\\ \\t\\r\\n\\[\\{\\(\\-\\u0002\\u0003])"',
        '"',
        "(?<!\\.)\\.{3}(?!\\.)",
    }
)
"""The inline patterns :data:`_MARKUP` was written for (Python-Markdown 3.11 with
tables, footnotes, smarty and sane_lists), each needing one of its characters."""


class _Blocks(deque[str]):
    """The blocks still to parse: ``pop(0)`` and ``insert(0, …)`` in O(1)."""

    def pop(self, index: int = -1) -> str:
        if index == 0:
            return self.popleft()
        if index == -1:
            return super().pop()
        value = self[index]
        del self[index]
        return value


def _parse_chunk(parser: Any, parent: etree.Element, text: str) -> None:
    parser.parseBlocks(parent, _Blocks(text.split("\n\n")))


class _LinearInline(InlineProcessor):  # type: ignore[misc]  # Markdown ships no types
    """``InlineProcessor.run`` (Python-Markdown 3.11, BSD licence) with the child's
    position counted instead of searched for, and a deque for its stack; a text with
    no markup is not scanned."""

    markup = _EVERYTHING
    """Set by :func:`make_linear`: what a text needs for any inline pattern to match."""

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        handle = self._InlineProcessor__handleInline
        placeholders = self._InlineProcessor__processPlaceholders
        has_markup = self.markup.search
        self.stashed_nodes: dict[str, etree.Element | str] = {}
        tree_parents = [] if ancestors is None else ancestors[:]
        self.parent_map = {c: p for p in tree.iter() for c in p}
        stack: deque[tuple[etree.Element, list[str]]] = deque([(tree, tree_parents)])
        self._InlineProcessor__build_ancestors(tree, tree_parents)
        while stack:
            current, parents = stack.popleft()
            self.ancestors = parents
            if current is not tree:
                self.ancestors.append(current.tag.lower())
            insert_queue = []
            position = 0
            while position < len(current):  # children inserted below are walked too
                child = current[position]
                if (
                    child.text
                    and not isinstance(child.text, util.AtomicString)
                    and has_markup(child.text)
                ):
                    self.ancestors.append(child.tag.lower())
                    text = child.text
                    child.text = None
                    found = placeholders(handle(text), child)
                    for item in found:
                        self.parent_map[item[0]] = child
                    stack.extend(found)
                    insert_queue.append((child, found))
                    self.ancestors.pop()
                if child.tail and has_markup(child.tail):
                    tail = handle(child.tail)
                    dummy = etree.Element("d")
                    child.tail = None
                    tail_result = placeholders(tail, dummy, False)
                    if dummy.tail:
                        child.tail = dummy.tail
                    tail_result.reverse()
                    for new_child in tail_result:
                        self.parent_map[new_child[0]] = current
                        current.insert(position + 1, new_child[0])
                if len(child):
                    self.parent_map[child] = current
                    stack.append((child, self.ancestors[:]))
                position += 1
            for element, found in insert_queue:
                for index, item in enumerate(found):
                    element.insert(index, item[0])
        self.parent_map = {}
        self.stashed_nodes = {}
        return tree


def _link_text(data: str, index: int) -> tuple[str, int, bool]:
    """``getText``: the text between a link's ``[`` (just before ``index``) and its
    matching ``]``, the index just past that ``]``, and whether there is one."""
    if data.find("]", index) == -1:
        return data[index:], len(data), False  # the common hostile case, in C
    depth = 1
    for match in _BRACKET.finditer(data, index):
        depth += 1 if match.group() == "[" else -1
        if depth == 0:
            return data[index : match.start()], match.end(), True
    return data[index:], len(data), False


def make_linear(md: markdown.Markdown) -> markdown.Markdown:
    """Patch one ``Markdown`` instance (after its extensions are loaded); returns it."""
    md.parser.parseChunk = partial(_parse_chunk, md.parser)
    for pattern in md.inlinePatterns:
        if isinstance(pattern, LinkInlineProcessor):  # links, images, references
            pattern.getText = _link_text
    for processor in md.treeprocessors:
        if type(processor) is InlineProcessor:  # "inline", and smarty's own
            processor.__class__ = _LinearInline
            patterns = {getattr(p, "pattern", None) for p in processor.inlinePatterns}
            known = patterns <= _KNOWN_PATTERNS
            processor.markup = _MARKUP if known else _EVERYTHING
    return md
