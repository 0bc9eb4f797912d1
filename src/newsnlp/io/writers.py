"""Output formats of `newsnlp annotate`: encoders (run in workers) and writers (run in the parent).

Each record becomes a *payload* in the worker process (a JSON line, a dict of table rows, or
the bytes of a one-document DocBin), so only plain strings, bytes and dicts cross process
boundaries. A writer appends payloads in input order and knows which ids an existing output
already holds, which is what `--resume` needs.

Layouts:

* `jsonl`/`full` and `flat`: one JSON object per line in a single file.
* `parquet`: a directory with one sub-directory per table (`articles`, `institutions`,
  `mentions`, `dates`, `sources`, `quotes`, `chrome`), each holding `part-NNNNN.parquet`
  files written in row groups; see docs/batch.md.
* `docbin`: a directory of `part-NNNNN.spacy` files (spaCy `DocBin`s).

Part files are written under a hidden temporary name and renamed when complete, so a run killed
at any moment leaves only readable parts behind.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from newsnlp.models import Article, Span
from newsnlp.resources import compile_pattern

if TYPE_CHECKING:
    from spacy.language import Language

FORMATS = ("jsonl", "full", "flat", "parquet", "docbin")
DIRECTORY_FORMATS = ("parquet", "docbin")
TABLES = ("articles", "institutions", "mentions", "dates", "sources", "quotes", "chrome")
ErrorInfo = dict[str, str]
Rows = dict[str, list[dict[str, Any]]]
_PART = compile_pattern(r"^part-(\d{5,})\.(parquet|spacy)$", 0)


class OutputError(ValueError):
    """An output that cannot be used: exists without --overwrite/--resume, corrupt, ..."""


class Result(NamedTuple):
    """One annotated record: its id, whether it parsed, and the format's payload."""

    id: str | None
    ok: bool
    payload: Any


# --- encoders (worker side) ---------------------------------------------------------------


def encode(fmt: str, rec_id: str | None, article: Article | None,
           error: ErrorInfo | None) -> Result:
    """The payload of one record in format `fmt`; `article` is None for a failed record."""
    if fmt in ("jsonl", "full", "flat"):
        return Result(rec_id, article is not None, _json_line(fmt, rec_id, article, error))
    if fmt == "parquet":
        return Result(rec_id, article is not None, table_rows(rec_id, article, error))
    if fmt == "docbin":
        return Result(rec_id, article is not None, _docbin_bytes(rec_id, article, error))
    raise ValueError(f"unknown format {fmt!r}")


def _json_line(fmt: str, rec_id: str | None, article: Article | None,
               error: ErrorInfo | None) -> str:
    if article is None:
        obj: dict[str, Any] = {"id": rec_id, "error": error}
    elif fmt == "flat":
        obj = article.to_flat()
    else:
        obj = article.model_dump(mode="json")
    return json.dumps(obj, ensure_ascii=False)


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _start(span: Span | None) -> int | None:
    return None if span is None else span.start


def _end(span: Span | None) -> int | None:
    return None if span is None else span.end


def table_rows(rec_id: str | None, article: Article | None, error: ErrorInfo | None) -> Rows:
    """Rows of every Parquet table for one record, keyed by table name (see `TABLES`)."""
    rows: Rows = {name: [] for name in TABLES}
    if article is None:
        rows["articles"].append(_error_row(rec_id, error or {}))
        return rows
    rows["articles"].append(_article_row(rec_id, article))
    by_id = {inst.id: inst.canonical for inst in article.institutions}
    for inst in article.institutions:
        rows["institutions"].append({
            "article_id": rec_id, "institution_id": inst.id, "canonical": inst.canonical,
            "acronym": inst.acronym, "kind": inst.kind, "locality": inst.locality,
            "parent_id": inst.parent, "parent_canonical": by_id.get(inst.parent or ""),
            "n_mentions": len(inst.mentions)})
        rows["mentions"].extend(
            {"article_id": rec_id, "institution_id": inst.id, "start": m.start, "end": m.end,
             "text": m.text} for m in inst.mentions)
    rows["dates"] = [
        {"article_id": rec_id, "idx": i, "start": d.start, "end": d.end, "text": d.text,
         "value": d.value, "granularity": d.granularity, "role": d.role,
         "range_part": d.range_part, "range_end": d.range_end, "relative": d.relative}
        for i, d in enumerate(article.dates)]
    rows["sources"] = [
        {"article_id": rec_id, "idx": i, "kind": s.kind, "name": s.text, "start": s.start,
         "end": s.end, "institution_id": s.institution} for i, s in enumerate(article.sources)]
    rows["quotes"] = [
        {"article_id": rec_id, "idx": i, "text": q.text, "start": q.start, "end": q.end,
         "speaker": _text(q.speaker), "speaker_start": _start(q.speaker),
         "speaker_end": _end(q.speaker), "inline": q.inline}
        for i, q in enumerate(article.quotes)]
    rows["chrome"] = [
        {"article_id": rec_id, "idx": i, "kind": c.kind, "start": c.start, "end": c.end,
         "text": c.text, "lines": [line.text for line in c.lines],
         "items": [item.text for item in c.items], "n_events": len(c.events)}
        for i, c in enumerate(article.chrome)]
    return rows


def _error_row(rec_id: str | None, error: ErrorInfo) -> dict[str, Any]:
    return {"id": rec_id, "status": "error", "error_type": error.get("type"),
            "error_message": error.get("message")}


