"""The vocabulary and patterns of the TIMEX3 layer (`timex`): word maps and linear
patterns built from `data/dates/timex.json` (forms without diacritics added when loaded)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsnlp.extract.dates.lexicon import alternation, fold
from newsnlp.resources import FLAGS, ICASE, Pattern, compile_pattern, escape, load_json

# A word starts here. Every alternative after it begins with a word character, so `\b` (a
# fast test the regex engine can skip on) then "no hyphen before" equals `(?<![\w-])`, which
# costs a look-behind at every position: 5x slower on prose.
_B = r"\b(?<!-)"
_E = r"(?!\w)"  # a word ends here


def timex_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("dates/timex.json")
    return data


def _alt(words: Iterable[str], keep_case: bool = False) -> str:
    """The lexicon's prefix-tree alternation, a space matching any run of blanks."""
    return alternation(words, keep_case=keep_case, blank=r"\s+")


def _first_chars(words: Iterable[str]) -> str:
    """A character class of the words' first letters in both cases: a cheap test that lets
    a search skip most positions (a long run of spaces) before the alternations."""
    chars = {c for w in words if w for c in (w[0], fold(w[0]))}
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "[" + "".join(escape(c) for c in sorted(chars)) + "]"


def fold_key(s: str) -> str:
    """A word or phrase as a map key: lower case, folded, single spaces."""
    return " ".join(fold(s.lower()).split())


def adjective_forms(stems: Iterable[list[str] | tuple[str, str]]) -> list[str]:
    endings = timex_data()["adjective_endings"]
    return [stem + e for stem, cls in stems for e in endings[cls]]


# What a word of the vocabulary maps to (keys folded and lower case).
Codes = dict[str, str]  # a TIMEX value or unit code: `zimą` -> `WI`, `lat` -> `Y`
Numbers = dict[str, int]  # an index or offset: `lutowy` -> 2, `nazajutrz` -> 1
Amounts = dict[str, float]  # a quantity: `półtora` -> 1.5
Words = frozenset[str]


@dataclass(frozen=True)
class Vocab:
    """Word -> meaning maps of the TIMEX layer."""

    seasons: Codes
    parts: Codes
    qualifiers: Numbers
    decade_words: Numbers
    century_ordinals: Numbers
    century_prefixes: Numbers
    anaphoric_days: Numbers
    anaphoric_years: Numbers
    month_adjectives: Numbers
    weekday_adjectives: Numbers
    holidays: Codes
    easter: Numbers
    numbers: Amounts
    vague_numbers: Words
    units: Codes
    single_units: Codes
    duration_prefixes: Amounts
    duration_adjective_units: Codes
    time_stop_after: Words


