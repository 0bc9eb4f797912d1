"""Dates on a Polish news page: found with linear patterns, normalised to ISO 8601, relative
ones resolved against the publication date, each with its role on the page.

    find_dates(text, start, end, published=...)   dates inside text[start:end]
    extract_dates(text, blocks, published)        every date on the page, with roles

See docs/dates.md for what is recognised and the conventions followed.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsnlp.extract.dates.atoms import Atom
from newsnlp.extract.dates.combine import combine
from newsnlp.extract.dates.finders import find_atoms
from newsnlp.extract.dates.resolve import Resolved, parse_published, resolve
from newsnlp.extract.dates.roles import block_role, is_context_block, label_role
from newsnlp.layout.blocks import Block
from newsnlp.models import DateMention
from newsnlp.resources import VERSION1, compile_pattern

__all__ = ["PageScan", "extract_dates", "find_dates", "find_dates_kpwr", "parse_published"]


@dataclass
class DayContext:
    """The day a bare clock time belongs to: the last day the article named, and the last
    timeline time (a timeline that passes midnight moves to the next day); after a night
    across two days, an evening time is the first day's."""

    day: dt.date | None = None
    last_minutes: int | None = None
    night_start: dt.date | None = None  # the first day of a night the article names
    focus_year: int | None = None  # the year of the last full date of this paragraph
    focus_end: int = 0

    def focus(self, text: str, pos: int) -> int | None:
        """The temporal focus at `pos`: the year of the last full date written before it in
        the same paragraph (a line break ends it)."""
        if self.focus_year is not None and "\n" in text[self.focus_end:pos]:
            self.focus_year = None
        return self.focus_year

    def update(self, resolved: Resolved, hour: int | None, minute: int | None) -> None:
        if resolved.day is not None:
            self.day = resolved.day
            self.last_minutes = None if hour is None else hour * 60 + (minute or 0)


@dataclass
class _Found:
    atom: Atom
    start: int
    resolved: Resolved


# A timeline passes midnight when an evening time is followed by a morning one; a time that
# is earlier but not across that gap belongs to a live report written newest first. In
# running text (`o godz. 23:10 …, a o godz. 0:35 zakończono działania`) only a night time
# after an evening one passes it (CONVENTIONS: a time after midnight in a night's story
# gets the later day; `kasa czynna od 10:00` after an evening concert does not).
_EVENING, _MORNING, _NIGHT_END = 18 * 60, 12 * 60, 6 * 60


def _past_midnight(last: int | None, minutes: int, timeline: bool) -> bool:
    return last is not None and last >= _EVENING and minutes < (
        _MORNING if timeline else _NIGHT_END)


def _bare_time(atom: Atom, anchor: dt.date | None, ctx: DayContext) -> _Found | None:
    """A clock time standing alone takes the day of the context (else the publication day)."""
    day = ctx.day or anchor
    if day is None or atom.hour is None or atom.bare_start is None:
        return None
    minutes = atom.hour * 60 + (atom.minute or 0)
    if ctx.night_start is not None and minutes >= _EVENING:
        day = ctx.night_start  # the night's evening is its first day's (`23:41` on Saturday)
    if _past_midnight(ctx.last_minutes, minutes, atom.bare_ok == "timeline"):
        if day == dt.date.max:
            return None
        day += dt.timedelta(days=1)
    from_publication = ctx.day is None
    ctx.day, ctx.last_minutes = day, minutes
    value = f"{day.isoformat()}T{atom.hour:02d}:{atom.minute or 0:02d}"
    return _Found(atom, atom.bare_start, Resolved(value, "minute", from_publication, day))


def _resolve_all(text: str, atoms: Iterable[Atom], anchor: dt.date | None, ctx: DayContext,
                 bare_times: bool, keep_context: bool) -> list[_Found]:
    """Resolve atoms in order; night ranges use their first end, bare times the context."""
    out: list[_Found] = []
    days: dict[int, dt.date | None] = {}
    for atom in atoms:
        if atom.kind == "time":
            found = _bare_time(atom, anchor, ctx) if bare_times else None
            if found is not None:
                out.append(found)
            continue
        start_day = days.get(id(atom.day_after)) if atom.day_after is not None else None
        focus = ctx.focus(text, atom.start) if keep_context else None
        resolved = resolve(text, atom, anchor, start_day, focus)
        if resolved is None:
            continue
        days[id(atom)] = resolved.day
        if keep_context:
            ctx.update(resolved, atom.hour, atom.minute)
            ctx.night_start = start_day  # `w nocy z soboty na niedzielę`: its first day
            if atom.kind in ("date", "month") and atom.year is not None:
                ctx.focus_year, ctx.focus_end = atom.year, atom.end
        out.append(_Found(atom, atom.start, resolved))
    return out


