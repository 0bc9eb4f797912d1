"""Dask entry points: the CLI's `--dask` runner and annotation of a user's bag or dataframe.

Tasks ship only the module-level function `newsnlp.io.batch.annotate_chunk` and tuples of
strings, through the one parallel runner (`newsnlp.io.runner`); every Dask worker process
builds its `Pipeline` once on its first task (the per-process cache of
`newsnlp.pipeline.worker_pipeline`) and reuses it for every later task. Results are the same
payloads as in a plain run, so outputs are byte-identical. Needs `pip install 'newsnlp[dask]'`
(and newsnlp installed on every worker of a remote cluster).
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from newsnlp.io.batch import Job, annotate, annotate_chunk
from newsnlp.io.encoders import JSON_LINES, TABLES, Result, parquet_schemas
from newsnlp.io.inputs import Record


def _module(name: str) -> Any:
    """An optional dependency, imported on use (dask and pandas are extras, untyped here)."""
    return importlib.import_module(name)


@contextmanager
def connect(address: str, workers: int = 2) -> Iterator[Any]:
    """A `distributed.Client`: `local` starts a LocalCluster of `workers` single-threaded
    processes (closed on exit); anything else is the address of a running scheduler."""
    dist = _module("distributed")
    if address != "local":
        with dist.Client(address) as client:
            yield client
        return
    with dist.LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            dist.Client(cluster) as client:
        yield client


def annotate_records(records: Iterable[Record], client: Any, *, fmt: str = "jsonl",
                     chunk_size: int | None = None, window: int | None = None,
                     max_chars: int | None = None) -> Iterator[Result]:
    """Like `newsnlp.io.batch.annotate`, on a Dask cluster: ordered, at most `window` chunks
    (default 3 per worker) in flight, so the input streams through."""
    return annotate(records, fmt=fmt, chunk_size=chunk_size, window=window,
                    max_chars=max_chars, client=client)


def _item_job(item: Any, text_key: str, id_key: str) -> Job:
    """A bag element (a text, or a mapping with text, id, published, url) as a job."""
    if isinstance(item, str):
        return (None, item, None, None, None, None)
    if not isinstance(item, Mapping) or not isinstance(item.get(text_key), str):
        rec_id = item.get(id_key) if isinstance(item, Mapping) else None
        return (None if rec_id is None else str(rec_id), None,
                {"type": "input", "message": f"expected a string or a mapping with a "
                                             f"{text_key!r} string"}, None, None, None)
    rec_id, published, url = item.get(id_key), item.get("published"), item.get("url")
    rec_id = None if rec_id is None else str(rec_id)
    if published is not None and not isinstance(published, str):
        return (rec_id, None, {"type": "input", "message": "'published' must be a string"},
                None, None, None)
    return (rec_id, item[text_key], None, published, url if isinstance(url, str) else None,
            None)


def _annotate_items(items: Iterable[Any], fmt: str, text_key: str, id_key: str,
                    as_json: bool, max_chars: int | None) -> list[Any]:
    results = annotate_chunk([_item_job(i, text_key, id_key) for i in items], fmt, max_chars)
    return [r.payload if as_json else json.loads(r.payload) for r in results]


def annotate_bag(bag: Any, *, format: str = "full", text_key: str = "text",
                 id_key: str = "id", as_json: bool = False,
                 max_chars: int | None = None) -> Any:
    """Annotate a `dask.bag.Bag` of texts or of mappings (`text`, `id`, `published`, `url`).

    Returns a bag, in the same order, of the dicts `newsnlp annotate` writes (`format` is
    `full` or `flat`; a failed element gives `{"id": ..., "error": {...}}`), or of their JSON
    lines when `as_json` (`.to_textfiles()` then writes exactly the CLI's output).
    """
    if format not in JSON_LINES:
        raise ValueError(f"annotate_bag supports formats {JSON_LINES}, not {format!r}")
    return bag.map_partitions(_annotate_items, format, text_key, id_key, as_json, max_chars)


def _annotate_frame(frame: Any, fmt: str, text_column: str, id_column: str | None,
                    table: str | None, max_chars: int | None) -> Any:
    pd = _module("pandas")
    texts = frame[text_column].tolist()
    ids = frame[id_column].tolist() if id_column else [None] * len(texts)
    jobs: list[Job] = [
        (None if i is None else str(i), t if isinstance(t, str) else None,
         None if isinstance(t, str) else {"type": "input", "message": "text is not a string"},
         None, None, None) for i, t in zip(ids, texts, strict=True)]
    if table is None:
        results = annotate_chunk(jobs, fmt, max_chars)
        return pd.DataFrame({"id": [r.id for r in results], "ok": [r.ok for r in results],
                             "annotation": [r.payload for r in results]}, index=frame.index)
    rows = [row for r in annotate_chunk(jobs, "parquet", max_chars) for row in r.payload[table]]
    return _table_frame(table, rows)


def _table_frame(table: str, rows: list[dict[str, Any]]) -> Any:
    """Rows of one Parquet table as a pandas DataFrame with that table's column types."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, parquet_schemas()[table]).to_pandas()


def annotate_dataframe(df: Any, *, text_column: str = "text", id_column: str | None = "id",
                       format: str = "full", table: str | None = None,
                       max_chars: int | None = None) -> Any:
    """Annotate the `text_column` of a `dask.dataframe.DataFrame`.

    Without `table`: a dataframe on the same index with columns `id`, `ok` and `annotation`
    (the JSON line of `format`, `full` or `flat`). With `table` (`articles`, `institutions`,
    `mentions`, `dates`, `sources`, `quotes`, `chrome`): the rows of that table of the Parquet
    layout (docs/batch.md), keyed by `article_id` (`id` in `articles`).
    """
    if table is not None and table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, not {table!r}")
    if table is None and format not in JSON_LINES:
        raise ValueError(f"annotate_dataframe supports formats {JSON_LINES}, not {format!r}")
    pd = _module("pandas")
    if table is None:
        meta = pd.DataFrame({"id": pd.Series(dtype=object), "ok": pd.Series(dtype=bool),
                             "annotation": pd.Series(dtype=object)})
    else:
        meta = _table_frame(table, [])
    return df.map_partitions(_annotate_frame, format, text_column, id_column, table,
                             max_chars, meta=meta)
