"""Event calendars ("kiedy / miejsce / wstęp") parsed into `Event` items."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsnlp.layout.blocks import Block
from newsnlp.models import DateMention, Event, Span
from newsnlp.resources import ICASE, compile_pattern
from newsnlp.text.lines import Line

_WHEN = r"kiedy|data|termin"
_WHERE = r"miejsce|gdzie"
_ADMISSION = r"wstęp.*|bilety?.*|wejście.*"


def _span(line: Line) -> Span:
    return Span(start=line.start, end=line.end, text=line.text)


def _is(label: str, line: Line) -> bool:
    return compile_pattern(f"(?:{label})\\s*:?", ICASE).fullmatch(line.text) is not None


def parse_events(lines: Sequence[Line], dates: Sequence[DateMention]) -> list[Event]:
    """Events from the lines of calendar blocks (`dates` in page order): a `kiedy` label
    starts each labelled event; a line that opens with a date and a dash is one event."""
    events: list[Event] = []
    current: dict[str, Span | DateMention | None] | None = None
    first: Line | None = None
    last: Line | None = None
    expect: str | None = None

    def flush() -> None:
        if current is not None and first is not None and last is not None:
            when = current.get("when")
            place = current.get("place")
            admission = current.get("admission")
            events.append(Event(
                start=first.start, end=last.end, text="",
                when=when if isinstance(when, DateMention) else None,
                place=place if isinstance(place, Span) else None,
                admission=admission if isinstance(admission, Span) else None,
            ))

    for line in lines:
        if not line.text:
            continue
        single = _one_line_event(line, dates)
        if single is not None:
            flush()
            current = None
            events.append(single)
            continue
        if _is(_WHEN, line):
            flush()
            current, first, expect = {}, line, "when"
        elif current is None:
            continue
        elif _is(_WHERE, line):
            expect = "place"
        elif compile_pattern(_ADMISSION, ICASE).fullmatch(line.text):
            current["admission"] = _span(line)
            expect = None
        elif expect == "when":
            current["when"] = _first_date(dates, line.start, line.end)
            expect = None
        elif expect == "place":
            current["place"] = _span(line)
            expect = None
        last = line
    flush()
    return events


def _first_date(dates: Sequence[DateMention], start: int, end: int) -> DateMention | None:
    """The first date that starts in [start, end) (`dates` in page order: a binary search,
    so a calendar of thousands of lines stays linear)."""
    i = bisect.bisect_left(dates, start, key=lambda d: d.start)
    return dates[i] if i < len(dates) and dates[i].start < end else None


def _one_line_event(line: Line, dates: Sequence[DateMention]) -> Event | None:
    """`21.03.2026 – Sprzątanie Świata, Rynek, godz. 10:00`: a date that opens the line, a
    dash or a space, then the title and comma-separated parts: a venue, a time, an admission
    note."""
    when = _first_date(dates, line.start, line.end)
    if when is None or when.start - line.start > 3:
        return None
    gap = compile_pattern(r"\s++[-–—:|]?+\s*+(?=\w)").match(line.text, when.end - line.start)
    if gap is None:
        return None
    parts = [(line.start + m.start(), line.start + m.end())
             for m in compile_pattern(r"[^,]+").finditer(line.text, gap.end())]
    place: Span | None = None
    admission: Span | None = None
    for a, b in parts[1:]:
        part = _trimmed(line, a, b)
        if compile_pattern(_ADMISSION, ICASE).fullmatch(part.text):
            admission = admission or part
        elif (place is None and _first_date(dates, a, b) is None
              and not compile_pattern(r"\d[:.]\d").search(part.text)):
            place = part
    return Event(start=line.start, end=line.end, text="", when=when, place=place,
                 admission=admission)


def _trimmed(line: Line, start: int, end: int) -> Span:
    """The part text[start:end] of `line` without surrounding white space."""
    text = line.text[start - line.start:end - line.start]
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return Span(start=start + lead, end=start + lead + len(body), text=body)


def calendar_events(text: str, blocks: Sequence[Block],
                    dates: Sequence[DateMention]) -> list[Event]:
    """Events of every calendar block on the page, their `text` filled from `text`."""
    lines = [line for b in blocks if b.kind == "chrome" and b.chrome == "calendar"
             for line in b.lines]
    in_order = sorted(dates, key=lambda d: d.start)
    return [e.model_copy(update={"text": text[e.start:e.end]})
            for e in parse_events(lines, in_order)]