def _to_mentions(text: str, found: list[_Found], block: Block | None) -> list[DateMention]:
    """DateMentions with roles and range ends filled in."""
    values = {id(f.atom): f.resolved.value for f in found}
    out = []
    for f in found:
        r, atom = f.resolved, f.atom
        out.append(DateMention(
            start=f.start, end=atom.end, text=text[f.start:atom.end], value=r.value,
            type="time" if r.granularity == "minute" else "date", granularity=r.granularity,
            role=block_role(block, text, f.start, r.granularity),
            range_part=atom.range_part,  # type: ignore[arg-type]
            range_end=values.get(id(atom.partner)) if atom.partner is not None else None,
            relative=r.relative))
    return out


def _mentions(text: str, atoms: list[Atom], anchor: dt.date | None, ctx: DayContext,
              block: Block | None) -> list[DateMention]:
    """Join, resolve and label the atoms of one block (or one range of text)."""
    if not atoms:  # most blocks hold no date
        return []
    context = is_context_block(block)
    found = _resolve_all(text, combine(text, atoms), anchor, ctx, bare_times=context,
                         keep_context=context)
    return _to_mentions(text, found, block)


def _scan(text: str, start: int, end: int, anchor: dt.date | None, ctx: DayContext,
          block: Block | None, adjectives: bool = False) -> list[DateMention]:
    atoms = find_atoms(text, start, end, adjectives=adjectives)
    return _mentions(text, atoms, anchor, ctx, block)


# The page is scanned in pieces of at most this many characters, cut after a line break: a
# date never spans one. The patterns' timeout counts a whole scan, so a scan of megabytes in
# one piece could run out of time on a busy machine and lose the dates after that point.
SCAN_PIECE = 100_000


def scan_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces the page is scanned in: one for a page of up to SCAN_PIECE
    characters; a line longer than that is cut after a space."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > SCAN_PIECE:
        cut = text.rfind("\n", start, start + SCAN_PIECE)
        if cut < start:
            cut = text.rfind(" ", start, start + SCAN_PIECE)
        end = cut + 1 if cut >= start else start + SCAN_PIECE
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


class _PageAtoms:
    """The atoms of a whole page, found once; each block takes (a copy of) those inside it.
    Scanning the page once instead of block by block saves most of the pattern overhead."""

    def __init__(self, text: str) -> None:
        self.atoms = [a for start, end in scan_pieces(text)
                      for a in find_atoms(text, start, end)]
        self.starts = [a.start for a in self.atoms]

    def between(self, start: int, end: int) -> list[Atom]:
        """The atoms that lie within `text[start:end]` (shared: read, never edit)."""
        i = bisect.bisect_left(self.starts, start)
        chosen = []
        while i < len(self.atoms) and self.atoms[i].start < end:
            if self.atoms[i].end <= end:
                chosen.append(self.atoms[i])
            i += 1
        return chosen

    def inside(self, start: int, end: int) -> list[Atom]:
        """Copies of the atoms that lie within `text[start:end]`."""
        return _copy_atoms(self.between(start, end))  # joining edits atoms; blocks may overlap


