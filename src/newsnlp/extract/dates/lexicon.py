"""The Polish date vocabulary (`data/dates/lexicon.json`), read once per process.

Every word list is lower case; ASCII-folded spellings (`sobote`, `pazdziernika`) are added
here so the data file lists each form once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsnlp.resources import escape, load_json

_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def fold(word: str) -> str:
    """`word` without Polish diacritics (`środę` -> `srode`)."""
    return word.translate(_FOLD)


def _with_folded(words: Iterable[str]) -> list[str]:
    """The words plus their folded spellings, unique, longest first (for alternations)."""
    out = {w.lower() for w in words} | {fold(w.lower()) for w in words}
    return sorted(out, key=lambda w: (-len(w), w))


def _folded_map(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """A word -> value map that also answers for the folded spelling of each word."""
    out: dict[str, Any] = {}
    for word, value in pairs:
        out.setdefault(word.lower(), value)
        out.setdefault(fold(word.lower()), value)
    return out


@dataclass(frozen=True)
class WeekdayForm:
    """One written form of a weekday: which day (0 = Monday) and which cases it can be."""

    index: int
    cases: frozenset[str]


@dataclass(frozen=True)
class ClockWords:
    """The words around clock times: before one time (`godz.`, `godzinie`), before opening
    hours or a range (`godzinach`; `w`, `między`; stems `czynn`, `otwart`)."""

    single: list[str]
    plural: list[str]
    opening_before: list[str]
    opening_stems: list[str]


@dataclass(frozen=True)
class Lexicon:
    """All date words, each mapped to what it means."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    months_locative: frozenset[str]
    may_context: frozenset[str]
    roman_months: dict[str, int]
    weekdays: dict[str, WeekdayForm]
    weekday_prepositions: dict[str, tuple[str, bool, str]]  # case, kept in span, direction
    qualifiers: dict[str, str]
    future_cues: tuple[str, ...]
    since_cues: tuple[str, ...]
    future_recent_days: int
    day_ordinals: dict[str, int]
    hour_words: dict[str, int]
    hour_word_offsets: dict[str, int]
    phrase_end_words: frozenset[str]
    deadline_prepositions: frozenset[str]
    clock: ClockWords
    relative_days: dict[str, int]
    relative_day_phrases: dict[str, int]
    relative_adjectives_day: dict[str, int]
    relative_adjectives_year: dict[str, int]
    relative_adjective_stop_after: tuple[str, ...]
    period_qualifiers: dict[str, int]
    period_units: dict[str, str]
    year_abbreviations: dict[str, int]
    current_month: tuple[str, ...]
    stop_before: frozenset[str]
    year_stop_before: frozenset[str]
    year_units_after: frozenset[str]
    year_context_before: frozenset[str]
    year_list_words_after: frozenset[str]
    update_labels: tuple[str, ...]
    published_labels: tuple[str, ...]
    other_labels: tuple[str, ...]
    legal_before: tuple[str, ...]
    copyright: tuple[str, ...]


