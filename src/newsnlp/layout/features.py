"""Line features for the layout model: shape, position and the rules' verdict, never words.

Each non-blank line becomes a list of `name=value` strings (a linear-chain CRF reads them).
Features carry across portals: length, punctuation, capitalisation, digits, the share of
function words, the position against the page and its longest prose line, repeats of the
line elsewhere on the page, and the block kind the rule segmenter gave the line. The words
themselves are never features, so a model trained on real pages keeps none of their text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from newsnlp.layout.blocks import Block
from newsnlp.resources import load_json
from newsnlp.text.lines import Line

# neighbours whose features a line also sees (a CRF adds the transitions)
WINDOW = (-2, -1, 1, 2)
# features copied from the neighbours (the cheap, telling ones)
NEIGHBOUR_KEYS = ("rule", "len", "end", "gap", "func")
MAX_LINES_CONTAINED = 2000  # the containment test is quadratic: only on pages of fewer lines
SEPARATORS = "|»›·•"
PROSE_CHARS = 100  # a prose line is at least this long ...
PROSE_FUNCTION_SHARE = 0.15  # ... and this share of its words are function words
SANDWICH = 3  # a line with prose this many lines above and below sits inside the article
MIN_CONTAINED, MAX_CONTAINED = 15, 200  # headline-sized lines looked for inside other lines


@cache
def _function_words() -> frozenset[str]:
    """Polish function words (`data/layout/function_words.json`)."""
    return frozenset(load_json("layout/function_words.json")["words"])


def _bucket(value: float, edges: Sequence[float]) -> int:
    """The index of the first edge above `value` (len(edges) when none)."""
    return next((i for i, edge in enumerate(edges) if value < edge), len(edges))


def _char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch.isupper():
        return "upper"
    if ch.islower():
        return "lower"
    if ch.isdigit():
        return "digit"
    return "punct" if ch in ".!?:;,…" else f"sym{ord(ch) % 7}" if ch not in "-–—•*·" else "dash"


def _rule_kinds(lines: Sequence[Line], blocks: Sequence[Block]) -> list[tuple[str, str]]:
    """The rule segmenter's block kind (chrome with its kind) for every line, and whether
    that block reads as prose as a whole (a hard-wrapped paragraph's short lines do)."""
    kinds = [("none", "0")] * len(lines)
    for block in blocks:
        kind = f"chrome:{block.chrome}" if block.kind == "chrome" else block.kind
        whole = " ".join(line.text for line in block.lines)
        prose = "1" if _prose_text(whole) else "0"
        for line in block.lines:
            if kinds[line.index][0] == "none":
                kinds[line.index] = (kind, prose)
    return kinds


def _prose_text(text: str) -> bool:
    """Text that reads as running prose: long, with function words."""
    if len(text) < PROSE_CHARS:
        return False
    words = text.split()
    function_words = _function_words()
    function = sum(w.lower() in function_words for w in words)
    return function >= PROSE_FUNCTION_SHARE * len(words)


def _prose_like(line: Line) -> bool:
    return _prose_text(line.text)


def _inside_other(kept: Sequence[Line]) -> set[str]:
    """Texts of short lines that stand again inside a longer line (a headline in a
    breadcrumb or a '<headline> - <site>' line)."""
    short = {ln.text for ln in kept if MIN_CONTAINED <= len(ln.text) <= MAX_CONTAINED}
    found: set[str] = set()
    for ln in kept:
        if len(ln.text) > MIN_CONTAINED and len(ln.text) <= 2 * MAX_CONTAINED:
            found.update(t for t in short if t != ln.text and t in ln.text)
    return found


def _own(line: Line, rule: str, rel: float, after_main: int, repeats: int,
         gap: bool) -> dict[str, str]:
    """The features of one line, before its neighbours'."""
    text = line.text
    words = text.split()
    n = len(words)
    function_words = _function_words()
    function = sum(w.lower().strip(".,:;!?\"„”()") in function_words for w in words)
    caps = sum(w[:1].isupper() for w in words)
    digits = sum(map(str.isdigit, text))
    return {
        "rule": rule,
        "len": str(_bucket(len(text), (4, 10, 20, 35, 60, 100, 160, 300))),
        "words": str(_bucket(n, (2, 3, 5, 8, 13, 25, 50))),
        "end": _char_class(text[-1:]),
        "first": _char_class(text[:1]),
        "caps": str(_bucket(caps / n if n else 0, (0.2, 0.5, 0.8, 1.01))),
        "func": str(_bucket(function / n if n else 0, (0.01, 0.1, 0.2, 0.3))),
        "digits": str(_bucket(digits / max(len(text), 1), (0.01, 0.1, 0.3, 0.6))),
        "sep": str(min(sum(text.count(c) for c in SEPARATORS), 3)),
        "sents": str(min(text.count(". "), 3)),
        "pos": str(_bucket(rel, (0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95))),
        "main": str(max(-4, min(4, after_main))),
        "repeat": str(min(repeats, 2)),
        "gap": "1" if gap else "0",
    }


def line_features(lines: Sequence[Line], blocks: Sequence[Block]) -> list[list[str]]:
    """Features of the page's non-blank lines, in order (one list of strings per line)."""
    rules = _rule_kinds(lines, blocks)
    kept = [ln for ln in lines if not ln.blank]
    if not kept:
        return []
    main = max(range(len(kept)), key=lambda i: len(kept[i].text))
    counts = Counter(ln.text for ln in kept)
    contained = _inside_other(kept) if len(kept) <= MAX_LINES_CONTAINED else set()
    prose = [_prose_like(ln) for ln in kept]
    first_prose = next((i for i, is_prose in enumerate(prose) if is_prose), main)
    own = []
    for i, line in enumerate(kept):
        gap = line.index > 0 and lines[line.index - 1].blank
        distance = i - main
        after_main = distance if abs(distance) < 3 else (3 if distance > 0 else -3) * (
            1 + int(abs(distance) > 10))
        rule, block_prose = rules[line.index]
        feats = _own(line, rule, i / len(kept), after_main, counts[line.text] - 1, gap)
        feats["block_prose"] = block_prose
        feats["between_prose"] = "1" if (any(prose[max(0, i - SANDWICH):i])
                                         and any(prose[i + 1:i + 1 + SANDWICH])) else "0"
        feats["inside"] = "1" if line.text in contained else "0"
        feats["to_prose"] = str(max(-6, min(2, i - first_prose)))
        own.append(feats)
    out = []
    for i, feats in enumerate(own):
        row = [f"{k}={v}" for k, v in feats.items()]
        row.append(f"rule+len={feats['rule']}|{feats['len']}")
        row.append(f"rule+end={feats['rule']}|{feats['end']}")
        for off in WINDOW:
            j = i + off
            if 0 <= j < len(own):
                row.extend(f"{off}:{k}={own[j][k]}" for k in NEIGHBOUR_KEYS)
            else:
                row.append(f"{off}:edge")
        if i == 0:
            row.append("first_line")
        out.append(row)
    return out
