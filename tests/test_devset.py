"""Quality gate: the evaluation scorer on ../shared/eval/dev must stay above the thresholds.

Skipped when the evaluation set is absent (as on a user's machine).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsnlp

# metric -> minimum; F1 for "prf" metrics, accuracy for "acc" ones.
THRESHOLDS: dict[str, float] = {
    "body_tokens": 0.97, "headings": 0.95, "list_items": 0.95, "quotes": 0.90,
    "quote_speaker": 0.85, "lead_exact": 0.90, "title": 0.95, "category": 0.95,
    "boilerplate_lines": 0.95, "article_parsed": 1.0,
    # institutions (issue 3)
    "institutions": 0.90, "institution_mentions": 0.90, "institution_acronym": 0.95,
    # dates and sources (issue 4)
    "date_values": 0.95, "date_spans": 0.90, "published": 0.95, "sources": 0.92,
    "image_credit": 0.95,
}


def _scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsnlp_eval_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(eval_dir: Path) -> dict[str, Any]:
    pipeline = newsnlp.Pipeline()
    preds = {}
    for path in sorted((eval_dir / "dev").glob("*.txt")):
        article = pipeline.parse(path.read_text(encoding="utf-8"), id=path.stem)
        preds[path.stem] = json.loads(json.dumps(article.to_flat()))
    result: dict[str, Any] = _scorer(eval_dir).score(eval_dir / "dev", preds, 0)
    return result


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_dev_metric_above_threshold(scores: dict[str, Any], metric: str) -> None:
    value = (scores["prf"][metric]["f"] if metric in scores["prf"]
             else scores["acc"][metric]["acc"])
    assert value >= THRESHOLDS[metric], f"{metric} = {value:.3f} < {THRESHOLDS[metric]}"
