"""A table of contents: the article's headings listed under `Spis treści` before the text.

Portals print such a list, each entry a link to a heading further down, between the lead
and the text. Read line by line, its entries are short lines in a row (headings or
paragraphs to the rules, chrome to the model), and the headings they name may be swallowed
by a box that stands above them (`Polecamy` and a teaser). When at least `min_found` of the
entries stand again below as lines of their own, the label and its entries are in-page
navigation, and each such line followed by the article's text is a heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsnlp.layout.blocks import CONTENT, Block
from newsnlp.layout.linetypes import HEADLINE_MAX_CHARS, is_prose
from newsnlp.resources import load_json
from newsnlp.text.lines import text_key

_ENTRY_KINDS = frozenset({*CONTENT, "caption", "chrome"})


@cache
def _settings() -> tuple[frozenset[str], int, int]:
    """The labels, how many entries are read and how many must recur (`contents.json`)."""
    data = load_json("layout/contents.json")
    return frozenset(data["labels"]), int(data["max_entries"]), int(data["min_found"])


def _key(block: Block) -> str:
    """A one-line block's text as an entry matches it (`text_key`); a numbered or bulleted
    entry's without its marker (`1. Objawy przesilenia` names `Objawy przesilenia`)."""
    return text_key(block.value_text if block.kind == "list_item" else block.lines[0].text)


def _entry(block: Block) -> bool:
    """One short line that is no sentence: what a table of contents lists."""
    text = block.lines[0].text
    return (block.kind in _ENTRY_KINDS and len(block.lines) == 1
            and len(text) <= HEADLINE_MAX_CHARS and not is_prose(text))


def mark_contents(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with a table of contents (label and entries) as navigation chrome and the
    headings it names, where they stand as lines of their own before article text, as
    headings."""
    labels, max_entries, min_found = _settings()
    out = list(blocks)
    longest = max(map(len, labels))
    label = next((k for k, b in enumerate(out) if len(b.lines) == 1
                  and len(b.lines[0].text) <= longest and _key(b) in labels), None)
    if label is None:
        return out
    end, names = label + 1, set()
    # the entries run to the first line that is no entry, or the first heading they name
    while end < len(out) and end - label <= max_entries and _entry(out[end]):
        key = _key(out[end])
        if key in names:
            break
        names.add(key)
        end += 1
    headings = [k for k in range(end, len(out) - 1)
                if _entry(out[k]) and _key(out[k]) in names and out[k + 1].kind in CONTENT]
    if len({_key(out[k]) for k in headings}) < min_found:
        return out
    for k in range(label, end):
        out[k] = Block("chrome", out[k].lines, chrome="navigation")
    for k in headings:
        line = out[k].lines[0]
        out[k] = Block("heading", out[k].lines, value=(line.start, line.end))
    return out
