"""Values of the TIMEX3 layer's expressions (`timex`): seasons, weeks, quarters, holidays,
durations, sets, clock times, ... each with its TIMEX3 type, against the anchor and the
days the text named before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsnlp.extract.dates.resolve import speaks_of_future
from newsnlp.extract.dates.tense import governing_tense
from newsnlp.extract.dates.timex_vocab import (
    fold_key,
    invert,
    nth_words,
    set_words,
    timex_data,
    vocab,
    word_map,
    word_set,
)
from newsnlp.models import DateMention, Granularity, TimexType
from newsnlp.resources import Match

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass
class Cand:
    kind: str
    start: int
    end: int
    match: Match
    group: str = ""  # the group that is the span, for a match that yields two spans


@dataclass
class Context:
    """The anchor and the last day and year the text named (for anaphora and clock times)."""

    anchor: dt.date | None
    day: dt.date | None = None  # last day named, any kind
    single_day: dt.date | None = None  # last day named that is not a range end or list item
    single_end: int = -1
    year: int | None = None

    def see(self, m: DateMention, before: str) -> None:
        day = parse_day(m.value)
        if day is not None:
            self.day, self.year = day, day.year
            if m.range_part is None and before not in word_set("context_skip_before"):
                self.single_day, self.single_end = day, m.end
        elif m.value and m.granularity in ("year", "month"):
            self.year = int(m.value[:4])


_Out = tuple[str | None, Granularity | None, bool]


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


def parse_day(value: str | None) -> dt.date | None:
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _parse_anchor(value: str | None) -> dt.date | None:
    return parse_day(value) if value else None


def shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _set_value(m: Match) -> str:
    """A set's TIMEX3 value: the period of a phrase (`co roku`: `P1Y`), or the weekday of
    `w każdy czwartek`, `we wtorki` (`XXXX-WXX-4`, ISO weekday numbers)."""
    if m.group("w"):
        return str(set_words()[fold_key(m.group("w"))])
    _, weekdays, _ = nth_words()
    plurals = set_words()
    wd, pl = m.group("wd"), m.group("pl")
    index = weekdays[fold_key(wd)] if wd else int(plurals[fold_key(pl)])
    return f"XXXX-WXX-{index + 1}"


def timex_value(c: Cand, text: str, ctx: Context) -> _Out:
    """The value, granularity and relative flag of one TIMEX-only candidate."""
    v, m, a = vocab(), c.match, ctx.anchor
    if c.kind == "season":
        code = v.seasons.get(fold_key(m.group("w")))
        year = m.group("year")
        if year:
            return f"{year}-{code}", "season", False
        return (f"{a.year}-{code}", "season", True) if a else (None, None, False)
    if c.kind == "season_q":
        code = word_map("qualified_seasons")[fold_key(m.group("w"))]
        off = v.qualifiers.get(fold_key(m.group("q")), 0)
        return (f"{a.year + off}-{code}", "season", True) if a else (None, None, False)
    if c.kind == "part":
        code = v.parts.get(fold_key(m.group("w")))
        near = ctx.day if ctx.single_end >= 0 and c.start - ctx.single_end <= 12 else None
        return (f"{near.isoformat()}T{code}", None, False) if near else (None, None, False)
    if c.kind == "week":
        q = m.group("q") or m.group("q2")
        off = v.qualifiers.get(fold_key(q), 0) if q else 0
        if a is None:
            return None, None, False
        week = _week(a + dt.timedelta(weeks=off))
        return (week + "-WE" if m.group("n") else week), "week", True
    if c.kind == "decade":
        return _decade(m), None, False
    if c.kind == "century":
        return _century(m), None, False
    if c.kind == "anaphoric":
        return _anaphoric(m.group("w"), ctx)
    if c.kind == "month_adj":
        month = v.month_adjectives[fold_key(m.group("w"))]
        return (f"{a.year}-{month:02d}", "month", True) if a else (None, None, False)
    if c.kind == "weekday_adj":
        return _weekday(v.weekday_adjectives[fold_key(m.group("w"))], text, c, a)
    if c.kind == "holiday":
        return _holiday(m.group("w"), text, c, a)
    if c.kind == "nth_weekday":
        return _nth_weekday(m, a)
    if c.kind == "quarter":
        n = invert(timex_data()["quarter_ordinals"], int)[fold_key(m.group("ord"))]
        year = m.group("year") or (str(a.year) if a else None)
        code = ("Q" + str(n if n > 0 else 4)) if m.group("q") else ("H" + str(min(abs(n), 2)))
        if n == -1 and not m.group("q"):
            code = "H2"
        granularity: Granularity = "quarter" if m.group("q") else "half-year"
        return (f"{year}-{code}", granularity, not m.group("year")) if year else (None, None, False)
    if c.kind in ("duration", "single", "duration_adj"):
        return _duration(c, a)
    if c.kind == "anniversary":
        return f"P{int(m.group('num'))}Y", None, False
    if c.kind == "time":
        return _time(c, ctx)
    if c.kind in ("period_edge", "title_period"):
        return _edge(m.group("u"), a)
    if c.kind == "era":
        return f"BC{int(m.group('n')):04d}", None, False
    if c.kind == "hour_range":
        return _time(c, ctx)
    if c.kind == "weekday_range":
        return _weekday_range(text, c, a)
    if c.kind == "set":
        return _set_value(m), None, False
    return None, None, False  # vague spans


def _decade(m: Match) -> str | None:
    cent = _roman(m.group("cent")) if m.group("cent") else None
    century = f"{cent - 1:02d}" if cent else "19"
    if m.group("num"):
        num = str(m.group("num"))
        if len(num) == 4:
            return num[:3]
        return century + num[0] if num[1] == "0" else None
    word = vocab().decade_words.get(fold_key(m.group("word")))
    return f"{century}{word}" if word else None


def _century(m: Match) -> str | None:
    v = vocab()
    n: int | None
    if m.group("roman") or m.group("roman2") or m.group("radj"):
        n = _roman(m.group("roman") or m.group("roman2") or m.group("radj"))
    elif m.group("ord"):
        n = v.century_ordinals.get(fold_key(m.group("ord")))
    else:
        n = v.century_prefixes.get(fold_key(m.group("wadj")))
    return f"{n - 1:02d}" if n and 1 < n < 30 else None


def _anaphoric(phrase: str, ctx: Context) -> _Out:
    v, key = vocab(), fold_key(phrase)
    if key in v.anaphoric_days:
        day = ctx.single_day or ctx.day
        if day is None:
            return None, None, False
        return (day + dt.timedelta(days=v.anaphoric_days[key])).isoformat(), "day", False
    if ctx.year is None:
        return None, None, False
    return str(ctx.year + v.anaphoric_years[key]), "year", False


def _weekday(index: int, text: str, c: Cand, a: dt.date | None) -> _Out:
    if a is None:
        return None, None, False
    if speaks_of_future(text, c.start, c.end):
        day = a + dt.timedelta(days=(index - a.weekday()) % 7)
    else:
        day = a - dt.timedelta(days=(a.weekday() - index) % 7)
    return day.isoformat(), "day", True


def _weekday_range(text: str, c: Cand, a: dt.date | None) -> _Out:
    """An end of `od poniedziałku do piątku`: the days of the anchor's week, or of the next
    week when the sentence speaks of the future and the range would have begun already."""
    if a is None:
        return None, None, False
    _, weekdays, _ = nth_words()
    first, last = (weekdays[fold_key(c.match.group(g))] for g in ("a", "b"))
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
    unit = word_map("edge_units")[fold_key(unit_word)]
    if unit == "Y":
        return str(a.year), "year", True
    if unit == "M":
        return f"{a.year}-{a.month:02d}", "month", True
    return _week(a), "week", True


def _holiday_day(key: str, year: int) -> dt.date:
    """The day of a holiday in `year`: Easter-based, the school year's start (1 September,
    or the Monday after a Friday-Sunday) or end (the Friday after 20 June), or fixed."""
    v = vocab()
    if key in v.easter:
        return _easter(year) + dt.timedelta(days=v.easter[key])
    when = v.holidays[key]
    if when == "start":
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(7 - first.weekday()) % 7 if first.weekday() >= 4 else 0)
    if when == "end":
        after = dt.date(year, 6, 21)
        return after + dt.timedelta(days=(4 - after.weekday()) % 7)
    return dt.date.fromisoformat(f"{year:04d}-{when}")


def _holiday(word: str, text: str, c: Cand, a: dt.date | None) -> _Out:
    """A holiday in the anchor's year; the year before when the governing verb is in the
    past and the day is still ahead, the year after when it is in the future and the day
    has passed (`W Wigilię doszło do pożaru` written in March)."""
    if a is None:
        return None, None, False
    key = fold_key(word)
    try:
        day = _holiday_day(key, a.year)
        tense = governing_tense(text, c.start, c.end)
        if tense == "past" and day > a:
            day = _holiday_day(key, a.year - 1)
        elif tense == "future" and day < a:
            day = _holiday_day(key, a.year + 1)
    except (ValueError, OverflowError):  # a year outside 0001-9999
        return None, None, True
    return day.isoformat(), "day", True


def _nth_weekday(m: Match, a: dt.date | None) -> _Out:
    ordinals, weekdays, months = nth_words()
    n, wd, month = (ordinals[fold_key(m.group("ord"))], weekdays[fold_key(m.group("wd"))],
                    months[fold_key(m.group("mon"))])
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
    v = vocab()
    key = fold_key(text)
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


def _sign(m: Match) -> int:
    """-1 for `trzy dni temu`, `przed rokiem`, 1 for `za tydzień`: a date, not a duration."""
    groups = m.groupdict()
    return -1 if groups.get("ago") or groups.get("before") else 1 if groups.get("in") else 0


def timex_type(c: Cand) -> TimexType:
    """The TIMEX3 type of a TIMEX-only candidate."""
    if c.kind == "set":
        return "set"
    if c.kind in ("time", "hour_range", "part"):
        return "time"
    if c.kind in ("duration", "single", "duration_adj") and not _sign(c.match):
        return "duration"
    if c.kind in ("anniversary", "vague_duration"):
        return "duration"
    return "date"


def _duration(c: Cand, a: dt.date | None) -> _Out:
    v, m = vocab(), c.match
    n: float | None
    if c.kind == "single":
        word = fold_key(m.group("unit") or m.group("unit2") or m.group("unit3")
                        or m.group("unit4") or m.group("unit5"))
        unit = (v.single_units.get(word) or word_map("ago_units").get(word)
                or word_map("offset_units")[word])
        n = 1.0
    elif c.kind == "duration_adj":
        unit = v.duration_adjective_units[fold_key(m.group("unit"))]
        if m.group("digits"):
            n = float(m.group("digits"))
        else:
            n = v.duration_prefixes.get(fold_key(m.group("pre")))
    else:
        unit = v.units[fold_key(m.group("unit"))]
        n = _count(m.group("num"))
    sign = _sign(m)
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
            return _week(a + dt.timedelta(weeks=k)), "week", True
        return (a + dt.timedelta(days=k)).isoformat(), "day", True
    if n is None:
        return None, None, False
    if unit.startswith("T"):
        return f"PT{_number(n)}{unit[1]}", None, False
    return f"P{_number(n)}{unit}", None, False


def _time(c: Cand, ctx: Context) -> _Out:
    raw = c.match.group(c.group)
    parts = raw.replace(":", ".").split(".")
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    day = ctx.single_day or ctx.anchor
    if day is None:
        return None, None, False
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute", ctx.single_day is None
