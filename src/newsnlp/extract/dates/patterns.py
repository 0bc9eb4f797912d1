"""The regular expressions that find date pieces, built from the lexicon and compiled once.

Every pattern is linear: alternations of fixed words, bounded digit runs, no nested unbounded
quantifiers. `newsnlp.resources.compile_pattern` compiles them, under its timeout guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsnlp.extract.dates.lexicon import alternation, lexicon
from newsnlp.resources import IGNORECASE, VERSION0, Pattern, compile_pattern, escape

# Dates never run across lines: blanks inside a pattern are `[ \t]`, never a newline.
# Word patterns start with `\b` (same as `(?<!\w)` before a letter, and much faster).
# No digit, letter or date punctuation right before a number that starts a date.
NUM_START = r"(?<![\w.,/:\-])"
# The number is not continued by more digits or by a decimal / date separator and a digit.
NUM_END = r"(?!\d|[.,/:\-]\d)"
# A day may follow a dash (`3-10. sierpnia`, `12-14.06.2026`): the range finder joins them.
DAY_START = r"(?<![\w.,/:#])"
DASH = r"[\-–—]"
SP = r"[ \t]"  # a blank inside a date: never a line break
DATE_FLAGS = IGNORECASE | VERSION0
# after a two-digit year, the clock time that makes it a year (`3 sty 12 21:28`)
SHORT_YEAR_TIME = r",?[ \t]+\d{1,2}:\d\d(?!\d)"
YEAR_SUFFIX = r"(?P<suf>[ \t]?r\.|[ \t]+roku\b|[ \t]+rok\b|[ \t]+rokiem\b|[ \t]?r\b)"


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns, one per kind of date piece."""

    iso: Pattern
    numeric: Pattern
    short_year: Pattern
    roman_dotted: Pattern
    partial: Pattern
    day_only: Pattern
    day_month: Pattern
    day_word_month: Pattern  # `pierwszego marca`
    current_month: Pattern
    month: Pattern
    w_before: Pattern
    year_suffix: Pattern
    year_prefix: Pattern
    year_range: Pattern
    year_bare: Pattern
    relative_day: Pattern
    relative_day_phrase: Pattern
    relative_adjective: Pattern
    relative_period: Pattern
    weekday: Pattern
    weekday_before: Pattern
    night: Pattern
    time: Pattern
    time_lead_before: Pattern
    time_range_after: Pattern
    hours_before: Pattern
    timeline: Pattern
    timeline_before: Pattern
    sentence_before: Pattern
    clock_word_before: Pattern  # `godzina` right before a time
    word_time: Pattern  # `o szesnastej`, `za kwadrans piąta`


