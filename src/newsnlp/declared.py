"""Combine what the page text shows with what its HTML declares (precedence in design.md).

The text wins where it shows a value (it has a span the reader sees); a declared value fills
what the text does not show; the caller's `published` beats both. Dates declared in
metadata are reduced to the form the date extractor gives (`YYYY-MM-DD` or
`YYYY-MM-DDTHH:MM`, the time as written, its zone dropped).
"""

from __future__ import annotations

from datetime import date

from newsnlp.models import Declared as DeclaredModel
from newsnlp.models import Meta
from newsnlp.resources import compile_pattern
from newsnlp.text.htmlmeta import Declared, PageMetadata

_ISO = compile_pattern(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")


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
    return day + (f"T{time}" if time else "")


def first_date(values: list[Declared]) -> tuple[str, str] | None:
    """(date, source) of the first declared value that is a date."""
    for d in values:
        value = iso_date(d.value)
        if value is not None:
            return value, d.source
    return None


# A declared time in UTC (`…T11:22:00Z`, `+00:00`) is not the page's local time, which is
# what the extractor gives: it cannot add the time to a day the text shows.
_UTC = compile_pattern(r"(?:Z|[+-]00:?00)\s*$")


def time_on(day: str, values: list[Declared]) -> tuple[str, str] | None:
    """(date and time, source) of the first value declared as the article's publication
    (JSON-LD, `article:published_time`, `<time itemprop="datePublished">`; a bare `<time>`
    may be a comment's) on `day` (`YYYY-MM-DD`, the day the text shows) that adds a local
    time to it, else None."""
    for d in values:
        value = iso_date(d.value)
        if (value is not None and d.source != "time[datetime]" and len(value) > len(day)
                and value.startswith(day) and _UTC.search(d.value) is None):
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
