"""Date finding and normalisation (placeholder contract, replaced by the dates module)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsnlp.blocks import Block
from newsnlp.models import DateMention

_NUMERIC = regex.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")


def find_dates(text: str, start: int, end: int, *, published: str | None = None) -> list[DateMention]:
    """Dates inside `text[start:end]`, relative ones resolved against `published`."""
    out: list[DateMention] = []
    for m in _NUMERIC.finditer(text, start, end):
        if m.group(1):
            value = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        else:
            value = f"{m.group(4)}-{m.group(5)}-{m.group(6)}"
        out.append(DateMention(start=m.start(), end=m.end(), text=m.group(), value=value,
                               granularity="day"))
    return out


def extract_dates(text: str, blocks: Sequence[Block], published: str | None) -> list[DateMention]:
    """Every date on the page in page order, with roles taken from the blocks."""
    out: list[DateMention] = []
    for block in blocks:
        out.extend(find_dates(text, block.start, block.end, published=published))
    return out
