"""The layout model: a linear-chain CRF that labels every line title, body, meta or chrome.

The rule segmenter (`segment`) proposes blocks; the model, trained on real pages of many
portals (`training/layout/train.py`), reads the rules' verdict among shape and position
features (`features`) and gives each line a probability per role. `refine` then overrides
the rules where the model is sure: content blocks it reads as chrome are set aside. The
title ranker (`title`) picks the page's headline among the headline-sized lines. The
probabilities also give the Article's confidences.
"""

from __future__ import annotations

import atexit
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from newsnlp.layout.blocks import LOOSE_CHROME, Block, as_paragraph, set_aside
from newsnlp.layout.features import line_features, prose_text
from newsnlp.layout.lead import first_paragraph
from newsnlp.layout.title import TitleRanker, eligible, shipped_ranker, trusted
from newsnlp.resources import compile_pattern
from newsnlp.text.lines import Line
from newsnlp.text.sentences import ends_sentence

LABELS = ("title", "body", "meta", "chrome")
MODEL_FILE = "data/models/layout/layout.crfsuite"
# the model overrides the rules only above these probabilities
SURE_CHROME = 0.5  # mean P(chrome) over a content block's lines
# a list item needs more: timelines and programmes look like the calendars chrome holds
SURE_CHROME_LIST = 0.9
SURE_BODY = 0.5  # min P(body) over the lines of a chrome block the model takes back
# a run of doubtful lines this short between sure article text stays (rows, a wrapped line)
MAX_ENCLOSED_LINES = 4
CONTENT = frozenset({"lead", "heading", "paragraph", "list_item", "quote"})
META = frozenset({"published", "byline", "category", "credit", "caption", "source"})


@dataclass(frozen=True)
class LayoutReading:
    """The blocks after the model, and the probabilities behind the Article's confidences."""

    blocks: list[Block]
    title: float | None
    lead: float | None
    published: float | None
    layout: float | None


@cache
def _model_path() -> Path:
    """The shipped model as a file (extracted once per process from a zipped install)."""
    stack = ExitStack()
    atexit.register(stack.close)
    ref = resources.files("newsnlp").joinpath(MODEL_FILE)
    return stack.enter_context(resources.as_file(ref))


