"""Cost of the shipped NER model (issue 14): its tokens/s in one process, and the whole parse
with and without it, each as a ratio to spaCy's blank Polish tokenizer + sentencizer on the
same pages (the pages of benchmarks/throughput.py).

    .venv/bin/python benchmarks/ner_speed.py [--pages 200] [--rounds 3]

Ratios are CPU-time ratios measured back to back in each round (a shared machine's speed
drifts); the median over rounds is reported. Higher is faster; 1.0 = as fast as spaCy's
tokenizer + sentencizer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from throughput import make_pages

import newsnlp
from newsnlp.extract.ner import shipped_model


def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(CPU seconds, result) of one call."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def one_round(texts: Sequence[str]) -> dict[str, float]:
    """CPU seconds of the reference, the model alone and the parse without and with it."""
    import spacy

    ref = spacy.blank("pl")
    ref.add_pipe("sentencizer")
    model = shipped_model()
    rules, full = newsnlp.Pipeline(nlp=None), newsnlp.Pipeline(nlp="auto")
    for pipeline in (rules, full):
        pipeline.parse(texts[0])  # load everything before timing
    out: dict[str, float] = {}
    out["spacy_s"], out["tokens"] = cpu(lambda: sum(len(d) for d in ref.pipe(texts)))
    out["model_s"], _ = cpu(lambda: list(model.pipe(texts)))
    out["parse_rules_s"], _ = cpu(lambda: [rules.parse(t) for t in texts])
    out["parse_model_s"], _ = cpu(lambda: [full.parse(t) for t in texts])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [text for _, text in make_pages(args.pages)]
    rounds = [one_round(texts) for _ in range(args.rounds)]

    def median(key: str) -> float:
        return statistics.median(r["spacy_s"] / r[key] for r in rounds)

    tokens = rounds[0]["tokens"]
    print(json.dumps({
        "pages": args.pages, "tokens": tokens, "rounds": args.rounds,
        "model_tokens_per_s": round(statistics.median(tokens / r["model_s"] for r in rounds)),
        "model_ratio": round(median("model_s"), 3),
        "parse_without_model_ratio": round(median("parse_rules_s"), 3),
        "parse_with_model_ratio": round(median("parse_model_s"), 3),
    }, indent=1))


if __name__ == "__main__":
    main()
