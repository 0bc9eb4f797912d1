"""Combine what the page text shows with what its HTML declares (precedence in design.md).

The text wins where it shows a value (it has a span the reader sees); a declared value fills
what the text does not show; the caller's `published` beats both. Dates declared in
metadata are reduced to the form the date extractor gives (`YYYY-MM-DD` or
`YYYY-MM-DDTHH:MM`): a time with a zone (`…T17:22:11+00:00`, `Z`) is the instant, given in
Polish time as the page shows it (18:22 in winter); one without is as written.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from newsnlp.models import Declared as DeclaredModel
from newsnlp.models import Meta
from newsnlp.resources import compile_pattern
from newsnlp.text.htmlmeta import Declared, PageMetadata

_ISO = compile_pattern(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")
MAX_ISO_CHARS = 40  # `2026-02-04T17:22:11.123456+00:00` and some room


# The zone the pages' readers see times in (CET/CEST).
LOCAL_ZONE = ZoneInfo("Europe/Warsaw")


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


def local_time(value: str) -> str | None:
    """The Polish time of the moment a date and time with a zone names
    (`2026-02-04T17:22:11+00:00`: `2026-02-04T18:22`), else None (no zone: a local time
    already; or past the calendar's end, `9999-12-31T23:30:00-05:00`)."""
    try:
        moment = datetime.fromisoformat(value.strip()[:MAX_ISO_CHARS])
        if moment.tzinfo is None:
            return None
        return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%dT%H:%M")
    except (ValueError, OverflowError):
        return None


def first_date(values: list[Declared]) -> tuple[str, str] | None:
    """(date, source) of the first declared value that is a date."""
    for d in values:
        value = iso_date(d.value)
        if value is not None:
            return value, d.source
    return None


# A time declared in UTC (`…T11:22:00Z`, `+00:00`) is a plugin's record of the moment: it
# adds a time to a day the text shows only where the page shows that time too.
_UTC = compile_pattern(r"(?:Z|[+-]00:?00)\s*$")


def _shown(value: str, text: str) -> bool:
    """The clock time of `value` (`…T14:02`) stands in `text` (`14:02`, `14.02`, `9:05`)."""
    hour, minute = value[11:13], value[14:16]
    return any(f"{h}{sep}{minute}" in text for h in {hour, hour.lstrip("0") or "0"}
               for sep in ":.")


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
                and (_UTC.search(d.value) is None or _shown(value, text))):
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
