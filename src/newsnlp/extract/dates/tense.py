"""The tense of the verb that governs a date expression, read from Morfeusz tags: a past
verb (`w piątek doszło do`) points back, a future one (`w piątek odbędzie się`, `będą`, a
perfective non-past form) points forward; a present or no verb says nothing."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from newsnlp.morph.morfeusz import analyse
from newsnlp.resources import compile_pattern
from newsnlp.text.sentences import sentence_bounds

Tense = Literal["past", "present", "future"]
_WORD = compile_pattern(r"\w+", 0)
_LABEL_MARK = compile_pattern(r"(?<!\d):(?!\d)|\|", 0)  # not the colon of a clock time


def _tense_of_tag(tag: str) -> Tense | None:
    """NKJP tags: `praet` and the impersonal `imps` (`przyjmowano`) past; `bedzie` and
    perfective `fin` future; imperfective `fin` present; anything else is no finite verb."""
    parts = tag.split(":")
    if parts[0] in ("praet", "imps"):
        return "past"
    if parts[0] == "bedzie":
        return "future"
    if parts[0] == "fin":
        return "future" if "perf" in parts else "present"
    return None


@lru_cache(maxsize=1 << 14)
def word_tense(word: str) -> Tense | None:
    """The tense of a word when every verbal reading of it agrees (`ruszy` is a noun too,
    but its only verbal reading is future); None for no verb or a disagreement."""
    tenses = {_tense_of_tag(a.tag) for a in analyse(word)} - {None}
    return tenses.pop() if len(tenses) == 1 else None


def governing_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the finite verb nearest text[start:end] in its sentence; None when the
    sentence has none (or Morfeusz is not installed). A label (`dodano: 3 stycznia`) is no
    clause of the date: the search stops at a colon (not a clock time's) or a bar."""
    left, right = sentence_bounds(text, start, end)
    for mark in _LABEL_MARK.finditer(text, left, start):
        left = mark.end()
    after = _LABEL_MARK.search(text, end, right)
    right = after.start() if after else right
    best: tuple[int, Tense] | None = None
    for m in _WORD.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        tense = word_tense(m.group())
        if tense is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return None if best is None else best[1]
