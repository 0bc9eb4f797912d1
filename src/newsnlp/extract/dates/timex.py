"""Dates under the TIMEX3 scheme (KPWr), beside the news conventions of `find_dates`.

    find_timex(text, document_date="2009-07-05")   -> list[DateMention]

The news conventions (`CONVENTIONS.md`) leave out weeks, seasons, weekends, vague spans,
recurring days and durations; TIMEX3 annotates them. `find_timex` returns what
`find_dates_kpwr` (the public `find_dates` over the whole text, also reading relative
adjectives such as `dzisiejszej`) finds, unchanged except for the value rules below, plus
the TIMEX-only expressions that overlap none of those dates. Their vocabulary is data:
`src/newsnlp/data/dates/timex.json`.

`DateMention.value` of a TIMEX-only expression is a TIMEX3-style value or None:

- season (`zimą`, `wiosenną`, `latem 2009`, `zeszłego lata`): `2009-WI`, `2009-SP`, `2009-SU`,
  `2009-FA`;
- week, weekend (`w przyszłym tygodniu`, `długi weekend`): `2009-W24`, `2009-W23-WE`;
- quarter, half-year (`w pierwszym kwartale 2009`, `II półroczu`): `2009-Q1`, `2010-H2`;
- n-th weekday of a month (`ostatnia niedziela września`): the day (it replaces the
  `find_dates` spans inside it);
- decade (`w latach 70.`, `latach 90-tych XX w.`): `197`, `199`;
- century (`XX wieku`, `dwudziestowieczną`): `19`;
- part of day (`popołudnie`, `wieczorem`): `2007-10-18TAF` right after a day, else None;
- anaphoric day or year (`tego samego dnia`, `następnego dnia`, `rok później`): the day or
  year named last, shifted (granularity `day`/`year`); with nothing named before, not
  reported;
- count before `temu`, after `za`, or `przed rokiem` (`trzy dni temu`, `za tydzień`,
  `dwa lata temu`): a day, week, month or year from the anchor;
- month or weekday adjective (`czerwcowe`, `w poniedziałkowym programie`): `2008-06`,
  `2006-10-02` (granularity `month`/`day`);
- holiday (`Wigilia`, `Wielkanocy`): the day in the anchor's year;
- clock time (`w godzinach 10.30 – 13.30`, opening hours `od 10 do 12`):
  `2010-10-07T10:30` (granularity `minute`);
- weekday range (`od poniedziałku do piątku`): each end a day of the anchor's week;
- edge of a period (`z końcem roku`): the anchor's year, month or week; ordinal week
  (`w pierwszym tygodniu`): None; year before the common era (`450 r. p.n.e.`): `BC0450`;
- duration (`od trzech lat`, `pół roku`, `dwudniowy`): `P3Y`, `P0.5Y`, `P2D`; None when the
  count is vague (`kilka lat`);
- vague span, set (`w najbliższych dniach`, `co roku`, `w każdy czwartek`): None.

Granularity is None for values that are not ISO dates.

Value rules added for the TIMEX scheme (each documented in docs/dates.md):
- Anchor: a dateline in the first lines (`Gdańsk, 16 czerwca 2005r.`, a line holding only an
  optional place and an absolute day) replaces the document date when the two are more than
  two months apart or the document has no date: the document date is then the day the page
  was collected, not written.
- A clock time standing alone takes the last single day named before it (not a range end,
  nor a day after `do`/`od`, which open or close a period), else the anchor; anaphoric
  days (`tego dnia`) take the same day.
- A day and month without a year takes the year of the day named last when that brings
  it nearer (and that day lies within a year of the anchor); otherwise, in a sentence about
  the future (`odbędzie się`), one that would fall before the anchor is moved to the next
  year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsnlp.extract.dates import find_dates_kpwr
from newsnlp.extract.dates.resolve import speaks_of_future
from newsnlp.models import DateMention, Granularity
from newsnlp.resources import FLAGS, ICASE, Match, Pattern, compile_pattern, escape, load_json

__all__ = ["find_timex"]

_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_B = r"(?<![\w-])"  # a word starts here
_E = r"(?!\w)"  # a word ends here
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("dates/timex.json")
    return data


def _forms(words: Iterable[str], keep_case: bool = False) -> list[str]:
    """Words plus their spellings without diacritics."""
    out = set()
    for w in words:
        w = w if keep_case else w.lower()
        out |= {w, w.translate(_FOLD)}
    return sorted(out, key=lambda w: (-len(w), w))


def _alt(words: Iterable[str], keep_case: bool = False) -> str:
    """An alternation of words as a prefix tree (one character tested per step, so a
    failing position costs one test, not one per word); a space matches any run of spaces.
    Longer words are tried first at each branch."""
    forms = _forms(words, keep_case)
    if not keep_case:
        forms = sorted({w.lower() for w in forms}, key=lambda w: (-len(w), w))
    trie: dict[str, Any] = {}
    for w in forms:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _first_chars(words: Iterable[str]) -> str:
    """A character class of the words' first letters in both cases: a cheap test that lets
    a search skip most positions (a long run of spaces) before the alternations."""
    chars = {w[0] for w in _forms(words) if w} | {w[0].upper() for w in _forms(words) if w}
    return "[" + "".join(escape(c) for c in sorted(chars)) + "]"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
        head = r"\s+" if ch == " " else escape(ch)
        branches.append(head + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _depth(node: dict[str, Any]) -> int:
    return max((1 + _depth(child) for c, child in node.items() if c), default=0)


def _key(s: str) -> str:
    return " ".join(s.lower().translate(_FOLD).split())


def _adjectives(stems: Iterable[list[str] | tuple[str, str]]) -> list[str]:
    endings = _data()["adjective_endings"]
    return [stem + e for stem, cls in stems for e in endings[cls]]


@dataclass(frozen=True)
class _Vocab:
    """Word -> meaning maps (keys folded and lower case)."""

    seasons: dict[str, str]
    parts: dict[str, str]
    qualifiers: dict[str, int]
    decade_words: dict[str, int]
    century_ordinals: dict[str, int]
    century_prefixes: dict[str, int]
    anaphoric_days: dict[str, int]
    anaphoric_years: dict[str, int]
    month_adjectives: dict[str, int]
    weekday_adjectives: dict[str, int]
    holidays: dict[str, str]
    easter: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    units: dict[str, str]
    single_units: dict[str, str]
    duration_prefixes: dict[str, float]
    duration_adjective_units: dict[str, str]
    time_stop_after: frozenset[str]


def _map(groups: Mapping[str, Iterable[str]], cast: Callable[[str], Any] = str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value, words in groups.items():
        for w in words:
            out.setdefault(_key(w), cast(value))
    return out


@cache
def _derived() -> dict[str, dict[str, list[str]]]:
    """Word forms built from the stems and endings of timex.json: meaning -> forms."""
    d = _data()
    hard = d["adjective_endings"]["hard"]
    return {
        "decade_words": {n: [w + e for e in d["decade_word_endings"]]
                         for n, w in d["decade_words"].items()},
        "century_ordinals": {n: [o + e for e in d["century_ordinal_endings"]]
                             for n, o in d["century_ordinals"].items()},
        "century_prefixes": {n: [p + d["century_adjective_stem"] + e for e in hard]
                             for n, p in d["century_adjective_prefixes"].items()},
        "month_adjectives": {m: [s + e for e in hard] for m, s in d["month_adjectives"].items()},
        "weekday_adjectives": {w: _adjectives([v]) for w, v in d["weekday_adjectives"].items()},
        "duration_adjective_units": {u: _adjectives(v)
                                     for u, v in d["duration_adjective_units"].items()},
    }


def _all(groups: dict[str, list[str]]) -> list[str]:
    return [w for ws in groups.values() for w in ws]


@cache
def _vocab() -> _Vocab:
    d = _data()
    seasons = {c: list(v["nouns"]) + _adjectives(v["adjectives"]) for c, v in d["seasons"].items()}
    parts = {c: list(v["phrases"]) + _adjectives(v["adjectives"])
             for c, v in d["parts_of_day"].items()}
    raw = _derived()
    return _Vocab(
        seasons=_map(seasons), parts=_map(parts),
        qualifiers=_map(d["period_qualifiers"], int),
        decade_words=_map(raw["decade_words"], int),
        century_ordinals=_map(raw["century_ordinals"], int),
        century_prefixes=_map(raw["century_prefixes"], int),
        anaphoric_days=_map(d["anaphoric_days"], int),
        anaphoric_years=_map(d["anaphoric_years"], int),
        month_adjectives=_map(raw["month_adjectives"], int),
        weekday_adjectives=_map(raw["weekday_adjectives"], int),
        holidays={_key(w): md for md, ws in d["holidays"].items() for w in ws},
        easter={_key(w): int(off) for off, ws in d["easter_holidays"].items() for w in ws},
        numbers={_key(k): float(v) for k, v in d["numbers"].items()},
        vague_numbers=frozenset(_key(w) for w in d["vague_numbers"]),
        units=_map(d["units"]), single_units=_map(d["single_units"]),
        duration_prefixes={_key(k): float(v) for k, v in d["duration_prefixes"].items()},
        duration_adjective_units=_map(raw["duration_adjective_units"]),
        time_stop_after=frozenset(_key(w) for w in d["time_stop_after"]),
    )


@cache
def _patterns() -> dict[str, Pattern]:
    """One linear pattern per kind of TIMEX-only expression, built from timex.json."""
    d = _data()
    lexicon = load_json("dates/lexicon.json")
    raw = _derived()
    year = r"(?:\s+(?P<year>\d{4})(?!\d)(?:\s*r\.|\s+roku)?)?"
    season_words = [w for c in d["seasons"].values() for w in c["nouns"]]
    season_words += _adjectives(a for c in d["seasons"].values() for a in c["adjectives"])
    part_words = [w for c in d["parts_of_day"].values() for w in c["phrases"]]
    part_words += _adjectives(a for c in d["parts_of_day"].values() for a in c["adjectives"])
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
    godz = [w for w in d["time_words"] if w.lower().startswith("g")]
    lead = [w for w in d["time_words"] if not w.lower().startswith("g")]
    hour = r"(?:[01]?\d|2[0-3])"
    time = rf"(?<![\d.,:/]){hour}[.:][0-5]\d(?![\d]|[.,:]\d)"
    dash = _alt(d["time_range_dashes"])
    src = {
        "season": rf"{_B}(?P<w>{_alt(season_words)}){_E}{year}",
        "part": rf"{_B}(?P<w>{_alt(part_words)}){_E}",
        "week": (rf"{_B}(?:(?P<q>{_alt(quals)})\s+)?(?P<n>{_alt(d['weekend_nouns'])}){_E}"
                 rf"|{_B}(?P<q2>{_alt(quals)})\s+(?P<n2>{_alt(d['week_nouns'])}){_E}"),
        "decade": (rf"{_B}(?:{_alt(d['decade_nouns'])})\s+(?:(?P<num>\d\d(?:\d\d)?)"
                   rf"(?P<suf>{_alt(d['decade_suffixes'])})|(?P<word>{_alt(_all(raw['decade_words']))}){_E})"
                   rf"(?:\s+(?P<cent>{roman})\s*(?:wieku|w\.))?"),
        "century": (rf"{_B}(?:(?P<roman>{roman})\s*-?\s*(?:{_alt(d['century_nouns'])})"
                    rf"|(?P<ord>{_alt(_all(raw['century_ordinals']))})\s+(?:wiek|wieku|wiekiem|wiekach)"
                    rf"|(?:w\.|wieku?)\s+(?P<roman2>(?-i:[IVX]{{2,6}}))"
                    rf"|(?P<radj>{roman})-?wieczn\w{{1,4}}"
                    rf"|(?P<wadj>{_alt(_all(raw['century_prefixes']))})){_E}"),
        "anaphoric": (rf"{_B}(?P<w>"
                      rf"{_alt(_all(d['anaphoric_days']) + _all(d['anaphoric_years']))}){_E}"),
        "vague": (rf"{_B}(?P<q>{_alt(d['vague_qualifiers'])})\s+(?:{_alt(d['vague_nouns'])}){_E}"
                  rf"|{_B}(?:{_alt(d['vague_phrases'])}){_E}"),
        "month_adj": rf"{_B}(?P<w>{_alt(_all(raw['month_adjectives']))}){_E}",
        "weekday_adj": rf"{_B}(?P<w>{_alt(_all(raw['weekday_adjectives']))}){_E}",
        "duration": (rf"{_B}(?:(?P<in>{_alt(d['in_words'])})\s+)?"
                     rf"(?:(?:{_alt(d['duration_lead_words'])})\s+)?"
                     rf"(?P<num>{number})\s*-?\s*(?P<unit>{_alt(units)})(?!\w)"
                     rf"(?:\s+(?P<ago>{_alt(d['ago_words'])}){_E})?"),
        "single": (rf"{_B}(?:(?P<in>{_alt(d['in_words'])})|(?:{_alt(d['unit_lead_words'])}))\s+"
                   rf"(?P<unit>{_alt(singles)}){_E}"
                   rf"|{_B}(?P<before>{_alt(d['ago_lead_words'])})\s+"
                   rf"(?P<unit3>{_alt(_all(d['ago_units']))}){_E}"
                   rf"|{_B}(?P<unit4>{_alt(_all(d['bare_units']))}){_E}"
                   rf"|{_B}(?P<unit2>{_alt(singles)})\s+(?P<ago>{_alt(d['ago_words'])}){_E}"),
        "duration_adj": (rf"{_B}(?:(?P<digits>\d{{1,4}})\s*-?\s*|(?P<pre>{_alt(prefixes)}))"
                         rf"(?P<unit>{_alt(_all(raw['duration_adjective_units']))}){_E}"),
        "set": (rf"{_B}(?:{_alt(d['set_phrases'])}|{_alt(_adjectives(d['set_adjectives']))}"
                rf"|(?:{_alt(d['set_weekday_leads'])})\s+(?:{_alt(weekdays_acc_gen)})"
                rf"|(?:{_alt(d['weekday_plural_leads'])})\s+(?:{_alt(plurals)})){_E}"),
        "time": (rf"(?={_first_chars(d['time_words'])}|\d){_B}"
                 rf"(?:(?P<g>{_alt(godz)})\s*(?:(?:ok\.|około)\s+)?|(?P<l>{_alt(lead)})\s+)?"
                 rf"(?P<t1>{time}|{hour}(?![\d.:,]))"
                 rf"(?:\s*(?:{dash})\s*(?P<t2>{time}))?"),
    }
    weekday_forms = [f for w in lexicon["weekdays"].values() for f in w.values()]
    month_forms = [f for ms in lexicon["months"].values() for f in ms]
    src["nth_weekday"] = (rf"{_B}(?P<ord>{_alt(_all(d['nth_ordinals']))})\s+"
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
                          rf"(?P<u>{_alt(_all(d['edge_units']))}){_E}(?!\s*\d)")
    src["era"] = rf"(?<![\d.,])(?P<n>\d{{1,4}})\s*(?:r\.\s*|roku\s+)?(?:{_alt(d['bc_marks'])})"
    src["quarter"] = (rf"{_B}(?P<ord>{_alt(_all(d['quarter_ordinals']))})\s+"
                      rf"(?:(?P<q>{_alt(d['quarter_nouns'])})|{_alt(d['half_nouns'])}){_E}{year}")
    out = {k: compile_pattern(p, ICASE) for k, p in src.items()}
    holiday_words = [w for ws in d["holidays"].values() for w in ws]
    holiday_words += [w for ws in d["easter_holidays"].values() for w in ws]
    out["holiday"] = compile_pattern(rf"{_B}(?P<w>{_alt(holiday_words, keep_case=True)}){_E}",
                                     FLAGS)
    return out


@cache
def _helpers() -> dict[str, Pattern]:
    return {
        "bare_time": compile_pattern(
            r"(?:(?:godz\.?|godzin\w{0,3}|g\.)\s*)?(?:(?:ok\.|około)\s+)?\d{1,2}[.:]\d\d", ICASE),
        "dateline_head": compile_pattern(r"[\W_]*(?:\p{Lu}[\p{L}\-. ]{0,40},\s*)?", FLAGS),
        "dateline_tail": compile_pattern(r"[\W_]*", FLAGS),
        "year_digits": compile_pattern(r"\d{4}|\bb\.?\s*r\.|\bub\.", ICASE),
        "digit": compile_pattern(r"\d", FLAGS),
    }


@dataclass
class _Cand:
    kind: str
    start: int
    end: int
    match: Match
    group: str = ""  # the group that is the span, for a match that yields two spans


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        n = _ROMAN.get(ch, 0)
        total, prev = (total - n, prev) if n < prev else (total + n, n)
    return total or None


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian; anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _parse_day(value: str | None) -> dt.date | None:
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _parse_anchor(value: str | None) -> dt.date | None:
    return _parse_day(value) if value else None


def _shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


_NAMED_KINDS = frozenset({"season", "part", "month_adj", "weekday_adj", "holiday"})


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            if kind == "time":
                out.extend(_time_cands(text, m))
            elif kind in ("weekday_range", "hour_range"):
                out.extend(_range_cands(text, m, kind))
            elif not _rejected(text, m, kind):
                out.append(_Cand(kind, m.start(), m.end(), m))
    return out


def _rejected(text: str, m: Match, kind: str) -> bool:
    """Names (`ul. Listopadowej`) and ages (`ma 75 lat`) look like TIMEX expressions, and
    so does `rok` in `z roku na rok`, `drugi rok studiów`."""
    if kind == "single" and m.group("unit4"):
        return _word_before(text, m.start()) in _word_set("bare_unit_stop_before")
    if kind in _NAMED_KINDS:
        return _is_name(text, m, kind)
    return kind in ("duration", "duration_adj") and _is_age(text, m, kind)


def _word_before(text: str, start: int) -> str:
    """The word (with a trailing full stop) right before `start`, lower case and folded."""
    words = text[max(0, start - 40):start].split()
    return _key(words[-1].lstrip("([„\"'")) if words else ""


def _word_after(text: str, end: int) -> str:
    """The word right after `end` without punctuation, lower case and folded."""
    words = text[end:end + 40].split()
    return _key(words[0].strip(".,;:!?)]”\"'")) if words else ""


def _sentence_start(text: str, start: int) -> bool:
    head = text[max(0, start - 4):start].rstrip(" \t\"'„“”«(")
    return not head or head[-1] in ".!?:\n"


def _is_name(text: str, m: Match, kind: str) -> bool:
    """A capitalised adjective inside a sentence (`ul. Listopadowej`, `Gościa Niedzielnego`)
    or a word after a street word (`Ulicą Wszystkich Świętych`, `babie lato`)."""
    word = m.group("w")
    before = _word_before(text, m.start())
    if before in _stop_before():
        return True
    if kind == "holiday":
        return False
    if kind == "season" and _is_count(before):
        return True  # `dzieci 6 letnich`: an age
    return word[:1].isupper() and kind != "part" and not _sentence_start(text, m.start())


@cache
def _stop_before() -> frozenset[str]:
    lexicon = load_json("dates/lexicon.json")
    words = list(lexicon["stop_before"]) + list(_data()["name_stop_before"])
    return frozenset(_key(w) for w in words)


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _vocab().numbers


def _is_age(text: str, m: Match, kind: str) -> bool:
    """`ma 75 lat`, `26 roku życia`, `33-letni`: ages, which TIMEX3 does not annotate."""
    d, v = _data(), _vocab()
    if kind == "duration_adj":
        stems = tuple(d["age_adjective_units"])
        return bool(m.group("digits")) and _key(m.group("unit")).startswith(stems)
    if v.units.get(_key(m.group("unit"))) != "Y":
        return False
    if _word_after(text, m.end()) in _word_set("age_after"):
        return True
    before = _words_before(text, m.start(), int(d["age_window"]))
    for word in reversed(before):
        if word in _word_set("age_before"):
            return True
        if word not in _word_set("age_skip") and not _is_count(word):
            break
    return _in_parentheses(text, m.start(), m.end())


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last `n` words before `start`, lower case and folded, punctuation stripped."""
    words = text[max(0, start - 15 * n):start].split()[-n:]
    return [_key(w.strip("([„\"',;:")) for w in words]


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """`Sawiccy (12 i 13 lat)`: a count of years alone in parentheses, an age."""
    open_at = text.rfind("(", max(0, start - 12), start)
    if open_at < 0 or text[end:end + 1] != ")":
        return False
    inside = text[open_at + 1:start].split()
    return all(w in ("i", "lub", "oraz", "-", "–") or w.isdigit() for w in inside)


