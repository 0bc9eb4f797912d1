"""Datelines: the shape of a date line, and the dateline next to the final headline.

A date line holds a date and little else (`is_date_line`, read by the rule segmenter).

The rule segmenter chooses the publication line against the title it found itself; when the
layout model or the DOM moves the title (a page whose head holds the date of the visit, a
teaser headline above the article), the date line right under the final headline, else right
above it, is the one a reader takes for the publication date. `next_to_title` makes it the
`published` block, unless a dateline already stands there; a `published` block elsewhere in
the page head (a site's top bar) is set aside as chrome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from newsnlp.extract.dates.roles import label_role
from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block, set_aside
from newsnlp.models import DateMention
from newsnlp.resources import ICASE, compile_pattern
from newsnlp.text.lines import Line
from newsnlp.text.sentences import ends_sentence

DateFinder = Callable[[str, int, int], list[DateMention]]
# A date line is short; the other cells of its row are a few words each
# (`Sport | 14.03.2026, 21:40 | Redakcja`).
DATE_LINE_MAX_CHARS = 120
DATE_ROW_CELL_MAX_WORDS = 4

# non-blank lines above or below the headline where its dateline stands
DATELINE_REACH = 3
# blocks a dateline may have been read into (one line each)
_HOLDERS = frozenset({"chrome", "paragraph", "heading", "byline", "category"})


# What every dateline holds, checked before the date finder runs: a year (19xx, 20xx), a
# numeric date or time (`12.03`, `14:30`), or a day number before a month or Roman numeral.
_DATE_SHAPE = r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[./:-]\d|\d\s*\p{L}"


# a date row's cells stand apart as a meta line's do, or by a spaced slash (`Sport / 22
# lutego 2026 / Przez X`)
_ROW_SEP = lt.cell_separator("/")


def row_cells(text: str) -> list[tuple[int, int]]:
    """Offsets of the cells of a `12 marca 2026 | Redakcja | 3 komentarze` row (one cell for
    a line with no separator)."""
    out, pos = [], 0
    for sep in compile_pattern(_ROW_SEP).finditer(text):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, len(text)))
    return out


def one_cell(text: str) -> bool:
    """A line of one cell, not a row (`wtorek, 14 października 2025 r.` alone)."""
    return len(row_cells(text)) == 1


def is_date_line(text: str, line: Line, find_dates: DateFinder) -> bool:
    """A dateline: a date and nothing else (weekday, `r.`, `godz.` allowed), possibly as one
    cell of a row of short cells (`12 marca 2026 | Redakcja | 3 komentarze`, `Sport |
    14.03.2026, 21:40 | aktualizacja: 15.03.2026`), and perhaps a labelled byline after it
    (`9.09.2025, 18:40 Autorzy: Joanna Kuźma`)."""
    if not line.text or len(line.text) > DATE_LINE_MAX_CHARS:
        return False
    if compile_pattern(_DATE_SHAPE).search(line.text) is None:
        return False  # no cell has a date's shape either (a cell ends before white space)
    tail = lt.labelled_tail(line.text)  # `9.09.2025, 18:40 Autorzy: …`: the row before it
    row = line.text if tail is None else line.text[:tail[0]]
    cells = row_cells(row)
    for a, b in cells:
        if _date_only(text, line.start + a, line.start + b, find_dates):
            return all(lt.word_count(line.text[x:y]) <= DATE_ROW_CELL_MAX_WORDS
                       or _date_only(text, line.start + x, line.start + y, find_dates)
                       or _meta_cell(line.text[x:y])
                       for x, y in cells if x != a)
    return False


# the clock time a row's cell may open with before its metadata (`21:15 3 min czytania`)
_CLOCK_HEAD = r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s+"


def _meta_cell(cell: str) -> bool:
    """A cell of the page's metadata that date rows print beside the date: a reading time
    (`3 min czytania`), a view count, an update stamp, perhaps after the row's clock time."""
    return lt.is_page_metadata(compile_pattern(_CLOCK_HEAD).sub("", cell))


# An author's name followed by a number: a signed date line.
_NAME_BEFORE_DATE = rf"{lt.PERSON_NAME}(?=[ \t,|]+\d)"


