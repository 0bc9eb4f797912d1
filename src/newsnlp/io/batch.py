"""Ordered, streaming batch annotation, in this process or in worker processes.

Inputs are read lazily and cut into small chunks; at most `window` chunks are in flight, so
memory stays flat whatever the input size, and results come back in input order. Workers are
`spawn`ed processes that each build one `Pipeline` (cached per process, see
`worker_pipeline`); only tuples of strings go to them and only strings, bytes and plain dicts
come back (`newsnlp.io.writers.encode`). The same chunk function runs in-process, in worker
processes and on Dask workers, which is why every mode gives byte-identical output.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Generic, TypeVar

from newsnlp.io.inputs import Record
from newsnlp.io.writers import ErrorInfo, OutputError, Result, encode
from newsnlp.text.normalize import replace_surrogates

if TYPE_CHECKING:
    from newsnlp.pipeline import Pipeline

DEFAULT_CHUNK_SIZE = 16
# (id, text or None, error or None, published, url, reference date): what crosses process
# boundaries.
Job = tuple["str | None", "str | None", "ErrorInfo | None", "str | None", "str | None",
            "str | None"]
A = TypeVar("A")
B = TypeVar("B")


def clean(value: str | None) -> str | None:
    """`value` made encodable (lone surrogates replaced); None stays None."""
    return None if value is None else replace_surrogates(value)


def to_job(record: Record) -> Job:
    """The picklable tuple of one input record (ids and metadata made encodable)."""
    return (clean(record.id), record.text, record.error, clean(record.published),
            clean(record.url), clean(record.reference))


def skip_done(records: Iterable[Record], done: Counter[str]) -> Iterator[Record]:
    """Records not yet in the output: each id is skipped as many times as it is there."""
    for record in records:
        rec_id = clean(record.id) or ""
        if done.get(rec_id, 0) > 0:
            done[rec_id] -= 1
            continue
        yield record


def chunked(items: Iterable[A], size: int) -> Iterator[list[A]]:
    """Consecutive lists of `size` items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


_PIPELINES: dict[int | None, Pipeline] = {}


def worker_pipeline(max_chars: int | None = None) -> Pipeline:
    """This process's pipeline, built on first use and then reused for every chunk
    (`max_chars` None: the Pipeline's default limit)."""
    pipeline = _PIPELINES.get(max_chars)
    if pipeline is None:
        from newsnlp.pipeline import Pipeline

        pipeline = Pipeline() if max_chars is None else Pipeline(max_chars=max_chars)
        _PIPELINES[max_chars] = pipeline
    return pipeline


def _error(exc: BaseException) -> ErrorInfo:
    return {"type": type(exc).__name__, "message": str(exc)[:500]}


def annotate_job(pipeline: Pipeline, job: Job, fmt: str) -> Result:
    """One record to its payload; a failure becomes an error record, never an exception."""
    rec_id, text, error, published, url, reference = job
    if text is None:
        return encode(fmt, rec_id, None, error or {"type": "input", "message": "no text"})
    try:
        article = pipeline.parse(text, published=published, url=url, id=rec_id,
                                 reference=reference)
        return encode(fmt, rec_id, article, None)
    except OutputError:
        raise
    except Exception as exc:  # one bad page never stops a batch
        return encode(fmt, rec_id, None, _error(exc))


def annotate_chunk(jobs: list[Job], fmt: str,
                   max_chars: int | None = None) -> list[Result]:
    """Annotate a chunk with this process's pipeline (the task run by every worker)."""
    pipeline = worker_pipeline(max_chars)
    return [annotate_job(pipeline, job, fmt) for job in jobs]


def _init_process() -> None:
    """Workers leave Ctrl-C to the parent, which shuts them down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(fn: Callable[[list[A]], list[B]], chunks: Iterable[list[A]], *,
                workers: int, window: int | None = None,
                on_crash: Callable[[A], B] | None = None) -> Iterator[B]:
    """`fn` over chunks in `workers` spawned processes, results flattened in input order.

    At most `window` chunks (default 3 per worker) are submitted ahead of the one being
    yielded, so the input is consumed only as fast as results are. A chunk whose worker dies
    is retried item by item; an item that kills a worker again gives `on_crash(item)`, or
    raises `WorkerCrash` without it.
    """
    if workers <= 1:
        for chunk in chunks:
            yield from fn(chunk)
        return
    limit = max(1, window or 3 * workers)
    pool = _Pool(fn, workers, on_crash)
    try:
        pending: deque[_Task[A, B]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(chunk))
            if len(pending) >= limit:
                yield from pool.result(pending.popleft())
        while pending:
            yield from pool.result(pending.popleft())
    finally:
        pool.shutdown()


class WorkerCrash(RuntimeError):
    """A worker process died (killed or crashed) on one input item."""

    def __init__(self, item: object) -> None:
        super().__init__("a worker process died while annotating one record")
        self.item = item


class _Pool(Generic[A, B]):
    """A spawn-context process pool running `fn`, rebuilt after a worker dies.

    `generation` counts rebuilds: a future of an older pool that failed is simply redone on
    the current pool, which is only rebuilt when it is itself the broken one."""

    def __init__(self, fn: Callable[[list[A]], list[B]], workers: int,
                 on_crash: Callable[[A], B] | None) -> None:
        self.fn, self.workers, self.on_crash = fn, workers, on_crash
        self.generation = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_process)

    def submit(self, chunk: list[A]) -> _Task[A, B]:
        """Queue one chunk (on a fresh pool if the current one is broken)."""
        try:
            return _Task(chunk, self.generation, self.executor.submit(self.fn, chunk))
        except BrokenProcessPool:
            self._restart()
            return _Task(chunk, self.generation, self.executor.submit(self.fn, chunk))

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()
        self.generation += 1

    def result(self, task: _Task[A, B]) -> list[B]:
        """The chunk's results; after a worker death, redo it one item per task."""
        try:
            return task.future.result()
        except (BrokenProcessPool, CancelledError):
            if task.generation == self.generation:
                self._restart()
        out: list[B] = []
        for item in task.chunk:
            try:
                out.extend(self.executor.submit(self.fn, [item]).result())
            except (BrokenProcessPool, CancelledError) as exc:
                self._restart()
                if self.on_crash is None:
                    raise WorkerCrash(item) from exc
                out.append(self.on_crash(item))
        return out

    def shutdown(self) -> None:
        """Stop the workers; chunks not started are cancelled."""
        self.executor.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class _Task(Generic[A, B]):
    """A submitted chunk, the pool generation it went to, and its future."""

    chunk: list[A]
    generation: int
    future: Future[list[B]]


def annotate(records: Iterable[Record], *, fmt: str = "jsonl", workers: int = 1,
             chunk_size: int = DEFAULT_CHUNK_SIZE, window: int | None = None,
             max_chars: int | None = None) -> Iterator[Result]:
    """One `Result` per record, in input order, streaming (`workers` processes when > 1)."""
    fn = partial(annotate_chunk, fmt=fmt, max_chars=max_chars)
    jobs = chunked(map(to_job, records), max(1, chunk_size))
    yield from ordered_map(fn, jobs, workers=workers, window=window,
                           on_crash=partial(crash_result, fmt=fmt))


def crash_result(job: Job, fmt: str) -> Result:
    """The error record of a job whose worker process died."""
    return encode(fmt, job[0], None, {"type": "worker_crash",
                                      "message": "the worker process died on this record"})
