"""The layout model: a linear-chain CRF that labels every line title, body, meta or chrome.

The rule segmenter (`segment`) proposes blocks; the model, trained on real pages of many
portals (`training/layout/train.py`), reads the rules' verdict among shape and position
features (`features`) and gives each line a probability per role. `refine` then overrides
the rules where the model is sure (`doubt`): content blocks it reads as chrome are set aside. The
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

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import (
    CONTENT,
    LOOSE_CHROME,
    SECTION_TEXT,
    Block,
    as_paragraph,
    set_aside,
)
from newsnlp.layout.category import (
    label_above_title,
    line_trail_category,
    names_a_section,
    row_category,
    set_aside_echoes,
    trail_category,
)
from newsnlp.layout.doubt import (
    Probs,
    after_the_end,
    doubted,
    label_probs,
    reads_as_prose,
    taken_back,
)
from newsnlp.layout.features import line_features, prose_text
from newsnlp.layout.lead import first_paragraph, lead_shaped, opens_with_timestamp
from newsnlp.layout.linetypes import (
    TRAIL_SEPARATORS,
    chrome_kind,
    header_kind,
    is_headline,
    is_prose,
    word_count,
)
from newsnlp.layout.title import (
    TitleRanker,
    eligible,
    head_trail,
    ranker_rows,
    shipped_ranker,
    too_long_prose,
    trail_named,
    trusted,
)
from newsnlp.text.lines import Line

LABELS = ("title", "body", "meta", "chrome")
MODEL_FILE = "data/models/layout/layout.crfsuite"


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


# blocks the rules read as the page's metadata (`Autor: …`, the dateline): never the
# headline, whatever the ranker scores
_METADATA = frozenset({"published", "byline", "credit", "source"})
CREDIT_LABEL_MAX_CHARS = 16  # `Fot. `, `Fotografia: `, `Autor zdjęcia: `: a credit's label
# a line ending in a colon with this many words is a sentence that opens a list (`Tagi:`,
# `Zobacz także:` are labels)
COLON_SENTENCE_MIN_WORDS = 5
# chrome the rules read from a label above it: other articles' headlines and comments (and
# `Ostatnia aktualizacja: …`), and an ad's label (`REKLAMA`): never this article's headline
_NOT_HEADLINE_CHROME = frozenset({"metadata", "related", "comments", "ad"})


def refine(lines: Sequence[Line], blocks: Sequence[Block], model: LayoutModel) -> LayoutReading:
    """Override the rules' blocks where the model is sure, and read the confidences."""
    rows = line_features(lines, blocks)
    probs = model.marginals(rows)
    kept = [ln.index for ln in lines if not ln.blank]
    by_line = dict(zip(kept, probs, strict=True))
    credits = _credit_lines(blocks)
    ads = {ln.index for b in blocks if b.kind == "chrome" and b.chrome == "ad"
           for ln in b.lines if "ad" in (chrome_kind(ln.text), header_kind(ln.text))}  # labels
    labelled = {ln.index for b in blocks if b.kind in _METADATA
                or (b.kind == "chrome" and b.chrome in _NOT_HEADLINE_CHROME) for ln in b.lines}
    texts = [lines[k].text for k in kept]
    # the line right over a line that is a photo credit alone is that photo's caption
    captions = {kept[i] for i in range(len(kept) - 1)
                if kept[i + 1] == kept[i] + 1 and kept[i + 1] in credits}
    # running text under an ad's label (`Reklama`) is the ad's own, never the headline (an
    # empty slot's label may stand right over the headline)
    labelled |= {kept[i + 1] for i in range(len(kept) - 1)
                 if kept[i] in ads and is_prose(lines[kept[i + 1]].text)}
    ranked = ranker_rows(rows, texts)

    def allowed(i: int) -> bool:
        return (kept[i] not in labelled and kept[i] not in captions and eligible(texts[i])
                and not _between_prose(texts, i))

    # below the head's trail, when a line there may be the headline (the menus stand above)
    trail = head_trail(texts)
    named = _named_by_trail(texts, kept, blocks)
    best = named if named is not None else model.title.best(
        ranked, lambda i: i > trail and allowed(i))
    if best is None and trail >= 0:
        best = model.title.best(ranked, allowed)
    titled = list(blocks)
    if best is not None and trusted(lines[kept[best]].text):
        titled = _retitle(titled, lines[kept[best]])
    titled = row_category(label_above_title(line_trail_category(trail_category(
        _check_category(_no_prose_title(titled))))))
    alone = not any(b.kind == "chrome" for b in blocks)  # the rules read the article alone
    after = set() if alone else after_the_end(titled, by_line)  # read once: both passes use it
    back = taken_back(titled, by_line, after)
    doubtful = doubted(titled, by_line, back, after, alone=alone)
    back |= _inside_kept_prose(titled, doubtful | back)
    out = [set_aside(b) if k in doubtful else as_paragraph(b) if k in back else b
           for k, b in enumerate(titled)]
    out = [_as_heading(out, k) if k in back else b for k, b in enumerate(out)]
    titled_named = named is not None and any(
        b.kind == "title" and lines[kept[named]] in b.lines for b in out)
    out = _keep_a_lead(set_aside_echoes(_nothing_above_title(out, titled_named)), blocks)
    return LayoutReading(out, _mean(out, "title", "title", by_line),
                         _mean(out, "lead", "body", by_line),
                         _mean(out, "published", "meta", by_line),
                         sum(max(p.values()) for p in probs) / len(probs) if probs else None)


