"""Which lines head a section of the article: a headline-shaped line after a finished
paragraph (or a blank line) over text, and the photo captions that only look like one."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout import linetypes as lt
from newsnlp.layout.closing import is_speaker_turn
from newsnlp.layout.line_facts import LineFacts
from newsnlp.layout.list_items import not_list_item
from newsnlp.resources import compile_pattern
from newsnlp.text.sentences import ends_sentence

__all__ = ["is_heading", "photo_adjacent", "photo_credit"]


def photo_credit(f: LineFacts) -> bool:
    """A photo's credit line (`Fot. Anna Nowak`)."""
    return f.meta is not None and f.meta.kind == "photo"


def is_heading(facts: Sequence[LineFacts], i: int) -> bool:
    """Line i heads a section: a headline-shaped line that is no prose, after a blank line
    or a finished block, over text or a list."""
    f = facts[i]
    if not lt.is_headline(f.line.text) or f.prose or is_speaker_turn(f.line.text):
        return False
    prev = facts[i - 1] if i > 0 else None
    # a blank line before it, or (on pages that put one paragraph on each line) a finished
    # prose paragraph (one opened by a dialogue dash too: `– To ważne – mówi X.`), a chrome
    # line (`Zobacz też: …`), a photo's caption and credit, or a list's last item (Polish
    # closes an enumeration's last item with a full stop, the others with commas)
    after_paragraph = (
        prev is not None
        and ((not_list_item(prev) and (
            (prev.prose and ends_sentence(prev.line.text)) or prev.chrome is not None
            or photo_credit(prev)))
             or _closes_enumeration(facts, i - 1))
        and compile_pattern(r"[.!?]\s+\p{Lu}").search(f.line.text) is None)
    nxt = next((facts[j] for j in range(i + 1, len(facts)) if facts[j].line.text), None)
    # the unmarked line under a marked list's last item, over running text
    after_list = (prev is not None and nxt is not None and not not_list_item(prev)
                  and nxt.prose and ends_sentence(nxt.line.text)
                  and compile_pattern(r"[.!?…]\s").search(f.line.text) is None)
    prev_blank = prev is None or not prev.line.text or after_paragraph or after_list
    if nxt is None or not prev_blank:
        return False
    return (nxt.prose or ends_sentence(nxt.line.text)
            or lt.list_marker(nxt.line.text) is not None)


def _closes_enumeration(facts: Sequence[LineFacts], i: int) -> bool:
    """Line i is an enumeration's last item: a list item, or a lower-case line under one
    ending in a comma or semicolon, closed by a full stop (`ochrona zdrowia,` /
    `turystyka i krajoznawstwo.`)."""
    text = facts[i].line.text
    if not text.endswith("."):
        return False
    return not not_list_item(facts[i]) or (
        text[:1].islower() and i > 0 and facts[i - 1].line.text.endswith((",", ";")))


def beside_bare_credit(facts: Sequence[LineFacts], i: int) -> bool:
    """Line i stands right above or under a photo credit that names no caption of its own
    (`Fot. KWP w Łodzi`)."""
    return any(0 <= j < len(facts) and (m := facts[j].meta) is not None and m.kind == "photo"
               and m.caption is None for j in (i - 1, i + 1))


def photo_adjacent(facts: Sequence[LineFacts], i: int) -> bool:
    """A line beside a photo credit: the caption it credits, unless the credit carries its
    own caption (`Płonąca hala. fot. KM PSP`) and the line stands above it (a score line
    over a figure) or heads the text under it."""
    if beside_bare_credit(facts, i):
        return True
    above = facts[i - 1].meta if i > 0 else None
    return above is not None and above.kind == "photo" and not is_heading(facts, i)
