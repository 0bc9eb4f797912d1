"""The one parallel runner: a function over chunks, in worker processes or on Dask, in order.

`Pipeline.pipe`, the CLI batch (`newsnlp.io.batch`) and Dask (`newsnlp.io.dask_runner`) all
call `ordered_map`. At most `window` chunks are in flight ahead of the one being yielded, so
the input is consumed only as fast as results come back and memory stays flat. A chunk whose
worker dies is redone item by item, so one poisonous item costs one result, not the batch.

Workers are `spawn`ed, except when the main module is a script without an
`if __name__ == "__main__":` guard: spawn would run such a script again in every worker, so
there `fork` is used where the platform has it, and elsewhere a clear error says to add the
guard. This module imports nothing of newsnlp: the task function brings its own state (the
worker's cached pipeline lives in `newsnlp.pipeline`).
"""

from __future__ import annotations

import ast
import itertools
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

A = TypeVar("A")
B = TypeVar("B")
WINDOW_PER_WORKER = 3  # chunks in flight per worker: enough to keep every worker busy


class WorkerCrash(RuntimeError):
    """A worker process died (killed or crashed) on one input item."""

    def __init__(self, item: object) -> None:
        super().__init__("a worker process died while annotating one record")
        self.item = item


def chunked(items: Iterable[A], size: int) -> Iterator[list[A]]:
    """Consecutive lists of `size` items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class _Backend(Protocol[A, B]):
    """Where chunks run: `submit` queues one, `result` waits for it (redoing it item by item
    after a worker death), `shutdown` stops what is left."""

    workers: int

    def submit(self, chunk: list[A]) -> _Task[A, B]: ...

    def result(self, task: _Task[A, B]) -> list[B]: ...

    def shutdown(self) -> None: ...


def ordered_map(fn: Callable[[list[A]], list[B]], chunks: Iterable[list[A]], *,
                workers: int = 1, window: int | None = None,
                on_crash: Callable[[A], B] | None = None, client: Any = None) -> Iterator[B]:
    """`fn` over chunks, results flattened in input order.

    Runs on the Dask `client` when given, else in `workers` processes (in this process when
    `workers` <= 1). At most `window` chunks (default WINDOW_PER_WORKER per worker) are
    submitted ahead of the one being yielded. An item that kills a worker again when run
    alone gives `on_crash(item)`, or raises `WorkerCrash` without it.
    """
    backend: _Backend[A, B]
    if client is not None:
        backend = _DaskBackend(fn, client, on_crash)
    elif workers <= 1:
        for chunk in chunks:
            yield from fn(chunk)
        return
    else:
        backend = _ProcessBackend(fn, workers, on_crash)
    limit = max(1, window or WINDOW_PER_WORKER * backend.workers)
    try:
        pending: deque[_Task[A, B]] = deque()
        for chunk in chunks:
            pending.append(backend.submit(chunk))
            if len(pending) >= limit:
                yield from backend.result(pending.popleft())
        while pending:
            yield from backend.result(pending.popleft())
    finally:
        backend.shutdown()


@dataclass(frozen=True)
class _Task(Generic[A, B]):
    """A submitted chunk, the pool generation it went to, and its future."""

    chunk: list[A]
    generation: int
    future: Any  # a concurrent.futures.Future or a distributed.Future


def _init_process() -> None:
    """Workers leave Ctrl-C to the parent, which shuts them down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@lru_cache(maxsize=8)
def _has_main_guard(path: str) -> bool:
    """The script at `path` keeps its top-level work under `if __name__ == "__main__":`."""
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return True  # not a script we can read: spawn handles it as usual
    for node in tree.body:
        test = node.test if isinstance(node, ast.If) else None
        if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
                and test.left.id == "__name__"):
            return True
    return False


def start_method() -> str:
    """`spawn`, or `fork` for a main script without a main guard (see the module doc)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    spec = getattr(getattr(main, "__spec__", None), "name", "")
    if (path is None or not str(path).endswith(".py") or spec.endswith(".__main__")
            or _has_main_guard(str(path))):
        return "spawn"  # multiprocessing never runs a package's __main__ again
    if "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    raise RuntimeError(
        f"worker processes would run {path} again: put the code that starts them under "
        "`if __name__ == \"__main__\":` (see docs/batch.md), or use one process")


class _ProcessBackend(Generic[A, B]):
    """A process pool running `fn`, rebuilt after a worker dies.

    `generation` counts rebuilds: a future of an older pool that failed is simply redone on
    the current pool, which is only rebuilt when it is itself the broken one."""

    def __init__(self, fn: Callable[[list[A]], list[B]], workers: int,
                 on_crash: Callable[[A], B] | None) -> None:
        self.fn, self.workers, self.on_crash = fn, workers, on_crash
        self.context = multiprocessing.get_context(start_method())
        self.generation = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=_init_process)

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
        future: Future[list[B]] = task.future
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            if task.generation == self.generation:
                self._restart()
        out: list[B] = []
        for item in task.chunk:
            try:
                out.extend(self.executor.submit(self.fn, [item]).result())
            except (BrokenProcessPool, CancelledError) as exc:
                self._restart()
                out.append(_crashed(item, self.on_crash, exc))
        return out

    def shutdown(self) -> None:
        """Stop the workers; chunks not started are cancelled."""
        self.executor.shutdown(wait=True, cancel_futures=True)


def _crashed(item: A, on_crash: Callable[[A], B] | None, exc: BaseException) -> B:
    if on_crash is None:
        raise WorkerCrash(item) from exc
    return on_crash(item)


class _DaskBackend(Generic[A, B]):
    """Chunks as tasks of a `distributed.Client`; a chunk that kills workers (Dask gives up
    with `KilledWorker`) is redone item by item."""

    def __init__(self, fn: Callable[[list[A]], list[B]], client: Any,
                 on_crash: Callable[[A], B] | None) -> None:
        from distributed import KilledWorker

        self.fn, self.client, self.on_crash = fn, client, on_crash
        self.killed: type[BaseException] = KilledWorker
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.pending: list[Any] = []

    def submit(self, chunk: list[A]) -> _Task[A, B]:
        """Queue one chunk on the cluster."""
        future = self.client.submit(self.fn, chunk, pure=False)
        self.pending.append(future)
        return _Task(chunk, 0, future)

    def result(self, task: _Task[A, B]) -> list[B]:
        """The chunk's results, or its items' one by one after it killed workers."""
        self.pending.remove(task.future)
        try:
            return list(task.future.result())
        except self.killed:
            pass
        out: list[B] = []
        for item in task.chunk:
            try:
                out.extend(self.client.submit(self.fn, [item], pure=False).result())
            except self.killed as exc:
                out.append(_crashed(item, self.on_crash, exc))
        return out

    def shutdown(self) -> None:
        """Cancel the chunks still queued (the cluster itself belongs to the caller)."""
        self.client.cancel(self.pending)
