"""Publication date on the shared real pages: newsnlp (text and HTML input) and htmldate.

    python benchmarks/published_pages.py [--show-errors]

The labels (`benchmarks/data/waddle_published.json`) were made by hand for this measurement:
for each of the 119 pages of `../shared/realdata/pages/waddle_pl_dev.jsonl.gz`, the date (and
time, where shown) that the page gives its article, or null where it shows none. Only page ids
and dates are stored. A prediction is right when its day is the label's day and, where both
carry a time, the times agree to the minute. The pages' crawl date is never given to the
extractors. htmldate (a trafilatura dependency, `pip install htmldate`) is the peer on the HTML,
with its original-date search; it gives days only. Nothing in newsnlp was tuned on these labels.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PAGES = SHARED / "realdata" / "pages" / "waddle_pl_dev.jsonl.gz"
LABELS = ROOT / "benchmarks" / "data" / "waddle_published.json"
Predict = Callable[[dict[str, Any]], str | None]


def agrees(predicted: str | None, label: str) -> bool:
    """Same day, and the same minute when both name a time."""
    if not predicted or predicted[:10] != label[:10]:
        return False
    both_timed = len(label) >= 16 and len(predicted) >= 16
    return not both_timed or predicted[11:16] == label[11:16]


def newsnlp_fn(field: str) -> Predict:
    """newsnlp's `Article.meta.published` for the record's `text` or `html`."""
    import newsnlp

    pipeline = newsnlp.Pipeline(nlp=None)
    return lambda record: pipeline.parse(str(record[field])).meta.published


def htmldate_fn() -> Predict | None:
    """htmldate's original publication date of the HTML, or None when it is not installed."""
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def run(record: dict[str, Any]) -> str | None:
        found = find_date(str(record["html"]), original_date=True, extensive_search=True)
        return str(found) if found else None
    return run


def score(name: str, records: list[dict[str, Any]], labels: dict[str, Any], fn: Predict,
          show: bool) -> None:
    dated = right = undated = invented = 0
    errors = []
    for record in records:
        label = labels.get(str(record["id"]))
        predicted = fn(record)
        if label is None:
            undated += 1
            invented += predicted is not None
            if predicted is not None:
                errors.append((record["id"], None, predicted))
            continue
        dated += 1
        if agrees(predicted, label["published"]):
            right += 1
        else:
            errors.append((record["id"], label["published"], predicted))
    print(f"| {name} | {right}/{dated} = {right / max(dated, 1):.3f} | "
          f"{invented}/{undated} |")
    if show:
        for rid, label_value, predicted in errors:
            print(f"    {str(rid)[:60]}  label {label_value}  predicted {predicted}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if not PAGES.exists():
        print(f"{PAGES} not found: nothing to measure")
        return
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    print("| extractor | right on pages with a date | a date on pages without one |")
    print("|---|---:|---:|")
    score("newsnlp, text", records, labels, newsnlp_fn("text"), args.show_errors)
    score("newsnlp, HTML", records, labels, newsnlp_fn("html"), args.show_errors)
    peer = htmldate_fn()
    if peer is not None:
        score("htmldate, HTML (days only)", records, labels, peer, args.show_errors)


if __name__ == "__main__":
    main()
