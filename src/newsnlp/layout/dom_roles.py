"""Roles an HTML page's class names give the lines of the article's head.

A paragraph under the title whose element is named as the lead (`<p class="lead">`,
`article__lead`, `standfirst`) is the lead; a line there under an element named as the
byline or the author (`<div class="byline">`, `article__author`) that opens with a person's
name is the byline, that name its author; on a page without a category, the last part of
the trail an element names as the breadcrumb is the category (`data/html/role_tokens.json`).
The names are the markup's own word on the role; the head is the run from the title to the
first paragraph of running text that has no such name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block, as_paragraph
from newsnlp.layout.category import names_section_above
from newsnlp.resources import load_json
from newsnlp.text.dom import DomCues
from newsnlp.text.lines import text_key

# how far above the title the breadcrumb trail's last part may stand, in blocks (a date or a
# label between)
TRAIL_REACH = 4
# Blocks the head may hold before the lead: what the segmenter set aside or read as metadata.
_HEAD_KINDS = frozenset({"chrome", "byline", "published", "category", "caption", "credit",
                         "source", "heading"})


@cache
def _role_tokens(role: str) -> frozenset[str]:
    return frozenset(load_json("html/role_tokens.json")[role])


def _named(block: Block, cues: Sequence[DomCues], role: str) -> bool:
    """Every line of `block` stands under an element whose class/id names `role`."""
    tokens = _role_tokens(role)
    return all(not tokens.isdisjoint(cues[line.index].tokens) for line in block.lines)


def _breadcrumb_category(blocks: list[Block], title: int, cues: Sequence[DomCues]) -> None:
    """On a page without a category, the last part of the breadcrumb trail the markup names
    (`<ol class="breadcrumb">`) above the title, past the head's chrome and metadata,
    becomes it, or the part before, when the last is the headline itself; where it names a
    section (`category.names_section_above`)."""
    if any(b.kind == "category" for b in blocks):
        return
    headline = blocks[title].lines[0].text
    k = title - 1
    while k >= 0 and title - k <= TRAIL_REACH and blocks[k].kind in _HEAD_KINDS - {"heading"}:
        block = blocks[k]
        if len(block.lines) == 1 and _named(block, cues, "breadcrumb"):
            if block.kind == "chrome" and names_section_above(block.lines[0].text, headline):
                line = block.lines[0]
                blocks[k] = Block("category", block.lines, value=(line.start, line.end))
                return
            if text_key(block.lines[0].text) != text_key(headline):
                return  # the trail's last part names no section
        k -= 1


def _byline(block: Block) -> Block | None:
    """A one-line block that opens with a person's name (alone, or before the writer's role
    or the rest of a meta row: `Rafał Kmiecik 14.03.2026 07:32`) as a byline of that name,
    else None."""
    if len(block.lines) != 1:
        return None
    line = block.lines[0]
    end = len(line.text) if lt.is_person_name_line(line.text) else (
        lt.writer_name_end(line.text) or lt.opening_name_end(line.text))
    if end is None:
        return None
    return Block("byline", block.lines, value=(line.start, line.start + end))


def mark_named_roles(blocks: Sequence[Block], cues: Sequence[DomCues]) -> list[Block]:
    """`blocks` with the head's lines that the markup names as the lead or the byline given
    those roles (another lead gives way to the named one), and the category a breadcrumb
    trail names."""
    out = list(blocks)
    title = next((k for k, b in enumerate(out) if b.kind == "title"), None)
    if title is None:
        return out
    _breadcrumb_category(out, title, cues)
    named_lead = False
    for k in range(title + 1, len(out)):
        block = out[k]
        if block.kind in ("chrome", "paragraph", "heading") and _named(block, cues, "byline"):
            out[k] = _byline(block) or block
        elif block.kind in ("paragraph", "lead") and not named_lead and _named(block, cues,
                                                                               "lead"):
            out = [as_paragraph(b) if b.kind == "lead" else b for b in out]
            out[k], named_lead = replace(block, kind="lead"), True
        elif block.kind not in _HEAD_KINDS:
            break
    return out
