"""Date pieces ("atoms") found by the patterns: a day and month, a year, a weekday, a time, ...

Each finder is one pattern of `patterns` and a reader that turns a match into an atom or
drops it (`pattern_finder`); a finder is a pure function of the text and a range. Atoms
still need joining (`combine`) and resolving against the publication date (`resolve`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from newsnlp.extract.dates.lexicon import Lexicon, lexicon
from newsnlp.extract.dates.patterns import patterns
from newsnlp.resources import VERSION1, Match, compile_pattern

MIN_YEAR, MAX_YEAR = 1000, 2199
SHORT_YEAR_PIVOT = 69  # a two-digit year from here on is 19xx (POSIX strptime `%y`)
# Each helper starts where its first token can only start once (a lookbehind), so it stays
# linear even when searched over a long run of spaces or letters.
_WORD_BEFORE = compile_pattern(r"(?<![\w.©])([\w.©]+)[ \t]*\Z", VERSION1)  # on its line
_WORD_AFTER = compile_pattern(r"(?<!\s)\s*([\w.%²/]+)", VERSION1)
_SENTENCE_START = compile_pattern(r"(?:^|[\n.!?:;|•–\-—(\"„])[ \t]*$", VERSION1)
_LOWER_WORD_AFTER = compile_pattern(r"(?<![ \t])[ \t]*\p{Ll}", VERSION1)
_DIGIT_BEFORE = compile_pattern(r"\d[.\s]*$", VERSION1)
# a calendar row: the date opens its line (after a bullet) and a separator follows it
_LEAD = r"[ \t]*(?:[•*·▪\-–—][ \t]*)?"  # a row's indent and bullet before its first word
_ROW_LEAD = compile_pattern(_LEAD, VERSION1)
_ROW_SEPARATOR = compile_pattern(r"(?<![ \t])[ \t]*[|–—\-][ \t]", VERSION1)
_ROW_LEAD_MAX = 8  # characters before the date on its line (indent, bullet)
_ROW_MAX = 300  # a calendar's row is shorter: the rows beside it are looked for this far
_ROW_RUN = 6  # rows looked at on either side
_ROW_TIME = compile_pattern(rf"(?<![ \t]){_LEAD}(?P<a>\d{{1,2}})(?P<sep>[.:])(?P<b>\d{{2}})(?!\d)",
                            VERSION1)


@dataclass(eq=False)
class Atom:
    """A piece of a date expression and what it says; unknown fields stay None."""

    start: int
    end: int
    kind: str  # date, day, partial, month, year, relday, relperiod, weekday, time, pair
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    year_offset: int | None = None  # `br.`, `w tym roku`: years from the publication year
    month_offset: int | None = None  # `w tym miesiącu`
    day_offset: int | None = None  # `wczoraj`
    this_month: bool = False  # `12 bm.`
    weekday: int | None = None
    direction: str = "auto"  # past, past_strict, this, future; auto, since: by the tense
    weak: bool = False  # kept only when joined to another atom
    bare_start: int | None = None  # times: span start when the time stands alone
    bare_ok: str | None = None  # times: godz, lead, timeline when it may stand alone
    range_part: str | None = None
    partner: Atom | None = None  # on a range start: its end
    day_after: Atom | None = None  # night `z soboty na niedzielę`: the end is the next day
    children: list[Atom] = field(default_factory=list)  # pair atoms (ranges found at once)


Finder = Callable[[str, int, int], list[Atom]]
Reader = Callable[[str, Match, int, int], Atom | None]


@dataclass(frozen=True)
class PatternFinder:
    """A finder made of one pattern of `patterns()` and a reader that turns each of its
    matches in `text[start:end]` into an atom, or drops it (None)."""

    pattern: str
    read: Reader

    def __call__(self, text: str, start: int, end: int) -> list[Atom]:
        found = getattr(patterns(), self.pattern).finditer(text, start, end)
        return [a for m in found if (a := self.read(text, m, start, end)) is not None]


def pattern_finder(pattern: str) -> Callable[[Reader], PatternFinder]:
    """Decorate a reader of `pattern`'s matches into the finder of that pattern."""
    return lambda read: PatternFinder(pattern, read)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """True when day/month (and year if known) form a real calendar date."""
    try:
        dt.date(year if year is not None else 2024, month, day)
    except ValueError:
        return False
    return True


