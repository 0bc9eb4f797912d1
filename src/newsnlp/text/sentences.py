"""Sentence boundaries around a position in running text.

A sentence ends at `!`, `?`, a line break, or a full stop followed by white space, except
the full stop of an abbreviation (`ul.`, `godz.`, `r.`; `data/abbreviations.json`). Callers
look a bounded distance either way, so a page with no full stop costs no more than a short
one.
"""

from __future__ import annotations

from functools import lru_cache

from newsnlp.resources import compile_pattern, finditer, load_json

# A candidate end; a full stop's word is looked at before it counts.
_END = r"[.!?](?=\s|$)|\n"
REACH = 300  # characters looked at on either side


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-case abbreviations whose full stop ends no sentence."""
    return frozenset(a.casefold() for a in load_json("abbreviations.json")["abbreviations"])


def _ends(text: str, start: int, end: int) -> list[int]:
    """Offsets right after each real sentence end in text[start:end]."""
    abbrev = abbreviations()
    out = []
    for m in finditer(compile_pattern(_END), text, start, end):
        if m.group(0) == "." and _word_before(text, m.start()).casefold() in abbrev:
            continue
        out.append(m.end())
    return out


def _word_before(text: str, stop: int) -> str:
    """The word (letters, digits and inner full stops: `m.in`) that ends at `stop`."""
    begin = stop
    floor = max(0, stop - 12)  # longer than any abbreviation
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    return text[begin:stop]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut at REACH characters on either side."""
    lo = max(0, start - REACH)
    left = max(_ends(text, lo, start), default=lo)
    while left < start and text[left].isspace():
        left += 1
    hi = min(len(text), end + REACH)
    right = min(_ends(text, end, hi), default=hi)
    return text[left:right]


__all__ = ["REACH", "abbreviations", "sentence_around"]
