"""Writers of `newsnlp annotate` outputs: append payloads in input order, in the parent.

A writer appends the payloads the workers built (`newsnlp.io.encoders`) in input order and
knows which ids an existing output already holds, which is what `--resume` needs.

Layouts:

* `jsonl`/`full` and `flat`: one JSON object per line in a single file, written as
  `OUTPUT.partial` and renamed to `OUTPUT` when the run completes, so a file at `OUTPUT` is
  always complete; an interrupted or failed run leaves `OUTPUT.partial` for `--resume`.
* `parquet`: a directory with one sub-directory per table (`articles`, `institutions`,
  `mentions`, `dates`, `sources`, `quotes`, `chrome`), each holding `part-NNNNN.parquet`
  files written in row groups; see docs/batch.md.
* `docbin`: a directory of `part-NNNNN.spacy` files (spaCy `DocBin`s).

Part files are written under a hidden temporary name and renamed when complete, so a run killed
at any moment leaves only readable parts behind.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from newsnlp.io.encoders import (
    FORMATS,
    TABLES,
    OutputError,
    Result,
    Rows,
    article_to_doc_function,
    parquet_schemas,
)
from newsnlp.resources import compile_pattern

DIRECTORY_FORMATS = ("parquet", "docbin")
_PART = compile_pattern(r"^part-(\d{5,})\.(parquet|spacy)$", 0)


class Writer(Protocol):
    """Appends results in order; `done` counts the ids an existing output already holds
    and `failed` how many of those are error records."""

    done: Counter[str]
    failed: int
    notes: list[str]

    def write(self, result: Result) -> None:
        """Append one record."""

    def close(self) -> None:
        """Flush and finalise; the output is complete and readable afterwards."""

    def abort(self) -> None:
        """Stop after a failure or an interrupt: keep what is written for `--resume`, and
        never leave it where a complete output would be."""


def open_writer(fmt: str, path: Path, *, mode: str = "new", part_size: int | None = None,
                group_size: int = 1000) -> Writer:
    """The writer of `fmt` at `path`; `mode` is `new` (refuse an existing output),
    `overwrite` or `resume` (keep what is there and append)."""
    if mode not in ("new", "overwrite", "resume"):
        raise ValueError(f"unknown mode {mode!r}")
    if fmt == "parquet":
        return ParquetWriter(path, mode=mode, part_size=part_size or 10_000,
                             group_size=group_size)
    if fmt == "docbin":
        return DocBinWriter(path, mode=mode, part_size=part_size or 1_000)
    if fmt in FORMATS:
        return JsonlWriter(path, fmt=fmt, mode=mode)
    raise ValueError(f"unknown format {fmt!r}")


def partial_path(path: Path) -> Path:
    """Where a JSONL output is written until the run completes."""
    return path.with_name(path.name + ".partial")


class JsonlWriter:
    """One JSON object per line, written to `OUTPUT.partial` and renamed when complete;
    resume continues the partial file (or a complete output), repairing a truncated last
    line first."""

    def __init__(self, path: Path, *, fmt: str, mode: str, flush_every: int = 64) -> None:
        self.path, self.fmt, self.flush_every = path, fmt, flush_every
        self.partial = partial_path(path)
        self.done: Counter[str] = Counter()
        self.failed = 0
        self.notes: list[str] = []
        if path.is_dir():
            raise OutputError(f"output {path} is a directory")
        exists = (path.exists() and path.stat().st_size > 0) or self.partial.exists()
        if exists and mode == "new":
            what = path if path.exists() else self.partial
            raise OutputError(f"output {what} exists; pass --overwrite to replace it "
                              "or --resume to continue it")
        path.parent.mkdir(parents=True, exist_ok=True)
        if mode == "resume":
            earlier = self.partial if self.partial.exists() else path
            if earlier.exists():
                self._repair_and_scan(earlier)  # refuses a corrupt output before touching it
            if earlier == path and path.exists():
                os.replace(path, self.partial)  # appending to a complete output: reopen it
        self._fh = self.partial.open("a" if mode == "resume" else "w", encoding="utf-8")
        self._pending = 0

    def _repair_and_scan(self, earlier: Path) -> None:
        cut = truncate_partial_line(earlier)
        if cut:
            self.notes.append(f"removed an incomplete last line ({cut} bytes)")
        expected_full = self.fmt in ("jsonl", "full")
        with earlier.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    obj = json.loads(raw)
                    rec_id = obj["id"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise OutputError(f"cannot resume: line {n} of {earlier} is not an "
                                      "annotation record") from exc
                if "error" not in obj and ("schema_version" in obj) != expected_full:
                    raise OutputError(f"cannot resume: {self.path} holds another format "
                                      f"than --format {self.fmt}")
                self.done[str(rec_id)] += 1
                self.failed += "error" in obj

    def write(self, result: Result) -> None:
        """Append the record's line; flush every few records so a kill loses little."""
        self._fh.write(result.payload + "\n")
        self._pending += 1
        if self._pending >= self.flush_every:
            self._fh.flush()
            self._pending = 0

    def close(self) -> None:
        """Flush, close, and give the complete output its name."""
        if not self._fh.closed:
            self._fh.close()
            os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Flush what can be flushed and leave it as `OUTPUT.partial`."""
        with contextlib.suppress(OSError):
            self._fh.close()


def truncate_partial_line(path: Path, block: int = 65536) -> int:
    """Cut a file back to its last newline; the number of bytes removed."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        pos = size
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        if keep < size:
            fh.truncate(keep)
    return size - keep


