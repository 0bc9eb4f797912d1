"""Turn joined atoms into ISO values, resolving what is relative against the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsnlp.extract.dates.atoms import Atom
from newsnlp.extract.dates.lexicon import lexicon
from newsnlp.extract.dates.tense import Tense, governing_tense
from newsnlp.models import Granularity
from newsnlp.resources import compile_pattern
from newsnlp.text.sentences import sentence_around

_ISO_IN = compile_pattern(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?", 0)


def parse_published(value: str | None) -> dt.date | None:
    """The day of an ISO publication date (`YYYY-MM-DD[THH:MM[:SS]]`); None if unreadable."""
    if not value:
        return None
    m = _ISO_IN.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


@dataclass(frozen=True)
class Resolved:
    """An atom's value: ISO text, precision, and whether the publication date was used."""

    value: str | None
    granularity: Granularity | None
    relative: bool
    day: dt.date | None = None  # the day, when the value has one


def infer_year(month: int, anchor: dt.date, tense: Tense | None = None) -> int:
    """Year of a day or month written without one: the publication year, moved across New
    Year when the month is within two months of the publication on the other side, unless
    the governing verb's `tense` points the other way (`do 31 grudnia` in a January sentence
    in the future is this December)."""
    if anchor.month >= 11 and month <= 2 and tense != "past":
        return anchor.year + 1
    if anchor.month <= 2 and month >= 11 and tense != "future":
        return anchor.year - 1
    return anchor.year


