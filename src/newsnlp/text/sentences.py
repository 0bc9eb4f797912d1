"""Where sentences end: the one place newsnlp decides it.

A sentence ends at `!`, `?`, a line break, or a full stop followed by white space, except the
full stop of an abbreviation (`ul.`, `godz.`, `r.`; `data/abbreviations.json`). Four
questions are asked of it:
- `sentence_around`: the sentence holding a span (date resolution); callers look a bounded
  distance either way, so a page with no full stop costs no more than a short one;
- `SentenceStarts`: where the sentence holding a position starts in a paragraph, counting only
  ends before a capital (quote attribution);
- `ends_sentence`: whether a line ends like a sentence, where `…`, `:` and `;` count too and
  closing quotes, brackets and emoji may follow (layout: a heading does not);
- `sentence_count`: how many sentences a line holds (layout: a list of one-sentence items).
All patterns are linear (possessive runs), whatever the white space between the mark and the
end of the line.
"""

from __future__ import annotations

from functools import lru_cache

from newsnlp.resources import Pattern, compile_pattern, load_json, word_alternation
from newsnlp.text.legal_forms import legal_forms

# A candidate end; a full stop's word is looked at before it counts.
_END = r"[.!?](?=\s|$)|\n"
# A candidate end before the capital of the next sentence, with the word before its mark.
_END_BEFORE_CAPITAL = r"(?<![\w.])(?P<w>[\w.]*)[.!?]\s+(?=\p{Lu})"
# A line's last mark, then white space, closing quotes and brackets, an agency's credit
# (`… 22 kwietnia. (PAP)`; `{agencies}` is filled from the data), then emoji and other
# symbols (`… kominowych! 🔥`) and white space. Possessive runs keep the search linear: no
# run gives back what the next one cannot take anyway.
_LINE_END = (r"[.!?…:;]\s*+[\"”»’)]*+(?:\s*+\((?:{agencies})\))?+"
             r"[\s\p{So}\p{Sk}\uFE0F\u200D]*+$")
REACH = 300  # characters looked at on either side


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-case abbreviations whose full stop ends no sentence."""
    return frozenset(a.casefold() for a in load_json("abbreviations.json")["abbreviations"])


def is_abbreviation(word: str) -> bool:
    """`word` (the letters before a full stop) is an abbreviation, so the stop ends nothing."""
    return word.casefold() in abbreviations()


@lru_cache(maxsize=1)
def _line_end() -> Pattern:
    """`_LINE_END` with the news agencies of `data/layout/signoff.json`."""
    agencies = word_alternation(load_json("layout/signoff.json")["agencies"])
    return compile_pattern(_LINE_END.replace("{agencies}", agencies), 0)


def ends_sentence(line: str) -> bool:
    """The line ends with sentence punctuation (a heading does not)."""
    return _line_end().search(line) is not None


def sentence_count(text: str) -> int:
    """The sentences of `text` that a sentence end closes (`Tak. Nie.`: 2)."""
    return len(_ends(text, 0, len(text)))


@lru_cache(maxsize=1)
def _legal_form_words() -> frozenset[str]:
    """The word before each full stop of a company's legal form (`sp`, `o.o`, `s.a`; the
    forms of `text.legal_forms`): its stop ends a sentence only before a capital (`… Orlen
    S.A. Prace ruszą`), not before a dash or a lower-case word (`Warta sp. z o.o. – 85`)."""
    return frozenset(_word_before(form, i).casefold() for form in legal_forms()
                     for i, ch in enumerate(form) if ch == ".")


def _ends(text: str, start: int, end: int) -> list[int]:
    """Offsets right after each real sentence end in text[start:end]."""
    out = []
    for m in compile_pattern(_END).finditer(text, start, end):
        if m.group(0) == "." and _abbreviation_stop(text, m.start()):
            continue
        out.append(m.end())
    return out


def _abbreviation_stop(text: str, stop: int) -> bool:
    """The full stop at `stop` closes an abbreviation, not a sentence."""
    word = _word_before(text, stop).casefold()
    if is_abbreviation(word):
        return True
    after = text[stop + 1:stop + 3].lstrip()[:1]  # the next sentence's first letter
    return word in _legal_form_words() and bool(after) and not after.isupper()


def stop_of_a_name(text: str, stop: int) -> bool:
    """The full stop at `stop` is part of the word before it, which ends a name with it: an
    initial (`Stanisław K.`), an abbreviation written in lower case (`asp. sztab.`; `New
    York Post.` ends a sentence) or letters joined by dots, one or two between each
    (`sp. z o.o.`, `S.A.`; not a web address, `money.pl.`, nor a date)."""
    word = _word_before(text, stop)
    dotted = "." in word and all(0 < len(p) <= 2 and p.isalpha() for p in word.split("."))
    return ((len(word) == 1 and word.isupper()) or dotted
            or (word.islower() and is_abbreviation(word)))


def _word_before(text: str, stop: int) -> str:
    """The word (letters, digits and inner full stops: `m.in`) that ends at `stop`."""
    begin = stop
    floor = max(0, stop - 12)  # longer than any abbreviation
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    return text[begin:stop]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] starts and ends, cut at REACH characters
    on either side."""
    lo = max(0, start - REACH)
    left = max(_ends(text, lo, start), default=lo)
    while left < start and text[left].isspace():
        left += 1
    hi = min(len(text), end + REACH)
    return left, min(_ends(text, end, hi), default=hi)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut at REACH characters on either side."""
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


class SentenceStarts:
    """Sentence starts in one paragraph, for positions asked in increasing order.

    The paragraph is scanned once, left to right, resuming where the last question left
    off, so a paragraph with many questions costs linear time, not quadratic.
    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.answer = start  # the latest sentence start found so far
        self.scanned = start  # where the scan resumes (the end of the last full stop seen)

    def start_of(self, pos: int) -> int:
        """Start of the sentence holding `pos` (a full stop after an abbreviation ends none)."""
        for m in compile_pattern(_END_BEFORE_CAPITAL).finditer(self.text, self.scanned, pos):
            self.scanned = int(m.end())
            if not is_abbreviation(m.group("w")):
                self.answer = int(m.end())
        return self.answer


__all__ = ["REACH", "SentenceStarts", "abbreviations", "ends_sentence", "is_abbreviation",
           "sentence_around"]
