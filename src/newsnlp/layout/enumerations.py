"""Enumerations without list markers, the Polish way: under a line that ends with a colon,
items that end with a comma or a semicolon, the last with a full stop (lower-case, unless
an item opens with a name or a number).

    Zmiany w komunikacji miejskiej:
    linia 12 wraca na stałą trasę,
    linia 25 kursuje co 20 minut,
    nowy przystanek przy ul. Jagiellońskiej.

The rules and the layout model read such lines as paragraphs (a scraper's hard wrap joins
them); this pass, after the layout is settled, makes them one list.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import Block

__all__ = ["mark_enumerations"]

# An item of an enumeration is a phrase, not a paragraph.
ITEM_MAX_CHARS = 200
_QUOTES = "„\"«"


def _item_end(text: str) -> str | None:
    """`,` or `;` for a phrase that continues an enumeration, `.` for one that ends it, else
    None. An item opens lower-case, or with a name or a number (`Bank Wielkopolski: +4,1
    proc.,`): no sentence ends with a comma."""
    text = text.rstrip()
    if (not (text[:1].isalnum() or text[:1] in _QUOTES) or len(text) > ITEM_MAX_CHARS
            or text[-1:] not in (",", ";", ".")):
        return None
    return text[-1]


def mark_enumerations(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the paragraphs right under a colon line that hold enumeration items
    only (two or more, up to the first that ends with a full stop) as one list."""
    out: list[Block] = []
    next_id = max((b.list_id for b in blocks), default=-1) + 1
    k = 0
    while k < len(blocks):
        block = blocks[k]
        out.append(block)
        k += 1
        if block.kind in ("paragraph", "lead") and block.lines[-1].text.rstrip().endswith(":"):
            run = _items_under(blocks, k)
            items = [line for b in run for line in b.lines]
            if len(items) >= 2:
                out.extend(Block("list_item", (line,), list_id=next_id,
                                 value=(line.start, line.end)) for line in items)
                next_id += 1
                k += len(run)
    return out


def _items_under(blocks: Sequence[Block], k: int) -> list[Block]:
    """The paragraphs from `k` on, each on the line after the one before, whose lines are
    all enumeration items, up to the first item that ends with a full stop. A blank line
    may part the colon line from the first item (a browser's text sets a list apart)."""
    run: list[Block] = []
    last = blocks[k - 1].lines[-1].index
    while k < len(blocks) and blocks[k].kind == "paragraph" and (
            blocks[k].lines[0].index - last <= (1 if run else 2)):
        ends = [_item_end(line.text) for line in blocks[k].lines]
        if None in ends or "." in ends[:-1]:
            break
        run.append(blocks[k])
        last = blocks[k].lines[-1].index
        k += 1
        if ends[-1] == ".":
            break
    return run