class LayoutModel:
    """A CRF tagger over line features and the title ranker; `path` None loads the shipped
    CRF, `title` None the shipped ranker."""

    def __init__(self, path: Path | None = None, title: TitleRanker | None = None) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path or _model_path()))
        self.title = title or shipped_ranker()

    def marginals(self, features: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """P(label) for every line of one page."""
        if not features:
            return []
        self.tagger.set([list(f) for f in features])
        return [{label: self.tagger.marginal(label, i) for label in LABELS}
                for i in range(len(features))]


@cache
def shipped_model() -> LayoutModel:
    """The model that ships with the package, loaded once per process."""
    return LayoutModel()


def refine(lines: Sequence[Line], blocks: Sequence[Block], model: LayoutModel) -> LayoutReading:
    """Override the rules' blocks where the model is sure, and read the confidences."""
    rows = line_features(lines, blocks)
    probs = model.marginals(rows)
    kept = [ln.index for ln in lines if not ln.blank]
    by_line = dict(zip(kept, probs, strict=True))
    doubtful = {k for k, b in enumerate(blocks) if _sure_chrome(b, by_line)}
    doubtful -= _enclosed(blocks, doubtful, by_line)
    taken_back = {k for k, b in enumerate(blocks) if _sure_body(b, by_line)}
    doubtful -= _kept_body(blocks, doubtful, taken_back)
    doubtful -= _closing_text(blocks, doubtful)
    out = [set_aside(b) if k in doubtful else as_paragraph(b) if k in taken_back else b
           for k, b in enumerate(blocks)]
    best = model.title.best(rows, lambda i: eligible(lines[kept[i]].text))
    if best is not None and trusted(lines[kept[best]].text):
        out = _retitle(out, lines[kept[best]])
    out = _keep_a_lead(out, blocks)
    return LayoutReading(out, _mean(out, "title", "title", by_line),
                         _mean(out, "lead", "body", by_line),
                         _mean(out, "published", "meta", by_line),
                         sum(max(p.values()) for p in probs) / len(probs) if probs else None)


def _values(block: Block, label: str, by_line: dict[int, dict[str, float]]) -> list[float]:
    """P(label) of each of the block's lines that the model read."""
    return [by_line[ln.index][label] for ln in block.lines if ln.index in by_line]


def _mean(blocks: Sequence[Block], kind: str, label: str,
          by_line: dict[int, dict[str, float]]) -> float | None:
    """Mean P(label) over the lines of the first block of `kind`, or None without one."""
    block = next((b for b in blocks if b.kind == kind), None)
    values = _values(block, label, by_line) if block is not None else []
    return round(sum(values) / len(values), 4) if values else None


_TIMELINE_ROW = compile_pattern(r"[ \t]*(?:[-–—•*·][ \t]*)?\d{1,2}[:.]\d{2}[ \t]*[-–—]")


def _timeline_row(block: Block) -> bool:
    """A list item opened by a clock time and a dash (`16:12 – zadysponowanie OSP`): a
    timeline of the article (fire reports, programmes), which the rules read from its shape
    and the model, seeing rows like a calendar's, may not set aside."""
    return _TIMELINE_ROW.match(block.lines[0].text) is not None


def _kept_body(blocks: Sequence[Block], doubtful: set[int], taken_back: set[int]) -> set[int]:
    """The doubtful blocks that stay because a page keeps a body: the model never sets all
    of the page's prose aside, nor, on a page without prose, all of its content."""
    content = [k for k, b in enumerate(blocks) if b.kind in CONTENT]
    if any(_is_prose(blocks[k]) for k in content if k not in doubtful):
        return set()  # prose the model keeps: nothing to hold back (usually the first block)
    prose = {k for k in content if k in doubtful and _is_prose(blocks[k])}
    if prose:
        return prose
    return set(content) if not taken_back and doubtful.issuperset(content) else set()


def _closing_text(blocks: Sequence[Block], doubtful: set[int]) -> set[int]:
    """The doubtful blocks that end the text and the article: sentences after the last
    content the model keeps, with nothing after them. A text that stops with the article
    (pasted, or cut by another extractor) has no footer, but pages seen in training always
    have one, so the model reads the last short lines of any page as a footer."""
    keep: set[int] = set()
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if block.kind not in CONTENT:
            return set()  # chrome or metadata at the end: the page has its footer
        if k not in doubtful:
            return keep
        if not ends_sentence(block.lines[-1].text):
            return set()
        keep.add(k)
    return set()


def _is_prose(block: Block) -> bool:
    """A block that reads as running prose as a whole (a hard-wrapped paragraph too)."""
    return prose_text(" ".join(ln.text for ln in block.lines))


def _sure_chrome(block: Block, by_line: dict[int, dict[str, float]]) -> bool:
    if block.kind not in CONTENT or (block.kind == "list_item" and _timeline_row(block)):
        return False
    values = _values(block, "chrome", by_line)
    bar = SURE_CHROME_LIST if block.kind == "list_item" else SURE_CHROME
    return bool(values) and sum(values) / len(values) >= bar


def _mean_label(block: Block, label: str, by_line: dict[int, dict[str, float]]) -> float:
    values = _values(block, label, by_line)
    return sum(values) / len(values) if values else 0.0


def _enclosed(blocks: Sequence[Block], doubtful: set[int],
              by_line: dict[int, dict[str, float]]) -> set[int]:
    """The doubtful blocks that stay: short runs of them (rows, a hard-wrapped line) whose
    content neighbours on both sides are article text the model is sure of (the title counts
    before a run). Chrome inside an article carries a label the rules already read ('Czytaj
    także', 'Reklama'). One pass over the blocks."""
    content = [j for j, b in enumerate(blocks) if b.kind in CONTENT | {"title"}]
    keep: set[int] = set()
    i = 0
    while i < len(content):
        if content[i] not in doubtful:
            i += 1
            continue
        lo = i
        while i < len(content) and content[i] in doubtful:
            i += 1
        run = content[lo:i]
        if lo == 0 or i == len(content):
            continue
        if sum(len(blocks[j].lines) for j in run) > MAX_ENCLOSED_LINES:
            continue
        before, after = blocks[content[lo - 1]], blocks[content[i]]
        sure_before = before.kind == "title" or _mean_label(before, "body", by_line) >= SURE_BODY
        if sure_before and _mean_label(after, "body", by_line) >= SURE_BODY:
            keep.update(run)
    return keep


def _sure_body(block: Block, by_line: dict[int, dict[str, float]]) -> bool:
    if block.kind != "chrome" or block.chrome not in LOOSE_CHROME:
        return False
    values = _values(block, "body", by_line)
    return bool(values) and min(values) >= SURE_BODY


def _retitle(blocks: list[Block], line: Line) -> list[Block]:
    """Make `line` (the ranker's headline) the title: the rules' title, if another line,
    goes to chrome; a one-line block at `line` becomes the title."""
    current = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if current is not None and line in blocks[current].lines:
        return blocks
    out = [set_aside(b) if k == current else b for k, b in enumerate(blocks)]
    at = next((k for k, b in enumerate(out) if line in b.lines), None)
    if at is None:
        out.append(Block("title", (line,)))
    elif len(out[at].lines) == 1 and out[at].kind in CONTENT | {"chrome"}:
        out[at] = Block("title", (line,))
    else:
        return blocks
    return sorted(out, key=lambda b: (b.start, b.value or (b.start, b.end)))


def _keep_a_lead(blocks: list[Block], before: Sequence[Block]) -> list[Block]:
    """When the model set the rules' lead aside, the first paragraph after it leads."""
    had_lead = any(b.kind == "lead" for b in before)
    if not had_lead or any(b.kind == "lead" for b in blocks):
        return blocks
    k = first_paragraph(blocks)
    if k is None:
        return blocks
    return [*blocks[:k], replace(blocks[k], kind="lead"), *blocks[k + 1:]]
