"""The kind of an organisation that neither the gazetteer nor a head word names (kind
`organisation`): a company ('Vattenfall', 'Telekomunikacja Polska'), a party, a sports team.

A multinomial logistic regression over the name's words and the words right around each
mention ('akcje X', 'prezes X', 'posłowie X'), trained on the ORG subtypes of the n82
annotation of KPWr and CEN (`python -m training.institutions.train_kind`; weights in
`data/models/institutions/org_kind.json`). An entity takes the kind its mentions' mean
probabilities put first when that probability reaches `MIN_PROB`; otherwise it stays an
`organisation`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache

from newsnlp.models import InstitutionKind
from newsnlp.resources import compile_pattern, load_json

__all__ = ["KindModel", "features", "organisation_kind", "shipped_kind_model"]

WEIGHTS_FILE = "models/institutions/org_kind.json"
MIN_PROB = 0.5
CONTEXT_BEFORE, CONTEXT_AFTER = 60, 40  # characters read around a mention
# the model's classes that name a kind; its other class ('other': institutions, NGOs,
# groups) leaves the entity an `organisation`
KINDS: Mapping[str, InstitutionKind] = {"company": "company", "party": "party", "team": "sport"}
_WORD = compile_pattern(r"\w+")


def features(text: str, start: int, end: int) -> list[str]:
    """Feature strings of the mention `text[start:end]`: its lower-cased words, first and last
    word and their endings, length, all-caps, two words before and one after."""
    name = text[start:end]
    words = [w.lower() for w in _WORD.findall(name)]
    out = [f"w={w}" for w in words]
    if words:
        out += [f"first={words[0]}", f"last={words[-1]}", f"suf={words[-1][-3:]}",
                f"fsuf={words[0][-3:]}"]
    out += [f"n={min(len(words), 4)}", f"caps={int(name.isupper())}"]
    before = _WORD.findall(text[max(0, start - CONTEXT_BEFORE):start])[-2:]
    out += [f"b{k}={w.lower()}" for k, w in enumerate(reversed(before))]
    out += [f"a0={w.lower()}" for w in _WORD.findall(text[end:end + CONTEXT_AFTER])[:1]]
    return out


class KindModel:
    """Linear scores per class over feature strings, turned into probabilities (softmax)."""

    def __init__(self, weights: Mapping[str, Mapping[str, float]],
                 intercepts: Mapping[str, float]) -> None:
        self.weights = weights
        self.intercepts = intercepts

    def probs(self, feats: Sequence[str]) -> dict[str, float]:
        """P(class) for one mention's features."""
        scores = {c: self.intercepts[c] + sum(w.get(f, 0.0) for f in feats)
                  for c, w in self.weights.items()}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: e / total for c, e in exp.items()}


@cache
def shipped_kind_model() -> KindModel:
    """The model that ships with the package, loaded once per process."""
    data = load_json(WEIGHTS_FILE)
    return KindModel(data["weights"], data["intercepts"])


def organisation_kind(text: str, spans: Sequence[tuple[int, int]],
                      model: KindModel | None = None) -> InstitutionKind:
    """The kind of an organisation from its mentions `spans` in `text`: the class of the
    highest mean probability, when it reaches MIN_PROB and names a kind."""
    if not spans:
        return "organisation"
    model = model or shipped_kind_model()
    total: dict[str, float] = {}
    for start, end in spans:
        for c, p in model.probs(features(text, start, end)).items():
            total[c] = total.get(c, 0.0) + p
    best = max(total, key=lambda c: (total[c], c))
    if total[best] / len(spans) < MIN_PROB:
        return "organisation"
    return KINDS.get(best, "organisation")
