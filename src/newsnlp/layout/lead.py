"""The lead: the first body paragraph, when it summarises the article (docs/design.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import SECTION_TEXT, Block
from newsnlp.layout.features import prose_text
from newsnlp.resources import ICASE, Pattern, compile_pattern, load_json
from newsnlp.text.sentences import ends_sentence, sentence_around

TEASER_MIN_WORDS = 4  # a one-sentence teaser lead has at least this many words
TIMESTAMP_HEAD_CHARS = 70  # a clock time this near the start opens a narrated report
BIP_MARKER_CHARS = 4000  # public-record (BIP) pages say so near the top


def mark_lead(text: str, blocks: list[Block], is_prose: Callable[[int], bool]) -> None:
    """Turn the first body paragraph into the lead unless the page shows none: a BIP record,
    a heading, list or quote first, or a report that opens on a clock time. `is_prose`
    tells whether line `i` reads as prose."""
    head = text[:BIP_MARKER_CHARS].casefold()
    if any(marker in head for marker in load_json("meta.json")["bip_markers"]):
        return
    k = first_paragraph(blocks)
    if k is not None:
        first = blocks[k].lines[0]
        if lead_shaped(first.text, is_prose(first.index)) and not opens_with_timestamp(first.text):
            blocks[k] = replace(blocks[k], kind="lead")


def first_paragraph(blocks: Sequence[Block]) -> int | None:
    """Index of the page's first paragraph, unless a heading, list or quote comes first
    (then the page opens without a lead)."""
    for k, b in enumerate(blocks):
        if b.kind in ("heading", "list_item", "quote"):
            return None
        if b.kind == "paragraph":
            return k
    return None


def unshown_lead(blocks: list[Block], *, markup: bool) -> list[Block]:
    """`blocks` with the lead made a paragraph where the page shows none (`shows_no_lead`);
    on an HTML page (`markup`) the markup has shown whether a first paragraph is set apart
    (`dom_roles`), and only a notice's opening is read."""
    k = next((k for k, b in enumerate(blocks) if b.kind == "lead"), None)
    if k is None or not shows_no_lead(blocks, k, markup=markup):
        return blocks
    return [*blocks[:k], replace(blocks[k], kind="paragraph"), *blocks[k + 1:]]


def shows_no_lead(blocks: Sequence[Block], k: int, *, markup: bool) -> bool:
    """The first paragraph blocks[k] is no lead: an official notice opens with it (its issuer
    `informuje, że`: a notice presents no lead), or, in plain text, prose runs on from the
    headline with nothing between (no date, photo or byline) and a paragraph, list or quote
    right after it, nothing setting it apart (a line too short to read as prose, a
    teaser, is a standfirst by its shape)."""
    text = blocks[k].joined
    if _notice_opening().search(sentence_around(text, 0, 0)) is not None:
        return True
    return (not markup and 0 < k < len(blocks) - 1 and blocks[k - 1].kind == "title"
            and blocks[k + 1].kind in SECTION_TEXT and prose_text(text))


@cache
def _notice_opening() -> Pattern:
    return compile_pattern(load_json("meta.json")["notice_openings"], ICASE)


def lead_shaped(text: str, prose: bool) -> bool:
    """Prose, or a short teaser sentence ("Groźny wypadek na DK1.")."""
    return prose or (ends_sentence(text) and lt.word_count(text) >= TEASER_MIN_WORDS
                     and not text.endswith(":"))


def opens_with_timestamp(text: str) -> bool:
    """Reports that open on a clock time ("… 2026 r. o godz. 21:47 …") narrate, not summarise."""
    timestamp = compile_pattern(
        rf"\b(?:{lt.clock_words()})\s*\d{{1,2}}[:.]\d{{2}}|\b\d{{1,2}}:\d{{2}}\b", ICASE)
    return timestamp.search(text[:TIMESTAMP_HEAD_CHARS]) is not None