class PageScan:
    """The dates of one page, scanned once: `find(start, end)` gives what `find_dates` gives
    for that range, from the page's atoms (found on first use) instead of a new scan, and
    `extract_dates` reuses the same atoms. The segmenter asks for many header lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._atoms: _PageAtoms | None = None
        self._found: dict[tuple[int, int], list[DateMention]] = {}

    @property
    def atoms(self) -> _PageAtoms:
        if self._atoms is None:
            self._atoms = _PageAtoms(self.text)
        return self._atoms

    def find(self, text: str, start: int, end: int) -> list[DateMention]:
        """Dates inside `text[start:end]` with no anchor (`text` is the page's text)."""
        key = _clamp(text, start, end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = _mentions(text, self.atoms.inside(*key), None,
                                                 DayContext(), None)
        return found


def _copy_atoms(atoms: list[Atom]) -> list[Atom]:
    """Copies of `atoms` for one block to edit, as `copy.deepcopy` would give, but cheaper.

    Found atoms are flat (their `children` are empty); only `partner` and `day_after` link
    them. A link to an atom of the list points to its copy; a link to an atom outside the
    list gets a copy of its own, so the block never edits an atom another block reads."""
    copies = {id(a): copy.copy(a) for a in atoms}

    def linked(atom: Atom | None) -> Atom | None:
        if atom is None:
            return None
        if id(atom) not in copies:
            copies[id(atom)] = copy.copy(atom)
        return copies[id(atom)]

    out = [copies[id(a)] for a in atoms]
    for atom in out:
        atom.children = []
        atom.partner, atom.day_after = linked(atom.partner), linked(atom.day_after)
    return out


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def find_dates(text: str, start: int, end: int, *, published: str | None = None
               ) -> list[DateMention]:
    """Dates inside `text[start:end]` (offsets into `text`), relative ones resolved against
    `published` (ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`); unresolvable ones get value None."""
    start, end = _clamp(text, start, end)
    return _scan(text, start, end, parse_published(published), DayContext(), None)


def find_dates_kpwr(text: str, published: str | None) -> list[DateMention]:
    """`find_dates` over the whole text that also reads relative adjectives (`dzisiejszej`,
    `tegoroczny`), as KPWr TIMEX3 annotates them; used by benchmarks/kpwr_timex.py."""
    return _scan(text, 0, len(text), parse_published(published), DayContext(), None,
                 adjectives=True)


_BODY_KINDS = frozenset({"lead", "paragraph", "list_item", "quote", "heading"})
_LINE_HEAD = compile_pattern(r"[\W_]*", VERSION1)


@dataclass(frozen=True)
class _Anchor:
    """The publication day shown on the page and where it is written."""

    day: dt.date
    start: int
    end: int
    labelled: bool  # found in a `published` block or after a publication label


@dataclass(frozen=True)
class _Day:
    """An absolute day (or moment) written in a block, and where."""

    start: int
    end: int
    value: str


def _absolute_days(text: str, block: Block, page: _PageAtoms) -> list[_Day]:
    """The absolute days and moments in `block`, resolved as running text with no anchor
    (only their place and value matter here, so no DateMention is built)."""
    atoms = page.inside(*_clamp(text, block.start, block.end))
    if not atoms:
        return []
    found = _resolve_all(text, combine(text, atoms), None, DayContext(), bare_times=True,
                         keep_context=True)
    return [_Day(f.start, f.atom.end, f.resolved.value) for f in found
            if not f.resolved.relative and f.resolved.value
            and f.resolved.granularity in ("day", "minute")]


def _opens_its_line(text: str, m: _Day) -> bool:
    """True when nothing but punctuation comes before the date on its line."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return bool(_LINE_HEAD.fullmatch(text, line_start, m.start))


def _has_publication_label(text: str, block: Block, page: _PageAtoms) -> bool:
    """True when a date of `block` follows a publication label; checked on the raw atoms,
    because a joined date starts where one of its atoms does."""
    start, end = _clamp(text, block.start, block.end)
    return any(label_role(text, a.start) == "published" for a in page.between(start, end))


def _anchor_from_blocks(text: str, blocks: Sequence[Block], page: _PageAtoms
                        ) -> _Anchor | None:
    """The day shown on the page: the first absolute day in a `published` block, else the
    first one right after a publication label (`Data publikacji:`), else the first date line
    (a line that opens with a date) above the article body, else an update date above it."""
    ordered = [b for b in blocks if b.kind == "published"] + [
        b for b in blocks if b.kind != "published"]
    for block in ordered:
        if block.kind != "published" and not _has_publication_label(text, block, page):
            continue
        for m in _absolute_days(text, block, page):
            if block.kind == "published" or label_role(text, m.start) == "published":
                return _Anchor(dt.date.fromisoformat(m.value[:10]), m.start, m.end, True)
    updated: _Anchor | None = None
    for block in sorted(blocks, key=lambda b: b.start):
        if block.kind in _BODY_KINDS:
            break
        if block.kind == "chrome" and block.chrome != "metadata":
            continue
        for m in _absolute_days(text, block, page):
            role = label_role(text, m.start)
            if _opens_its_line(text, m) and role is None:
                return _Anchor(dt.date.fromisoformat(m.value[:10]), m.start, m.end, False)
            if role == "updated" and updated is None:
                updated = _Anchor(dt.date.fromisoformat(m.value[:10]), m.start, m.end, True)
    return updated  # a page that shows only when it was updated: relative dates use that


def extract_dates(text: str, blocks: Sequence[Block], published: str | None,
                  scan: PageScan | None = None, reference: str | None = None
                  ) -> list[DateMention]:
    """Every date on the page in page order, with `role` set from the blocks. Without
    `published`, relative dates are resolved against the date the page shows (and a date
    line found only by its position gets the role `published`), else against `reference`
    (e.g. the capture date of a crawl record). `scan` is the page's scan when the segmenter
    already made one."""
    page = (scan or PageScan(text)).atoms
    shown = _anchor_from_blocks(text, blocks, page)
    anchor = (parse_published(published) or (shown.day if shown else None)
              or parse_published(reference))
    ctx = DayContext()
    found: dict[tuple[int, int], DateMention] = {}
    for block in sorted(blocks, key=lambda b: b.start):
        start, end = _clamp(text, block.start, block.end)
        for mention in _mentions(text, page.inside(start, end), anchor, ctx, block):
            _keep(found, mention)
    if shown is not None and not shown.labelled and (shown.start, shown.end) in found:
        key = (shown.start, shown.end)
        found[key] = found[key].model_copy(update={"role": "published"})
    return sorted(found.values(), key=lambda m: (m.start, m.end))


_ROLE_RANK = {"published": 4, "updated": 3, "calendar": 2, "event": 1, "other": 0}


def _keep(found: dict[tuple[int, int], DateMention], mention: DateMention) -> None:
    """Blocks may overlap (a breadcrumb is chrome and category): one entry per span, with the
    most specific role."""
    key = (mention.start, mention.end)
    old = found.get(key)
    if old is None or _ROLE_RANK[mention.role] > _ROLE_RANK[old.role]:
        found[key] = mention
