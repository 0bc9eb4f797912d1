"""Train the organisation-kind model: `python -m training.institutions.train_kind [CORPUS]`
writes `src/newsnlp/data/models/institutions/org_kind.json` and prints its figures on CEN dev.

Examples are the ORG entities of KPWr n82 train and CEN train (`../shared/realdata/ner`),
labelled by their n82 subtype: `company`, `party` (nam_org_political_party), `team`
(nam_org_group_team) and `other` (institutions, organisations, bands). The features are
`newsnlp.extract.institutions.org_kind.features`. A multinomial logistic regression
(scikit-learn, L-BFGS: deterministic) with the library's default strength (C=1); features
seen once are dropped. CEN dev is never trained on: the figures printed are held out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from newsnlp.extract.institutions.org_kind import MIN_PROB, KindModel, features
from training.ner.convert import read

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "newsnlp" / "data" / "models" / "institutions" / "org_kind.json"
CORPUS = ROOT.parent / "shared" / "realdata" / "ner"
TRAIN = ("kpwr_n82_train.jsonl.gz", "cen_train.jsonl.gz")
SUBTYPES = {"nam_org_company": "company", "nam_org_political_party": "party",
            "nam_org_group_team": "team"}


def examples(records: Iterable[dict[str, Any]]) -> tuple[list[list[str]], list[str]]:
    """(features, class) of every ORG entity."""
    rows, labels = [], []
    for rec in records:
        for ent in rec["entities"]:
            if ent["coarse"] == "ORG":
                rows.append(features(rec["text"], ent["start"], ent["end"]))
                labels.append(SUBTYPES.get(ent["label"], "other"))
    return rows, labels


def _identity(row: list[str]) -> list[str]:
    return row


def fit(rows: list[list[str]], labels: list[str]) -> KindModel:
    vectorizer = CountVectorizer(analyzer=_identity, binary=True, min_df=2)
    model = LogisticRegression(max_iter=5000)
    model.fit(vectorizer.fit_transform(rows), labels)
    weights = {str(c): {f: round(float(model.coef_[k][i]), 4)
                        for f, i in sorted(vectorizer.vocabulary_.items())
                        if abs(model.coef_[k][i]) >= 1e-3}
               for k, c in enumerate(model.classes_)}
    intercepts = {str(c): round(float(model.intercept_[k]), 4)
                  for k, c in enumerate(model.classes_)}
    return KindModel(weights, intercepts)


def report(model: KindModel, rows: list[list[str]], labels: list[str]) -> None:
    """Precision and recall of each named class on held-out examples."""
    predicted = []
    for row in rows:
        probs = model.probs(row)
        best = max(probs, key=lambda c: (probs[c], c))
        predicted.append(best if probs[best] >= MIN_PROB else "other")
    for c in ("company", "party", "team"):
        tp = sum(1 for g, p in zip(labels, predicted, strict=True) if g == p == c)
        print(f"CEN dev {c}: P {tp / max(predicted.count(c), 1):.3f} "
              f"R {tp / max(labels.count(c), 1):.3f} (gold {labels.count(c)}, "
              f"predicted {predicted.count(c)})")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    rows, labels = examples(r for name in TRAIN for r in read(corpus / name))
    model = fit(rows, labels)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    data = {"_doc": "Organisation-kind model (training/institutions/train_kind.py): class -> "
                    "feature -> weight. Trained on KPWr n82 train and CEN train (CC BY 3.0).",
            "intercepts": model.intercepts, "weights": model.weights}
    TARGET.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"{len(rows)} examples {dict(Counter(labels))} -> {TARGET}", file=sys.stderr)
    report(model, *examples(read(corpus / "cen_dev.jsonl.gz")))


if __name__ == "__main__":
    main()