def _time_cands(text: str, m: Match) -> list[_Cand]:
    """A clock time is read after a time word or in a range of two times; an hour alone
    (`godzinie 19`) only after `godz.`/`godzina`."""
    v = _vocab()
    g, t2 = m.group("g"), m.group("t2")
    t1 = m.group("t1")
    has_minutes = ":" in t1 or "." in t1
    if not (g or m.group("l") or t2) or (not has_minutes and not g):
        return []
    after = text[m.end():m.end() + 8].split()
    if after and _key(after[0]) in v.time_stop_after:
        return []
    first_start = m.start() if g else m.start("t1")
    out = [_Cand("time", first_start, m.end("t1"), m, "t1")]
    if t2:
        out.append(_Cand("time", m.start("t2"), m.end("t2"), m, "t2"))
    return out


def _range_cands(text: str, m: Match, kind: str) -> list[_Cand]:
    """The two ends of `od poniedziałku do piątku` or of the hours `od 10 do 12`; hours only
    when no counted noun follows (`od 10 do 20 zł`, `od 18 do 23 lat` are not times)."""
    if kind == "hour_range" and not _free_after(text, m.end()):
        return []
    return [_Cand(kind, m.start(g), m.end(g), m, g) for g in ("a", "b")]


def _free_after(text: str, end: int) -> bool:
    """True when the text after `end` ends the phrase: punctuation, the end of the text, or
    a preposition or conjunction (`timex.json` `range_free_after`)."""
    rest = text[end:end + 3].lstrip(" \t")
    if not rest or not (rest[0].isalnum()):
        return True
    return _word_after(text, end) in _word_set("range_free_after")


