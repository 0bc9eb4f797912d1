"""All date atoms of a range of text: every finder of `atoms` and `clock` run once, the
ones that cannot match skipped cheaply, overlaps removed."""

from __future__ import annotations

from functools import lru_cache

from newsnlp.extract.dates.atoms import (
    Atom,
    Finder,
    find_current_month,
    find_day_month,
    find_day_only,
    find_day_word_month,
    find_iso,
    find_month,
    find_night,
    find_numeric,
    find_partial,
    find_relative_adjective,
    find_relative_day,
    find_relative_day_phrase,
    find_relative_period,
    find_roman_dotted,
    find_short_year,
    find_weekday,
    find_year_bare,
    find_year_prefix,
    find_year_range,
    find_year_suffix,
)
from newsnlp.extract.dates.clock import find_timeline, find_times, find_word_times
from newsnlp.extract.dates.lexicon import lexicon
from newsnlp.resources import VERSION1, compile_pattern

FINDERS: tuple[Finder, ...] = (
    find_night, find_iso, find_roman_dotted, find_numeric, find_short_year, find_partial,
    find_day_only,
    find_day_month, find_day_word_month, find_current_month, find_month, find_year_range,
    find_year_suffix, find_year_prefix, find_year_bare, find_relative_day_phrase, find_relative_day,
    find_relative_period, find_weekday,
    find_timeline, find_times, find_word_times,
)


# Finders whose patterns read a day, a year or a clock time in digits: they cannot match in a
# range without a digit, so they are skipped there (most lines of a page have none).
_DIGIT_FINDERS: frozenset[Finder] = frozenset({
    find_iso, find_roman_dotted, find_numeric, find_short_year, find_partial, find_day_only,
    find_day_month, find_current_month, find_year_range, find_year_suffix, find_year_prefix,
    find_year_bare, find_timeline, find_times,
})
_DIGIT = compile_pattern(r"\d", VERSION1)


def _inside_token(text: str, start: int, end: int) -> bool:
    """True for a match glued into an e-mail address, a URL or a file name
    (`marcin.grudzien@`, `/2026-01-17-tytul`)."""
    before = text[start - 2:start] if start >= 2 else " " + text[:start]
    after = text[end:end + 2]
    if before[-1:] in ("@", "_") or after[:1] in ("@", "_"):
        return True
    if before[-1:] in (".", "/") and before[:1].isalnum():
        return True
    return after[:1] in (".", "/") and after[1:2].isalpha()


@lru_cache(maxsize=1)
def _needles() -> dict[Finder, tuple[str, ...]]:
    """Finders that read words of a closed list, with strings one of which every match
    holds (lower case): a range holding none of them is skipped by a substring test, which
    costs far less than the pattern's scan."""
    lex = lexicon()
    weekdays = tuple(lex.weekdays)
    return {
        find_relative_day: tuple(lex.relative_days),
        find_relative_day_phrase: tuple(max(p.split(), key=len)
                                        for p in lex.relative_day_phrases),
        find_weekday: weekdays,
        find_night: weekdays,
        find_current_month: tuple(w.lower() for w in lex.current_month),
        find_day_word_month: tuple(w.split()[0] for w in lex.day_ordinals),
        find_word_times: tuple(w.split()[0] for w in lex.hour_words),
    }


def _absent(finder: Finder, lower: str) -> bool:
    needles = _needles().get(finder)
    return needles is not None and not any(n in lower for n in needles)


def find_atoms(text: str, start: int, end: int, *, adjectives: bool = False) -> list[Atom]:
    """Every atom in `text[start:end]`, overlaps removed (earliest, then longest, wins)."""
    found: list[tuple[int, Atom]] = []
    finders = FINDERS + ((find_relative_adjective,) if adjectives else ())
    digits = _DIGIT.search(text, start, end) is not None
    lower = text[start:end].lower()
    for rank, finder in enumerate(finders):
        if (digits or finder not in _DIGIT_FINDERS) and not _absent(finder, lower):
            found.extend((rank, a) for a in finder(text, start, end))
    found.sort(key=lambda ra: (ra[1].start, -ra[1].end, ra[0]))
    kept: list[Atom] = []
    last_end = start
    for _, atom in found:
        if atom.start >= last_end:
            kept.append(atom)
            last_end = atom.end
    out: list[Atom] = []
    for atom in kept:
        if not _inside_token(text, atom.start, atom.end):
            out.extend(atom.children or [atom])
    return out
