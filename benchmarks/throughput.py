"""Throughput and memory of batch annotation (issue 5), with reference tools on the same pages.

Builds N distinct pages by varying the text of examples/*.txt (and ../shared/eval/dev/*.txt,
read only, when present), then measures in one run: newsnlp in one process, with 2 worker
processes and on a Dask LocalCluster of 2 workers (checking the three outputs are identical);
spaCy's blank Polish tokenizer + sentencizer; dateparser's `search_dates` (on a subset: it is
slow). Tokens are counted by the spaCy tokenizer. Then peak RSS of a streaming
`newsnlp annotate --format flat` at two input sizes, each in a fresh process.

    .venv/bin/python benchmarks/throughput.py [--pages 2000] [--memory 1000,10000]
        [--dateparser-pages 30] [--no-dask] [--rounds 9] [--quick]
    .venv/bin/python benchmarks/throughput.py --dask-speedup [--pages 2000] [--rounds 3]

The one-process/spaCy CPU ratio is also measured in `--rounds` back-to-back pairs, because a
shared machine's speed drifts by tens of percent between runs minutes apart.

Targets: one process >= 0.5x spaCy; 2 workers >= 1.6x one process on 2,000 pages (2 cores);
Dask LocalCluster of 2 workers >= 1.5x one process (both warm);
peak RSS flat between 1,000 and 10,000 pages; identical outputs. Run it on an idle machine.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# the shared data next to the repository or to one of its parents (a git worktree under
# wt/NAME finds it too: without it the pages are the examples alone, shorter and easier)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
SOURCES = [ROOT / "examples", SHARED / "eval" / "dev"]
TOWNS = ["Sosnowcu", "Żarkach", "Będzinie", "Myszkowie", "Zawierciu", "Olkuszu", "Siewierzu"]


def base_pages() -> list[str]:
    """The texts the benchmark varies (never copied anywhere)."""
    return [p.read_text(encoding="utf-8") for folder in SOURCES if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """The page with its day numbers, years and town names changed at random."""
    text = re.sub(r"\b\d{1,2}\b", lambda _: str(rng.randint(1, 28)), text)
    text = re.sub(r"\b20\d\d\b", lambda _: str(rng.randint(2015, 2027)), text)
    for town in TOWNS:
        if town in text:
            text = text.replace(town, rng.choice(TOWNS))
    return text


def make_pages(n: int) -> Iterator[tuple[str, str]]:
    """(id, text) of `n` distinct pages, deterministic for a given `n`."""
    bases = base_pages()
    for i in range(n):
        yield f"page-{i:06d}", vary(bases[i % len(bases)], random.Random(i))


def write_jsonl(path: Path, n: int) -> Path:
    """Write `n` pages as the JSONL input of `newsnlp annotate`."""
    with path.open("w", encoding="utf-8") as fh:
        for rec_id, text in make_pages(n):
            fh.write(json.dumps({"id": rec_id, "text": text}, ensure_ascii=False) + "\n")
    return path


CPU: dict[str, float] = {}  # CPU seconds of this process per measurement (noise-robust)


def timed(fn: Callable[[], Any], name: str = "") -> tuple[float, Any]:
    """(wall seconds, result) of one call; its CPU seconds go to CPU[name]."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    CPU[name] = time.process_time() - cpu
    return time.perf_counter() - start, result


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    Linux's VmHWM, not ru_maxrss: a process started by fork+exec inherits its parent's
    ru_maxrss, which would hide the figure of a small child behind a big parent."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
    except (OSError, AttributeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds of this process's finished children (worker processes, once shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class ChildRss:
    """Samples the RSS of this process's descendants (psutil, if installed) while running."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            psutil: Any = importlib.import_module("psutil")
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.wait(self.interval):
            for proc in me.children(recursive=True):
                try:
                    self.peak = max(self.peak, proc.memory_info().rss / 2**20)
                except psutil.Error:
                    continue

    def __enter__(self) -> ChildRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def records(pages: Sequence[tuple[str, str]]) -> Iterator[Any]:
    from newsnlp.io.inputs import Record

    return (Record(rec_id, text) for rec_id, text in pages)


def run_newsnlp(pages: Sequence[tuple[str, str]], workers: int) -> tuple[float, list[str]]:
    """(seconds to the first result, flat JSON lines of every page in order)."""
    from newsnlp.io.batch import annotate

    start = time.perf_counter()
    lines: list[str] = []
    first = 0.0
    for result in annotate(records(pages), fmt="flat", workers=workers):
        if not lines:
            first = time.perf_counter() - start
        lines.append(result.payload)
    return first, lines


def _warm_worker() -> None:
    """Build this Dask worker's pipeline and load its resources (as one warm process has)."""
    from newsnlp.pipeline import worker_pipeline

    worker_pipeline().parse("Tytuł\n\nTreść 5 marca 2026 r. w KPP w Sosnowcu.")


def run_dask(pages: Sequence[tuple[str, str]], workers: int) -> tuple[float, float, list[str]]:
    """(cluster start s, annotate s, lines) on a LocalCluster of `workers` processes whose
    pipelines are built before the clock starts (cluster start and warm-up shown apart)."""
    from newsnlp.io.dask_runner import annotate_records, connect

    start = time.perf_counter()
    with connect("local", workers) as client:
        client.run(_warm_worker)
        started = time.perf_counter() - start
        seconds, lines = timed(lambda: [r.payload for r in annotate_records(
            records(pages), client, fmt="flat")])
    return started, seconds, lines


def dask_speedup(n: int, rounds: int) -> dict[str, Any]:
    """One warm process against a warm Dask LocalCluster of 2 workers on the same `n` pages,
    in `rounds` alternating pairs (a pair shares the machine's speed of the moment)."""
    from newsnlp.pipeline import worker_pipeline

    pages = list(make_pages(n))
    worker_pipeline().parse(pages[0][1])
    ratios, one_s, dask_s = [], [], []
    for _ in range(rounds):
        one, (_, lines) = timed(lambda: run_newsnlp(pages, 1), "one")
        _, dask, dask_lines = run_dask(pages, 2)
        assert dask_lines == lines, "Dask output differs from one process"
        one_s.append(one)
        dask_s.append(dask)
        ratios.append(one / dask)
        print(f"{n} pages: one process {one:.2f} s, Dask 2 workers {dask:.2f} s "
              f"= {one / dask:.2f}x (output identical)")
    print(f"Dask 2 workers / one process, median of {rounds}: {statistics.median(ratios):.2f}x "
          "(target >= 1.5)")
    return {"pages": n, "one_s": one_s, "dask_s": dask_s, "ratios": ratios}


def cold_start() -> float:
    """Seconds a fresh process takes to import newsnlp and parse its first page."""
    code = ("import time; t = time.perf_counter(); from newsnlp.pipeline import worker_pipeline; "
            "worker_pipeline().parse('Tytuł\\n\\nTreść 5 marca 2026 r. w KPP w Sosnowcu.'); "
            "print(time.perf_counter() - t)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return float(proc.stdout.strip())


def run_spacy(texts: Sequence[str]) -> tuple[float, int]:
    """(seconds, tokens) of spaCy's blank Polish tokenizer + sentencizer over `texts`."""
    import spacy

    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(texts[:5]))  # warm up
    return timed(lambda: sum(len(doc) for doc in nlp.pipe(texts)), "spacy")


def run_dateparser(texts: Sequence[str]) -> float:
    """Seconds of `dateparser.search.search_dates(text, languages=['pl'])` over `texts`."""
    from dateparser.search import search_dates

    search_dates(texts[0][:200], languages=["pl"])  # warm up
    return timed(lambda: [search_dates(t, languages=["pl"]) for t in texts], "dateparser")[0]


def paired_ratios(pages: Sequence[tuple[str, str]], texts: Sequence[str],
                  rounds: int) -> list[float]:
    """spaCy CPU time over newsnlp's (one process) on the same 200 pages, in `rounds` pairs
    run back to back: short pairs share the machine's speed of the moment."""
    pages, texts = pages[:200], texts[:200]
    ratios = []
    for _ in range(rounds):
        run_spacy(texts)
        timed(lambda: run_newsnlp(pages, 1), "one")
        ratios.append(CPU["spacy"] / CPU["one"])
    return ratios


def line(name: str, seconds: float, pages: int, tokens: int, extra: str = "") -> str:
    """One row of the report."""
    return (f"{name:<34} {pages / seconds:9.1f} pages/s {tokens / seconds:11.0f} tokens/s"
            f"  ({seconds:6.2f} s){extra}")


def throughput(n: int, dateparser_pages: int, dask: bool, rounds: int) -> dict[str, Any]:
    """Run every throughput measurement on the same `n` pages and print the report."""
    pages = list(make_pages(n))
    texts = [text for _, text in pages]
    out: dict[str, Any] = {"pages": n, "chars": sum(map(len, texts))}
    spacy_s, tokens = run_spacy(texts)
    out["tokens"] = tokens
    from newsnlp.pipeline import worker_pipeline

    worker_pipeline().parse(texts[0])  # load resources: measure steady-state one-process speed
    one_s, (_, one) = timed(lambda: run_newsnlp(pages, 1), "one")
    children = children_cpu()
    with ChildRss() as workers_rss:
        two_s, (two_first, two) = timed(lambda: run_newsnlp(pages, 2), "two")
    out["two_workers_cpu_s"] = children_cpu() - children
    out |= {"spacy_s": spacy_s, "one_s": one_s, "two_s": two_s, "two_identical": two == one,
            "two_first_result_s": two_first, "workers_peak_rss_mb": workers_rss.peak}
    print(f"{n} pages, {out['chars'] / n:.0f} characters and {tokens / n:.0f} tokens per page")
    out |= {"spacy_cpu_s": CPU["spacy"], "one_cpu_s": CPU["one"]}
    print(line("spaCy blank pl tokenizer+sentencizer", spacy_s, n, tokens,
               f"  CPU {CPU['spacy']:.2f} s"))
    print(line("newsnlp, 1 process", one_s, n, tokens,
               f"  CPU {CPU['one']:.2f} s; = {spacy_s / one_s:.2f}x spaCy (wall), "
               f"{CPU['spacy'] / CPU['one']:.2f}x (CPU); target >= 0.5"))
    ratios = out["paired_cpu_ratios"] = paired_ratios(pages, texts, rounds)
    print(f"{'':<34} spaCy/newsnlp CPU ratio in {rounds} back-to-back pairs of 200 pages: "
          f"{', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}"
          " (a shared machine's speed drifts between runs; a pair shares the drift)")
    cold = out["cold_start_s"] = cold_start()
    print(f"{'':<34} a fresh process needs {cold:.1f} s to start (imports, resources): "
          f"1 process from cold = {one_s + cold:.2f} s")
    print(line("newsnlp, --workers 2", two_s, n, tokens,
               f"  = {one_s / two_s:.2f}x 1 warm process, {(one_s + cold) / two_s:.2f}x 1 cold "
               f"process (target >= 1.6); identical: {two == one};"
               f" first result after {two_first:.1f} s (worker start-up);"
               f" CPU: parent {CPU['two']:.1f} s, workers {out['two_workers_cpu_s']:.1f} s"))
    if dask:
        start_s, dask_s, lines = run_dask(pages, 2)
        out |= {"dask_start_s": start_s, "dask_s": dask_s, "dask_identical": lines == one}
        print(line("newsnlp, Dask LocalCluster 2 workers", dask_s, n, tokens,
                   f"  = {one_s / dask_s:.2f}x; identical: {lines == one};"
                   f" cluster start {start_s:.1f} s"))
    k = min(dateparser_pages, n)
    if k:
        dp_s = run_dateparser(texts[:k])
        out["dateparser_s_per_page"] = dp_s / k
        out["dateparser_cpu_s_per_page"] = CPU["dateparser"] / k
        print(f"{'dateparser search_dates (pl)':<34} {k / dp_s:9.1f} pages/s "
              f"  ({dp_s / k * 1000:.0f} ms/page wall, {CPU['dateparser'] / k * 1000:.0f} ms "
              f"CPU, on {k} pages; newsnlp: {out['one_cpu_s'] / n * 1000:.1f} ms CPU/page)")
    print(f"peak RSS: this process {peak_rss_mb():.0f} MB, largest worker process "
          f"{out['workers_peak_rss_mb']:.0f} MB (0 without psutil)")
    return out


def memory(sizes: Sequence[int], workdir: Path) -> dict[int, float]:
    """Peak RSS (MB) of `newsnlp annotate --format flat` on `size` pages, fresh process each."""
    peaks: dict[int, float] = {}
    for size in sizes:
        src = write_jsonl(workdir / f"in-{size}.jsonl", size)
        out = workdir / f"out-{size}.jsonl"
        proc = subprocess.run([sys.executable, __file__, "--child", str(src), str(out)],
                              capture_output=True, text=True, check=True)
        peaks[size] = float(proc.stdout.strip().splitlines()[-1])
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        print(f"streaming annotate --format flat, {size:>6} pages: peak RSS "
              f"{peaks[size]:6.0f} MB ({lines} lines, input {src.stat().st_size >> 20} MB)")
        src.unlink()
        out.unlink()
    return peaks


def child(src: str, out: str) -> None:
    """Run `newsnlp annotate` in this process and print its peak RSS in MB."""
    from newsnlp.io.cli import main

    main(["annotate", src, "-o", out, "--format", "flat", "--no-progress"])
    print(f"{peak_rss_mb():.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line of the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--memory", default="1000,10000",
                        help="page counts of the memory check, comma-separated ('' skips it)")
    parser.add_argument("--dateparser-pages", type=int, default=30)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--rounds", type=int, default=9,
                        help="back-to-back spaCy/newsnlp pairs for the CPU ratio")
    parser.add_argument("--quick", action="store_true",
                        help="a fast smoke run: 200 pages, memory at 100 and 400")
    parser.add_argument("--dask-speedup", action="store_true",
                        help="only compare one warm process with a warm 2-worker Dask "
                             "LocalCluster on --pages pages, --rounds times")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if args.dask_speedup:
        figures = dask_speedup(args.pages, args.rounds)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return 0
    if args.quick:
        args.pages, args.memory, args.dateparser_pages = 200, "100,400", 5
    print(f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f} (wall-clock "
          "figures assume an idle machine; CPU figures are robust to load)")
    figures = throughput(args.pages, args.dateparser_pages, not args.no_dask, args.rounds)
    sizes = [int(s) for s in args.memory.split(",") if s.strip()]
    if sizes:
        with tempfile.TemporaryDirectory() as tmp:
            figures["peak_rss_mb"] = memory(sizes, Path(tmp))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
