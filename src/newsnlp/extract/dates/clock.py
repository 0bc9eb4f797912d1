"""Clock times among the date atoms: a time after `o godz.`, `około`, `, ` (`find_times`)
and a time or time range that opens a line of a timeline or programme (`find_timeline`)."""

from __future__ import annotations

from newsnlp.extract.dates.atoms import Atom, line_before, pattern_finder, phrase_ends, word_after
from newsnlp.extract.dates.lexicon import lexicon
from newsnlp.extract.dates.patterns import patterns
from newsnlp.resources import Match

STAMP_TAIL = 16  # spaces after a time that still leave it alone on its line


def _time_lead(text: str, pos: int, floor: int) -> Match | None:
    """`o`, `od`, `około`, `ok.` right before a time (they join an attached time's span)."""
    return patterns().time_lead_before.search(text, max(floor, pos - 16), pos)


def _bare_kind(text: str, m: Match, lead: Match | None,
               start: int, end: int) -> str | None:
    """How a time may stand alone: `godz` (`o godz. 14.35`), `lead` (`ok. 22:10`), `stamp`
    (the whole line: a live report's entry, `12:35` over its text); None for opening hours
    and time ranges (`w godz. 9:00–13:00`)."""
    p = patterns()
    if lead is None and _whole_line(text, m.start(), m.end(), start, end):
        return "stamp"
    if p.time_range_after.match(text, m.end(), end):
        return None
    begin = lead.start() if lead else m.start()
    if p.hours_before.search(text[max(start, begin - 12):begin]):
        return None
    if m.group("g"):
        return "godz"
    words = lead.group().split() if lead else []
    return "lead" if words and words[-1].lower() in ("o", "około", "ok.") else None


def _whole_line(text: str, a: int, b: int, start: int, end: int) -> bool:
    """`text[a:b]` is all its line holds but spaces (read at most `STAMP_TAIL` characters
    on: the check stays constant-time on a long line)."""
    after = text[b:min(end, b + STAMP_TAIL)]
    cut = after.find("\n")
    rest = after[:cut] if cut >= 0 else after
    closed = cut >= 0 or b + STAMP_TAIL >= end
    return closed and not rest.strip() and not line_before(text, a, start).strip()


def _dot_time_ok(text: str, m: Match, lead: Match | None, end: int,
                 units: frozenset[str]) -> bool:
    """`17.30` is a time only right after `o`/`około`/`ok.` and with no unit after it
    (`ok. 2.50 zł` is an amount)."""
    words = lead.group().split() if lead else []
    if not words or words[-1].lower() not in ("o", "około", "ok."):
        return False
    return word_after(text, m.end(), end) not in units


def find_times(text: str, start: int, end: int) -> list[Atom]:
    """Clock times: `o godz. 17:00`, `godziny 11:00`, `, 15:02`, `ok. 22:10`, and a whole
    hour after `o` that only a day before it can take (`jutro o 16`); all weak."""
    out = []
    units = lexicon().year_units_after
    for m in patterns().time.finditer(text, start, end):
        h = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4"))
        mi = int(m.group("mi") or m.group("mi2") or m.group("mi3") or 0)
        if h > 23 or mi > 59:
            continue
        lead = _time_lead(text, m.start(), start)
        if m.group("h3") and not _dot_time_ok(text, m, lead, end, units):
            continue
        whole_hour = bool(m.group("h4"))
        if whole_hour and not phrase_ends(text, m.end(), end):
            continue  # `o 3 bramki`: a difference, not a time
        out.append(Atom(lead.start() if lead else m.start(), m.end(), "time", hour=h,
                        minute=mi, weak=True, bare_start=m.start(),
                        bare_ok=None if whole_hour else _bare_kind(text, m, lead, start, end)))
    return out


def _key(words: str) -> str:
    return " ".join(words.lower().split())


@pattern_finder("word_time")
def find_word_times(text: str, m: Match, start: int, end: int) -> Atom | None:
    """A clock time in words after `o` or a quarter (`o szesnastej`, `za kwadrans piąta`,
    `wpół do siódmej`), before punctuation or a phrase-ending word (not `o pierwszej
    licytacji`)."""
    if not (m["lead"] or m["rel"]) or not phrase_ends(text, m.end(), end):
        return None
    lex = lexicon()
    minutes = lex.hour_words[_key(m["hw"])] * 60
    minutes += lex.hour_word_offsets[_key(m["rel"])] if m["rel"] else 0
    hour, minute = divmod(minutes % (24 * 60), 60)
    first = m.start("rel") if m["rel"] else m.start("hw")
    return Atom(m.start(), m.end(), "time", hour=hour, minute=minute, weak=True,
                bare_start=first, bare_ok="lead")


def _opens_line(text: str, m: Match, start: int) -> bool:
    """True when only a list marker comes before the time on its line; after a sentence end
    only a time range opens a programme entry (`... Prasowa. 10.30- 11.00 - panel`)."""
    p = patterns()
    line = line_before(text, m.start(), start)
    if p.timeline_before.fullmatch(line):
        return True
    return bool(m.group("h2")) and bool(p.sentence_before.search(line[-12:]))


def find_timeline(text: str, start: int, end: int) -> list[Atom]:
    """A time (or a time range) opening a line of a timeline or programme:
    `21:47 – przyjęcie zgłoszenia`, `11.00 – 12.00 - panel dyskusyjny`."""
    out = []
    for m in patterns().timeline.finditer(text, start, end):
        if not _opens_line(text, m, start):
            continue
        a = Atom(m.start("h"), m.end("mi"), "time", hour=int(m["h"]), minute=int(m["mi"]),
                 weak=True, bare_start=m.start("h"), bare_ok="timeline")
        if a.hour is None or a.hour > 23 or (a.minute or 0) > 59:
            continue
        if not m.group("h2"):
            out.append(a)
            continue
        b = Atom(m.start("h2"), m.end("mi2"), "time", hour=int(m["h2"]), minute=int(m["mi2"]),
                 weak=True, bare_start=m.start("h2"), bare_ok="timeline")
        if (b.hour or 0) <= 23 and (b.minute or 0) <= 59:
            a.range_part, b.range_part, a.partner = "start", "end", b
            # the pair covers a `godzina` before it, so a plain time there does not win
            word = patterns().clock_word_before.search(text, max(start, m.start() - 10), m.start())
            out.append(Atom(word.start() if word else m.start(), m.end(), "pair",
                            children=[a, b]))
    return out
