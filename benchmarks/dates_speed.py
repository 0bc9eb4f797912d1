"""Per-page time of newsnlp's date finder against dateparser's search_dates.

Usage: python benchmarks/dates_speed.py [DEV_DIR] [--repeat N]

DEV_DIR holds NAME.txt pages (default ../shared/eval/dev). Both finders read the whole page
text with the publication date from NAME.json when there is one; each page is timed N times
(default 5), alternating the two finders, and the best time of each is kept, after one
warm-up pass that loads and compiles everything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from newsnlp.extract.dates import find_dates

Runner = Callable[[str, str | None], int]


def run_newsnlp(text: str, published: str | None) -> int:
    return len(find_dates(text, 0, len(text), published=published))


def run_dateparser(text: str, published: str | None) -> int:
    from dateparser.search import search_dates

    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    return len(search_dates(text, languages=["pl"], settings=settings) or [])


def best_times(text: str, published: str | None, repeat: int) -> tuple[float, float]:
    """Best time of each finder on one page; the two are run alternately so that a change in
    machine load hits both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, runner in enumerate((run_newsnlp, run_dateparser)):
            t0 = time.perf_counter()
            runner(text, published)
            best[i] = min(best[i], time.perf_counter() - t0)
    return best[0], best[1]


def load(dev: Path) -> list[tuple[str, str, str | None]]:
    pages = []
    for txt in sorted(dev.glob("*.txt")):
        meta = txt.with_suffix(".json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") \
            if meta.is_file() else None
        pages.append((txt.stem, txt.read_text(encoding="utf-8"), published))
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", nargs="?", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    pages = load(args.dev)
    if not pages:
        raise SystemExit(f"no .txt pages in {args.dev}")
    for _, text, published in pages:  # warm-up: data files, compiled patterns
        run_newsnlp(text, published)
        run_dateparser(text, published)
    times = [best_times(t, p, args.repeat) for _, t, p in pages]
    ours, theirs = [a for a, _ in times], [b for _, b in times]
    print(f"{'page':10} {'chars':>6} {'newsnlp ms':>11} {'search_dates ms':>16} {'ratio':>7}")
    for (name, text, _), a, b in zip(pages, ours, theirs, strict=True):
        print(f"{name:10} {len(text):6d} {1000 * a:11.2f} {1000 * b:16.2f} {b / a:7.1f}")
    mean_a, mean_b = statistics.mean(ours), statistics.mean(theirs)
    print(f"{'mean':10} {'':6} {1000 * mean_a:11.2f} {1000 * mean_b:16.2f} {mean_b / mean_a:7.1f}")
    print(f"{'median':10} {'':6} {1000 * statistics.median(ours):11.2f} "
          f"{1000 * statistics.median(theirs):16.2f}")


if __name__ == "__main__":
    main()