# what a section heading stands under: the text of the section before it, at most this
# many blocks up (a link box or an ad between)
HEADING_REACH = 6


def _inside_kept_prose(blocks: Sequence[Block], changed: set[int]) -> set[int]:
    """One-line loose chrome blocks between two paragraphs of running prose that stay
    article text (none in `changed`): the article goes on around a section's heading or a
    short sentence that the rules set aside with a page end they read too early (a share
    row above the headline); never a line without a word (`❀`, a section break) nor a
    link's (`Przeczytaj o 10 rozczarowaniach »`)."""
    return {k for k in range(1, len(blocks) - 1)
            if blocks[k].kind == "chrome" and blocks[k].chrome in LOOSE_CHROME
            and len(blocks[k].lines) == 1 and _worded(blocks[k].lines[0].text) and all(
                j not in changed and blocks[j].kind == "paragraph" and reads_as_prose(blocks[j])
                for j in (k - 1, k + 1))}


def _worded(text: str) -> bool:
    """Text with a word that does not end with a link's arrow."""
    return word_count(text) > 0 and text.rstrip()[-1] not in TRAIL_SEPARATORS


def _as_heading(blocks: Sequence[Block], k: int) -> Block:
    """Block k, a paragraph the model took back from chrome, as a heading when it is one
    headline-shaped line between the article's text and a paragraph of running prose or one
    that opens an enumeration (a section's heading the rules set aside with the page's end
    they read too early; right under the headline, such a line is the lead)."""
    block = blocks[k]
    above = next((blocks[j] for j in range(k - 1, max(-1, k - 1 - HEADING_REACH), -1)
                  if blocks[j].kind != "chrome"), None)
    if (len(block.lines) == 1 and is_headline(block.lines[0].text)
            and above is not None and above.kind in SECTION_TEXT
            and k + 1 < len(blocks) and blocks[k + 1].kind == "paragraph"
            and (reads_as_prose(blocks[k + 1]) or _opens_enumeration(blocks[k + 1].joined))):
        line = block.lines[0]
        return Block("heading", block.lines, value=(line.start, line.end))
    return block


def _mean(blocks: Sequence[Block], kind: str, label: str, by_line: Probs) -> float | None:
    """Mean P(label) over the lines of the first block of `kind`, or None without one."""
    block = next((b for b in blocks if b.kind == kind), None)
    values = label_probs(block, label, by_line) if block is not None else []
    return round(sum(values) / len(values), 4) if values else None


