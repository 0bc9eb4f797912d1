"""Combine what the page text shows with what its HTML declares (precedence in design.md).

The text wins where it shows a value (it has a span the reader sees); a declared value fills
what the text does not show; the caller's `published` beats both. Dates declared in
metadata are reduced to the form the date extractor gives (`YYYY-MM-DD` or
`YYYY-MM-DDTHH:MM`): a time with a zone (`…T17:22:11+00:00`, `Z`) is the instant, given in
Polish time as the page shows it (18:22 in winter); one without is as written.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsnlp.models import Declared as DeclaredModel
from newsnlp.models import Meta
from newsnlp.resources import compile_pattern
from newsnlp.text.htmlmeta import Declared, PageMetadata

_ISO = compile_pattern(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")
# a date and time with its zone (`2026-02-04T17:22:11.5+00:00`, `…Z`, `…+0100`, `…+01`)
_ZONED = compile_pattern(r"\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?"
                         r"\s*(?:(Z)|([+-])(\d{2}):?(\d{2})?)\s*")
LOCAL_ZONE = "Europe/Warsaw"  # the zone the pages' readers see times in (CET/CEST)
MAX_ISO_CHARS = 40  # `2026-02-04T17:22:11.123456+00:00` and some room: longer is no time


@cache
def _local_zone() -> tzinfo | None:
    """Polish time from the IANA zone database (the `tzdata` package where the system has
    none); None without either, and zoned times then stay as written."""
    try:
        return ZoneInfo(LOCAL_ZONE)
    except ZoneInfoNotFoundError:
        return None


def iso_date(value: str) -> str | None:
    """A declared date (ISO 8601) in the extractor's form, or None when it is not one."""
    m = _ISO.match(value)
    if m is None:
        return None
    try:
        date.fromisoformat(str(m.group(1)))
    except ValueError:
        return None
    day, time = str(m.group(1)), m.group(2)
    local = local_time(value) if time else None
    return local or day + (f"T{time}" if time else "")


def _moment(value: str) -> datetime | None:
    """The moment a date and time with a zone names, else None (no zone: a local time)."""
    m = _ZONED.fullmatch(value[:MAX_ISO_CHARS])
    if m is None:
        return None
    offset = timedelta(0) if m.group(4) else timedelta(
        hours=int(m.group(6)), minutes=int(m.group(7) or 0)) * (-1 if m.group(5) == "-" else 1)
    try:
        day = date.fromisoformat(m.group(1))
        return datetime(day.year, day.month, day.day, int(m.group(2)), int(m.group(3)),
                        tzinfo=timezone(offset))
    except ValueError:
        return None


def local_time(value: str) -> str | None:
    """The Polish time of the moment a date and time with a zone names
    (`2026-02-04T17:22:11+00:00`: `2026-02-04T18:22`), else None (no zone: a local time
    already; or past the calendar's end, `9999-12-31T23:30:00-05:00`)."""
    moment, zone = _moment(value), _local_zone()
    if moment is None or zone is None:
        return None
    try:
        return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    except OverflowError:
        return None


def first_date(values: list[Declared]) -> tuple[str, str] | None:
    """(date, source) of the first declared value that is a date."""
    for d in values:
        value = iso_date(d.value)
        if value is not None:
            return value, d.source
    return None


def _in_utc(value: str) -> bool:
    """A time declared in UTC (`…T11:22:00Z`, `+00:00`): a plugin's record of the moment,
    which adds a time to a day the text shows only where the page shows that time too."""
    moment = _moment(value)
    return moment is not None and moment.utcoffset() == timedelta(0)


def _shown(value: str, text: str) -> bool:
    """The clock time of `value` (`…T14:02`) stands in `text` as a time of its own (`14:02`,
    `14.02`, `9:05`; not the `10.03` of `10.03.2026`, nor the `9:05` of `19:05`)."""
    hour, minute = int(value[11:13]), value[14:16]
    clock = compile_pattern(rf"(?<![\d.:])0?{hour}[:.]{minute}(?![.:]?\d)")
    return clock.search(text) is not None


def time_on(day: str, values: list[Declared], text: str) -> tuple[str, str] | None:
    """(date and time, source) of the first value declared as the article's publication
    (JSON-LD, `article:published_time`, `<time itemprop="datePublished">`; a bare `<time>`
    may be a comment's; one in UTC only where `text` shows its time) on `day`
    (`YYYY-MM-DD`, the day the text shows, in Polish time) that adds a time to it, else
    None."""
    for d in values:
        value = iso_date(d.value)
        if (value is not None and d.source != "time[datetime]" and len(value) > len(day)
                and value.startswith(day)
                and (not _in_utc(d.value) or _shown(value, text))):
            return value, d.source
    return None


def _model(d: Declared | None) -> DeclaredModel | None:
    return DeclaredModel(value=d.value, source=d.source) if d is not None else None


def fill(meta: Meta, declared: PageMetadata | None, *, title_source: str | None,
         published_source: str | None) -> None:
    """Set `meta`'s source fields and declared values (in place)."""
    meta.title_source = title_source or ("text" if meta.title is not None else None)
    meta.published_source = published_source if meta.published else None
    meta.updated_source = "text" if meta.updated else None
    if declared is None:
        return
    if meta.updated is None and (modified := first_date(declared.modified)) is not None:
        meta.updated, meta.updated_source = modified
    meta.headline = _model(declared.first("headline"))
    meta.section = _model(declared.first("section"))
    meta.authors = [DeclaredModel(value=d.value, source=d.source) for d in declared.authors]
    meta.publisher = _model(declared.first("publisher"))
    meta.canonical_url = _model(declared.first("canonical"))
    meta.language = _model(declared.first("language"))
    meta.image_caption = _model(declared.first("image_caption"))