# Where a comment count closes a meta row (`… 7:30 Komentarze (7)`, `… 12 komentarzy`).
_COMMENTS_TAIL = r"[ \t|·•,]+(?=(?:\d+[ \t]+)?[Kk]omentarz)"


# An author's name closing a row's first cell, after a digit (`… 2025, 09:40 Paweł Zieliński`).
_NAME_AFTER_DATE = rf"(?<=\d),?[ \t]++({lt.PERSON_NAME})[ \t]*+$"


def name_after_date(text: str, line: Line, find_dates: DateFinder) -> tuple[int, int] | None:
    """The span of the byline printed after the date that opens the line: the author's name
    and the short cells after it, split later as credits are (`12.10.2025 20:15 Michał
    Dudek`, `… 09:40 Paweł Zieliński / Redakcja`): a meta row's date and byline on one line,
    the markup's spans flattened."""
    if len(line.text) > DATE_LINE_MAX_CHARS:
        return None
    cells = row_cells(line.text)
    pattern = compile_pattern(_NAME_AFTER_DATE)
    found = [(n, a, pattern.search(line.text[a:b]))
             for n, (a, b) in enumerate(cells)]  # the cell the name closes; the date's before
    n, a, m = next(((n, a, m) for n, a, m in found if m is not None), (0, 0, None))
    if (m is None or not lt.is_person_name_line(m.group(1))
            or any(lt.word_count(line.text[x:y]) > DATE_ROW_CELL_MAX_WORDS
                   for x, y in cells[n + 1:])
            or not _date_only(text, line.start, line.start + a + m.start(), find_dates)):
        return None
    return line.start + a + m.start(1), line.start + len(line.text.rstrip())  # and its cells


def signed_date_line(text: str, line: Line, find_dates: DateFinder) -> bool:
    """An author's name before a date and nothing else but the comment count that meta rows
    end with (`Anna Zielińska 3 grudnia 2026, 07:45 Komentarze (7)`), or after it
    (`name_after_date`): the byline and the dateline of a page head on one line."""
    if len(line.text) > DATE_LINE_MAX_CHARS:
        return False
    if name_after_date(text, line, find_dates) is not None:
        return True
    m = compile_pattern(_NAME_BEFORE_DATE).match(line.text)
    if m is None or not lt.is_person_name_line(m.group()):
        return False
    tails = compile_pattern(_COMMENTS_TAIL).finditer(line.text, m.end())
    end = next((line.start + t.start() for t in tails
                if lt.chrome_kind(line.text[t.end():]) == "comments"), line.end)
    return _date_only(text, line.start + m.end(), end, find_dates)


def date_cell(text: str, line: Line, find_dates: DateFinder) -> tuple[int, int] | None:
    """The span of the first cell of `line` that holds a date and nothing else
    (`Autor: Jan Nowak (PAP) | 04-01-2012 11:06`), or None."""
    for a, b in row_cells(line.text):
        if _date_only(text, line.start + a, line.start + b, find_dates):
            return line.start + a, line.start + b
    return None


def _date_only(text: str, start: int, end: int, find_dates: DateFinder) -> bool:
    """True when text[start:end] holds a date and nothing else but a short label word,
    `r.` and a clock word (`godz.`)."""
    if compile_pattern(_DATE_SHAPE).search(text, start, end) is None:
        return False
    found = [d for d in find_dates(text, start, end) if d.start < end]
    if not found:
        return False
    rest = text[start:end]
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        a, b = d.start - start, min(d.end, end) - start
        rest = rest[:a] + " " + rest[b:]
    # `30.12.2011 13:09, ostatnia aktualizacja 30.12.2011 13:14`: after the first date, the
    # update date with its label (a line that opens with the label is an update line)
    first = min(d.start for d in found) - start + 1
    rest = rest[:first] + compile_pattern(rf"\b(?:{lt.date_labels()})\b", ICASE).sub(
        " ", rest[first:])
    pattern = compile_pattern(rf"^[\s,|.:·•]*(?:\p{{L}}{{1,12}}[\s,.:|·•]*)?"
                              rf"(?:(?:r\.|{lt.clock_words()})[\s,|.:·•]*)*$")
    return pattern.fullmatch(rest) is not None