def _word_before(text: str, pos: int, floor: int) -> str:
    """The word (with its dots) right before `pos`, lower case; '' when there is none."""
    m = _WORD_BEFORE.search(text[max(floor, pos - 40):pos])
    return m.group(1).lower() if m else ""


def word_after(text: str, pos: int, ceil: int) -> str:
    """The word (with dots, `%`, `/`) right after `pos`, lower case; '' when there is none."""
    m = _WORD_AFTER.match(text[pos:min(ceil, pos + 40)])
    return m.group(1).lower() if m else ""


def phrase_ends(text: str, pos: int, ceil: int) -> bool:
    """True when a number's phrase ends at `pos`: punctuation or the end of the text
    follows, or one of the lexicon's `phrase_end_words` (`o 16 na rynku`, not `o 3 bramki`)."""
    rest = text[pos:min(ceil, pos + 3)].lstrip(" \t")
    if not rest or not rest[0].isalnum():
        return True
    return word_after(text, pos, ceil).rstrip(".") in lexicon().phrase_end_words


def line_before(text: str, pos: int, floor: int) -> str:
    """The text from the start of `pos`'s line (or `floor`, at most 200 characters back)
    up to `pos`."""
    floor = max(floor, pos - 200)
    nl = text.rfind("\n", floor, pos)
    return text[(nl + 1 if nl >= 0 else floor):pos]


def _w_before(text: str, pos: int, floor: int) -> int:
    """Where a span at `pos` starts when a `w`/`we` before it stays in (`w marcu`)."""
    m = patterns().w_before.search(text, max(floor, pos - 4), pos)
    return m.start() if m else pos


def _year_tail(m: Match, lex: Lexicon) -> tuple[int | None, int | None]:
    """Explicit year and relative-year offset from a month's tail (`2026`, `br.`, `tego roku`)."""
    if m.group("y"):
        return int(m.group("y")), None
    if m.group("y2"):  # POSIX `%y`: 69-99 are 1969-1999, 00-68 are 2000-2068
        short = int(m.group("y2"))
        return short + (1900 if short >= SHORT_YEAR_PIVOT else 2000), None
    if m.group("yab"):
        return None, lex.year_abbreviations.get(m.group("yab").lower(), 0)
    if m.group("yq"):
        return None, lex.period_qualifiers.get(m.group("yq").lower(), 0)
    return None, None


