"""Line features for the layout model: shape, position and the rules' verdict, never words.

Each non-blank line becomes a list of `name=value` strings (a linear-chain CRF reads them).
Features carry across portals: length, punctuation, capitalisation, digits, the share of
function words, the position against the page, its longest line and its first and last prose
lines, the run of unmarked lines a line stands in, the length rank of the page head's lines,
repeats of the line elsewhere on the page, and the block kind the rule segmenter gave it. The words
themselves are never features, so a model trained on real pages keeps none of their text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from newsnlp.layout.blocks import Block
from newsnlp.resources import load_json
from newsnlp.text.lines import Line

# neighbours whose features a line also sees (a CRF adds the transitions)
WINDOW = (-2, -1, 1, 2)
# features copied from the neighbours (the cheap, telling ones)
NEIGHBOUR_KEYS = ("rule", "len", "end", "gap", "func")
MAX_LINES_CONTAINED = 2000  # the containment test runs on pages of fewer lines
PAIRWISE_SHORT = 64  # up to this many short texts, each is tested in every longer line
SEPARATORS = "|»›·•"
PROSE_CHARS = 100  # a prose line is at least this long ...
PROSE_FUNCTION_SHARE = 0.15  # ... and this share of its words are function words
SANDWICH = 3  # a line with prose this many lines above and below sits inside the article
MIN_CONTAINED, MAX_CONTAINED = 15, 200  # headline-sized lines looked for inside other lines
# the features of a line itself, in the order they are written out
OWN_KEYS = ("rule", "len", "words", "end", "first", "caps", "func", "digits", "sep", "sents",
            "pos", "main", "repeat", "gap", "block_prose", "between_prose", "inside",
            "to_prose", "from_end", "run", "head_rank")
_NEIGHBOUR_AT = tuple(OWN_KEYS.index(k) for k in NEIGHBOUR_KEYS)
_RULE, _LEN, _END = (OWN_KEYS.index(k) for k in ("rule", "len", "end"))
# bucket edges: a value gets the index of the first edge above it
_LEN_EDGES = (4, 10, 20, 35, 60, 100, 160, 300)
_WORD_EDGES = (2, 3, 5, 8, 13, 25, 50)
_SHARE_EDGES = (0.2, 0.5, 0.8, 1.01)
_FUNC_EDGES = (0.01, 0.1, 0.2, 0.3)
_DIGIT_EDGES = (0.01, 0.1, 0.3, 0.6)
_POS_EDGES = (0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95)
# lines after the last prose line (the article's end: related headlines, footers follow it)
_FROM_END_EDGES = (1, 2, 4, 8, 16)
# consecutive non-prose lines around a line (a list of headlines runs long, a heading alone)
_RUN_EDGES = (2, 3, 5, 8, 13)
HEAD_RANKS = 3  # lines of the page head ranked by length: the three longest, then the rest
_BUCKET_NAMES = tuple(str(i) for i in range(10))
_WORD_EDGE = ".,:;!?\"„”()"  # stripped from a word before the function-word test


@cache
def _function_words() -> frozenset[str]:
    """Polish function words (`data/layout/function_words.json`)."""
    return frozenset(load_json("layout/function_words.json")["words"])


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
        prose = "1" if prose_text(block.joined) else "0"
        for line in block.lines:
            if kinds[line.index][0] == "none":
                kinds[line.index] = (kind, prose)
    return kinds


def prose_text(text: str) -> bool:
    """Text that reads as running prose: long, with function words."""
    if len(text) < PROSE_CHARS:
        return False
    words = text.lower().split()  # as lower-casing each word: no case change adds a space
    function_words = _function_words()
    function = sum(1 for w in words if w in function_words)
    return function >= PROSE_FUNCTION_SHARE * len(words)


def _length_ranks(texts: Sequence[str]) -> list[str]:
    """Each line's rank by length among the distinct lines before the body (0 the longest,
    3 for the fourth and after): the headline is often the longest line of the page head."""
    by_length = sorted({len(t) for t in texts}, reverse=True)[:HEAD_RANKS]
    rank = {n: str(k) for k, n in enumerate(by_length)}
    return [rank.get(len(t), str(HEAD_RANKS)) for t in texts]


def _runs(prose: Sequence[bool]) -> list[int]:
    """For every line, the length of the run of consecutive unmarked lines (`prose[i]`
    False: neither prose, nor a sentence, nor a list item the rules saw) it stands in, 0 for
    the others: a list of related headlines runs long."""
    out = [0] * len(prose)
    i = 0
    while i < len(prose):
        if prose[i]:
            i += 1
            continue
        j = i
        while j < len(prose) and not prose[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _inside_other(kept: Sequence[Line]) -> set[str]:
    """Texts of short lines that stand again inside a longer line (a headline in a
    breadcrumb or a '<headline> - <site>' line)."""
    short = {ln.text for ln in kept if MIN_CONTAINED <= len(ln.text) <= MAX_CONTAINED}
    longer = [ln.text for ln in kept
              if len(ln.text) > MIN_CONTAINED and len(ln.text) <= 2 * MAX_CONTAINED]
    if len(short) <= PAIRWISE_SHORT:  # a few short texts: test each in every line
        return {t for text in longer for t in short if t != text and t in text}
    # many: a line's substrings are looked up by their first characters and their length
    by_head: dict[str, dict[int, set[str]]] = {}
    for t in short:
        by_head.setdefault(t[:MIN_CONTAINED], {}).setdefault(len(t), set()).add(t)
    found: set[str] = set()
    for text in longer:
        for i in range(len(text) - MIN_CONTAINED + 1):
            for size, texts in by_head.get(text[i:i + MIN_CONTAINED], {}).items():
                if text[i:i + size] in texts and size < len(text):
                    found.add(text[i:i + size])
    return found


def _shape(text: str) -> tuple[str, ...]:
    """The features of a line's text alone (`OWN_KEYS` from "len" to "sents")."""
    words = text.split()
    n = len(words)
    function_words = _function_words()
    function = sum(1 for w in text.lower().split() if w.strip(_WORD_EDGE) in function_words)
    caps = sum(1 for w in words if w[:1].isupper())
    digits = sum(map(str.isdigit, text))
    return (
        _BUCKET_NAMES[bisect_right(_LEN_EDGES, len(text))],
        _BUCKET_NAMES[bisect_right(_WORD_EDGES, n)],
        _char_class(text[-1:]),
        _char_class(text[:1]),
        _BUCKET_NAMES[bisect_right(_SHARE_EDGES, caps / n if n else 0)],
        _BUCKET_NAMES[bisect_right(_FUNC_EDGES, function / n if n else 0)],
        _BUCKET_NAMES[bisect_right(_DIGIT_EDGES, digits / max(len(text), 1))],
        _BUCKET_NAMES[min(sum(map(text.count, SEPARATORS)), 3)],
        _BUCKET_NAMES[min(text.count(". "), 3)],
    )


