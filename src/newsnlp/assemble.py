"""Blocks and extractor results -> the `Article` body, metadata and chrome."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from newsnlp.extract.calendar import calendar_events
from newsnlp.extract.quotes import find_quotes
from newsnlp.layout.blocks import Block
from newsnlp.layout.headline import headline_end
from newsnlp.models import (
    ChromeBlock,
    DateMention,
    Event,
    Image,
    ListBlock,
    Meta,
    Quote,
    Section,
    Span,
)


def span(text: str, start: int, end: int) -> Span:
    """A `Span` over `text[start:end]`."""
    return Span(start=start, end=end, text=text[start:end])


def _value_span(text: str, block: Block) -> Span:
    start, end = block.value_range
    return span(text, start, end)


def apply_quotes(text: str, blocks: Sequence[Block]) -> tuple[list[Block], list[Quote]]:
    """Find quotes in paragraphs; a paragraph that is only a quote becomes a quote block."""
    out: list[Block] = []
    quotes: list[Quote] = []
    for block in blocks:
        if block.kind in ("paragraph", "lead"):
            found = find_quotes(text, block.start, block.end)
            quotes.extend(found.quotes)
            if found.is_block:
                block = replace(block, kind="quote")
        out.append(block)
    return out, quotes


def sections(text: str, blocks: Sequence[Block]) -> list[Section]:
    """Headings and the paragraphs under them (the lead is not a section paragraph)."""
    out: list[Section] = []
    current = Section()
    for block in blocks:
        if block.kind == "heading":
            if current.heading is not None or current.paragraphs:
                out.append(current)
            current = Section(heading=_value_span(text, block))
        elif block.kind == "paragraph":
            current.paragraphs.append(_value_span(text, block))
    if current.heading is not None or current.paragraphs:
        out.append(current)
    return out


def lists(text: str, blocks: Sequence[Block]) -> list[ListBlock]:
    """List items grouped into lists."""
    items = [b for b in blocks if b.kind == "list_item"]
    out: list[ListBlock] = []
    for _, group in groupby(items, key=lambda b: b.list_id):
        members = list(group)
        first, last = members[0], members[-1]
        out.append(ListBlock(start=first.start, end=last.end, text=text[first.start:last.end],
                             ordered=first.ordered,
                             items=[_value_span(text, b) for b in members]))
    return out


def chrome(text: str, blocks: Sequence[Block], dates: Sequence[DateMention]) -> list[ChromeBlock]:
    """Consecutive chrome lines of one kind (at most a blank line apart, nothing but blanks
    between them) form one chrome block."""
    out: list[ChromeBlock] = []
    ordered = [b for b in blocks if b.kind == "chrome"]
    events = calendar_events(text, blocks, dates)
    event_starts = [e.start for e in events]
    run: list[Block] = []

    def flush() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        kind = first.chrome or "other"
        lines = [span(text, b.start, b.end) for b in run]
        items = lines[1:] if kind == "related" and len(lines) > 1 else []
        if kind == "related" and len(lines) == 1 and ":" in first.lines[0].text:
            label_end = text.index(":", first.start) + 1
            items = [span(text, label_end, first.end)] if label_end < first.end else []
            items = [s for s in (_strip(text, s) for s in items) if s is not None]
        out.append(ChromeBlock(
            start=first.start, end=last.end, text=text[first.start:last.end], kind=kind,
            lines=lines, items=items,
            events=_events_within(events, event_starts, first.start, last.end),
        ))
        run.clear()

    prev_index = -2
    for block in ordered:
        if run and (block.chrome != run[-1].chrome or block.lines[0].index > prev_index + 2
                    or text[run[-1].end:block.start].strip()):
            flush()
        run.append(block)
        prev_index = block.lines[-1].index
    flush()
    return out


def _events_within(events: Sequence[Event], starts: Sequence[int], start: int,
                   end: int) -> list[Event]:
    """Events starting inside `[start, end]` (events are sorted by start)."""
    return list(events[bisect_left(starts, start):bisect_right(starts, end)])


def _strip(text: str, s: Span) -> Span | None:
    start, end = s.start, s.end
    while start < end and text[start] in " \t»":
        start += 1
    return span(text, start, end) if end > start else None


def _title_span(text: str, block: Block) -> Span:
    """The title block's text up to a trailing media badge (`… WIDEO+SONDA`)."""
    start, end = block.value_range
    return span(text, start, headline_end(text, start, end))


def meta(text: str, blocks: Sequence[Block], published: str | None) -> Meta:
    """Category, title, publication date and photo of the page."""
    first: dict[str, Block] = {}
    for block in blocks:
        first.setdefault(block.kind, block)
    caption = first.get("caption")
    credit = first.get("credit")
    image = None
    if caption is not None or credit is not None:
        image = Image(caption=_value_span(text, caption) if caption else None,
                      credit=_value_span(text, credit) if credit else None)
    pub = first.get("published")
    return Meta(
        category=_value_span(text, first["category"]) if "category" in first else None,
        title=_title_span(text, first["title"]) if "title" in first else None,
        published=published,
        published_span=_value_span(text, pub) if pub is not None else None,
        image=image,
    )


def lead(text: str, blocks: Sequence[Block]) -> Span | None:
    """The lead paragraph, if the page has one."""
    for block in blocks:
        if block.kind == "lead":
            return _value_span(text, block)
    return None