class _PartDirectory:
    """A directory of numbered part files; hidden `.tmp` names until a part is complete."""

    def __init__(self, path: Path, mode: str, folders: list[Path]) -> None:
        self.path = path
        self.notes: list[str] = []
        if path.exists() and not path.is_dir():
            raise OutputError(f"output {path} is a file; this format writes a directory")
        if mode == "new" and path.exists() and any(path.iterdir()):
            raise OutputError(f"output {path} exists and is not empty; pass --overwrite to "
                              "replace it or --resume to continue it")
        if mode == "overwrite":
            for folder in folders:
                for part in self.parts(folder).values():
                    part.unlink()
                self.remove_temporaries(folder)
        path.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def parts(folder: Path) -> dict[int, Path]:
        """Completed part files of `folder` by number."""
        if not folder.is_dir():
            return {}
        found = {}
        for child in folder.iterdir():
            match = _PART.match(child.name)
            if match:
                found[int(match.group(1))] = child
        return found

    @staticmethod
    def remove_temporaries(folder: Path) -> int:
        """Delete parts a killed run left half-written; how many."""
        stale = list(folder.glob(".part-*.tmp")) if folder.is_dir() else []
        for tmp in stale:
            tmp.unlink()
        return len(stale)


def _part_name(number: int, suffix: str) -> str:
    return f"part-{number:05d}.{suffix}"


def _tmp_path(final: Path) -> Path:
    return final.with_name("." + final.name + ".tmp")


