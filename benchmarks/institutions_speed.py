"""How much institution extraction adds to a page's parse time.

Usage: python benchmarks/institutions_speed.py [DIR] [--repeat N]

Parses every `*.txt` page of DIR (default: ../shared/eval/dev) with `Pipeline.parse`, and
times `extract_institutions` on the same segmented blocks.  Reports the warm share
institutions / (parse without institutions), the target being <= 30%, and the one-off cost
of building the lexicon (gazetteer + Morfeusz case forms) on first use.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsnlp.extract.dates import find_dates
from newsnlp.extract.institutions import extract_institutions
from newsnlp.extract.institutions.lexicon import lexicon
from newsnlp.layout.segment import segment
from newsnlp.pipeline import Pipeline
from newsnlp.text.lines import split_lines
from newsnlp.text.normalize import normalize

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def _timed(fn: object, *args: object, repeat: int) -> float:
    """Median wall time of `fn(*args)` over `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print per-corpus timings and the overhead ratio."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted(args.dir.glob("*.txt"))]
    start = time.perf_counter()
    lexicon()
    cold = time.perf_counter() - start
    pipeline = Pipeline()
    for text in pages:  # warm everything (Morfeusz caches, regexes)
        pipeline.parse(text)
    parse_total = inst_total = 0.0
    for text in pages:
        parse_total += _timed(pipeline.parse, text, repeat=args.repeat)
        page = normalize(text).text
        blocks = segment(page, split_lines(page), find_dates)
        inst_total += _timed(extract_institutions, page, blocks, repeat=args.repeat)
    base = parse_total - inst_total
    n = len(pages)
    print(f"pages: {n}")
    print(f"lexicon build (cold, once per process): {cold * 1000:.0f} ms")
    print(f"parse per page (warm, with institutions): {parse_total / n * 1000:.2f} ms")
    print(f"institutions per page (warm): {inst_total / n * 1000:.2f} ms")
    print(f"institutions add {inst_total / base * 100:.1f}% to the rest of the parse "
          f"(target <= 30%)")


if __name__ == "__main__":
    main()
