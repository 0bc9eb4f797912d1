"""Sentence boundaries around a position in running text.

A sentence ends at `!`, `?`, a line break, or a full stop followed by white space, except
the full stop of an abbreviation (`ul.`, `godz.`, `r.`; `data/abbreviations.json`). Callers
look a bounded distance either way, so a page with no full stop costs no more than a short
one.
"""

from __future__ import annotations

from functools import lru_cache

from newsnlp.resources import compile_pattern, finditer, load_json

# A candidate end: the word before it is captured so that abbreviations can be skipped.
_END = r"(?<![\w.])(?P<w>[\w.]*)[.!?](?=\s|$)|\n"
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
        word = m.group("w")
        if word is not None and m.group(0).endswith(".") and word.casefold() in abbrev:
            continue
        out.append(m.end())
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut at REACH characters on either side."""
    lo = max(0, start - REACH)
    left = max(_ends(text, lo, start), default=lo)
    hi = min(len(text), end + REACH)
    right = min(_ends(text, end, hi), default=hi)
    return text[left:right]


__all__ = ["REACH", "abbreviations", "sentence_around"]