def _select(cands: list[_Cand], taken: list[tuple[int, int]]) -> list[_Cand]:
    """Candidates that overlap no `find_dates` span nor a longer candidate."""
    chosen: list[_Cand] = []
    spans = list(taken)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in spans):
            if c.kind not in ("season", "quarter") or not c.match.group("year"):
                continue
            # `latem 2007 roku` where find_dates has `2007 roku`: the words before the year
            end = c.match.start("year")
            while end > c.start and c.match.string[end - 1].isspace():
                end -= 1
            c = _Cand(c.kind, c.start, end, c.match)
            if any(c.start < e and s < c.end for s, e in spans):
                continue
        chosen.append(c)
        spans.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


@cache
def _word_set(key: str) -> frozenset[str]:
    """The words of the timex.json list `key`, folded (built once)."""
    return frozenset(_key(w) for w in _data()[key])


@cache
def _word_map(key: str) -> dict[str, str]:
    """The timex.json map `key` (meaning -> words) as folded word -> meaning (built once)."""
    return _map(_data()[key])


@dataclass
class _Context:
    """The anchor and the last day and year the text named (for anaphora and clock times)."""

    anchor: dt.date | None
    day: dt.date | None = None  # last day named, any kind
    single_day: dt.date | None = None  # last day named that is not a range end or list item
    single_end: int = -1
    year: int | None = None

    def see(self, m: DateMention, before: str) -> None:
        day = _parse_day(m.value)
        if day is not None:
            self.day, self.year = day, day.year
            if m.range_part is None and before not in _word_set("context_skip_before"):
                self.single_day, self.single_end = day, m.end
        elif m.value and m.granularity in ("year", "month"):
            self.year = int(m.value[:4])


