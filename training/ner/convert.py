"""Convert the shared Polish NER corpora to spaCy DocBin files for `spacy train`.

Labels: ORG, PER, LOC (the corpora's GEO and LOC merged). Nested entities are flattened to the
outermost non-overlapping span; NKJP name parts (forename/surname) and DATE/TIME/OTHER are
dropped. 10% of the NKJP-1M documents (chosen by a hash of the id, so deterministic) are held
out and never trained on; CEN dev is the development set (early stopping and evaluation only).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin

LABELS = {"ORG": "ORG", "PER": "PER", "GEO": "LOC", "LOC": "LOC"}
TRAIN_FILES = ("nkjp1m", "kpwr_n82_train", "cen_train")
HELD_OUT_PERCENT = 10


def held_out(doc_id: str) -> bool:
    """True for the NKJP documents of our own held-out split (10% by id hash)."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


def read(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON documents of one corpus file."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def flat_spans(entities: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Outermost non-overlapping (start, end, label) spans of the kept labels."""
    kept = [
        (e["start"], e["end"], LABELS[e["coarse"]])
        for e in entities
        if e["coarse"] in LABELS and not e.get("name_part")
    ]
    kept.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, label in kept:
        if out and start < out[-1][1]:
            continue
        out.append((start, end, label))
    return out


def to_doc(nlp: spacy.language.Language, record: dict[str, Any]) -> tuple[Doc, int]:
    """The record as a Doc with its entities; also how many spans did not align to tokens."""
    doc = nlp.make_doc(record["text"])
    spans = []
    missed = 0
    for start, end, label in flat_spans(record["entities"]):
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is None or len(span) == 0:
            missed += 1
            continue
        spans.append(span)
    doc.ents = spans
    return doc, missed


def convert(corpus_dir: Path, out_dir: Path) -> dict[str, int]:
    """Write train.spacy, heldout.spacy (NKJP 10%) and dev.spacy (CEN dev); return counts."""
    nlp = spacy.blank("pl")
    bins = {"train": DocBin(), "heldout": DocBin(), "dev": DocBin()}
    counts = {"missed": 0}
    for name in (*TRAIN_FILES, "cen_dev"):
        for record in read(corpus_dir / f"{name}.jsonl.gz"):
            doc, missed = to_doc(nlp, record)
            counts["missed"] += missed
            if name == "cen_dev":
                split = "dev"
            elif name == "nkjp1m" and held_out(record["id"]):
                split = "heldout"
            else:
                split = "train"
            bins[split].add(doc)
            counts[split] = counts.get(split, 0) + 1
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, docbin in bins.items():
        docbin.to_disk(out_dir / f"{split}.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/realdata/ner"))
    parser.add_argument("--out", type=Path, default=Path("training/ner/corpus"))
    args = parser.parse_args()
    print(json.dumps(convert(args.corpus, args.out)))


if __name__ == "__main__":
    main()