class ParquetWriter:
    """One sub-directory per table, parts of `part_size` articles in row groups."""

    def __init__(self, path: Path, *, mode: str, part_size: int, group_size: int) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise OutputError("parquet output needs pyarrow: pip install 'newsnlp[parquet]'") \
                from exc
        self.dir = _PartDirectory(path, mode, [path / table for table in TABLES])
        self.notes = self.dir.notes
        self.part_size, self.group_size = part_size, max(1, min(group_size, part_size))
        self.done: Counter[str] = Counter()
        self.failed = 0
        self._next = self._recover() if mode == "resume" else 0
        self._buffer: Rows = {t: [] for t in TABLES}
        self._buffered = 0
        self._in_part = 0
        self._writers: dict[str, Any] = {}

    def _recover(self) -> int:
        """Drop half-written and orphan parts; count the ids of complete ones."""
        import pyarrow.parquet as pq

        removed = sum(_PartDirectory.remove_temporaries(self.dir.path / t) for t in TABLES)
        articles = _PartDirectory.parts(self.dir.path / "articles")
        for table in TABLES[1:]:
            for number, part in _PartDirectory.parts(self.dir.path / table).items():
                if number not in articles:
                    part.unlink()
                    removed += 1
        if removed:
            self.notes.append(f"removed {removed} incomplete part file(s)")
        for part in articles.values():
            table = pq.read_table(part, columns=["id", "status"])
            self.done.update(str(i) for i in table.column("id").to_pylist())
            self.failed += table.column("status").to_pylist().count("error")
        return max(articles, default=-1) + 1

    def write(self, result: Result) -> None:
        """Buffer the record's rows; write a row group every `group_size` articles."""
        for table, rows in result.payload.items():
            self._buffer[table].extend(rows)
        self._buffered += 1
        if self._buffered >= self.group_size:
            self._flush_group()

    def _flush_group(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = parquet_schemas()
        if not self._writers:
            for table in TABLES:
                final = self.dir.path / table / _part_name(self._next, "parquet")
                final.parent.mkdir(parents=True, exist_ok=True)
                self._writers[table] = pq.ParquetWriter(_tmp_path(final), schemas[table])
        for table in TABLES:
            rows = self._buffer[table]
            if rows:
                self._writers[table].write_table(pa.Table.from_pylist(rows, schemas[table]))
            self._buffer[table] = []
        self._in_part += self._buffered
        self._buffered = 0
        if self._in_part >= self.part_size:
            self._commit_part()

    def _commit_part(self) -> None:
        """Close the part of every table; rename `articles` last (it is the ledger)."""
        for table in (*TABLES[1:], TABLES[0]):
            self._writers[table].close()
        for table in (*TABLES[1:], TABLES[0]):
            final = self.dir.path / table / _part_name(self._next, "parquet")
            os.replace(_tmp_path(final), final)
        self._writers = {}
        self._next += 1
        self._in_part = 0

    def close(self) -> None:
        """Write what is buffered and complete the open part."""
        if self._buffered:
            self._flush_group()
        if self._writers:
            self._commit_part()

    def abort(self) -> None:
        """Leave the open part as a temporary file (resume deletes it and redoes its rows)."""
        for writer in self._writers.values():
            with contextlib.suppress(OSError):
                writer.close()


class DocBinWriter:
    """`part-NNNNN.spacy` files of `part_size` documents; ids in each doc's `user_data`."""

    def __init__(self, path: Path, *, mode: str, part_size: int) -> None:
        article_to_doc_function()  # fail early, before any work, when it is missing
        self.dir = _PartDirectory(path, mode, [path])
        self.notes = self.dir.notes
        self.part_size = part_size
        self.done: Counter[str] = Counter()
        self.failed = 0
        self._next = self._recover() if mode == "resume" else 0
        self._bin: Any = None
        self._count = 0

    def _recover(self) -> int:
        if _PartDirectory.remove_temporaries(self.dir.path):
            self.notes.append("removed an incomplete part file")
        parts = _PartDirectory.parts(self.dir.path)
        for part in parts.values():
            for rec_id, ok in docbin_ids(part):
                self.done[rec_id] += 1
                self.failed += not ok
        return max(parts, default=-1) + 1

    def write(self, result: Result) -> None:
        """Add the record's document; write the part when it is full."""
        from spacy.tokens import DocBin

        if self._bin is None:
            self._bin = DocBin(store_user_data=True)
        self._bin.merge(DocBin(store_user_data=True).from_bytes(result.payload))
        self._count += 1
        if self._count >= self.part_size:
            self._commit()

    def _commit(self) -> None:
        final = self.dir.path / _part_name(self._next, "spacy")
        _tmp_path(final).write_bytes(self._bin.to_bytes())
        os.replace(_tmp_path(final), final)
        self._next += 1
        self._bin, self._count = None, 0

    def close(self) -> None:
        """Write the last, partly filled part."""
        if self._bin is not None and self._count:
            self._commit()

    def abort(self) -> None:
        """Drop the part being filled (resume redoes its records)."""
        self._bin, self._count = None, 0


def docbin_ids(path: Path) -> Iterator[tuple[str, bool]]:
    """(record id, parsed without error) of each document of one DocBin part, in order."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    for doc in DocBin(store_user_data=True).from_disk(path).get_docs(Vocab()):
        yield str(doc.user_data.get("id")), "error" not in doc.user_data