_Out = tuple[str | None, Granularity | None, bool]


def _value(c: _Cand, text: str, ctx: _Context) -> _Out:
    """The value, granularity and relative flag of one TIMEX-only candidate."""
    v, m, a = _vocab(), c.match, ctx.anchor
    if c.kind == "season":
        code = v.seasons.get(_key(m.group("w")))
        year = m.group("year")
        if year:
            return f"{year}-{code}", None, False
        return (f"{a.year}-{code}", None, True) if a else (None, None, False)
    if c.kind == "season_q":
        code = _word_map("qualified_seasons")[_key(m.group("w"))]
        off = v.qualifiers.get(_key(m.group("q")), 0)
        return (f"{a.year + off}-{code}", None, True) if a else (None, None, False)
    if c.kind == "part":
        code = v.parts.get(_key(m.group("w")))
        near = ctx.day if ctx.single_end >= 0 and c.start - ctx.single_end <= 12 else None
        return (f"{near.isoformat()}T{code}", None, False) if near else (None, None, False)
    if c.kind == "week":
        q = m.group("q") or m.group("q2")
        off = v.qualifiers.get(_key(q), 0) if q else 0
        if a is None:
            return None, None, False
        week = _week(a + dt.timedelta(weeks=off))
        return (week + "-WE" if m.group("n") else week), None, True
    if c.kind == "decade":
        return _decade(m), None, False
    if c.kind == "century":
        return _century(m), None, False
    if c.kind == "anaphoric":
        return _anaphoric(m.group("w"), ctx)
    if c.kind == "month_adj":
        month = v.month_adjectives[_key(m.group("w"))]
        return (f"{a.year}-{month:02d}", "month", True) if a else (None, None, False)
    if c.kind == "weekday_adj":
        return _weekday(v.weekday_adjectives[_key(m.group("w"))], text, c, a)
    if c.kind == "holiday":
        return _holiday(m.group("w"), a)
    if c.kind == "nth_weekday":
        return _nth_weekday(m, a)
    if c.kind == "quarter":
        n = _map(_data()["quarter_ordinals"], int)[_key(m.group("ord"))]
        year = m.group("year") or (str(a.year) if a else None)
        code = ("Q" + str(n if n > 0 else 4)) if m.group("q") else ("H" + str(min(abs(n), 2)))
        if n == -1 and not m.group("q"):
            code = "H2"
        return (f"{year}-{code}", None, not m.group("year")) if year else (None, None, False)
    if c.kind in ("duration", "single", "duration_adj"):
        return _duration(c, a)
    if c.kind == "time":
        return _time(c, ctx)
    if c.kind == "period_edge":
        return _edge(m.group("u"), a)
    if c.kind == "era":
        return f"BC{int(m.group('n')):04d}", None, False
    if c.kind == "hour_range":
        return _time(c, ctx)
    if c.kind == "weekday_range":
        return _weekday_range(text, c, a)
    return None, None, False  # vague spans and sets


