"""Batch inputs: page files, folders of them, JSONL files and crawl archives.

One `Record` per input page, in order, each with its id; an input that cannot be read is
an error record, never skipped. Kinds, by file name (each also as `.gz`):
`.txt` (plain text), `.html`/`.htm` (HTML source, charset from BOM, `<meta>` or a guess),
`.jsonl` (one object per line with a text or an HTML field; field names in `Fields`),
`.warc`/`.arc` (every HTML response record is one page, see `newsnlp.io.warc`).
A folder gives the files of these kinds, sorted by name; other files in it (a gold `.json`
beside each page, images) are skipped with one notice through `warn` (hidden files quietly).
A file named on its own that is of no known kind is an `unsupported` error record.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsnlp.io.record import MAX_RECORD_BYTES
from newsnlp.io.record import Record as Record  # re-exported: the readers' record type
from newsnlp.io.warc import archive_records
from newsnlp.text.decode import DecodeError, decode_bytes, decode_html
from newsnlp.text.normalize import replace_surrogates

PAGE_KINDS = (".txt", ".html", ".htm")
ARCHIVE_KINDS = (".warc", ".arc")
KINDS = (*PAGE_KINDS, ".jsonl", *ARCHIVE_KINDS)

Warn = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Fields:
    """The JSONL field names: the page as text or as HTML (the first present is used), its
    id, publication date and URL."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    published: str = "published"
    url: str = "url"


class InputError(ValueError):
    """An input argument that cannot be used at all (missing path, wrong kind)."""


def kind(path: Path) -> str:
    """The input kind of a file name (`.txt`, `.jsonl`, `.warc`, ...; `.gz` looked through)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def check_inputs(paths: Sequence[Path]) -> None:
    """Fail early, with one clear message, on inputs that do not exist or are not pages."""
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_file() and kind(path) not in KINDS:
            raise InputError(f"not a {', '.join(KINDS)} file (or .gz of one): {path}")


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem


def open_input(path: Path) -> BinaryIO:
    """The file's bytes, through gzip when it is a `.gz`."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _page(path: Path, warn: Warn | None) -> Record:
    """One page file: decoded text, or an error record (`decode`, `io`, `too_large`).
    A FIFO, socket or device with a page name is not opened (reading could block forever)."""
    rec_id = _stem(path)
    if not path.is_file():
        return Record(rec_id, None, {"type": "io", "message": (
            f"{path.name} is not a regular file")})
    try:
        with open_input(path) as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except (OSError, EOFError) as exc:
        return Record(rec_id, None, {"type": "io", "message": str(exc)})
    if len(data) > MAX_RECORD_BYTES:
        return Record(rec_id, None, {"type": "too_large", "message": (
            f"{path.name} is larger than {MAX_RECORD_BYTES} bytes")})
    if not data.strip() and warn is not None:
        warn(f"{path}: empty file")
    try:
        text, _ = decode_bytes(data) if kind(path) == ".txt" else decode_html(data)
    except DecodeError as exc:
        return Record(rec_id, None, {"type": "decode", "message": str(exc)})
    return Record(rec_id, text)


