"""Train the title ranker: `python -m training.layout.train_title` writes
`src/newsnlp/data/models/layout/title.json` from every page in `data.py` that has a title line.

A logistic regression (scikit-learn, L-BFGS: deterministic) over the candidate lines of each
page, the title line positive, the other candidates negative; classes weighted by their size,
since a page has one title among dozens of candidates. Only the feature strings of
`newsnlp.layout.features` enter it, never the words of the pages.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from newsnlp.layout.title import TitleRanker, is_candidate, ranker_rows
from training.layout.data import ROOT, Sequence_, all_sequences

TARGET = ROOT / "src" / "newsnlp" / "data" / "models" / "layout" / "title.json"
C = 0.3  # L2 strength (inverse): chosen among 0.1, 0.3, 1 by leave-one-site-out accuracy


def _identity(row: list[str]) -> list[str]:
    return row


def fit(sequences: Iterable[Sequence_]) -> TitleRanker:
    """The ranker trained on the candidate lines of the pages that have a title line."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for seq in sequences:
        if "title" not in seq.labels:
            continue
        for row, label in zip(ranker_rows(seq.features, seq.texts), seq.labels, strict=True):
            if is_candidate(row):
                rows.append(row)
                labels.append(int(label == "title"))
    vectorizer = CountVectorizer(analyzer=_identity, binary=True)
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, labels)
    weights = {f: round(float(model.coef_[0][i]), 6)
               for f, i in sorted(vectorizer.vocabulary_.items()) if model.coef_[0][i]}
    return TitleRanker(weights, round(float(model.intercept_[0]), 6))


def save(ranker: TitleRanker, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"_doc": "Title ranker weights (training/layout/train_title.py): feature -> weight.",
            "intercept": ranker.intercept, "weights": dict(ranker.weights)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    encoding="utf-8")


def main() -> None:
    seqs = all_sequences()
    ranker = fit(seqs)
    save(ranker, TARGET)
    print(f"trained on {sum('title' in s.labels for s in seqs)} pages -> {TARGET} "
          f"({len(ranker.weights)} weights)", file=sys.stderr)


if __name__ == "__main__":
    main()
