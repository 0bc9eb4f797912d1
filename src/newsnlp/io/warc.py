"""Crawl archives (WARC and the older ARC, plain or gzipped) as batch inputs, via warcio.

Every HTML response record (`Content-Type` text/html or application/xhtml+xml) is one
input: its id and URL are the record's target URI, its text the body decoded with the
HTTP charset, the page's `<meta>` or a guess (`decode_html`), and the capture date
(`WARC-Date`) is the reference date for relative dates when the page shows none. Other
records (requests, metadata, images, revisits) are not pages. A record that cannot be read,
or an archive that breaks off, is an error record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsnlp.io.record import MAX_RECORD_BYTES, Record
from newsnlp.text.decode import DecodeError, decode_html
from newsnlp.text.normalize import replace_surrogates

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    """The `charset=` parameter of a Content-Type header value."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _record(record: Any, fallback_id: str) -> Record | None:
    """One archive record (a warcio `ArcWarcRecord`) as a page Record, None when it is not
    an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().strip().startswith(HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    rec_id = replace_surrogates(uri) if uri else fallback_id
    captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return Record(rec_id, None, {"type": "too_large", "message": (
            f"record body larger than {MAX_RECORD_BYTES} bytes")}, url=rec_id)
    if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ends inside the record
        return Record(rec_id, None, {"type": "archive", "message": (
            "the record is cut off (the archive ends inside it)")}, url=rec_id)
    try:
        text, _ = decode_html(data, _charset(content_type))
    except DecodeError as exc:
        return Record(rec_id, None, {"type": "decode", "message": str(exc)}, url=rec_id)
    return Record(rec_id, text, url=uri and rec_id, reference=captured)


def archive_records(path: Path, warn: Callable[[str], None] | None) -> Iterator[Record]:
    """The page records of one WARC/ARC file, in archive order."""
    from warcio.archiveiterator import ArchiveIterator

    stem = path.name
    n = count = 0
    try:
        with path.open("rb") as fh:  # warcio reads gzip members itself
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True), 1):
                page = _record(record, f"{stem}:{n}")
                if page is not None:
                    count += 1
                    yield page
    except Exception as exc:  # warcio raises its own and zlib/IO errors on a broken archive
        count += 1
        yield Record(f"{stem}:{n + 1}", None, {"type": "archive", "message": (
            f"{type(exc).__name__}: {exc}"[:500])})
    if not count and warn is not None:
        warn(f"{path}: no HTML response records")