@pattern_finder("iso")
def find_iso(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`2025-12-09` (also with `/` or `.`)."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (MIN_YEAR <= y <= MAX_YEAR and _valid_day(y, mo, d)):
        return None
    atom = Atom(m.start(), m.end(), "date", year=y, month=mo, day=d)
    if m.group("hh") and int(m["hh"]) <= 23 and int(m["mm"]) <= 59:
        atom.hour, atom.minute = int(m["hh"]), int(m["mm"])
    return atom


@pattern_finder("roman_dotted")
def find_roman_dotted(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`13.III.2026`: a Roman month between dots."""
    y, mo, d = int(m["y"]), lexicon().roman_months[m["rom"]], int(m["d"])
    if MIN_YEAR <= y <= MAX_YEAR and _valid_day(y, mo, d):
        return Atom(m.start(), m.end(), "date", year=y, month=mo, day=d)
    return None


@pattern_finder("numeric")
def find_numeric(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`9.12.2025`, `09/12/2025`, `8-06-2006`, with `r.`/`roku` after it."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if MIN_YEAR <= y <= MAX_YEAR and _valid_day(y, mo, d):
        return Atom(m.start(), m.end(), "date", year=y, month=mo, day=d)
    return None


@pattern_finder("short_year")
def find_short_year(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`16.02.05`: two digits each, the year in this century (only with dots)."""
    y, mo, d = 2000 + int(m["y"]), int(m["m"]), int(m["d"])
    if _valid_day(y, mo, d):
        return Atom(m.start(), m.end(), "date", year=y, month=mo, day=d)
    return None


def _opens_row(text: str, m: Match) -> bool:
    """The match opens its line (after an indent or a bullet), a row's separator follows,
    and no row beside it opens with a clock time (`10.00 – Msza`, `11.05 – występ`: a
    programme's hours, written with a dot)."""
    lo = max(0, m.start() - _ROW_LEAD_MAX - 1)
    head = text[lo:m.start()]
    cut = head.rfind("\n")
    if cut < 0 and lo > 0:
        return False
    if (_ROW_LEAD.fullmatch(head[cut + 1:]) is None
            or _ROW_SEPARATOR.match(text, m.end()) is None):
        return False
    return not (_clock_rows(text, lo + cut + 1, -1) or _clock_rows(text, m.end(), 1))


def _clock_rows(text: str, pos: int, step: int) -> bool:
    """Among the rows above (`step` -1) or below (1) the line at `pos` that open with a
    number, up to `_ROW_RUN` of them, one opens with a time that is no day and month."""
    for _ in range(_ROW_RUN):
        if step < 0:
            end = pos - 1
            pos = text.rfind("\n", max(0, end - _ROW_MAX), max(0, end)) + 1
            if end <= 0 or (pos == 0 and end > _ROW_MAX):
                return False
        else:
            nl = text.find("\n", pos, pos + _ROW_MAX)
            if nl < 0:
                return False
            pos = nl + 1
        found = _ROW_TIME.match(text, pos)
        if found is None:
            return False
        if found["sep"] == ":" or not _valid_day(None, int(found["b"]), int(found["a"])):
            return True
    return False


@pattern_finder("partial")
def find_partial(text: str, m: Match, start: int, end: int) -> Atom | None:
    """A day and month in digits with no year: `09.02` before a dash and a full date
    (`09.02–15.02.2026`), `13.03` (kept only next to a weekday or a time), or opening a
    calendar's row before its separator (`14.03 | Koncert zespołu`, `31.05 – Festyn`)."""
    mo, d = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    if not _valid_day(None, mo, d):
        return None
    if _opens_row(text, m):
        return Atom(m.start(), m.end(), "date", month=mo, day=d)
    return Atom(m.start(), m.end(), "partial", month=mo, day=d, weak=True)


@pattern_finder("day_only")
def find_day_only(text: str, m: Match, start: int, end: int) -> Atom | None:
    """A lone day number that starts a range or list (`od 1 do 5 marca`, `2–8 marca`)."""
    d = int(m["d"])
    return Atom(m.start("d"), m.end("d"), "day", day=d, weak=True) if 1 <= d <= 31 else None


def _month_of(m: Match, lex: Lexicon) -> int | None:
    if m.group("mon"):
        return lex.months.get(m.group("mon").lower())
    if m.group("abbr"):
        return lex.month_abbreviations.get(m.group("abbr").lower())
    return lex.roman_months.get(m.group("rom") or "")


def _is_name(text: str, m: Match, start: int, lex: Lexicon) -> bool:
    """`ul. 3 Maja`, `ulicami Kasprzaka i 3 Maja`: a capitalised month or a street word before."""
    word = m.group("mon") or ""
    capitalised = word[:1].isupper() and not word.isupper()
    if capitalised and not m.group("y"):
        return True
    return _word_before(text, m.start(), start) in lex.stop_before


@pattern_finder("day_month")
def find_day_month(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`9 grudnia 2025 r.`, `9 grudzień 2025`, `3 IV 2026`, `7-go października`, `12 marca br.`."""
    return _day_month_atom(text, m, start)


@pattern_finder("day_word_month")
def find_day_word_month(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`pierwszego marca`, `dwudziestego czwartego grudnia 2026 r.`: the day as a word."""
    return _day_month_atom(text, m, start)


def _day_month_atom(text: str, m: Match, start: int) -> Atom | None:
    lex = lexicon()
    groups = m.groupdict()
    word = groups.get("dw")
    month = _month_of(m, lex)
    d = lex.day_ordinals[" ".join(word.lower().split())] if word else int(m["d"])
    year, offset = _year_tail(m, lex)
    if month is None or (groups.get("rom") and year is None) or _is_name(text, m, start, lex):
        return None
    if (year is not None and not MIN_YEAR <= year <= MAX_YEAR) or not _valid_day(year, month, d):
        return None
    return Atom(m.start(), m.end(), "date", year=year, month=month, day=d, year_offset=offset)


@pattern_finder("current_month")
def find_current_month(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`12 bm.`: a day of the publication month."""
    d = int(m["d"])
    return Atom(m.start(), m.end(), "date", day=d, this_month=True) if 1 <= d <= 31 else None


def _bare_month_ok(text: str, m: Match, start: int, month: int) -> bool:
    """A month with no day or year is read when written in lower case (or upper case), or
    capitalised at the start of a sentence (never `Maja`, a first name)."""
    word = m.group("mon")
    if month == 5 and _word_before(text, m.start("mon"), start) not in lexicon().may_context:
        return False
    if word.islower() or (word.isupper() and len(word) > 2):
        return True
    if month == 5:
        return False
    return bool(_SENTENCE_START.search(text[max(start, m.start("mon") - 3):m.start("mon")]
                                       or "\n"))


@pattern_finder("month")
def find_month(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`w marcu 2026`, `w lutym`, `października 2006`, `Styczeń 2011`, `marca tego roku`."""
    lex = lexicon()
    month = lex.months[m.group("mon").lower()]
    year, offset = _year_tail(m, lex)
    has_year = year is not None or offset is not None
    if _DIGIT_BEFORE.search(text[max(start, m.start("mon") - 3):m.start("mon")]):
        return None
    if not has_year and not _bare_month_ok(text, m, start, month):
        return None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    begin = m.start()
    if m.group("mon").lower() in lex.months_locative:
        begin = _w_before(text, begin, start)
    return Atom(begin, m.end(), "month", year=year, month=month, year_offset=offset)


def _read_year(text: str, m: Match, start: int, end: int) -> Atom | None:
    """A year atom where the match's group `y` is a year of the calendar's range:
    `2025 roku`, `1990 r.`, `2009r.` (suffix) or `roku 2010`, `rok 2075` (prefix)."""
    y = int(m["y"])
    return Atom(m.start(), m.end(), "year", year=y) if MIN_YEAR <= y <= MAX_YEAR else None


def _range_end_year(first: int, second: str) -> int:
    """The end year of `1987-94` or `2019–2022`."""
    if len(second) == 4:
        return int(second)
    century = first - first % 100
    end = century + int(second)
    return end + 100 if end < first else end


@pattern_finder("year_range")
def find_year_range(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`2019–2022`, `1987-94`, `2006/07`: two years, a range."""
    y1 = int(m["y1"])
    y2 = _range_end_year(y1, m["y2"])
    if not (1800 <= y1 <= MAX_YEAR and y1 < y2 <= y1 + 100):
        return None
    if _word_before(text, m.start(), start) in lexicon().year_stop_before:
        return None
    a = Atom(m.start("y1"), m.end("y1"), "year", year=y1, range_part="start")
    b = Atom(m.start("y2"), m.end("y2"), "year", year=y2, range_part="end")
    a.partner = b
    return Atom(m.start(), m.end(), "pair", children=[a, b])


def _has_copyright(text: str, pos: int, start: int, lex: Lexicon) -> bool:
    line = line_before(text, pos, start).lower()
    return any(mark in line for mark in lex.copyright)


def _bare_year_ok(text: str, m: Match, start: int, end: int, lex: Lexicon) -> bool:
    """A four-digit number is a year after a year word (`w`, `sezonu`, `©`), on a copyright
    line, or when no lower-case word follows it (`Euro 2012.`, `(2006)`); never a count."""
    before = _word_before(text, m.start(), start)
    if before in lex.year_stop_before or word_after(text, m.end(), end) in lex.year_units_after:
        return False
    if before in lex.year_context_before or _has_copyright(text, m.start(), start, lex):
        return True
    tail = text[m.end():min(end, m.end() + 8)]
    return (not _LOWER_WORD_AFTER.match(tail)
            or word_after(text, m.end(), end) in lex.year_list_words_after)


@pattern_finder("year_bare")
def find_year_bare(text: str, m: Match, start: int, end: int) -> Atom | None:
    """A year written alone: `w 2010`, `Euro 2012`, `© 2026`, `(1988)`."""
    if _bare_year_ok(text, m, start, end, lexicon()):
        return Atom(m.start(), m.end(), "year", year=int(m["y"]))
    return None


@pattern_finder("relative_day")
def find_relative_day(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`dziś`, `wczoraj`, `przedwczoraj`, `jutro`."""
    offset = lexicon().relative_days[m["w"].lower()]
    return Atom(m.start(), m.end(), "relday", day_offset=offset)


@pattern_finder("relative_day_phrase")
def find_relative_day_phrase(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`w dniu wczorajszym`, `dzisiejszego dnia`."""
    offset = lexicon().relative_day_phrases.get(" ".join(m["w"].lower().split()), 0)
    return Atom(m.start(), m.end(), "relday", day_offset=offset)


@pattern_finder("relative_adjective")
def find_relative_adjective(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`dzisiejszej`, `wczorajszy`, `tegoroczne` (off by default, see `find_atoms`)."""
    lex = lexicon()
    stem = m["stem"].lower()
    if word_after(text, m.end(), end).startswith(lex.relative_adjective_stop_after):
        return None  # `w dzisiejszych czasach`, `dzisiejszym świecie`: nowadays
    if stem in lex.relative_adjectives_day:
        return Atom(m.start(), m.end(), "relday", day_offset=lex.relative_adjectives_day[stem])
    return Atom(m.start(), m.end(), "relperiod", year_offset=lex.relative_adjectives_year[stem])


@pattern_finder("relative_period")
def find_relative_period(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`w tym roku`, `w ubiegłym roku`, `przyszłego roku`, `w tym miesiącu`."""
    lex = lexicon()
    offset = lex.period_qualifiers[m["q"].lower()]
    unit = lex.period_units[m["u"].lower()]
    begin = m.start()
    if m["q"].lower().endswith(("ym", "im")):
        begin = _w_before(text, begin, start)
    atom = Atom(begin, m.end(), "relperiod")
    if unit == "year":
        atom.year_offset = offset
    else:
        atom.month_offset = offset
    return atom


_DIRECTIONS = {"past": "past_strict", "future": "future", "this": "this"}


def _weekday_atom(text: str, m: Match, floor: int, lex: Lexicon) -> Atom | None:
    """One weekday phrase; weak unless a preposition governs it in the right case or a
    qualifier (`ubiegły`, `najbliższą`) makes it a point in time."""
    form = lex.weekdays[m["wd"].lower()]
    b = patterns().weekday_before.search(text, max(floor, m.start() - 40), m.start())
    prep_text = (b.group("prep") or "").lower() if b else ""
    q_text = (b.group("q") or "").lower() if b else ""
    qual = lex.qualifiers.get(q_text)
    if qual == "recurring":
        return None
    case, keep, prep_direction = lex.weekday_prepositions.get(prep_text, ("", False, "auto"))
    governed = bool(prep_text) and case in form.cases
    start = m.start()
    if b and qual:
        start = b.start("q")
    if b and governed and keep:
        start = b.start("prep")
    direction = _DIRECTIONS.get(qual or "", prep_direction if governed else "auto")
    return Atom(start, m.end(), "weekday", weekday=form.index, direction=direction,
                weak=not (governed or qual))


@pattern_finder("weekday")
def find_weekday(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`we wtorek`, `w ubiegły piątek`, `od poniedziałku`, and bare weekday names (weak)."""
    return _weekday_atom(text, m, start, lexicon())


@pattern_finder("night")
def find_night(text: str, m: Match, start: int, end: int) -> Atom | None:
    """`w nocy z soboty na niedzielę`: a range whose two ends are the weekday words."""
    lex = lexicon()
    fa, fb = lex.weekdays[m["a"].lower()], lex.weekdays[m["b"].lower()]
    if "gen" not in fa.cases or "acc" not in fb.cases or (fa.index + 1) % 7 != fb.index:
        return None
    a = Atom(m.start("a"), m.end("a"), "weekday", weekday=fa.index, range_part="start")
    b = Atom(m.start("b"), m.end("b"), "weekday", weekday=fb.index, range_part="end",
             day_after=a)
    a.partner = b
    return Atom(m.start(), m.end(), "pair", children=[a, b])


find_year_suffix = PatternFinder("year_suffix", _read_year)
find_year_prefix = PatternFinder("year_prefix", _read_year)
