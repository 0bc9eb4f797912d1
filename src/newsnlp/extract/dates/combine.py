"""Join neighbouring atoms into date expressions: a weekday and its date, a date and its time,
the two ends of a range. Each rule looks only at the text between two atoms."""

from __future__ import annotations

from collections.abc import Callable

from newsnlp.extract.dates.atoms import Atom
from newsnlp.extract.dates.patterns import DATE_FLAGS as FLAGS
from newsnlp.resources import Pattern, compile_pattern

# `We wtorek 10 marca`, `W środę (11 marca)`
_GAP_WEEKDAY_DATE = compile_pattern(r"(?<![ \t])[ \t]*(?:,[ \t]*)?(?:\([ \t]*)?", FLAGS)
# `2 lutego (poniedziałek)`
_GAP_DATE_WEEKDAY = compile_pattern(r"(?<![ \t])[ \t]*(?:\(|,)[ \t]*", FLAGS)
# `17 stycznia 2026 r. o godz. 21:47`, `13.03.2026 | 08:45`, `29.01.2026 – 11:30`
_GAP_TIME = compile_pattern(r"(?<![ \t])[ \t]*(?:[,|•·\-–—][ \t]*)?", FLAGS)
# `2–8 marca`, `od 1 do 5 marca`, `w nocy z 12 na 13 marca`
_GAP_RANGE = compile_pattern(r"(?<![ \t])(?:[ \t]*[\-–—][ \t]*|[ \t]+(?:do|na)[ \t]+)", FLAGS)
# `23 i 24 marca`
_GAP_LIST = compile_pattern(r"(?<![ \t])[ \t]+(?:i|oraz|lub|albo|a)[ \t]+", FLAGS)

DAY_KINDS = frozenset({"date", "partial"})
TIME_HOSTS = frozenset({"date", "partial", "weekday", "relday"})
RANGE_STARTS = frozenset({"date", "day", "partial", "month", "year"})

# The gaps are tested with `fullmatch` on the text between two atoms (never across a line
# break); each starts with `(?<![ \t])` so a search over a long run of spaces stays linear.

Rule = Callable[[str, Atom, Atom], Atom | None]


def _gap(text: str, a: Atom, b: Atom) -> str:
    return text[a.end:b.start]


_CLOSE_PAREN = compile_pattern(r"[ \t]*\)", FLAGS)


def _close_paren(text: str, pos: int, limit: int) -> int | None:
    """Offset after a `)` that follows `pos`, or None."""
    m = _CLOSE_PAREN.match(text, pos, limit)
    return m.end() if m else None


def _joined_end(text: str, a: Atom, b: Atom, gap_pattern: Pattern) -> int | None:
    """End of `a` + `b` joined across a gap that `gap_pattern` allows; a gap that opens a
    parenthesis (`W środę (11 marca)`) must be closed right after `b`."""
    gap = _gap(text, a, b)
    if not gap_pattern.fullmatch(gap):
        return None
    if "(" not in gap:
        return b.end
    return _close_paren(text, b.end, min(len(text), b.end + 3))


def weekday_then_date(text: str, a: Atom, b: Atom) -> Atom | None:
    """`We wtorek 10 marca`, `piątek, 13 marca 2026`, `W środę (11 marca)`: one span."""
    if a.kind != "weekday" or a.range_part or b.kind not in DAY_KINDS:
        return None
    end = _joined_end(text, a, b, _GAP_WEEKDAY_DATE)
    if end is None:
        return None
    b.start, b.end, b.weak, b.weekday = a.start, end, False, a.weekday
    b.kind = "date"
    return b


def date_then_weekday(text: str, a: Atom, b: Atom) -> Atom | None:
    """`2 lutego (poniedziałek)`, `13 marca 2026, piątek`."""
    if a.kind not in DAY_KINDS or b.kind != "weekday" or not b.weak:
        return None
    end = _joined_end(text, a, b, _GAP_DATE_WEEKDAY)
    if end is None:
        return None
    a.end, a.weekday, a.weak, a.kind = end, b.weekday, False, "date"
    return a


