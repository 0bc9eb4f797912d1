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
# share of a line's characters in bold that sets it in bold
BOLD_MIN = 0.9
# characters of a declared description that the lead must open with (fewer when it is
# shorter, but at least DESCRIBED_MIN_CHARS)
DESCRIBED_CHARS = 60
DESCRIBED_MIN_CHARS = 30
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


def mark_named_roles(blocks: Sequence[Block], cues: Sequence[DomCues],
                     descriptions: Sequence[str]) -> list[Block]:
    """`blocks` with the head's lines that the markup names as the lead (or sets in bold)
    or the byline given those roles (another lead gives way to the named one), and the
    category a breadcrumb trail names; a lead the markup does not set apart at all, nor
    the page's declared `descriptions`, is a paragraph."""
    out = list(blocks)
    title = next((k for k, b in enumerate(out) if b.kind == "title"), None)
    if title is not None:
        _breadcrumb_category(out, title, cues)
    if title is None or not _mark_head(out, title, cues):
        _plain_lead(out, cues, descriptions)
    return out


def _mark_head(blocks: list[Block], title: int, cues: Sequence[DomCues]) -> bool:
    """Give the head's named (or bold) lead and bylines their roles; True when a lead was
    named."""
    named_lead = False
    for k in range(title + 1, len(blocks)):
        block = blocks[k]
        if block.kind in ("chrome", "paragraph", "heading") and _named(block, cues, "byline"):
            blocks[k] = _byline(block) or block
        elif _may_lead(block) and not named_lead and (
                _named(block, cues, "lead") or _bold_lead(blocks, k, cues)):
            blocks[:] = [as_paragraph(b) if b.kind == "lead" else b for b in blocks]
            blocks[k], named_lead = replace(block, kind="lead", chrome=None), True
        elif block.kind not in _HEAD_KINDS and _running(block):
            break
    return named_lead


def _running(block: Block) -> bool:
    """A block of running text, which ends the head; a short line the segmenter left as a
    paragraph or an item (a meta row it could not read: `16 marca 2026 r. Anna Nowak /
    Biuro Prasowe`, `14:02`) does not."""
    return (block.kind not in ("paragraph", "list_item")
            or any(lt.is_prose(line.text) for line in block.lines))


def _may_lead(block: Block) -> bool:
    """A block the markup may name as the lead: a paragraph, the lead the rules chose, or
    running text set aside without a chrome kind of its own (`other`)."""
    return block.kind in ("paragraph", "lead") or (
        block.kind == "chrome" and block.chrome == "other"
        and all(lt.is_prose(line.text) for line in block.lines))


def _bold(block: Block, cues: Sequence[DomCues]) -> bool:
    return all(cues[line.index].bold >= BOLD_MIN for line in block.lines)


def _next_paragraph(blocks: Sequence[Block], k: int) -> Block | None:
    """The first paragraph after block `k`, past a photo's lines, chrome and a heading."""
    for block in blocks[k + 1:]:
        if block.kind == "paragraph":
            return block
        if block.kind not in ("chrome", "caption", "credit", "heading"):
            return None
    return None


def _bold_lead(blocks: Sequence[Block], k: int, cues: Sequence[DomCues]) -> bool:
    """A paragraph of running text set in bold (`<p><strong>…</strong></p>`) before one that
    is not: the lead as editors mark it by hand."""
    after = _next_paragraph(blocks, k)
    return (_running(blocks[k]) and _bold(blocks[k], cues) and after is not None
            and not _bold(after, cues))


def _plain_lead(blocks: list[Block], cues: Sequence[DomCues],
                descriptions: Sequence[str]) -> None:
    """The text rules take a first paragraph of prose for the lead. On an HTML page, one
    whose element and class names are those of the paragraph after it, not set in bold nor
    declared as the page's description, is a paragraph: the post opens on its text."""
    k = next((k for k, b in enumerate(blocks) if b.kind == "lead"), None)
    if k is None:
        return
    lead, after = blocks[k], _next_paragraph(blocks, k)
    if after is None or _bold(lead, cues):
        return
    first, other = cues[lead.lines[0].index], cues[after.lines[0].index]
    if (first.tag, set(first.tokens)) == (other.tag, set(other.tokens)) and not _described(
            lead.lines[0].text, descriptions):
        blocks[k] = as_paragraph(lead)


def _described(text: str, descriptions: Sequence[str]) -> bool:
    """`text` opens with (the first DESCRIBED_CHARS of) a declared description."""
    opening = text_key(text)
    for description in descriptions:
        key = text_key(description)[:DESCRIBED_CHARS].rstrip(".… ")
        if len(key) >= DESCRIBED_MIN_CHARS and opening.startswith(key):
            return True
    return False