def _article_row(rec_id: str | None, article: Article) -> dict[str, Any]:
    meta, image = article.meta, article.meta.image
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    return {
        "id": rec_id, "status": "ok", "error_type": None, "error_message": None,
        "schema_version": article.schema_version, "url": article.url,
        "category": _text(meta.category), "title": _text(meta.title),
        "published": meta.published, "updated": meta.updated, "lead": _text(article.lead),
        "body": "\n\n".join(paragraphs), "text": article.text, "n_chars": len(article.text),
        "image_caption": _text(image.caption) if image else None,
        "image_credit": _text(image.credit) if image else None,
        "sections": [{"heading": _text(s.heading), "paragraphs": [p.text for p in s.paragraphs]}
                     for s in article.sections],
        "lists": [[item.text for item in lst.items] for lst in article.lists],
        "warnings": [w.code for w in article.warnings],
        "n_institutions": len(article.institutions), "n_dates": len(article.dates),
        "n_sources": len(article.sources), "n_quotes": len(article.quotes),
    }


_NLP: Language | None = None


def _blank_nlp() -> Language:
    """A blank Polish pipeline, built once per process, that tokenises DocBin documents."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.blank("pl")
    return _NLP


def article_to_doc_function() -> Any:
    """`newsnlp.spacy.components.article_to_doc`, or an `OutputError` saying it is missing."""
    try:
        from newsnlp.spacy.components import article_to_doc
    except ImportError as exc:
        raise OutputError("docbin output needs newsnlp.spacy.components.article_to_doc, "
                          f"which is not available: {exc}") from exc
    return article_to_doc


def _docbin_bytes(rec_id: str | None, article: Article | None,
                  error: ErrorInfo | None) -> bytes:
    from spacy.tokens import DocBin

    nlp = _blank_nlp()
    doc = nlp.make_doc("") if article is None else article_to_doc_function()(nlp, article)
    doc.user_data["id"] = rec_id
    if error is not None:
        doc.user_data["error"] = dict(error)
    return bytes(DocBin(store_user_data=True, docs=[doc]).to_bytes())


# --- writers (parent side) ---------------------------------------------------------------


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


class JsonlWriter:
    """One JSON object per line; resume repairs a truncated last line, then appends."""

    def __init__(self, path: Path, *, fmt: str, mode: str, flush_every: int = 64) -> None:
        self.path, self.fmt, self.flush_every = path, fmt, flush_every
        self.done: Counter[str] = Counter()
        self.failed = 0
        self.notes: list[str] = []
        if path.is_dir():
            raise OutputError(f"output {path} is a directory")
        exists = path.exists() and path.stat().st_size > 0
        if exists and mode == "new":
            raise OutputError(f"output {path} exists; pass --overwrite to replace it "
                              "or --resume to continue it")
        path.parent.mkdir(parents=True, exist_ok=True)
        if exists and mode == "resume":
            self._repair_and_scan()
        self._fh = path.open("a" if mode == "resume" else "w", encoding="utf-8")
        self._pending = 0

    def _repair_and_scan(self) -> None:
        cut = truncate_partial_line(self.path)
        if cut:
            self.notes.append(f"removed an incomplete last line ({cut} bytes)")
        expected_full = self.fmt in ("jsonl", "full")
        with self.path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                try:
                    obj = json.loads(raw)
                    rec_id = obj["id"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise OutputError(f"cannot resume: line {n} of {self.path} is not an "
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
        """Flush and close the file."""
        if not self._fh.closed:
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


def parquet_schemas() -> dict[str, Any]:
    """The pyarrow schema of each Parquet table (documented in docs/batch.md)."""
    import pyarrow as pa

    s, i64, b = pa.string(), pa.int64(), pa.bool_()
    strings = pa.list_(s)
    key = [("article_id", s)]
    span = [("start", i64), ("end", i64), ("text", s)]
    section = pa.struct([("heading", s), ("paragraphs", strings)])
    return {
        "articles": pa.schema([
            ("id", s), ("status", s), ("error_type", s), ("error_message", s),
            ("schema_version", s), ("url", s), ("category", s), ("title", s),
            ("published", s), ("updated", s), ("lead", s), ("body", s), ("text", s),
            ("n_chars", i64), ("image_caption", s), ("image_credit", s),
            ("sections", pa.list_(section)), ("lists", pa.list_(strings)),
            ("warnings", strings), ("n_institutions", i64), ("n_dates", i64),
            ("n_sources", i64), ("n_quotes", i64)]),
        "institutions": pa.schema([
            *key, ("institution_id", s), ("canonical", s), ("acronym", s), ("kind", s),
            ("locality", s), ("parent_id", s), ("parent_canonical", s), ("n_mentions", i64)]),
        "mentions": pa.schema([*key, ("institution_id", s), *span]),
        "dates": pa.schema([
            *key, ("idx", i64), *span, ("value", s), ("granularity", s), ("role", s),
            ("range_part", s), ("range_end", s), ("relative", b)]),
        "sources": pa.schema([
            *key, ("idx", i64), ("kind", s), ("name", s), ("start", i64), ("end", i64),
            ("institution_id", s)]),
        "quotes": pa.schema([
            *key, ("idx", i64), *span, ("speaker", s), ("speaker_start", i64),
            ("speaker_end", i64), ("inline", b)]),
        "chrome": pa.schema([
            *key, ("idx", i64), ("kind", s), *span, ("lines", strings), ("items", strings),
            ("n_events", i64)]),
    }


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


def docbin_ids(path: Path) -> Iterator[tuple[str, bool]]:
    """(record id, parsed without error) of each document of one DocBin part, in order."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    for doc in DocBin(store_user_data=True).from_disk(path).get_docs(Vocab()):
        yield str(doc.user_data.get("id")), "error" not in doc.user_data