def _decade(m: Match) -> str | None:
    cent = _roman(m.group("cent")) if m.group("cent") else None
    century = f"{cent - 1:02d}" if cent else "19"
    if m.group("num"):
        num = str(m.group("num"))
        if len(num) == 4:
            return num[:3]
        return century + num[0] if num[1] == "0" else None
    word = _vocab().decade_words.get(_key(m.group("word")))
    return f"{century}{word}" if word else None


def _century(m: Match) -> str | None:
    v = _vocab()
    n: int | None
    if m.group("roman") or m.group("roman2") or m.group("radj"):
        n = _roman(m.group("roman") or m.group("roman2") or m.group("radj"))
    elif m.group("ord"):
        n = v.century_ordinals.get(_key(m.group("ord")))
    else:
        n = v.century_prefixes.get(_key(m.group("wadj")))
    return f"{n - 1:02d}" if n and 1 < n < 30 else None


def _anaphoric(phrase: str, ctx: _Context) -> _Out:
    v, key = _vocab(), _key(phrase)
    if key in v.anaphoric_days:
        day = ctx.single_day or ctx.day
        if day is None:
            return None, None, False
        return (day + dt.timedelta(days=v.anaphoric_days[key])).isoformat(), "day", False
    if ctx.year is None:
        return None, None, False
    return str(ctx.year + v.anaphoric_years[key]), "year", False


