"""Where the whole parse loses organisations the NER model finds, on *training* documents.

    python training/ner/gaps.py [--corpus ../shared/realdata/ner] [--nkjp A:B] [--cen A:B]

On documents the model was trained on its ORG spans are close to the gold, so a gold span
the model finds and the parse does not (or reads with other bounds), and a parse span that
overlaps no gold span, show what the parse's rules do to good spans. Prints the whole-parse
ORG P/R/F1 with and without the model and the cases by class. It reads NKJP-1M training
documents (never the held-out 10%) and CEN train only: the figures quoted in the docs are
measured on the held-out sets by `evaluate.py`, which nothing here looks at.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from convert import flat_spans, held_out, read
from evaluate import model_spans, parse_spans, prf

Spans = set[tuple[int, int]]


def _slice(text: str) -> slice:
    start, _, end = text.partition(":")
    return slice(int(start), int(end))


def training_documents(corpus: Path, nkjp: slice, cen: slice) -> dict[str, list[dict[str, Any]]]:
    """The chosen slices of NKJP-1M's training documents and of CEN train."""
    train = [r for r in read(corpus / "nkjp1m.jsonl.gz") if not held_out(r["id"])]
    cen_train = list(read(corpus / "cen_train.jsonl.gz"))
    return {"NKJP-1M train": train[nkjp], "CEN train": cen_train[cen]}


def cases(text: str, gold: Spans, model: Spans, parse: Spans) -> list[tuple[str, str, str]]:
    """(class, span text, context) of each loss of the parse against the model."""
    out = []
    for s, e in sorted(gold & model - parse):
        bounds = any(a < e and s < b for a, b in parse)
        out.append(("model right, parse bounds differ" if bounds else "model right, parse none",
                    text[s:e], text[max(0, s - 40):e + 40].replace("\n", " ")))
    for s, e in sorted(parse - gold):
        if not any(a < e and s < b for a, b in gold):
            out.append(("parse span, no gold" + (" (model span)" if (s, e) in model else ""),
                        text[s:e], text[max(0, s - 40):e + 40].replace("\n", " ")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/realdata/ner"))
    ap.add_argument("--nkjp", type=_slice, default=_slice("400:1400"))
    ap.add_argument("--cen", type=_slice, default=_slice("0:592"))
    args = ap.parse_args()
    for name, docs in training_documents(args.corpus, args.nkjp, args.cen).items():
        gold = [{(s, e) for s, e, lab in flat_spans(d["entities"]) if lab == "ORG"} for d in docs]
        model = [{(s, e) for s, e, lab in m if lab == "ORG"} for m in model_spans(docs)]
        with_model = [{(s, e) for s, e, _ in p} for p in parse_spans(docs, "auto")]
        rules = [{(s, e) for s, e, _ in p} for p in parse_spans(docs, None)]
        as_labelled = [{(s, e, "ORG") for s, e in x} for x in (*gold, *with_model, *rules)]
        n = len(docs)
        print(f"{name} ({n} documents), whole parse ORG with the model "
              f"{prf(as_labelled[:n], as_labelled[n:2 * n], 'ORG')}, rules only "
              f"{prf(as_labelled[:n], as_labelled[2 * n:], 'ORG')}")
        found = [c for d, g, m, p in zip(docs, gold, model, with_model, strict=True)
                 for c in cases(d["text"], g, m, p)]
        for cls, count in Counter(c[0] for c in found).most_common():
            print(f"  {cls}: {count}")
            for c in (c for c in found if c[0] == cls):
                print(f"    {c[1]!r} | {c[2]}")


if __name__ == "__main__":
    main()
