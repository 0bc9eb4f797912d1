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
  year named last, shifted (granularity `day`/`year`); with nothing named before, None
  for a demonstrative one (`tego dnia`), the others not reported;
- the period of an award title (`człowiekiem roku`, `zawodnik miesiąca`): the anchor's year
  or month;
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
  it nearer (and that day lies within a year of the anchor). (That one in a sentence about
  the future is not in the past is `find_dates`' own rule, shared.)
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from newsnlp.extract.dates import find_dates_kpwr
from newsnlp.extract.dates.atoms import phrase_ends
from newsnlp.extract.dates.timex_values import (
    Cand,
    Context,
    parse_day,
    shift_years,
    timex_type,
    timex_value,
)
from newsnlp.extract.dates.timex_vocab import (
    fold_key,
    helper_patterns,
    name_stop_words,
    timex_data,
    timex_patterns,
    vocab,
    word_set,
)
from newsnlp.layout.blocks import Block
from newsnlp.models import DateMention
from newsnlp.resources import Match

__all__ = ["durations_and_sets", "find_timex", "with_durations"]


_NAMED_KINDS = frozenset({"season", "part", "month_adj", "weekday_adj", "holiday"})


def _candidates(text: str, start: int = 0, end: int | None = None,
                kinds: Collection[str] | None = None) -> list[Cand]:
    """The TIMEX-only candidates in `text[start:end]` (of `kinds`, else of every kind)."""
    out: list[Cand] = []
    for kind, pattern in timex_patterns().items():
        if kinds is not None and kind not in kinds:
            continue
        for m in pattern.finditer(text, start, end):
            if m.end() <= m.start():
                continue
            if kind == "time":
                out.extend(_time_cands(text, m))
            elif kind in ("weekday_range", "hour_range"):
                out.extend(_range_cands(text, m, kind))
            elif not _rejected(text, m, kind):
                out.append(Cand(kind, m.start(), m.end(), m))
    return out


def _rejected(text: str, m: Match, kind: str) -> bool:
    """Names (`ul. Listopadowej`) and ages (`ma 75 lat`) look like TIMEX expressions, and
    so does `rok` in `z roku na rok`, `drugi rok studiów`; a unit before a number labels
    that number (`od godziny 5.30`, `od roku 2010`), it spans no single unit."""
    if kind == "single":
        if (m.group("unit") or m.group("unit4")) and _word_after(text, m.end())[:1].isdigit():
            return True
        return bool(m.group("unit4")) and (
            _word_before(text, m.start()) in word_set("bare_unit_stop_before"))
    if kind in _NAMED_KINDS:
        return _is_name(text, m, kind)
    return kind in ("duration", "duration_adj") and _is_age(text, m, kind)


def _word_before(text: str, start: int) -> str:
    """The word (with a trailing full stop) right before `start`, lower case and folded."""
    words = text[max(0, start - 40):start].split()
    return fold_key(words[-1].lstrip("([„\"'")) if words else ""


def _word_after(text: str, end: int) -> str:
    """The word right after `end` without punctuation, lower case and folded."""
    words = text[end:end + 40].split()
    return fold_key(words[0].strip(".,;:!?)]”\"'")) if words else ""


def _sentence_start(text: str, start: int) -> bool:
    head = text[max(0, start - 4):start].rstrip(" \t\"'„“”«(")
    return not head or head[-1] in ".!?:\n"


def _is_name(text: str, m: Match, kind: str) -> bool:
    """A capitalised adjective inside a sentence (`ul. Listopadowej`, `Gościa Niedzielnego`)
    or a word after a street word (`Ulicą Wszystkich Świętych`, `babie lato`)."""
    word = m.group("w")
    before = _word_before(text, m.start())
    if before in name_stop_words():
        return True
    if kind == "holiday":
        return False
    if kind == "season" and _is_count(before):
        return True  # `dzieci 6 letnich`: an age
    return word[:1].isupper() and kind != "part" and not _sentence_start(text, m.start())


def _is_count(word: str) -> bool:
    return word.isdigit() or word in vocab().numbers


def _is_age(text: str, m: Match, kind: str) -> bool:
    """`ma 75 lat`, `26 roku życia`, `33-letni`: ages, which TIMEX3 does not annotate."""
    d, v = timex_data(), vocab()
    if kind == "duration_adj":
        stems = tuple(d["age_adjective_units"])
        return bool(m.group("digits")) and fold_key(m.group("unit")).startswith(stems)
    if v.units.get(fold_key(m.group("unit"))) != "Y":
        return False
    if _word_after(text, m.end()) in word_set("age_after"):
        return True
    before = _words_before(text, m.start(), int(d["age_window"]))
    for word in reversed(before):
        if word in word_set("age_before"):
            return True
        if word not in word_set("age_skip") and not _is_count(word):
            break
    return _in_parentheses(text, m.start(), m.end())


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last `n` words before `start`, lower case and folded, punctuation stripped."""
    words = text[max(0, start - 15 * n):start].split()[-n:]
    return [fold_key(w.strip("([„\"',;:")) for w in words]


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """`Sawiccy (12 i 13 lat)`: a count of years alone in parentheses, an age."""
    open_at = text.rfind("(", max(0, start - 12), start)
    if open_at < 0 or text[end:end + 1] != ")":
        return False
    inside = text[open_at + 1:start].split()
    return all(w in ("i", "lub", "oraz", "-", "–") or w.isdigit() for w in inside)


def _time_cands(text: str, m: Match) -> list[Cand]:
    """A clock time is read after a time word or in a range of two times; an hour alone
    (`godzinie 19`) only after `godz.`/`godzina`."""
    v = vocab()
    g, t2 = m.group("g"), m.group("t2")
    t1 = m.group("t1")
    has_minutes = ":" in t1 or "." in t1
    if not (g or m.group("l") or t2) or (not has_minutes and not g):
        return []
    after = text[m.end():m.end() + 8].split()
    if after and fold_key(after[0]) in v.time_stop_after:
        return []
    first_start = m.start() if g else m.start("t1")
    out = [Cand("time", first_start, m.end("t1"), m, "t1")]
    if t2:
        out.append(Cand("time", m.start("t2"), m.end("t2"), m, "t2"))
    return out


def _range_cands(text: str, m: Match, kind: str) -> list[Cand]:
    """The two ends of `od poniedziałku do piątku` or of the hours `od 10 do 12`; hours only
    when no counted noun follows (`od 10 do 20 zł`, `od 18 do 23 lat` are not times)."""
    if kind == "hour_range" and not phrase_ends(text, m.end(), len(text)):
        return []
    return [Cand(kind, m.start(g), m.end(g), m, g) for g in ("a", "b")]


def _select(cands: list[Cand], taken: list[tuple[int, int]]) -> list[Cand]:
    """Candidates that overlap no `find_dates` span nor a longer candidate."""
    chosen: list[Cand] = []
    spans = list(taken)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in spans):
            if c.kind not in ("season", "quarter") or not c.match.group("year"):
                continue
            # `latem 2007 roku` where find_dates has `2007 roku`: the words before the year
            end = c.match.start("year")
            while end > c.start and c.match.string[end - 1].isspace():
                end -= 1
            c = Cand(c.kind, c.start, end, c.match)
            if any(c.start < e and s < c.end for s, e in spans):
                continue
        chosen.append(c)
        spans.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _dateline(text: str, found: list[DateMention]) -> dt.date | None:
    """The day of a dateline in the first lines (`Gdańsk, 16 czerwca 2005r.`), if any."""
    helpers, d = helper_patterns(), timex_data()
    limit, seen = 0, 0
    while seen < int(d["dateline_lines"]) and limit < len(text):
        nl = text.find("\n", limit)
        limit = len(text) if nl < 0 else nl + 1
        seen += 1
    for m in found:
        if m.start >= limit:
            break
        day = parse_day(m.value)
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
    document = parse_day(document_date)
    found = find_dates_kpwr(text, document_date)
    line = _dateline(text, found)
    max_days = int(timex_data()["dateline_max_days"])
    if line is not None and (document is None or abs((line - document).days) > max_days):
        return line, find_dates_kpwr(text, line.isoformat())
    return document, found


def _revalue(text: str, m: DateMention, ctx: Context) -> DateMention:
    """The TIMEX value rules for a `find_dates` result: a bare clock time takes the last
    single day named; a day and month with no year takes the year of the day named last
    when that puts it nearer (`find_dates` has put one in a sentence about the future
    ahead of the anchor)."""
    helpers = helper_patterns()
    if m.granularity == "minute" and m.value and helpers["bare_time"].fullmatch(m.text):
        day = ctx.single_day or ctx.anchor
        if day is not None:
            return m.model_copy(update={"value": day.isoformat() + m.value[10:]})
        return m
    day = parse_day(m.value)
    if (day is None or not m.relative or ctx.anchor is None
            or not helpers["digit"].search(m.text) or helpers["year_digits"].search(m.text)):
        return m
    moved = _nearer_focus(day, ctx)
    if moved == day:
        return m
    return m.model_copy(update={"value": moved.isoformat() + (m.value or "")[10:]})


def _nearer_focus(day: dt.date, ctx: Context) -> dt.date:
    """`day` moved to the year of the day the text named last (the temporal focus), when
    that focus lies within a year of the anchor and the move brings `day` nearer to it."""
    focus, anchor = ctx.day, ctx.anchor
    if focus is None or anchor is None or focus.year == day.year:
        return day
    if abs((focus - anchor).days) > int(timex_data()["focus_max_days"]):
        return day
    moved = shift_years(day, focus.year - day.year)
    return moved if abs((moved - focus).days) < abs((day - focus).days) else day


def _generic_day(phrase: str) -> bool:
    """An anaphoric day phrase with no demonstrative (`w dzień`, not `tego dnia`)."""
    words = set(fold_key(phrase).split())
    return (fold_key(phrase) in vocab().anaphoric_days
            and not words & set(timex_data()["anaphoric_demonstratives"]))


def find_timex(text: str, *, document_date: str | None) -> list[DateMention]:
    """Dates under the TIMEX3 scheme: `find_dates_kpwr` results plus seasons, weeks,
    weekends, decades, centuries, parts of day, anaphoric days, vague spans, sets, durations
    and programme times (see the module docstring for the values)."""
    anchor, found = _anchor(text, document_date)
    ctx = Context(anchor)
    cands = _candidates(text)
    for c in cands:
        if c.kind == "nth_weekday" or (c.kind in ("season", "quarter") and c.match["year"]):
            # `w ostatnią niedzielę września`, `latem 2008 r.`, `w I kwartale 2009` replace
            # the `w ostatnią niedzielę`, `września`, `2008 r.`, `2009` of find_dates
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
            value, granularity, relative = timex_value(c, text, ctx)
            if c.kind == "anaphoric" and value is None and _generic_day(c.match.group("w")):
                continue  # nothing for `w dzień` to refer to: generic
            mention = DateMention(start=c.start, end=c.end, text=text[c.start:c.end],
                                  value=value, type=timex_type(c), granularity=granularity,
                                  relative=relative)
        if mention is None:
            continue
        ctx.see(mention, _word_before(text, mention.start))
        out.append(mention)
    return out


_COUNTED_KINDS = frozenset({"duration", "single", "duration_adj", "anniversary",
                            "vague_duration", "set"})
# What the Article adds from the TIMEX layer: durations, sets and holidays (named days have a
# day of their own; weeks, seasons and vague spans are left out by the news conventions)
_ARTICLE_KINDS = _COUNTED_KINDS | {"holiday"}


def durations_and_sets(text: str, spans: Sequence[tuple[int, int]],
                       taken: Sequence[tuple[int, int]],
                       anchor: dt.date | None = None) -> list[DateMention]:
    """TIMEX3 durations (`trzy dni` = P3D, `przez cały dzień` = P1D), sets (`co roku` =
    P1Y, `w każdy czwartek` = XXXX-WXX-4) and holidays (`w Boże Ciało`, resolved against
    `anchor` and the tense of their verb) inside the `spans` of `text` that overlap none of
    the `taken` date spans, in page order (role `other`). A count with `temu`/`za` is a
    date, left to the other finders."""
    out: list[DateMention] = []
    ordered = sorted(taken)
    starts = [a for a, _ in ordered]
    longest = max((b - a for a, b in ordered), default=0)
    for start, end in spans:
        cands = _candidates(text, start, end, _ARTICLE_KINDS)
        if not cands:
            continue
        # only the taken spans that reach the candidates' range can overlap one of them: the
        # whole page's list for every block made a long page quadratic
        lo, hi = min(c.start for c in cands), max(c.end for c in cands)
        near = [(a, b) for a, b in ordered[bisect_right(starts, lo - longest):
                                           bisect_left(starts, hi)] if b > lo]
        for c in _select(cands, near):
            kind = timex_type(c)
            if (kind not in ("duration", "set") and c.kind != "holiday") or c.end > end:
                continue
            if c.kind == "holiday" and _holiday_period(text, c.start):
                continue
            value, granularity, relative = timex_value(c, text, Context(anchor))
            out.append(DateMention(start=c.start, end=c.end, text=text[c.start:c.end],
                                   value=value, type=kind, granularity=granularity,
                                   relative=relative))
    return sorted(out, key=lambda m: (m.start, m.end))


def _holiday_period(text: str, start: int) -> bool:
    """`przed świętami Bożego Narodzenia`, `w okresie Wielkanocy`: a holiday after a word for
    the holiday season, within a few words of its sentence, names a period, not its day."""
    head = text[max(0, start - 80):start]
    for stop in ".!?\n":
        head = head[head.rfind(stop) + 1:]
    window = int(timex_data()["holiday_period_window"])
    words = [fold_key(w.strip(",;:()„”\"'")) for w in head.split()[-window:]]
    return not word_set("holiday_period_words").isdisjoint(words)


# Blocks of article prose, where a duration or a set is part of the story.
_PROSE_KINDS = frozenset({"title", "lead", "heading", "paragraph", "list_item", "quote",
                          "caption"})


def with_durations(text: str, blocks: Sequence[Block], dates: list[DateMention],
                   published: str | None = None) -> list[DateMention]:
    """The page's dates with the durations, sets and holidays of its article prose added, in
    page order (the Article's `dates`: TIMEX3 types `duration` and `set` beside
    `date`/`time`); holidays take their year from `published` and their verb's tense."""
    spans = [(b.start, b.end) for b in blocks if b.kind in _PROSE_KINDS]
    extra = durations_and_sets(text, spans, [(d.start, d.end) for d in dates],
                               parse_day(published))
    return sorted(dates + extra, key=lambda m: (m.start, m.end))