def _weekday(index: int, text: str, c: _Cand, a: dt.date | None) -> _Out:
    if a is None:
        return None, None, False
    if speaks_of_future(text, c.start, c.end):
        day = a + dt.timedelta(days=(index - a.weekday()) % 7)
    else:
        day = a - dt.timedelta(days=(a.weekday() - index) % 7)
    return day.isoformat(), "day", True


def _weekday_range(text: str, c: _Cand, a: dt.date | None) -> _Out:
    """An end of `od poniedziałku do piątku`: the days of the anchor's week, or of the next
    week when the sentence speaks of the future and the range would have begun already."""
    if a is None:
        return None, None, False
    _, weekdays, _ = _nth_words()
    first, last = (weekdays[_key(c.match.group(g))] for g in ("a", "b"))
    start = a - dt.timedelta(days=a.weekday() - first)
    if start < a and speaks_of_future(text, c.match.start(), c.match.end()):
        start += dt.timedelta(weeks=1)
    day = start if c.group == "a" else start + dt.timedelta(days=(last - first) % 7)
    return day.isoformat(), "day", True


def _edge(unit_word: str, a: dt.date | None) -> _Out:
    """`z końcem roku`, `na początku miesiąca`: the anchor's year, month or week (TIMEX3
    gives the edge of a period the value of the period)."""
    if a is None:
        return None, None, False
    unit = _word_map("edge_units")[_key(unit_word)]
    if unit == "Y":
        return str(a.year), "year", True
    if unit == "M":
        return f"{a.year}-{a.month:02d}", "month", True
    return _week(a), None, True


