"""Batch inputs: `.txt` files, folders of them, and `.jsonl` files with `id` and `text`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsnlp.decode import DecodeError, decode_bytes


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
    try:
        text, _ = decode_bytes(path.read_bytes())
    except DecodeError as exc:
        return Record(path.stem, None, {"type": "decode", "message": str(exc)})
    except OSError as exc:
        return Record(path.stem, None, {"type": "io", "message": str(exc)})
    return Record(path.stem, text)


def _jsonl(path: Path) -> Iterator[Record]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            fallback_id = f"{path.stem}:{n}"
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield Record(fallback_id, None, {"type": "json", "message": str(exc)[:300]})
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield Record(str(obj.get("id", fallback_id)) if isinstance(obj, dict)
                             else fallback_id, None,
                             {"type": "json", "message": "expected an object with a 'text' string"})
                continue
            published = obj.get("published")
            url = obj.get("url")
            yield Record(str(obj.get("id", fallback_id)), obj["text"],
                         published=published if isinstance(published, str) else None,
                         url=url if isinstance(url, str) else None)


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
