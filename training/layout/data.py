"""Training sequences for the layout model: line features and line roles of three sources.

- real pages (`../shared/realdata/pages/*.jsonl.gz`): gold headline and hand-cleaned
  paragraphs aligned to the page's lines (title / body; lines the rules call metadata and
  the gold leaves out are `meta`; the rest `chrome`);
- the dev pages (`../shared/eval/dev`) and the repo's own examples (`examples/`), labelled by
  the rule segmenter, which reproduces their gold exactly (every dev field scores 1.000).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsnlp.extract.dates import PageScan
from newsnlp.layout.blocks import CONTENT, Block
from newsnlp.layout.features import line_features
from newsnlp.layout.segment import segment
from newsnlp.text.lines import Line, split_lines
from newsnlp.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
PAGES = SHARED / "realdata" / "pages" / "waddle_pl_dev.jsonl.gz"
MIN_BODY_CHARS = 25  # shorter lines count as body only when they are a whole gold paragraph
_QUOTES = str.maketrans({c: '"' for c in "„“”«»″‟"} | {c: "'" for c in "‘’‚‛′"})


@dataclass
class Sequence_:
    """One page: its group (site) for grouped folds, features, labels and text per line."""

    id: str
    group: str
    features: list[list[str]]
    labels: list[str]
    texts: list[str]


def norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def rule_layout(text: str) -> tuple[str, list[Line], list[Block]]:
    """The normalised page, its lines and the rule segmenter's blocks."""
    page = normalize(text).text
    lines = split_lines(page)
    return page, lines, segment(page, lines, PageScan(page).find)


def _rule_label(line: Line, blocks: list[Block]) -> str:
    block = next((b for b in blocks if line in b.lines), None)
    if block is None or block.kind == "chrome":
        return "chrome"
    if block.kind == "title":
        return "title"
    return "body" if block.kind in CONTENT else "meta"


def rule_labelled(pid: str, group: str, text: str) -> Sequence_:
    _, lines, blocks = rule_layout(text)
    kept = [ln for ln in lines if not ln.blank]
    return Sequence_(pid, group, line_features(lines, blocks),
                     [_rule_label(ln, blocks) for ln in kept], [ln.text for ln in kept])


def gold_labelled(record: dict[str, object]) -> Sequence_:
    gold = record["gold"]
    assert isinstance(gold, dict)
    paragraphs = [norm(p) for p in gold["paragraphs"]]
    whole = set(paragraphs)
    joined = " \n ".join(paragraphs)
    title = norm(gold["title"] or "")
    _, lines, blocks = rule_layout(str(record["text"]))
    labels = []
    title_done = False
    kept = [ln for ln in lines if not ln.blank]
    for line in kept:
        text = norm(line.text)
        rule = _rule_label(line, blocks)
        if text == title and not title_done:
            labels.append("title")
            title_done = True
        elif text in whole or (len(text) >= MIN_BODY_CHARS and text in joined):
            labels.append("body")
        else:
            labels.append("meta" if rule == "meta" else "chrome")
    return Sequence_(str(record["id"]), str(record["site"]), line_features(lines, blocks),
                     labels, [ln.text for ln in kept])


def real_pages() -> list[dict[str, object]]:
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def own_pages() -> Iterator[Sequence_]:
    """The dev pages and the repo's examples, each its own group."""
    for path in sorted((SHARED / "eval" / "dev").glob("*.txt")):
        yield rule_labelled(f"dev/{path.stem}", f"dev/{path.stem}", path.read_text("utf-8"))
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield rule_labelled(f"examples/{path.stem}", f"examples/{path.stem}",
                            path.read_text("utf-8"))


def all_sequences() -> list[Sequence_]:
    return [gold_labelled(r) for r in real_pages()] + list(own_pages())