def host_then_time(text: str, a: Atom, b: Atom) -> Atom | None:
    """`12 marca o godz. 17:00`, `09.12.2025, 15:02`, `29.01.2026 – 11:30`, `wczoraj ok. godz.
    16.40`."""
    if a.kind not in TIME_HOSTS or b.kind != "time" or a.hour is not None:
        return None
    if a.range_part == "start" or not _GAP_TIME.fullmatch(_gap(text, a, b)):
        return None
    a.hour, a.minute, a.end, a.weak = b.hour, b.minute, b.end, False
    if a.kind == "partial":
        a.kind = "date"
    return a


def weekday_list(text: str, a: Atom, b: Atom) -> Atom | None:
    """`w środę i sobotę`: a bare weekday listed after a governed one is a date as well."""
    if a.kind == b.kind == "weekday" and not a.weak and b.weak and _GAP_LIST.fullmatch(
            _gap(text, a, b)):
        b.weak, b.direction = False, a.direction
    return None


def _fill(target: Atom, source: Atom) -> None:
    """Copy the month and year a range or list end leaves out from the other end."""
    if target.month is None and target.kind in ("day", "partial", "date"):
        target.month = source.month
        target.this_month = source.this_month
    if target.year is None and target.year_offset is None and target.kind != "year":
        target.year, target.year_offset = source.year, source.year_offset
    if target.kind in ("day", "partial"):
        target.kind, target.weak = "date", False


def _compatible(a: Atom, b: Atom) -> bool:
    """Range ends of one precision; two bare `dd.mm` make a range too (`28.02–01.03`)."""
    if a.kind == b.kind == "partial":
        return True
    if a.kind in ("day", "partial", "date"):
        return b.kind == "date" and b.day is not None and (b.month is not None or b.this_month)
    return a.kind == b.kind and a.kind in ("month", "year")


def range_or_list(text: str, a: Atom, b: Atom) -> Atom | None:
    """`od 1 do 5 marca 2026 r.` / `2–8 marca` (a range) and `23 i 24 marca` (a list): each
    end stays its own entry; the first gets the month and year it lacks from the second."""
    if a.kind not in RANGE_STARTS or a.range_part or b.range_part or not _compatible(a, b):
        return None
    gap = _gap(text, a, b)
    if _GAP_RANGE.fullmatch(gap):
        a.range_part, b.range_part, a.partner = "start", "end", b
        if b.kind == "partial":
            b.kind, b.weak = "date", False
    elif not _GAP_LIST.fullmatch(gap):
        return None
    _fill(a, b)
    return None  # both stay; nothing merged


def _apply(text: str, atoms: list[Atom], rule: Rule) -> list[Atom]:
    """Run one pairwise rule left to right; a merged atom can merge again with the next."""
    out: list[Atom] = []
    for atom in atoms:
        if out:
            merged = rule(text, out[-1], atom)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(atom)
    return out


def _drop_weekday_spans(text: str, atoms: list[Atom]) -> list[Atom]:
    """`od poniedziałku do piątku` is a recurring span of days, not a date: drop both ends."""
    drop: set[int] = set()
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if a.kind == b.kind == "weekday" and not a.range_part and _GAP_RANGE.fullmatch(
                _gap(text, a, b)):
            drop.update((i, i + 1))
    return [a for i, a in enumerate(atoms) if i not in drop]


def combine(text: str, atoms: list[Atom]) -> list[Atom]:
    """Apply the joining rules in order and drop atoms that only count inside a larger one."""
    atoms = _drop_weekday_spans(text, atoms)
    atoms = _apply(text, atoms, weekday_then_date)
    atoms = _apply(text, atoms, date_then_weekday)
    atoms = _apply(text, atoms, host_then_time)
    atoms = _apply(text, atoms, weekday_list)
    atoms = _apply(text, atoms, range_or_list)
    return [a for a in atoms if not a.weak or (a.kind == "time" and a.bare_ok)]
