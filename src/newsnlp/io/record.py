"""One input page of a batch (`Record`), shared by the input readers."""

from __future__ import annotations

from dataclasses import dataclass

# A page file, JSONL line or archive record larger than this is reported as an error record,
# not read into memory (the pipeline would truncate it to `max_chars` anyway).
MAX_RECORD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Record:
    """One input page: its id and text, or the reason it could not be read.

    `reference` is a date to resolve relative dates against when the page shows none
    (the capture date of a crawl record)."""

    id: str
    text: str | None
    error: dict[str, str] | None = None
    published: str | None = None
    url: str | None = None
    reference: str | None = None