def _credit_lines(blocks: Sequence[Block]) -> set[int]:
    """The lines that are a photo credit and nothing else (`Fot. Marek Wilczyński`): one
    credit block, its value right after a short label; not a caption's own credit nor a
    metadata row that credits the photos among other items."""
    by_line: dict[int, list[Block]] = {}
    for b in blocks:
        for ln in b.lines:
            by_line.setdefault(ln.index, []).append(b)
    return {i for i, on in by_line.items() if len(on) == 1 and on[0].kind == "credit"
            and len(on[0].lines) == 1 and on[0].value is not None
            and on[0].value[0] - on[0].lines[0].start <= CREDIT_LABEL_MAX_CHARS}


def _between_prose(texts: Sequence[str], i: int) -> bool:
    """Line i stands between two lines of running prose (a section heading inside the
    article, not its headline, which stands above the article's text), or under a sentence
    that a colon opens it with (`W programie znalazły się trzy utwory:`: an item)."""
    if i == 0:
        return False
    above = texts[i - 1].rstrip()
    if _opens_enumeration(above):
        return True
    return i < len(texts) - 1 and prose_text(above) and prose_text(texts[i + 1])


def _opens_enumeration(text: str) -> bool:
    """A sentence that a colon closes, opening the items under it (`Pamiętajmy:` after
    five words or more), not a label (`Zobacz też:`)."""
    text = text.rstrip()
    return text.endswith(":") and word_count(text) >= COLON_SENTENCE_MIN_WORDS


def _named_by_trail(texts: Sequence[str], kept: Sequence[int],
                    blocks: Sequence[Block]) -> int | None:
    """Which of the non-blank lines (`texts`, page line numbers `kept`) a breadcrumb trail
    names over the publication line the rules read (`title.trail_named`): certain, so the
    ranker is not asked."""
    dated = {ln.index for b in blocks if b.kind == "published" for ln in b.lines}
    return trail_named(texts, lambda i: kept[i] in dated)


def _retitle(blocks: list[Block], line: Line) -> list[Block]:
    """Make `line` (the ranker's headline) the title: the rules' title, if another line,
    goes to chrome, or to the article when it is a sentence below the headline (a standfirst
    written without its full stop); a one-line block at `line` becomes the title, the rules'
    category too (the label they read above a section label they took for the title), and
    a chrome block holding it is cut around it (a link list that ran on into it)."""
    current = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if current is not None and line in blocks[current].lines:
        return blocks
    out = [_displaced(b, line) if k == current else b for k, b in enumerate(blocks)]
    at = next((k for k, b in enumerate(out) if line in b.lines), None)
    if at is None:
        out.append(Block("title", (line,)))
    elif len(out[at].lines) == 1 and out[at].kind in CONTENT | {"chrome", "category"}:
        out[at] = Block("title", (line,))
    elif out[at].kind == "chrome":  # a link list that ran on into the headline
        out[at:at + 1] = _split_around(out[at], line)
    else:
        return blocks
    return sorted(out, key=lambda b: (b.start, b.value_range))


def _nothing_above_title(blocks: list[Block], named: bool) -> list[Block]:
    """Article text above the headline set aside: a portal's teasers of other articles
    stand over it, the article starts under it. Unless a breadcrumb trail `named` the
    headline, not when the article's lead stands above, nor when less text stands under it
    than over it: then the line the ranker chose may stand inside the article (a photo's
    caption) or under it (a comment thread's header)."""
    k = next((k for k, b in enumerate(blocks) if b.kind == "title"), 0)
    if not named and (any(b.kind == "lead" for b in blocks[:k])
                      or _text_size(blocks[k:]) <= _text_size(blocks[:k])):
        return blocks
    return [set_aside(b) if j < k and b.kind in CONTENT else b for j, b in enumerate(blocks)]


def _text_size(blocks: Sequence[Block]) -> int:
    """Characters of article text in `blocks`."""
    return sum(b.end - b.start for b in blocks if b.kind in CONTENT)


