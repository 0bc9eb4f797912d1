"""Measure the layout model where it was not trained: leave-one-site-out on the real pages.

    python -m training.layout.evaluate [--baselines] [--html | --alone | --body-only]
    python -m training.layout.evaluate --dev OUT.jsonl   # then ../shared/eval/score.py

For each site, a model (the CRF and the title ranker) is trained on every other site's pages
plus the dev pages and the repo's examples, and the held-out site's pages are parsed with it
and scored with `../shared/eval/score_pages.py`'s metrics (title accuracy, body token
P/R/F1, paragraph recall). `--dev` writes the dev pages' flat view, each page parsed by a
model trained without it (leave-one-page-out), for the gold scorer. `--baselines` adds
jusText and trafilatura on the same pages' HTML (installed by hand:
`pip install justext trafilatura`). `--html` parses the pages' HTML; `--alone` each page's
gold article alone (its headline, then a paragraph a line), as a user passes text extracted
elsewhere; `--body-only` its paragraphs alone, without the headline.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsnlp import Pipeline
from newsnlp.layout.model import LayoutModel
from training.layout.data import SHARED, Sequence_, all_sequences, norm, real_pages
from training.layout.score_fn import to_title_body
from training.layout.train import train
from training.layout.train_title import fit


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_pages", SHARED / "eval" /
                                                  "score_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fold_model(sequences: list[Sequence_], path: Path) -> LayoutModel:
    """The CRF (written to `path`) and the title ranker trained on `sequences` alone."""
    train(sequences, path)
    return LayoutModel(path, fit(sequences))


def cross_validated(records: list[dict[str, Any]],
                    field: str = "text") -> dict[str, dict[str, Any]]:
    """Title/body of every real page (`field`: its text or its HTML), each parsed by a model
    that never saw its site."""
    seqs = all_sequences()
    out: dict[str, dict[str, Any]] = {}
    sites = sorted({str(r["site"]) for r in records})
    with tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            path = Path(tmp) / f"{site}.crfsuite"
            pipeline = Pipeline(nlp=None, layout_model=_fold_model(
                [s for s in seqs if s.group != site], path))
            for r in records:
                if r["site"] == site:
                    out[str(r["id"])] = to_title_body(pipeline.parse(str(r[field])))
    return out


def dev_leave_one_out(out: Path) -> None:
    """Flat predictions of every dev page by a model trained without that page (JSONL)."""
    seqs = all_sequences()
    pages = sorted((SHARED / "eval" / "dev").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp, out.open("w", encoding="utf-8") as fh:
        for page in pages:
            path = Path(tmp) / f"{page.stem}.crfsuite"
            pipeline = Pipeline(nlp=None, layout_model=_fold_model(
                [s for s in seqs if s.id != f"dev/{page.stem}"], path))
            article = pipeline.parse(page.read_text(encoding="utf-8"), id=page.stem)
            fh.write(json.dumps(article.to_flat(), ensure_ascii=False) + "\n")


def _score(name: str, records: list[dict[str, Any]],
           fn: Callable[[dict[str, Any]], Any]) -> None:
    scorer = _scorer()
    by_id = {str(r["id"]): r for r in records}
    res = scorer.evaluate([{**r, "_key": r["id"]} for r in records],
                          lambda x: fn(by_id[x]) if isinstance(x, str) else None, "_key")
    print(f"| {name} | {res['title_acc']:.3f} | {res['body_precision']:.3f} | "
          f"{res['body_recall']:.3f} | {res['body_f1']:.3f} | {res['para_recall']:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baselines", action="store_true")
    ap.add_argument("--html", action="store_true", help="parse the pages' HTML, not their text")
    ap.add_argument("--alone", action="store_true",
                    help="parse each page's gold article alone (headline, a paragraph a line)")
    ap.add_argument("--body-only", action="store_true",
                    help="parse each page's gold paragraphs alone, without the headline")
    ap.add_argument("--dev", type=Path, help="write leave-one-page-out dev predictions here")
    args = ap.parse_args()
    if args.dev:
        dev_leave_one_out(args.dev)
        return
    records = real_pages()
    print("| extractor | title | body P | body R | body F1 | para recall |")
    print("|---|---|---|---|---|---|")
    field = ("html" if args.html else "alone" if args.alone
             else "body_only" if args.body_only else "text")
    if args.alone or args.body_only:
        records = [{**r, field: article_alone(r, headline=args.alone)} for r in records]
    cv = cross_validated(records, field)
    _score(f"newsnlp, {field}, model (leave-one-site-out)", records,
           lambda r: cv[str(r["id"])])
    if args.baselines:
        sys.path.insert(0, str(SHARED / "eval" / "baselines"))
        for tool in ("justext", "trafilatura"):
            _score(f"{tool}, HTML", records, lambda r, t=tool: _baseline(t, str(r["html"])))


def article_alone(record: dict[str, Any], headline: bool = True) -> str:
    """The page's gold article as text extracted elsewhere: the headline (unless
    `headline` is False: a body given without it), then one paragraph a line."""
    gold = record["gold"]
    lines = [norm(gold["title"] or "")] if headline else []
    lines += [norm(p) for p in gold["paragraphs"]]
    return "\n".join(line for line in lines if line) + "\n"


def _baseline(tool: str, html: str) -> dict[str, Any]:
    if tool == "justext":
        import justext

        paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("Polish"))
        body = [p.text for p in paras if not p.is_boilerplate]
        return {"title": None, "body": body}
    import trafilatura

    out = trafilatura.bare_extraction(html, favor_recall=False, with_metadata=True)
    if out is None:
        return {"title": None, "body": []}
    data = out if isinstance(out, dict) else out.as_dict()
    text = data.get("text") or ""
    return {"title": data.get("title"), "body": [x for x in text.splitlines() if x.strip()]}


if __name__ == "__main__":
    main()
