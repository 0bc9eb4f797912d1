"""Date finding on KPWr TIMEX3 documents (real Polish blogs and local news).

Usage: python benchmarks/kpwr_timex.py [DATA_DIR] [--split train|tune|both] [--dateparser]
       [--show N]

DATA_DIR holds kpwr_timex_{train,tune}.jsonl (default ../shared/realdata). Scoring follows
the data's README: recall over t3_date/t3_time spans (a gold span counts as found when a
found date overlaps it), value accuracy over found spans whose gold `val` is a full ISO date
(`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, compared on the day, and on the minute when both have
one), precision where a found date is false only when it overlaps no gold span of any type
(durations and sets are annotated too). Two newsnlp finders are scored: `find_dates` (the
news conventions of CONVENTIONS.md) and `find_timex` (the TIMEX3 scheme: find_dates plus
seasons, weeks, decades, durations, sets, ...). `--dateparser` also scores dateparser's
search_dates.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import regex

from newsnlp.extract.dates import find_dates
from newsnlp.extract.dates.timex import find_timex

FULL_ISO = regex.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")
SCORED_TYPES = ("t3_date", "t3_time")

Found = tuple[int, int, str | None]  # start, end, value
Finder = Callable[[str, str | None], list[Found]]


@dataclass
class Score:
    """Counts for one split and one finder."""

    gold: int = 0
    found_gold: int = 0
    durations: int = 0
    found_durations: int = 0
    value_n: int = 0
    value_ok: int = 0
    predicted: int = 0
    false_pos: int = 0
    seconds: float = 0.0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    def row(self) -> str:
        recall = self.found_gold / self.gold if self.gold else 1.0
        acc = self.value_ok / self.value_n if self.value_n else 1.0
        prec = 1 - self.false_pos / self.predicted if self.predicted else 1.0
        ms = 1000 * self.seconds / max(1, self.docs)
        dur = self.found_durations / self.durations if self.durations else 1.0
        return (f"recall {recall:.3f} ({self.found_gold}/{self.gold})  value acc {acc:.3f} "
                f"({self.value_ok}/{self.value_n})  duration recall {dur:.3f} "
                f"({self.found_durations}/{self.durations})  precision {prec:.3f} "
                f"({self.predicted - self.false_pos}/{self.predicted})  {ms:.2f} ms/doc")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_value(gold: str, found: str | None) -> bool:
    """Gold full ISO date vs found value: equal days, and equal minutes if both have one."""
    if not found or len(found) < 10 or found[:10] != gold[:10]:
        return False
    return len(gold) == 10 or len(found) == 10 or found[:16] == gold[:16]


def news_finder(text: str, published: str | None) -> list[Found]:
    """The news scheme: `find_dates` over the whole text (CONVENTIONS.md)."""
    return [(m.start, m.end, m.value) for m in find_dates(text, 0, len(text), published=published)]


def timex_finder(text: str, published: str | None) -> list[Found]:
    """The TIMEX3 scheme: `find_timex` (find_dates plus TIMEX-only expressions)."""
    return [(m.start, m.end, m.value) for m in find_timex(text, document_date=published)]


def dateparser_finder(text: str, published: str | None) -> list[Found]:
    """search_dates, with offsets recovered by searching each returned string in order."""
    from dateparser.search import search_dates

    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    out: list[Found] = []
    pos = 0
    for found_text, when in search_dates(text, languages=["pl"], settings=settings) or []:
        start = text.find(found_text, pos)
        if start < 0:
            continue
        pos = start + len(found_text)
        has_time = ":" in found_text or "godz" in found_text
        out.append((start, pos, when.strftime("%Y-%m-%dT%H:%M" if has_time else "%Y-%m-%d")))
    return out


def documents(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def score_doc(doc: dict[str, object], found: list[Found], score: Score) -> None:
    text = str(doc["text"])
    spans = [d for d in doc["dates"] if isinstance(d, dict)]  # type: ignore[attr-defined]
    for g in spans:
        if g["type"] == "t3_duration":
            score.durations += 1
            score.found_durations += any(overlaps((f[0], f[1]), (g["start"], g["end"]))
                                         for f in found)
        if g["type"] not in SCORED_TYPES:
            continue
        score.gold += 1
        hits = [f for f in found if overlaps((f[0], f[1]), (g["start"], g["end"]))]
        if hits:
            score.found_gold += 1
        if FULL_ISO.fullmatch(g["val"] or ""):
            score.value_n += 1
            if any(same_value(g["val"], h[2]) for h in hits):
                score.value_ok += 1
            else:
                score.errors.append(f"{doc['id']} value: gold {g['text']!r}={g['val']} "
                                    f"found {[(text[h[0]:h[1]], h[2]) for h in hits]}")
        if not hits:
            score.errors.append(f"{doc['id']} missed: {g['text']!r} ({g['val']}) in "
                                f"{text[max(0, g['start'] - 30):g['end'] + 20]!r}")
    for f in found:
        score.predicted += 1
        if not any(overlaps((f[0], f[1]), (g["start"], g["end"])) for g in spans):
            score.false_pos += 1
            score.errors.append(f"{doc['id']} false: {text[f[0]:f[1]]!r}={f[2]} in "
                                f"{text[max(0, f[0] - 30):f[1] + 20]!r}")


def run(path: Path, finder: Finder) -> Score:
    score = Score()
    for doc in documents(path):
        text, published = str(doc["text"]), doc.get("date")
        t0 = time.perf_counter()
        found = finder(text, published if isinstance(published, str) else None)
        score.seconds += time.perf_counter() - t0
        score.docs += 1
        score_doc(doc, found, score)
    return score


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / "realdata")
    ap.add_argument("--split", choices=("train", "tune", "both"), default="both")
    ap.add_argument("--dateparser", action="store_true", help="also score search_dates")
    ap.add_argument("--show", type=int, default=0, help="print N errors per split")
    args = ap.parse_args()
    splits = ("train", "tune") if args.split == "both" else (args.split,)
    finders: list[tuple[str, Finder]] = [("find_dates", news_finder),
                                         ("find_timex", timex_finder)]
    if args.dateparser:
        finders.append(("dateparser", dateparser_finder))
    for split in splits:
        path = args.data / f"kpwr_timex_{split}.jsonl"
        if not path.is_file():
            sys.exit(f"not found: {path}")
        for name, finder in finders:
            score = run(path, finder)
            print(f"{split:5} {name:10} {score.row()}")
            for e in score.errors[:args.show]:
                print("   ", e)


if __name__ == "__main__":
    main()
