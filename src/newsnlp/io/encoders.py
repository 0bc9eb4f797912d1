"""Payloads of `newsnlp annotate` records, built in the worker processes.

Each record becomes a *payload* where it is annotated: a JSON line (`jsonl`/`full`, `flat`),
a dict of Parquet table rows, or the bytes of a one-document spaCy DocBin, so only plain
strings, bytes and dicts cross process boundaries. The writers (`newsnlp.io.writers`) append
them in order in the parent.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from newsnlp.models import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language

FORMATS = ("jsonl", "full", "flat", "parquet", "docbin")
JSON_LINES = ("jsonl", "full", "flat")  # the formats written as one JSON object per line
TABLES = ("articles", "institutions", "mentions", "dates", "sources", "quotes", "chrome")
ErrorInfo = dict[str, str]
Rows = dict[str, list[dict[str, Any]]]
# Characters json.dumps leaves raw that other readers (str.splitlines, JavaScript) take for
# line breaks: escaped, so one record stays one line everywhere.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class OutputError(ValueError):
    """An output that cannot be used: exists without --overwrite/--resume, corrupt, ..."""


class Result(NamedTuple):
    """One annotated record: its id, whether it parsed, the format's payload, and the error
    type of a failed record."""

    id: str | None
    ok: bool
    payload: Any
    error_type: str | None = None


def encode(fmt: str, rec_id: str | None, article: Article | None,
           error: ErrorInfo | None) -> Result:
    """The payload of one record in format `fmt`; `article` is None for a failed record."""
    payload: Any
    if fmt in JSON_LINES:
        payload = _json_line(fmt, rec_id, article, error)
    elif fmt == "parquet":
        payload = table_rows(rec_id, article, error)
    elif fmt == "docbin":
        payload = _docbin_bytes(rec_id, article, error)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    error_type = None if article is not None else (error or {}).get("type", "error")
    return Result(rec_id, article is not None, payload, error_type)


def _json_line(fmt: str, rec_id: str | None, article: Article | None,
               error: ErrorInfo | None) -> str:
    if article is None:
        obj: dict[str, Any] = {"id": rec_id, "error": error}
    elif fmt == "flat":
        obj = article.to_flat()
    else:
        obj = article.model_dump(mode="json")
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS)


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
         "value": d.value, "type": d.type, "granularity": d.granularity, "role": d.role,
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
            *key, ("idx", i64), *span, ("value", s), ("type", s), ("granularity", s), ("role", s),
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