def invert(groups: Mapping[str, Iterable[str]], cast: Callable[[str], Any] = str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value, words in groups.items():
        for w in words:
            out.setdefault(fold_key(w), cast(value))
    return out


@cache
def derived_forms() -> dict[str, dict[str, list[str]]]:
    """Word forms built from the stems and endings of timex.json: meaning -> forms."""
    d = timex_data()
    hard = d["adjective_endings"]["hard"]
    return {
        "decade_words": {n: [w + e for e in d["decade_word_endings"]]
                         for n, w in d["decade_words"].items()},
        "century_ordinals": {n: [o + e for e in d["century_ordinal_endings"]]
                             for n, o in d["century_ordinals"].items()},
        "century_prefixes": {n: [p + d["century_adjective_stem"] + e for e in hard]
                             for n, p in d["century_adjective_prefixes"].items()},
        "month_adjectives": {m: [s + e for e in hard] for m, s in d["month_adjectives"].items()},
        "weekday_adjectives": {w: adjective_forms([v]) for w, v in d["weekday_adjectives"].items()},
        "duration_adjective_units": {u: adjective_forms(v)
                                     for u, v in d["duration_adjective_units"].items()},
    }


def flatten(groups: dict[str, list[str]]) -> list[str]:
    return [w for ws in groups.values() for w in ws]


@cache
def set_adjectives() -> dict[str, list[str]]:
    """Set value -> adjective forms (`coroczny`: `P1Y`)."""
    return {v: adjective_forms(stems) for v, stems in timex_data()["set_adjectives"].items()}


@cache
def set_words() -> dict[str, str]:
    """Set phrase or adjective -> value; plural weekday (`wtorki`) -> weekday index."""
    d = timex_data()
    return invert(d["set_phrases"]) | invert(set_adjectives()) | invert(d["weekday_plurals"])


def clock_words() -> list[str]:
    """Words before a clock time: the lexicon's `clock_words` and `clock_words_plural` (the
    lists of the news patterns) and the TIMEX layer's `g.`."""
    lexicon = load_json("dates/lexicon.json")
    return [*lexicon["clock_words"], *lexicon["clock_words_plural"],
            *timex_data()["time_clock_extra"]]


@cache
def vocab() -> Vocab:
    d = timex_data()
    seasons = {c: list(v["nouns"]) + adjective_forms(v["adjectives"])
               for c, v in d["seasons"].items()}
    parts = {c: list(v["phrases"]) + adjective_forms(v["adjectives"])
             for c, v in d["parts_of_day"].items()}
    raw = derived_forms()
    return Vocab(
        seasons=invert(seasons), parts=invert(parts),
        qualifiers=invert(d["period_qualifiers"], int),
        decade_words=invert(raw["decade_words"], int),
        century_ordinals=invert(raw["century_ordinals"], int),
        century_prefixes=invert(raw["century_prefixes"], int),
        anaphoric_days=invert(d["anaphoric_days"], int),
        anaphoric_years=invert(d["anaphoric_years"], int),
        month_adjectives=invert(raw["month_adjectives"], int),
        weekday_adjectives=invert(raw["weekday_adjectives"], int),
        holidays={fold_key(w): md for md, ws in d["holidays"].items() for w in ws}
        | {fold_key(w): edge for edge, ws in d["school_year"].items() for w in ws},
        easter={fold_key(w): int(off) for off, ws in d["easter_holidays"].items() for w in ws},
        numbers={fold_key(k): float(v) for k, v in d["numbers"].items()},
        vague_numbers=frozenset(fold_key(w) for w in d["vague_numbers"]),
        units=invert(d["units"]), single_units=invert(d["single_units"]),
        duration_prefixes={fold_key(k): float(v) for k, v in d["duration_prefixes"].items()},
        duration_adjective_units=invert(raw["duration_adjective_units"]),
        time_stop_after=frozenset(fold_key(w) for w in d["time_stop_after"]),
    )


@cache
def timex_patterns() -> dict[str, Pattern]:
    """One linear pattern per kind of TIMEX-only expression, built from timex.json."""
    d = timex_data()
    lexicon = load_json("dates/lexicon.json")
    raw = derived_forms()
    year = r"(?:\s+(?P<year>\d{4})(?!\d)(?:\s*r\.|\s+roku)?)?"
    season_words = [w for c in d["seasons"].values() for w in c["nouns"]]
    season_words += adjective_forms(a for c in d["seasons"].values() for a in c["adjectives"])
    part_words = [w for c in d["parts_of_day"].values() for w in c["phrases"]]
    part_words += adjective_forms(a for c in d["parts_of_day"].values() for a in c["adjectives"])
    quals = [w for ws in d["period_qualifiers"].values() for w in ws]
    roman = r"(?-i:[IVXL]{1,6})"
    weekdays_acc_gen = [f for w in lexicon["weekdays"].values() for c, f in w.items()
                        if c in ("acc", "gen")]
    plurals = [w for ws in d["weekday_plurals"].values() for w in ws]
    units = [w for ws in d["units"].values() for w in ws]
    singles = [w for ws in d["single_units"].values() for w in ws]
    numbers = list(d["numbers"]) + list(d["vague_numbers"])
    number = (r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?|" + _alt(numbers) + ")")
    prefixes = list(d["duration_prefixes"]) + list(d["vague_duration_prefixes"])
    godz, lead = clock_words(), d["time_words"]
    hour = r"(?:[01]?\d|2[0-3])"
    time = rf"(?<![\d.,:/]){hour}[.:][0-5]\d(?![\d]|[.,:]\d)"
    dash = _alt(d["time_range_dashes"])
    anaphoric = flatten(d["anaphoric_days"]) + flatten(d["anaphoric_years"])
    src = {
        "season": rf"{_B}(?P<w>{_alt(season_words)}){_E}{year}",
        "part": rf"{_B}(?P<w>{_alt(part_words)}){_E}",
        "week": (rf"{_B}(?:(?P<q>{_alt(quals)})\s+)?(?P<n>{_alt(d['weekend_nouns'])}){_E}"
                 rf"|{_B}(?P<q2>{_alt(quals)})\s+(?P<n2>{_alt(d['week_nouns'])}){_E}"),
        "decade": (rf"{_B}(?:{_alt(d['decade_nouns'])})\s+(?:(?P<num>\d\d(?:\d\d)?)"
                   rf"(?P<suf>{_alt(d['decade_suffixes'])})|(?P<word>{_alt(flatten(raw['decade_words']))}){_E})"
                   rf"(?:\s+(?P<cent>{roman})\s*(?:wieku|w\.))?"),
        "century": (rf"{_B}(?:(?P<roman>{roman})\s*-?\s*(?:{_alt(d['century_nouns'])})"
                    rf"|(?P<ord>{_alt(flatten(raw['century_ordinals']))})\s+(?:wiek|wieku|wiekiem|wiekach)"
                    rf"|(?:w\.|wieku?)\s+(?P<roman2>(?-i:[IVX]{{2,6}}))"
                    rf"|(?P<radj>{roman})-?wieczn\w{{1,4}}"
                    rf"|(?P<wadj>{_alt(flatten(raw['century_prefixes']))})){_E}"),
        "anaphoric": rf"{_B}(?P<w>{_alt(anaphoric)}){_E}",
        "vague": (rf"{_B}(?P<q>{_alt(d['vague_qualifiers'])})\s+(?:{_alt(d['vague_nouns'])}){_E}"
                  rf"|{_B}(?:{_alt(d['vague_phrases'])}){_E}"),
        "month_adj": rf"{_B}(?P<w>{_alt(flatten(raw['month_adjectives']))}){_E}",
        "weekday_adj": rf"{_B}(?P<w>{_alt(flatten(raw['weekday_adjectives']))}){_E}",
        "duration": (rf"{_B}(?:(?P<in>{_alt(d['in_words'])})\s+)?"
                     rf"(?:(?:{_alt(d['duration_lead_words'])})\s+)?"
                     rf"(?P<num>{number})\s*-?\s*(?P<unit>{_alt(units)})(?!\w)"
                     rf"(?:\s+(?P<ago>{_alt(d['ago_words'])}){_E})?"),
        "single": (rf"{_B}(?:(?P<in>{_alt(d['in_words'])})|(?:{_alt(d['unit_lead_words'])}))\s+"
                   rf"(?P<unit>{_alt(singles)}){_E}"
                   rf"|{_B}(?P<before>{_alt(d['ago_lead_words'])})\s+"
                   rf"(?P<unit3>{_alt(flatten(d['ago_units']))}){_E}"
                   rf"|{_B}(?P<unit4>{_alt(flatten(d['bare_units']))}){_E}"
                   rf"|{_B}(?P<unit2>{_alt(singles)})\s+(?P<ago>{_alt(d['ago_words'])}){_E}"
                   rf"|{_B}(?P<unit5>{_alt(flatten(d['offset_units']))})(?=\s+"
                   rf"(?:{_alt(d['offset_words'])}){_E})"),
        "anniversary": rf"{_B}(?P<num>\d{{1,4}})\s*-?\s*(?:{_alt(d['anniversary_endings'])}){_E}",
        "vague_duration": rf"{_B}(?:{_alt(d['vague_durations'])}){_E}",
        "duration_adj": (rf"{_B}(?:(?P<digits>\d{{1,4}})\s*-?\s*|(?P<pre>{_alt(prefixes)}))"
                         rf"(?P<unit>{_alt(flatten(raw['duration_adjective_units']))}){_E}"),
        "set": (rf"{_B}(?:(?P<w>{_alt(flatten(d['set_phrases']) + flatten(set_adjectives()))})"
                rf"|(?:{_alt(d['set_weekday_leads'])})\s+(?P<wd>{_alt(weekdays_acc_gen)})"
                rf"|(?:{_alt(d['weekday_plural_leads'])})\s+(?P<pl>{_alt(plurals)})){_E}"),
        "time": (rf"(?={_first_chars(godz + lead)}|\d){_B}"
                 rf"(?:(?P<g>{_alt(godz)})\s*(?:(?:ok\.|około)\s+)?|(?P<l>{_alt(lead)})\s+)?"
                 rf"(?P<t1>{time}|{hour}(?![\d.:,]))"
                 rf"(?:\s*(?:{dash})\s*(?P<t2>{time}))?"),
    }
    weekday_forms = [f for w in lexicon["weekdays"].values() for f in w.values()]
    month_forms = [f for ms in lexicon["months"].values() for f in ms]
    src["nth_weekday"] = (rf"{_B}(?P<ord>{_alt(flatten(d['nth_ordinals']))})\s+"
                          rf"(?P<wd>{_alt(weekday_forms)})\s+(?P<mon>{_alt(month_forms)}){_E}"
                          rf"(?:\s+(?P<year>\d{{4}})(?!\d))?")
    weekdays_gen = [w["gen"] for w in lexicon["weekdays"].values()]
    src["weekday_range"] = (rf"{_B}(?:{_alt(d['range_from'])})\s+(?P<a>{_alt(weekdays_gen)})\s+"
                            rf"(?:{_alt(d['range_to'])})\s+(?P<b>{_alt(weekdays_gen)}){_E}")
    src["hour_range"] = (rf"{_B}(?:{_alt(d['range_from'])})\s+(?P<a>{hour})\s+"
                         rf"(?:{_alt(d['range_to'])})\s+(?P<b>{hour})(?![\d.:,]\d|\w)")
    genitive_quals = [w for w in quals if w.endswith("ego")]
    qualified = [w for ws in d["qualified_seasons"].values() for w in ws]
    src["season_q"] = (rf"{_B}(?P<q>{_alt(genitive_quals)})\s+(?P<w>{_alt(qualified)}){_E}")
    src["week_ordinal"] = (rf"{_B}(?:{_alt(d['week_ordinals'])})\s+"
                           rf"(?:{_alt(d['week_nouns'])}){_E}")
    src["period_edge"] = (rf"{_B}(?:{_alt(d['edge_words'])})\s+"
                          rf"(?P<u>{_alt(flatten(d['edge_units']))}){_E}(?!\s*\d)")
    src["title_period"] = (rf"(?<={_B}(?:{_alt(d['title_heads'])})\w{{0,5}}\s+[\"„“”]?\s*)"
                           rf"(?P<u>{_alt(flatten(d['edge_units']))}){_E}(?!\s*\d)")
    src["era"] = rf"(?<![\d.,])(?P<n>\d{{1,4}})\s*(?:r\.\s*|roku\s+)?(?:{_alt(d['bc_marks'])})"
    src["quarter"] = (rf"{_B}(?P<ord>{_alt(flatten(d['quarter_ordinals']))})\s+"
                      rf"(?:(?P<q>{_alt(d['quarter_nouns'])})|{_alt(d['half_nouns'])}){_E}{year}")
    out = {k: compile_pattern(p, ICASE) for k, p in src.items()}
    holiday_words = [w for ws in d["holidays"].values() for w in ws]
    holiday_words += [w for ws in d["easter_holidays"].values() for w in ws]
    holiday_words += school_year_forms()
    out["holiday"] = compile_pattern(rf"{_B}(?P<w>{_alt(holiday_words, keep_case=True)}){_E}",
                                     FLAGS)
    return out


@cache
def helper_patterns() -> dict[str, Pattern]:
    return {
        "bare_time": compile_pattern(
            rf"(?:(?:{_alt(clock_words())})\s*)?(?:(?:ok\.|około)\s+)?\d{{1,2}}[.:]\d\d", ICASE),
        "dateline_head": compile_pattern(r"[\W_]*(?:\p{Lu}[\p{L}\-. ]{0,40},\s*)?", FLAGS),
        "dateline_tail": compile_pattern(r"[\W_]*", FLAGS),
        "year_digits": compile_pattern(r"\d{4}|\bb\.?\s*r\.|\bub\.", ICASE),
        "digit": compile_pattern(r"\d", FLAGS),
    }


@cache
def word_set(key: str) -> frozenset[str]:
    """The words of the timex.json list `key`, folded (built once)."""
    return frozenset(fold_key(w) for w in timex_data()[key])


@cache
def word_map(key: str) -> dict[str, str]:
    """The timex.json map `key` (meaning -> words) as folded word -> meaning (built once)."""
    return invert(timex_data()[key])


def school_year_forms() -> list[str]:
    """`rozpoczęcie roku szkolnego`, also capitalised at a sentence start."""
    forms = [w for ws in timex_data()["school_year"].values() for w in ws]
    return forms + [w[0].upper() + w[1:] for w in forms]


@cache
def nth_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Ordinal -> n, weekday form -> 0..6, month form -> 1..12."""
    lexicon = load_json("dates/lexicon.json")
    weekdays = {fold_key(f): int(i) for i, w in lexicon["weekdays"].items() for f in w.values()}
    months = {fold_key(f): int(i) for i, ms in lexicon["months"].items() for f in ms}
    return invert(timex_data()["nth_ordinals"], int), weekdays, months


@cache
def name_stop_words() -> frozenset[str]:
    lexicon = load_json("dates/lexicon.json")
    words = list(lexicon["stop_before"]) + list(timex_data()["name_stop_before"])
    return frozenset(fold_key(w) for w in words)