def _holiday(word: str, a: dt.date | None) -> _Out:
    if a is None:
        return None, None, False
    v, key = _vocab(), _key(word)
    if key in v.easter:
        return (_easter(a.year) + dt.timedelta(days=v.easter[key])).isoformat(), "day", True
    return f"{a.year}-{v.holidays[key]}", "day", True


@cache
def _nth_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Ordinal -> n, weekday form -> 0..6, month form -> 1..12."""
    lexicon = load_json("dates/lexicon.json")
    weekdays = {_key(f): int(i) for i, w in lexicon["weekdays"].items() for f in w.values()}
    months = {_key(f): int(i) for i, ms in lexicon["months"].items() for f in ms}
    return _map(_data()["nth_ordinals"], int), weekdays, months


def _nth_weekday(m: Match, a: dt.date | None) -> _Out:
    ordinals, weekdays, months = _nth_words()
    n, wd, month = (ordinals[_key(m.group("ord"))], weekdays[_key(m.group("wd"))],
                    months[_key(m.group("mon"))])
    year = int(m.group("year")) if m.group("year") else (a.year if a else None)
    if year is None:
        return None, None, False
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if day.month != month:
            return None, None, False
    else:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    return day.isoformat(), "day", not m.group("year")


def _count(text: str) -> float | None:
    """The number of a duration; None when vague (`kilka`)."""
    v = _vocab()
    key = _key(text)
    if key in v.numbers:
        return v.numbers[key]
    if key in v.vague_numbers:
        return None
    digits = "".join(ch for ch in text.replace(",", ".") if ch.isdigit() or ch == ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _number(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _duration(c: _Cand, a: dt.date | None) -> _Out:
    v, m = _vocab(), c.match
    n: float | None
    if c.kind == "single":
        word = _key(m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4"))
        unit = v.single_units.get(word) or _word_map("ago_units")[word]
        n = 1.0
    elif c.kind == "duration_adj":
        unit = v.duration_adjective_units[_key(m.group("unit"))]
        if m.group("digits"):
            n = float(m.group("digits"))
        else:
            n = v.duration_prefixes.get(_key(m.group("pre")))
    else:
        unit = v.units[_key(m.group("unit"))]
        n = _count(m.group("num"))
    groups = m.groupdict()
    sign = -1 if groups.get("ago") or groups.get("before") else 1 if groups.get("in") else 0
    if sign:  # `trzy dni temu`, `za tydzień`: a date
        if unit == "Y" and n is not None and n != int(n) and (n * 12).is_integer():
            unit, n = "M", n * 12  # `pół roku temu`: six months
        if a is None or n is None or n != int(n) or unit not in ("Y", "M", "W", "D"):
            return None, None, False
        k = int(n) * sign
        if unit == "Y":
            return str(a.year + k), "year", True
        if unit == "M":
            months = a.year * 12 + a.month - 1 + k
            return f"{months // 12}-{months % 12 + 1:02d}", "month", True
        if unit == "W":
            return _week(a + dt.timedelta(weeks=k)), None, True
        return (a + dt.timedelta(days=k)).isoformat(), "day", True
    if n is None:
        return None, None, False
    if unit.startswith("T"):
        return f"PT{_number(n)}{unit[1]}", None, False
    return f"P{_number(n)}{unit}", None, False


def _time(c: _Cand, ctx: _Context) -> _Out:
    raw = c.match.group(c.group)
    parts = raw.replace(":", ".").split(".")
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    day = ctx.single_day or ctx.anchor
    if day is None:
        return None, None, False
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute", ctx.single_day is None


def _dateline(text: str, found: list[DateMention]) -> dt.date | None:
    """The day of a dateline in the first lines (`Gdańsk, 16 czerwca 2005r.`), if any."""
    helpers, d = _helpers(), _data()
    limit, seen = 0, 0
    while seen < int(d["dateline_lines"]) and limit < len(text):
        nl = text.find("\n", limit)
        limit = len(text) if nl < 0 else nl + 1
        seen += 1
    for m in found:
        if m.start >= limit:
            break
        day = _parse_day(m.value)
        if day is None or m.relative:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        if (helpers["dateline_head"].fullmatch(text[line_start:m.start])
                and helpers["dateline_tail"].fullmatch(text[m.end:line_end])):
            return day
    return None


def _anchor(text: str, document_date: str | None) -> tuple[dt.date | None, list[DateMention]]:
    """The anchor (document date, or a dateline that disagrees with it) and the
    `find_dates_kpwr` results resolved against it."""
    document = _parse_anchor(document_date)
    found = find_dates_kpwr(text, document_date)
    line = _dateline(text, found)
    max_days = int(_data()["dateline_max_days"])
    if line is not None and (document is None or abs((line - document).days) > max_days):
        return line, find_dates_kpwr(text, line.isoformat())
    return document, found


def _revalue(text: str, m: DateMention, ctx: _Context) -> DateMention:
    """The TIMEX value rules for a `find_dates` result: a bare clock time takes the last
    single day named; a day and month with no year takes the year of the day named last
    when that puts it nearer, and in a sentence about the future is not in the past."""
    helpers = _helpers()
    if m.granularity == "minute" and m.value and helpers["bare_time"].fullmatch(m.text):
        day = ctx.single_day or ctx.anchor
        if day is not None:
            return m.model_copy(update={"value": day.isoformat() + m.value[10:]})
        return m
    day = _parse_day(m.value)
    if (day is None or not m.relative or ctx.anchor is None
            or not helpers["digit"].search(m.text) or helpers["year_digits"].search(m.text)):
        return m
    moved = _nearer_focus(day, ctx)
    if moved == day and day < ctx.anchor and speaks_of_future(text, m.start, m.end):
        moved = _shift_years(day, 1)
    if moved == day:
        return m
    return m.model_copy(update={"value": moved.isoformat() + (m.value or "")[10:]})


def _nearer_focus(day: dt.date, ctx: _Context) -> dt.date:
    """`day` moved to the year of the day the text named last (the temporal focus), when
    that focus lies within a year of the anchor and the move brings `day` nearer to it."""
    focus, anchor = ctx.day, ctx.anchor
    if focus is None or anchor is None or focus.year == day.year:
        return day
    if abs((focus - anchor).days) > int(_data()["focus_max_days"]):
        return day
    moved = _shift_years(day, focus.year - day.year)
    return moved if abs((moved - focus).days) < abs((day - focus).days) else day


def find_timex(text: str, *, document_date: str | None) -> list[DateMention]:
    """Dates under the TIMEX3 scheme: `find_dates_kpwr` results plus seasons, weeks,
    weekends, decades, centuries, parts of day, anaphoric days, vague spans, sets, durations
    and programme times (see the module docstring for the values)."""
    anchor, found = _anchor(text, document_date)
    ctx = _Context(anchor)
    cands = _candidates(text)
    for c in cands:
        if c.kind == "nth_weekday":  # `w ostatnią niedzielę września` replaces the
            # `w ostatnią niedzielę` and `września` of find_dates
            parts = [m for m in found if m.start < c.end and c.start < m.end]
            c.start = min([c.start] + [m.start for m in parts])
            c.end = max([c.end] + [m.end for m in parts])
            found = [m for m in found if m not in parts]
    extra = _select(cands, [(m.start, m.end) for m in found])
    out: list[DateMention] = []
    mention: DateMention | None
    i = j = 0
    while i < len(found) or j < len(extra):
        if j >= len(extra) or (i < len(found) and found[i].start <= extra[j].start):
            mention = _revalue(text, found[i], ctx)
            i += 1
        else:
            c = extra[j]
            j += 1
            value, granularity, relative = _value(c, text, ctx)
            if (c.kind == "anaphoric" and value is None
                    and _key(c.match.group("w")) in _vocab().anaphoric_days):
                continue  # nothing for `tego dnia` to refer to: a generic `of that day`
            mention = DateMention(start=c.start, end=c.end, text=text[c.start:c.end],
                                  value=value, granularity=granularity, relative=relative)
        if mention is None:
            continue
        ctx.see(mention, _word_before(text, mention.start))
        out.append(mention)
    return out
