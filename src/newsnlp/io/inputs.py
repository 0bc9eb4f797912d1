"""Batch inputs: `.txt` files, folders of them, and `.jsonl` files with `id` and `text`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsnlp.text.decode import DecodeError, decode_bytes
from newsnlp.text.normalize import replace_surrogates

# A page file or JSONL line larger than this is reported as an error record, not read into
# memory (the pipeline would truncate it to `max_chars` anyway).
MAX_RECORD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Record:
    """One input page: its id and text, or the reason it could not be read."""

    id: str
    text: str | None
    error: dict[str, str] | None = None
    published: str | None = None
    url: str | None = None


class InputError(ValueError):
    """An input argument that cannot be used at all (missing path, wrong kind)."""


def check_inputs(paths: Sequence[Path]) -> None:
    """Fail early, with one clear message, on inputs that do not exist or are not pages."""
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_file() and path.suffix not in (".txt", ".jsonl"):
            raise InputError(f"not a .txt or .jsonl file: {path}")


def _txt(path: Path) -> Record:
    """One `.txt` page: decoded text, or an error record (`decode`, `io`, `too_large`).
    A FIFO, socket or device named `*.txt` is not opened (reading it could block forever)."""
    if not path.is_file():
        return Record(path.stem, None, {"type": "io", "message": (
            f"{path.name} is not a regular file")})
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except OSError as exc:
        return Record(path.stem, None, {"type": "io", "message": str(exc)})
    if len(data) > MAX_RECORD_BYTES:
        return Record(path.stem, None, {"type": "too_large", "message": (
            f"{path.name} is larger than {MAX_RECORD_BYTES} bytes")})
    try:
        text, _ = decode_bytes(data)
    except DecodeError as exc:
        return Record(path.stem, None, {"type": "decode", "message": str(exc)})
    return Record(path.stem, text)


def _record_id(obj: object, fallback: str) -> str:
    """The record's `id` (a string or a number), else `<file stem>:<line number>`."""
    value = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(value, str) and value:
        return replace_surrogates(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return fallback


def _jsonl_record(raw: bytes, fallback_id: str) -> Record:
    """One JSONL line as a Record (an error record when it is not a usable object)."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        return Record(fallback_id, None, {"type": "json", "message": str(exc)[:300]})
    rec_id = _record_id(obj, fallback_id)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return Record(rec_id, None,
                      {"type": "json", "message": "expected an object with a 'text' string"})
    published = obj.get("published")
    url = obj.get("url")
    return Record(rec_id, obj["text"],
                  published=replace_surrogates(published) if isinstance(published, str) else None,
                  url=replace_surrogates(url) if isinstance(url, str) else None)


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


def _jsonl(path: Path) -> Iterator[Record]:
    """The records of a JSONL file, one per non-blank line, in line order."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Record(path.stem, None, {"type": "io", "message": str(exc)})
        return
    with fh:
        n = 0
        try:
            for n, raw in enumerate(_lines(fh), 1):
                fallback_id = f"{path.stem}:{n}"
                if raw is None:
                    yield Record(fallback_id, None, {"type": "too_large", "message": (
                        f"line {n} is longer than {MAX_RECORD_BYTES} bytes")})
                elif raw.strip():
                    yield _jsonl_record(raw.removeprefix(b"\xef\xbb\xbf") if n == 1 else raw,
                                        fallback_id)
        except OSError as exc:
            yield Record(f"{path.stem}:{n + 1}", None, {"type": "io", "message": str(exc)})


def iter_records(paths: Sequence[Path]) -> Iterator[Record]:
    """Records of all inputs in order: folders sorted by file name, JSONL in line order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.glob("*.txt")):
                yield _txt(child)
        elif path.suffix == ".jsonl":
            yield from _jsonl(path)
        else:
            yield _txt(path)


def count_records(paths: Sequence[Path]) -> int:
    """How many records `iter_records(paths)` gives (for a progress bar's total): one per
    `.txt` file, one per non-blank JSONL line (read once, quickly, as bytes)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for _ in path.glob("*.txt"))
        elif path.suffix == ".jsonl" and path.is_file():
            with path.open("rb") as fh:
                total += sum(1 for raw in _lines(fh) if raw is None or raw.strip())
        else:
            total += 1
    return total