def year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """`piątek 12 grudnia` without a year: the inferred year, or the year before or after it
    when only that one puts the day on the weekday written."""
    for candidate in (year, year - 1, year + 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def shift_weekday(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The `weekday` nearest `anchor` in `direction`: `past` (today or before), `past_strict`
    (before today), `this` (today or after), `future` (after today)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    if direction == "past_strict":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "this":
        return anchor + dt.timedelta(days=ahead)
    return anchor + dt.timedelta(days=ahead or 7)


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """True when the verb governing text[start:end] is in the future tense (`odbędzie się`,
    `będą`), or, when that verb is in the present or there is none, the sentence holds one
    of the lexicon's `future_cues` (`zapraszamy`, `zaplanowano`)."""
    tense = governing_tense(text, start, end)
    if tense is not None and tense != "present":
        return tense == "future"
    sentence = " " + sentence_around(text, start, end).lower()
    return any(" " + cue in sentence for cue in lexicon().future_cues)


def sentence_direction(text: str, atom: Atom) -> str:
    """`this` when the sentence around an unqualified weekday speaks of the future, else
    `past` (the latest such day)."""
    return "this" if speaks_of_future(text, atom.start, atom.end) else "past"


def since_direction(text: str, atom: Atom) -> str:
    """`od poniedziałku`: a state that already holds began on the latest such day (`past`):
    a past verb, or a present one with a continuative `since_cue` (`od poniedziałku trwają
    ferie`); else, as news headlines use the present, it begins on the next one or today."""
    tense = governing_tense(text, atom.start, atom.end)
    if tense == "present":
        sentence = " " + sentence_around(text, atom.start, atom.end).lower()
        return "past" if any(" " + cue in sentence for cue in lexicon().since_cues) else "this"
    return "past" if tense == "past" else "this"


def _year(text: str, atom: Atom, month: int | None, anchor: dt.date | None,
          focus: int | None = None) -> tuple[int | None, bool]:
    """The atom's year and whether it came from the publication date. A day or month
    without a year takes the temporal `focus` (the year of the last full date written
    before it, as TIMEX3 annotators resolve it) when that is not the publication year."""
    if atom.year is not None:
        return atom.year, False
    if anchor is None:
        return None, True
    if atom.year_offset is not None:
        return anchor.year + atom.year_offset, True
    if focus is not None and focus != anchor.year and month and not atom.this_month:
        return focus, True
    if not month:
        return anchor.year, True
    crossing = abs(month - anchor.month) >= 9  # only then can the tense change the year
    return infer_year(month, anchor, _date_tense(text, atom) if crossing else None), True


def _date_tense(text: str, atom: Atom) -> Tense | None:
    """The governing tense of a yearless date; a limit (`do 31 grudnia`) in a sentence not
    in the past tense lies ahead."""
    tense = governing_tense(text, atom.start, atom.end)
    words = text[max(0, atom.start - 20):atom.start].split()
    if tense != "past" and words and words[-1].lower() in lexicon().deadline_prepositions:
        return "future"
    return tense


def _day_value(day: dt.date, atom: Atom, relative: bool) -> Resolved:
    if atom.hour is not None:
        return Resolved(f"{day.isoformat()}T{atom.hour:02d}:{atom.minute or 0:02d}", "minute",
                        relative, day)
    return Resolved(day.isoformat(), "day", relative, day)


def _resolve_date(text: str, atom: Atom, anchor: dt.date | None,
                  focus: int | None) -> Resolved | None:
    month = atom.month
    if atom.this_month:
        if anchor is None:
            return Resolved(None, "day", True)
        month = anchor.month
    year, relative = _year(text, atom, month, anchor, focus)
    relative = relative or atom.this_month
    if year is None or month is None or atom.day is None:
        return Resolved(None, "day", True)
    if relative and atom.weekday is not None and atom.year_offset is None:
        year = year_matching_weekday(year, month, atom.day, atom.weekday)
    try:
        day = dt.date(year, month, atom.day)
    except ValueError:
        if 1 <= year <= 9999:
            return None
        return Resolved(None, "day", relative)  # a real day, in a year beyond the calendar
    if _ahead_of(text, atom, day, anchor, year, focus):
        try:
            day = dt.date(year + 1, month, atom.day)
        except ValueError:
            return Resolved(None, "day", relative)
    return _day_value(day, atom, relative)


def _ahead_of(text: str, atom: Atom, day: dt.date, anchor: dt.date | None, year: int,
              focus: int | None) -> bool:
    """True when a day written without a year that took the publication year falls more
    than the lexicon's `future_recent_days` before the publication in a sentence about the
    future (`odbędzie się 22 lutego` on an October page): it is next year's."""
    if (atom.year is not None or anchor is None or year != anchor.year
            or (anchor - day).days <= lexicon().future_recent_days
            or atom.year_offset is not None or atom.this_month or atom.weekday is not None
            or (focus is not None and focus != anchor.year)):
        return False
    return speaks_of_future(text, atom.start, atom.end)


def _resolve_weekday(text: str, atom: Atom, anchor: dt.date | None,
                     start_day: dt.date | None) -> Resolved:
    if atom.day_after is not None:
        if start_day is None:
            return Resolved(None, "day", True)
        return _day_value(start_day + dt.timedelta(days=1), atom, True)
    if anchor is None or atom.weekday is None:
        return Resolved(None, "day", True)
    direction = atom.direction
    if direction == "auto":
        direction = sentence_direction(text, atom)
    elif direction == "since":
        direction = since_direction(text, atom)
    if atom.range_part == "start" and atom.partner is not None and direction == "past":
        # night `z soboty na niedzielę`: the later day is the one not after publication
        end_day = shift_weekday(anchor, atom.partner.weekday or 0, "past")
        return _day_value(end_day - dt.timedelta(days=1), atom, True)
    return _day_value(shift_weekday(anchor, atom.weekday, direction), atom, True)


def _resolve_period(atom: Atom, anchor: dt.date | None) -> Resolved:
    if atom.month_offset is not None:
        if anchor is None:
            return Resolved(None, "month", True)
        index = anchor.year * 12 + anchor.month - 1 + atom.month_offset
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True)
    if anchor is None:
        return Resolved(None, "year", True)
    return Resolved(f"{anchor.year + (atom.year_offset or 0):04d}", "year", True)


def in_calendar(value: str | None) -> bool:
    """True when an ISO value's year lies in 0001-9999 (`infer_year` or an offset from a
    publication date at the calendar's edge can step out of it)."""
    year = (value or "0000")[:5]
    return year[:4].isdigit() and year[:4] != "0000" and not year[4:].isdigit()


def resolve(text: str, atom: Atom, anchor: dt.date | None,
            start_day: dt.date | None = None, focus: int | None = None) -> Resolved | None:
    """The value of one joined atom (None when its numbers are no calendar date).
    `start_day` is the resolved day of a night range's first end; `focus` the year of the
    last full date the article wrote. A value that would fall
    outside the calendar (`jutro` on 9999-12-31) is None, like an unresolvable one."""
    try:
        resolved = _resolve(text, atom, anchor, start_day, focus)
    except OverflowError:
        return Resolved(None, None, True)
    if resolved is not None and resolved.value is not None and not in_calendar(resolved.value):
        return Resolved(None, resolved.granularity, resolved.relative)
    return resolved


def _resolve(text: str, atom: Atom, anchor: dt.date | None,
             start_day: dt.date | None, focus: int | None) -> Resolved | None:
    if atom.kind == "date":
        return _resolve_date(text, atom, anchor, focus)
    if atom.kind == "month":
        year, relative = _year(text, atom, atom.month, anchor, focus)
        if year is None or atom.month is None:
            return Resolved(None, "month", True)
        return Resolved(f"{year:04d}-{atom.month:02d}", "month", relative)
    if atom.kind == "year":
        year, relative = _year(text, atom, None, anchor)
        return Resolved(None if year is None else f"{year:04d}", "year", relative)
    if atom.kind == "relday":
        if anchor is None:
            return Resolved(None, "day", True)
        return _day_value(anchor + dt.timedelta(days=atom.day_offset or 0), atom, True)
    if atom.kind == "relperiod":
        return _resolve_period(atom, anchor)
    if atom.kind == "weekday":
        return _resolve_weekday(text, atom, anchor, start_day)
    return None