def next_to_title(text: str, lines: Sequence[Line], blocks: Sequence[Block],
                  find_dates: DateFinder) -> list[Block]:
    """`blocks` with the date line next to the title as the `published` block."""
    title = next((b for b in blocks if b.kind == "title"), None)
    if title is None:
        return list(blocks)
    kept = [ln for ln in lines if not ln.blank]
    first = next(k for k, ln in enumerate(kept) if ln.index == title.lines[0].index)
    last = first + len(title.lines) - 1
    below = kept[last + 1:last + 1 + DATELINE_REACH]
    above = kept[max(0, first - DATELINE_REACH):first][::-1]
    near = [b for b in blocks if b.kind == "published" and b.lines[0] in below + above]
    if near:  # a dateline stands next to the headline: one further up is the top bar's
        return [set_aside(b) if b.kind == "published" and b not in near
                and b.start < title.start else b for b in blocks]
    for side in (below, above):
        dateline = _first_dateline(text, side, blocks, find_dates)
        if dateline is not None:
            return _with(blocks, dateline)
    return list(blocks)


def _first_dateline(text: str, side: Sequence[Line], blocks: Sequence[Block],
                    find_dates: DateFinder) -> tuple[Block, Block] | None:
    """The first date line among `side` (nearest the title first), with the block holding
    it; the search stops at the article's text (a paragraph that ends a sentence)."""
    for line in side:
        holders = [b for b in blocks if line in b.lines]  # a byline may share its line
        holder = next((b for b in holders if b.kind == "byline"), holders[0] if holders else None)
        if (holder is None or holder.kind not in _HOLDERS or line != holder.lines[0]
                or (holder.kind == "paragraph" and ends_sentence(line.text))):
            return None
        if holder.kind == "byline":  # `Autor: PAP | 03-01-2012 12:05`: the date's cell
            value = date_cell(text, line, find_dates) or _first_day(text, line, find_dates)
            if value is not None:
                return holder, Block("published", (line,), value=value)
        elif _dated(text, line, find_dates):
            return holder, Block("published", (line,), value=(line.start, line.end))
    return None


def _dated(text: str, line: Line, find_dates: DateFinder) -> bool:
    """A publication line: a date line, a line that opens with a day and a time, or a date
    after a publication label (`Data publikacji: 03.01.2012`); never an update's."""
    found = find_dates(text, line.start, line.end)
    if not found:
        return False
    role = label_role(text, min(d.start for d in found))
    return role != "updated" and (role == "published" or is_date_line(text, line, find_dates)
                                  or _opens_with_moment(line, found))


def _first_day(text: str, line: Line, find_dates: DateFinder) -> tuple[int, int] | None:
    """The span of a byline's first absolute day (`Autor: Jan Nowak, 03.01.2012 11:50`)."""
    days = [d for d in find_dates(text, line.start, line.end)
            if d.granularity in ("day", "minute") and not d.relative
            and label_role(text, d.start) != "updated"]
    first = min(days, key=lambda d: d.start, default=None)
    return None if first is None else (first.start, first.end)


def _opens_with_moment(line: Line, found: Sequence[DateMention]) -> bool:
    """`03.01.2012 06:05 TAGI, …`, `2012-01-03 09:21 KUP LICENCJĘ`: a line that opens with a
    day and a time (`found`: its dates), and is no sentence."""
    moments = [d.start for d in found if d.granularity == "minute"]
    return bool(moments) and min(moments) == line.start and not line.text.endswith(".")


def _with(blocks: Sequence[Block], found: tuple[Block, Block]) -> list[Block]:
    """The blocks with the dateline in place of its holder (a byline keeps its block; a
    paragraph the dateline was wrapped into keeps its other lines)."""
    holder, dateline = found
    out = [set_aside(b) if b.kind == "published" else b
           for b in blocks if b is not holder or holder.kind == "byline"]
    if holder.kind != "byline" and len(holder.lines) > 1:
        out.append(replace(holder, lines=holder.lines[1:], value=None))
    out.append(dateline)
    return sorted(out, key=lambda b: (b.start, b.kind != "byline"))