def _weekday_forms(data: dict[str, dict[str, str]], abbreviations: dict[str, int]
                   ) -> dict[str, WeekdayForm]:
    """Form -> (weekday, cases); a form shared by several cases lists them all.
    Abbreviations (`pt.`) get the case `abbr`, which no preposition governs."""
    cases: dict[tuple[str, int], set[str]] = {}
    pairs = [(int(i), case, form) for i, forms in data.items() for case, form in forms.items()]
    pairs += [(index, "abbr", form) for form, index in abbreviations.items()]
    for index, case, form in pairs:
        for spelling in {form, fold(form)}:
            cases.setdefault((spelling, index), set()).add(case)
    return {form: WeekdayForm(index, frozenset(c)) for (form, index), c in cases.items()}


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The vocabulary, loaded and indexed once."""
    d: dict[str, Any] = load_json("dates/lexicon.json")
    quals = [(w, kind) for kind, words in d["weekday_qualifiers"].items() for w in words]
    adjectives = d["relative_adjectives"]
    return Lexicon(
        months=_folded_map((f, int(m)) for m, forms in d["months"].items() for f in forms),
        month_abbreviations=_folded_map(
            (f, int(m)) for m, forms in d["month_abbreviations"].items() for f in forms),
        months_locative=frozenset(_with_folded(d["months_locative"])),
        may_context=frozenset(d["may_context"]),
        roman_months=dict(d["roman_months"]),
        weekdays=_weekday_forms(d["weekdays"], d["weekday_abbreviations"]),
        weekday_prepositions={p: (v["case"], bool(v["keep"]), v.get("direction", "auto"))
                              for p, v in d["weekday_prepositions"].items()},
        qualifiers=_folded_map(quals),
        future_cues=_longest_first(d["future_cues"]),
        since_cues=_longest_first(d["since_cues"]),
        future_recent_days=int(d["future_recent_days"]),
        hour_words=_folded_map((w, int(n)) for n, ws in d["hour_words"].items() for w in ws),
        hour_word_offsets=_folded_map(d["hour_word_offsets"].items()),
        day_ordinals=_folded_map((w, int(n)) for n, ws in d["day_ordinals"].items() for w in ws),
        phrase_end_words=frozenset(_with_folded(d["phrase_end_words"])),
        deadline_prepositions=frozenset(d["deadline_prepositions"]),
        clock=ClockWords(d["clock_words"], d["clock_words_plural"],
                         d["opening_hours_before"], d["opening_hours_stems"]),
        relative_days=_folded_map(d["relative_days"].items()),
        relative_day_phrases=_folded_map(d["relative_day_phrases"].items()),
        relative_adjectives_day=_folded_map(adjectives["day"].items()),
        relative_adjectives_year=_folded_map(adjectives["year"].items()),
        relative_adjective_stop_after=tuple(d["relative_adjective_stop_after"]),
        period_qualifiers=_folded_map(d["relative_period_qualifiers"].items()),
        period_units=_folded_map((w, unit) for unit, words in d["relative_period_units"].items()
                                 for w in words),
        year_abbreviations=dict(d["year_abbreviations"]),
        current_month=_longest_first(d["current_month"]),
        stop_before=frozenset(w.lower() for w in d["stop_before"]),
        year_stop_before=frozenset(w.lower() for w in d["year_stop_before"]),
        year_units_after=frozenset(w.lower() for w in d["year_units_after"]),
        year_context_before=frozenset(w.lower() for w in d["year_context_before"]),
        year_list_words_after=frozenset(d["year_list_words_after"]),
        update_labels=_longest_first(d["update_labels"]),
        published_labels=_longest_first(d["published_labels"]),
        other_labels=_longest_first(d["other_labels"]),
        legal_before=_longest_first(d["legal_before"]),
        copyright=_longest_first(d["copyright"]),
    )


def alternation(words: Iterable[str], *, keep_case: bool = False, blank: str | None = None
                ) -> str:
    """A regex alternation of `words` and their folded spellings, as a trie.

    `miesiąc|miesiąca` becomes `miesi(?:ąc(?:a)?)`-like nested groups: the engine reads each
    character once instead of trying every word in turn, several times faster on long lists.
    The words that match at a position form a chain of prefixes, and the trie tries them
    longest first, as the plain longest-first alternation did. Words are lower-cased unless
    `keep_case` (holiday names in the TIMEX layer); a space in a word becomes `blank`
    (default: one space; the TIMEX layer lets it be any run of blanks)."""
    forms = {w if keep_case else w.lower() for w in words}
    trie: dict[str, Any] = {}
    for word in sorted(forms | {fold(w) for w in forms}, key=lambda w: (-len(w), w)):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, blank)


def _trie_pattern(node: dict[str, Any], blank: str | None) -> str:
    """The pattern of one trie node: its branches, optional when a word ends here."""

    branches = [(blank if blank is not None and char == " " else escape(char))
                + _trie_pattern(child, blank)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
    elif "" in node and len(branches[0]) > 1:
        body = f"(?:{branches[0]})"
    else:
        body = branches[0]
    return body + "?" if "" in node else body
