"""Publication dates given by the caller (`published=`, `--published`, a JSONL field): read
as ISO 8601 or, failing that, in free form by dateparser ("wczoraj", "04.12.2026 10:33",
"2 dni temu", "3 March 2026"), and normalised to the values a DateMention uses. A value that
names no day is a ValueError, never copied through."""

from __future__ import annotations

import datetime as dt

from newsnlp.declared import local_time
from newsnlp.resources import compile_pattern

_ISO = compile_pattern(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", 0)
_CLOCK = compile_pattern(r"\d:\d\d", 0)
_FREE_FORM_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past",
                       "RETURN_AS_TIMEZONE_AWARE": False}


def _iso(day: dt.date, hour: int | None, minute: int | None) -> str:
    if hour is None:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute or 0:02d}"


def _read_iso(value: str) -> str | None:
    """`YYYY-MM-DD[THH:MM[:SS][zone]]` as `YYYY-MM-DD[THH:MM]` (seconds dropped, as in every
    DateMention value; a time with a zone given in Polish time, as a declared one is); None
    when the text is not ISO; ValueError when it is ISO but no calendar day (`2026-02-30`,
    year 0000)."""
    m = _ISO.fullmatch(value)
    if m is None:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        hour = None if m[4] is None else dt.time(int(m[4]), int(m[5])).hour
    except ValueError as exc:
        raise ValueError(f"published date {value!r}: {exc}") from None
    return (local_time(value) if hour is not None else None) or _iso(
        day, hour, None if m[5] is None else int(m[5]))


def _read_free_form(value: str, now: dt.datetime | None) -> str:
    """A free-form Polish or English date, relative ones against `now` (default: the clock)."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = dict(_FREE_FORM_SETTINGS)
    settings["RELATIVE_BASE"] = now or dt.datetime.now()
    try:
        data = DateDataParser(languages=["pl", "en"], settings=settings).get_date_data(value)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"published date {value!r} cannot be read: {exc}") from None
    when: dt.datetime | None = data.date_obj
    if when is None:
        raise ValueError(f"published date {value!r} cannot be read as a date")
    if data.period != "day":
        raise ValueError(f"published date {value!r} names a {data.period}, not a day")
    if _CLOCK.search(value) is None:
        return when.date().isoformat()
    return _iso(when.date(), when.hour, when.minute)


def read_published(value: str, now: dt.datetime | None = None) -> str | None:
    """The caller's publication date as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; None for a blank
    value (an empty JSONL field); ValueError when it names no calendar day in 0001-9999."""
    if not isinstance(value, str):
        raise TypeError(f"published must be str, not {type(value).__name__}")
    value = value.strip()
    if not value:
        return None
    return _read_iso(value) or _read_free_form(value, now)
