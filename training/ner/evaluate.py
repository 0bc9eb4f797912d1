"""Exact-span NER figures of the shipped model and of the whole parse (docs/accuracy.md).

    python training/ner/evaluate.py [--corpus ../shared/realdata/ner]

- model: P/R/F1 per label (ORG, PER, LOC) on CEN dev and on our own NKJP-1M held-out 10%
  (`convert.held_out`, never trained on); gold spans flattened as for training.
- parse: every institution mention the parse returns counted as an ORG span, on CEN dev
  and on the NKJP held-out 10%, without the model (`nlp=None`, the rule-based 'before') and
  with it (`nlp="auto"`); the parse's offsets are mapped back to the record's text.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from convert import flat_spans, held_out, read

import newsnlp
from newsnlp.extract.ner import shipped_model

Spans = set[tuple[int, int, str]]


def prf(gold: Iterable[Spans], pred: Iterable[Spans], label: str) -> dict[str, float]:
    """Micro precision, recall and F1 of exact (start, end) spans with `label`."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gl, pl = {s for s in g if s[2] == label}, {s for s in p if s[2] == label}
        tp, fp, fn = tp + len(gl & pl), fp + len(pl - gl), fn + len(gl - pl)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 3), "r": round(recall, 3), "f1": round(f1, 3), "gold": tp + fn}


def gold_spans(records: list[dict[str, Any]]) -> Iterator[Spans]:
    for rec in records:
        yield set(flat_spans(rec["entities"]))


def model_spans(records: list[dict[str, Any]]) -> Iterator[Spans]:
    nlp = shipped_model()
    for doc in nlp.pipe(rec["text"] for rec in records):
        yield {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def parse_spans(records: list[dict[str, Any]], nlp: str | None) -> Iterator[Spans]:
    """Institution mentions of the parse as ORG spans, in the offsets of the record's text
    (the parse normalises quotes and spaces; `Page.to_raw` maps its offsets back)."""
    pipeline = newsnlp.Pipeline(nlp=nlp)
    for rec in records:
        page = pipeline.prepare(rec["text"])
        article = pipeline.parse_page(page)
        yield {(*page.to_raw(m.start, m.end), "ORG")
               for i in article.institutions for m in i.mentions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/realdata/ner"))
    args = parser.parse_args()
    cen = list(read(args.corpus / "cen_dev.jsonl.gz"))
    nkjp = [r for r in read(args.corpus / "nkjp1m.jsonl.gz") if held_out(r["id"])]
    results: dict[str, Any] = {}
    for name, records in (("cen_dev", cen), ("nkjp_heldout", nkjp)):
        gold, pred = list(gold_spans(records)), list(model_spans(records))
        results[f"model/{name}"] = {lab: prf(gold, pred, lab) for lab in ("ORG", "PER", "LOC")}
    for name, records in (("cen_dev", cen), ("nkjp_heldout", nkjp)):
        gold = list(gold_spans(records))
        for label, nlp in (("rules", None), ("rules+model", "auto")):
            results[f"parse/{name}/{label}"] = prf(gold, list(parse_spans(records, nlp)), "ORG")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