def _year_tail(abbr: str, qual: str, units: str) -> str:
    """What may follow a month: a year (with `r.`/`roku`), `br.`, `tego roku`, or two digits
    of a year right before a clock time (`3 sty 12, 09:39`)."""
    return (rf"(?:[ \t]+(?P<y>\d{{4}}){NUM_END}{YEAR_SUFFIX}?"
            rf"|[ \t]+(?P<y2>\d\d)(?={SHORT_YEAR_TIME})"
            rf"|[ \t]+(?P<yab>{abbr})"
            rf"|[ \t]+(?P<yq>{qual})[ \t]+(?P<yu>{units}))?")


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Build and compile every pattern (once)."""
    lex = lexicon()
    clock = alternation(lex.clock.single)
    # before opening hours or a range, a time is not an event time (`w godz. 9:00–17:00`)
    hours_before = (rf"(?:\b(?:{alternation(lex.clock.opening_before)})"
                    rf"|\b(?:{clock}|{alternation(lex.clock.plural)})"
                    rf"|(?:{alternation(lex.clock.opening_stems)})\w*)[ \t]*$")
    month = alternation(lex.months)
    abbr = alternation(lex.month_abbreviations)
    roman = "|".join(sorted(lex.roman_months, key=len, reverse=True))
    weekday = alternation(lex.weekdays)
    quals = alternation(lex.qualifiers)
    preps = alternation(lex.weekday_prepositions)
    year_abbr = "|".join(escape(a) for a in
                         sorted(lex.year_abbreviations, key=len, reverse=True))
    pquals = alternation(lex.period_qualifiers)
    punits = alternation(lex.period_units)
    year_units = alternation(w for w, u in lex.period_units.items() if u == "year")
    tail = _year_tail(year_abbr, pquals, year_units)
    day = r"(?P<d>\d{1,2})(?:\.|-go|-ego)?"
    day_word = alternation(lex.day_ordinals, blank="[ \t]+")
    hour_words = alternation(lex.hour_words, blank="[ \t]+")
    hour_offsets = alternation(lex.hour_word_offsets, blank="[ \t]+")
    full_numeric = r"\d{1,2}[./\-]\d{1,2}[./\-]\d{4}"
    month_after_day = rf"\d{{1,2}}(?:\.|-go|-ego)?[ \t]*(?:{month})(?!\w)"
    phrases = "|".join(escape(p).replace("\\ ", r"[ \t]+")
                       for p in sorted(lex.relative_day_phrases, key=len, reverse=True))
    adjectives = alternation([*lex.relative_adjectives_day, *lex.relative_adjectives_year])

    def c(pattern: str) -> Pattern:
        return compile_pattern(pattern, DATE_FLAGS)

    return Patterns(
        iso=c(rf"{NUM_START}(?P<y>\d{{4}})(?P<sep>[\-./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
              r"(?:T(?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
              rf"{NUM_END}"),
        roman_dotted=c(rf"{DAY_START}(?P<d>\d{{1,2}})\.(?-i:(?P<rom>{roman}))\.(?P<y>\d{{4}})"
                       rf"{NUM_END}{YEAR_SUFFIX}?"),
        numeric=c(rf"{DAY_START}(?P<d>\d{{1,2}})(?P<sep>[./\-])(?P<m>\d{{1,2}})(?P=sep)"
                  rf"(?P<y>\d{{4}}){NUM_END}{YEAR_SUFFIX}?"),
        short_year=c(rf"{DAY_START}(?P<d>\d{{2}})\.(?P<m>\d{{2}})\.(?P<y>\d{{2}}){NUM_END}(?!\w)"),
        partial=c(rf"{NUM_START}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.?"
                  rf"(?={SP}*{DASH}{SP}*{full_numeric}|{SP}+(?:do|i|oraz|na){SP}+{full_numeric})"
                  rf"|{NUM_START}(?P<d2>\d{{1,2}})\.(?P<m2>\d{{2}}){NUM_END}(?!\w)"),
        day_only=c(rf"{NUM_START}{day}"
                   rf"(?=[ \t]*{DASH}[ \t]*(?:{month_after_day}|{full_numeric})"
                   rf"|{SP}+(?:do|i|oraz|lub|albo|a|na){SP}+(?:{month_after_day}|{full_numeric}))"),
        day_month=c(rf"{DAY_START}{day}{SP}*(?:(?P<mon>{month})(?!\w)"
                    rf"|(?P<abbr>{abbr})(?:\.|(?={SP}+\d{{4}}|{SP}+\d\d{SHORT_YEAR_TIME}))"
                    rf"|(?-i:(?P<rom>{roman}))(?![\w.]))" + tail),
        day_word_month=c(rf"\b(?P<dw>{day_word})[ \t]+(?P<mon>{month})(?!\w)" + tail),
        current_month=c(rf"{NUM_START}{day}[ \t]*(?P<bm>"
                        + "|".join(escape(w) for w in lex.current_month) + ")"),
        month=c(rf"\b(?P<mon>{month})(?!\w)" + tail),
        w_before=c(r"\bwe?[ \t]+$"),
        year_suffix=c(rf"{NUM_START}(?P<y>\d{{4}}){NUM_END}{YEAR_SUFFIX}"),
        year_prefix=c(rf"\b(?P<pre>roku|rok)[ \t]+(?P<y>\d{{4}}){NUM_END}"),
        year_range=c(rf"{NUM_START}(?P<y1>\d{{4}})[ \t]*(?:{DASH}|/)[ \t]*(?P<y2>\d{{4}}|\d{{2}})"
                     rf"{NUM_END}(?![ \t]*{DASH}?\d)"),
        year_bare=c(rf"(?<![\w.,/:\-#№])(?P<y>(?:1[89]|20)\d{{2}}){NUM_END}(?!\w)"),
        relative_day=c(rf"\b(?P<w>{alternation(lex.relative_days)})(?!\w)"),
        relative_day_phrase=c(rf"\b(?P<w>{phrases})(?!\w)"),
        relative_adjective=c(rf"\b(?P<stem>{adjectives})\w{{1,4}}(?!\w)"),
        relative_period=c(rf"\b(?P<q>{pquals})[ \t]+(?P<u>{punits})(?!\w)"),
        weekday=c(rf"\b(?P<wd>{weekday})(?!\w)"),
        weekday_before=c(rf"(?:\b(?P<prep>{preps})[ \t]+)?(?:\b(?P<q>{quals})[ \t]+)?$"),
        night=c(rf"\b(?:w{SP}+nocy{SP}+)?ze?{SP}+(?P<a>{weekday}){SP}+na{SP}+(?P<b>{weekday})"
                r"(?!\w)"),
        time=c(rf"\b(?P<g>{clock})[ \t]*(?P<h>\d{{1,2}})"
               r"(?:[:.](?P<mi>\d{2}))?(?!\d|[:.,]\d)"
               r"|(?<![\w.,:\-])(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::\d{2})?(?!\d|[:.,]\d)"
               r"|(?<![\w.,:\-])(?P<h3>\d{1,2})\.(?P<mi3>\d{2})(?!\d|[:.,]\d)"
               # a whole hour after `o` (`jutro o 16`): joins a day before it, never alone
               r"|(?<=(?<!\w)o[ \t]+)(?P<h4>\d{1,2})(?!\d|[:.,/\-]\d|[ \t]*%)"),
        time_lead_before=c(r"(?:\b(?:o|od|do|około|ok\.)[ \t]+){1,2}$"),
        time_range_after=c(rf"(?<!{SP}){SP}*(?:{DASH}|do){SP}*(?:(?:{clock}){SP}*)?"
                           r"\d{1,2}[:.]\d{2}"),
        hours_before=c(hours_before),
        timeline=c(r"(?<![\w.,:\-])(?P<h>\d{1,2})[:.](?P<mi>\d{2})"
                   rf"(?:[ \t]*{DASH}[ \t]*(?P<h2>\d{{1,2}})[:.](?P<mi2>\d{{2}}))?"
                   rf"(?=[ \t]*{DASH}[ \t]|[ \t]*/[ \t]|[ \t]+(?-i:\p{{Lu}}))"),
        timeline_before=c(r"[ \t]*(?:\d{1,2}[.)][ \t]|[\-–—•*·●▪][ \t]*)?"
                          rf"(?:(?:{clock})[ \t]*)?"),
        sentence_before=c(rf"[.;)][ \t]+(?:(?:{clock})[ \t]*)?$"),
        clock_word_before=c(rf"\b(?:{clock})[ \t]*$"),
        word_time=c(rf"\b(?:(?P<lead>o)[ \t]+)?(?:(?P<rel>{hour_offsets})[ \t]+)?"
                    rf"(?P<hw>{hour_words})(?!\w)"),
    )