def _string(obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    return replace_surrogates(value) if isinstance(value, str) else None


def _record_id(obj: object, key: str, fallback: str) -> str:
    """The record's id (a string or a number), else `<file stem>:<line number>`."""
    value = obj.get(key) if isinstance(obj, dict) else None
    if isinstance(value, str) and value:
        return replace_surrogates(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return fallback


def _jsonl_record(raw: bytes, fallback_id: str, fields: Fields) -> Record:
    """One JSONL line as a Record (an error record when it is not a usable object)."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        return Record(fallback_id, None, {"type": "json", "message": str(exc)[:300]})
    rec_id = _record_id(obj, fields.id, fallback_id)
    page = next((obj[k] for k in (fields.text, fields.html)
                 if isinstance(obj, dict) and isinstance(obj.get(k), str)), None)
    if not isinstance(obj, dict) or page is None:
        return Record(rec_id, None, {"type": "json", "message": (
            f"expected an object with a {fields.text!r} or {fields.html!r} string")})
    if not isinstance(obj.get(fields.published), str | None):
        return Record(rec_id, None, {"type": "json",
                                     "message": f"{fields.published!r} must be a string"})
    return Record(rec_id, page, published=_string(obj, fields.published),
                  url=_string(obj, fields.url))


def _lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a binary file, a line longer than MAX_RECORD_BYTES as None (skipped)."""
    while True:
        raw = fh.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield raw


def _jsonl(path: Path, fields: Fields, warn: Warn | None) -> Iterator[Record]:
    """The records of a JSONL file, one per non-blank line, in line order."""
    stem = _stem(path)
    try:
        fh = open_input(path)
    except OSError as exc:
        yield Record(stem, None, {"type": "io", "message": str(exc)})
        return
    with fh:
        n = count = 0
        try:
            for n, raw in enumerate(_lines(fh), 1):
                fallback_id = f"{stem}:{n}"
                if raw is None:
                    count += 1
                    yield Record(fallback_id, None, {"type": "too_large", "message": (
                        f"line {n} is longer than {MAX_RECORD_BYTES} bytes")})
                elif raw.strip():
                    count += 1
                    yield _jsonl_record(raw.removeprefix(b"\xef\xbb\xbf") if n == 1 else raw,
                                        fallback_id, fields)
        except (OSError, EOFError) as exc:
            count += 1
            yield Record(f"{stem}:{n + 1}", None, {"type": "io", "message": str(exc)})
    if not count and warn is not None:
        warn(f"{path}: no records")


def _file(path: Path, fields: Fields, warn: Warn | None) -> Iterator[Record]:
    """The records of one input file, by its kind."""
    file_kind = kind(path)
    if file_kind == ".jsonl":
        yield from _jsonl(path, fields, warn)
    elif file_kind in ARCHIVE_KINDS:
        yield from archive_records(path, warn)
    elif file_kind in PAGE_KINDS:
        yield _page(path, warn)
    else:
        yield Record(path.name, None, {"type": "unsupported", "message": (
            f"{path.name}: not a {', '.join(KINDS)} file (or .gz of one)")})


def iter_records(paths: Sequence[Path], fields: Fields | None = None,
                 warn: Warn | None = None) -> Iterator[Record]:
    """Records of all inputs in order: folders sorted by file name, JSONL in line order,
    archives in record order. `warn` is told about empty files."""
    fields = fields or Fields()
    for path in paths:
        for file in _files(path, warn):
            yield from _file(file, fields, warn)


def _files(path: Path, warn: Warn | None = None) -> list[Path]:
    """The input files of one argument: a file itself, or a folder's files of the known
    kinds by name (`warn` is told how many others were skipped)."""
    if not path.is_dir():
        return [path]
    children = [child for child in sorted(path.iterdir())
                if not child.name.startswith(".") and not child.is_dir()]
    kept = [child for child in children if kind(child) in KINDS]
    if len(kept) < len(children) and warn is not None:
        warn(f"{path}: {len(children) - len(kept)} file(s) of other kinds skipped "
             f"(inputs are {', '.join(KINDS)}, or .gz of one)")
    return kept


def count_records(paths: Sequence[Path]) -> int | None:
    """How many records `iter_records(paths)` gives (for a progress bar's total): one per
    page file, one per non-blank JSONL line (read once, quickly, as bytes); None when an
    archive is among the inputs (counting its pages would mean reading it)."""
    total = 0
    for path in paths:
        for file in _files(path):
            file_kind = kind(file)
            if file_kind in ARCHIVE_KINDS:
                return None
            if file_kind == ".jsonl" and file.is_file():
                with open_input(file) as fh:
                    total += sum(1 for raw in _lines(fh) if raw is None or raw.strip())
            else:
                total += 1
    return total