def _split_around(block: Block, line: Line) -> list[Block]:
    """A chrome block cut at `line`: its lines above, `line` as the title, its lines below."""
    k = block.lines.index(line)
    parts = (Block("chrome", block.lines[:k], chrome=block.chrome), Block("title", (line,)),
             Block("chrome", block.lines[k + 1:], chrome=block.chrome))
    return [b for b in parts if b.lines]


def _no_prose_title(blocks: list[Block]) -> list[Block]:
    """The blocks with a title that is a long line of running prose made article text
    (`title.too_long_prose`): a standfirst or a first paragraph without its full stop, as in
    a text given without its headline. It leads when the rules' lead follows it."""
    k = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if k is None or not too_long_prose(blocks[k].joined):
        return blocks
    lead = next((j for j, b in enumerate(blocks) if b.kind == "lead"), None)
    if lead is None or lead < k:
        return [as_paragraph(b) if j == k else b for j, b in enumerate(blocks)]
    return [replace(b, kind="lead") if j == k else as_paragraph(b) if j == lead else b
            for j, b in enumerate(blocks)]


def _displaced(title: Block, headline: Line) -> Block:
    """The rules' title when the ranker chose `headline`: a paragraph when it reads as prose
    and stands below the headline, the byline when it names persons right under it
    (`Ewa Grabowska, Paweł Nowicki`: co-authors' bare names), else chrome."""
    below = title.start > headline.end
    line = title.lines[0]
    if below and line.index - headline.index <= 2 and lt.is_person_names_line(line.text):
        return Block("byline", title.lines, value=(line.start, line.end))
    return as_paragraph(title) if below and reads_as_prose(title) else set_aside(title)


def _check_category(blocks: list[Block]) -> list[Block]:
    """Set the rules' category aside when, against the chosen title, it names no section. A
    category read from a label (`Kategoria: Ekologia`) or a breadcrumb's part may stand
    anywhere; a bare line, only above the title, and never against a category read from a
    label or a trail on the same page (a menu item above the rules' title)."""
    found = [k for k, b in enumerate(blocks) if b.kind == "category"]
    if not found:
        return blocks
    title = next((b for b in blocks if b.kind == "title"), None)
    read = [k for k in found if _part_of_line(blocks[k]) and names_a_section(
        blocks[k].value_text, title.value_text if title else None, True)]
    if read and read[0] != found[0]:
        blocks = [set_aside(b) if k in found and k < read[0] else b
                  for k, b in enumerate(blocks)]
    k = read[0] if read else found[0]
    category = blocks[k]
    part_of_line = _part_of_line(category)
    if names_a_section(category.value_text, title.value_text if title else None,
                       title is None or part_of_line or category.start < title.start):
        return blocks
    return [*blocks[:k], set_aside(category), *blocks[k + 1:]]


def _part_of_line(category: Block) -> bool:
    """A category read from a label (`Kategoria: Ekologia`) or a breadcrumb's part."""
    line = category.lines[0]
    return category.value not in (None, (line.start, line.end))


def _keep_a_lead(blocks: list[Block], before: Sequence[Block]) -> list[Block]:
    """When the model set the rules' lead aside, the first paragraph after it leads; so
    does one shaped as a lead when the model set aside the rules' first paragraph, whose
    shape (a player's `Odtwórz`) had kept the page from having a lead."""
    k = first_paragraph(blocks)
    if k is None or any(b.kind == "lead" for b in blocks):
        return blocks
    if not any(b.kind == "lead" for b in before):
        j = first_paragraph(before)
        if j is None or before[j].lines[0] == blocks[k].lines[0] or _leads(before[j]) or (
                not _leads(blocks[k])):
            return blocks
    return [*blocks[:k], replace(blocks[k], kind="lead"), *blocks[k + 1:]]


def _leads(block: Block) -> bool:
    """A first paragraph shaped as a lead (`lead.lead_shaped`), not opened by a clock time."""
    text = block.lines[0].text
    return lead_shaped(text, prose_text(text)) and not opens_with_timestamp(text)