@lru_cache(maxsize=8192)
def _written(values: tuple[str, ...]) -> tuple[str, ...]:
    """A line's own features written out (`values` in OWN_KEYS order), with the two pairs:
    a page repeats combinations, so each is written once."""
    return (*(f"{k}={v}" for k, v in zip(OWN_KEYS, values, strict=True)),
            f"rule+len={values[_RULE]}|{values[_LEN]}",
            f"rule+end={values[_RULE]}|{values[_END]}")


@lru_cache(maxsize=8192)
def _neighbour(offset: int, values: tuple[str, ...]) -> tuple[str, ...]:
    """The features a line at `offset` gives its neighbour (`values` in NEIGHBOUR_KEYS order):
    a page repeats few combinations, so each is formatted once."""
    return tuple(f"{offset}:{k}={v}" for k, v in zip(NEIGHBOUR_KEYS, values, strict=True))


def line_features(lines: Sequence[Line], blocks: Sequence[Block]) -> list[list[str]]:
    """Features of the page's non-blank lines, in order (one list of strings per line)."""
    rules = _rule_kinds(lines, blocks)
    kept = [ln for ln in lines if not ln.blank]
    if not kept:
        return []
    main = max(range(len(kept)), key=lambda i: len(kept[i].text))
    counts = Counter(ln.text for ln in kept)
    contained = _inside_other(kept) if len(kept) <= MAX_LINES_CONTAINED else set()
    prose = [prose_text(ln.text) for ln in kept]
    first_prose = next((i for i, is_prose in enumerate(prose) if is_prose), main)
    last_prose = next((i for i in range(len(prose) - 1, -1, -1) if prose[i]), None)
    runs = _runs([is_prose or ln.text.endswith(".") or rules[ln.index][0] == "list_item"
                  for is_prose, ln in zip(prose, kept, strict=True)])
    head_rank = _length_ranks([ln.text for ln in kept[:first_prose]])
    shapes: dict[str, tuple[str, ...]] = {}  # a page repeats lines (menus, footers)
    own = []
    for i, line in enumerate(kept):
        gap = line.index > 0 and lines[line.index - 1].blank
        distance = i - main
        after_main = distance if abs(distance) < 3 else (3 if distance > 0 else -3) * (
            1 + int(abs(distance) > 10))
        rule, block_prose = rules[line.index]
        shape = shapes.get(line.text)
        if shape is None:
            shape = shapes[line.text] = _shape(line.text)
        own.append((
            rule, *shape, _BUCKET_NAMES[bisect_right(_POS_EDGES, i / len(kept))],
            str(max(-4, min(4, after_main))), _BUCKET_NAMES[min(counts[line.text] - 1, 2)],
            "1" if gap else "0", block_prose,
            "1" if (any(prose[max(0, i - SANDWICH):i])
                    and any(prose[i + 1:i + 1 + SANDWICH])) else "0",
            "1" if line.text in contained else "0",
            str(max(-6, min(2, i - first_prose))),
            "none" if last_prose is None else _BUCKET_NAMES[
                bisect_right(_FROM_END_EDGES, i - last_prose)],
            _BUCKET_NAMES[bisect_right(_RUN_EDGES, runs[i])],
            head_rank[i] if i < first_prose else "body"))
    near = [tuple(values[k] for k in _NEIGHBOUR_AT) for values in own]
    out = []
    for i, values in enumerate(own):
        row = list(_written(values))
        for off in WINDOW:
            j = i + off
            if 0 <= j < len(own):
                row.extend(_neighbour(off, near[j]))
            else:
                row.append(f"{off}:edge")
        if i == 0:
            row.append("first_line")
        out.append(row)
    return out
