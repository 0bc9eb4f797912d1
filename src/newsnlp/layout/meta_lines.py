"""Blocks of a metadata line (`Autor: …`, `fot. …`, `Źródło: …`, `Data publikacji …`): the
credit, byline, source or publication value it labels, and a caption beside a photo credit.
"""

from __future__ import annotations

from dataclasses import replace

from newsnlp.layout import linetypes as lt
from newsnlp.layout.blocks import Block, BlockKind
from newsnlp.layout.dateline import DateFinder, name_after_date, row_cells
from newsnlp.resources import ICASE, Match, compile_pattern, load_json
from newsnlp.text.lines import Line

# `Opublikowano 28 listopada 2026 przez Ewa Malec` (the WordPress byline): who published it
# `przez Name`: a person's name after `przez` (by), a title before it (`przez ks. Jan Lis`)
_BY_NAME = rf"przez\s+(?P<n>(?-i:(?:\p{{Ll}}{{1,6}}\.\s+){{0,3}}(?P<name>{lt.PERSON_NAME})))"
_SEPARATORS = " .,;|/–-"  # between two items of one line
_KINDS: dict[str, BlockKind] = {"source": "source", "published": "published",
                                "category": "category", "caption": "caption"}


def byline_blocks(text: str, line: Line, start: int, end: int,
                  find_dates: DateFinder) -> list[Block]:
    """A byline; one that goes on with a date (`Autor: X, 18 grudnia 2025, 16:40`) ends
    before it, and the date is the publication line."""
    dates = [d for d in find_dates(text, start, end) if not d.relative]
    if not dates:
        return [Block("byline", (line,), value=(start, end))]
    whole = (start, end) == (line.start, line.end)
    name = name_after_date(text, line, find_dates) if whole else None
    if name is not None:  # `12.10.2025 20:15 Michał Dudek`
        return [Block("published", (line,), value=(start, _back_over(text, start, name[0], " ,"))),
                Block("byline", (line,), value=name)]
    cut = _back_over(text, start, dates[0].start, " ,;|–-")
    blocks = [Block("published", (line,), value=(dates[0].start, end))]
    return ([Block("byline", (line,), value=(start, cut))] if cut > start else []) + blocks


def meta_blocks(text: str, line: Line, m: lt.MetaMatch, find_dates: DateFinder,
                until: int | None = None) -> list[Block]:
    """Blocks for a metadata line: caption and credit may share one line, and so may two
    labelled items (`Autor: X. Data publikacji …`: see `next_label` in meta.json); a next
    label is looked for up to `until` (the line's end)."""
    start, end = line.start + m.value_start, line.start + m.value_end
    # the next label may stand past the value's end (`Dodano: 28-10-2025 | Autor: X`: a
    # publication value ends with its date); a photo line splits caption from credit below
    nxt, rest = (_next_item(text, start, line.end, line.end if until is None else until)
                 if m.kind != "photo" else (None, None))
    if nxt is not None and rest is not None:
        cut = _back_over(text, start, nxt.start(), _SEPARATORS)
        second = _moved(rest, nxt.start() - line.start)
        first = (meta_blocks(text, line, replace(
            m, value_end=min(m.value_end, cut - line.start)), find_dates, until=cut)
                 if cut > start else [])
        return first + meta_blocks(text, line, second, find_dates)
    if m.kind == "photo" and m.caption is not None:
        caption = (line.start + m.caption[0], line.start + m.caption[1])
        return [Block("caption", (line,), value=caption),
                Block("credit", (line,), value=(start, end))]
    if m.kind == "photo":
        split = compile_pattern(load_json("meta.json")["caption_photo_split"]).search(
            text, start, end)
        if split is not None:
            return [Block("caption", (line,), value=(start, split.start())),
                    Block("credit", (line,), value=(split.end(), end))]
        return [Block("credit", (line,), value=(start, end))]
    if m.kind == "author":
        return byline_blocks(text, line, start, end, find_dates)
    if m.kind == "published":
        return _published_by(text, line, start, end)
    return [Block(_KINDS[m.kind], (line,), value=(start, end))]


def _next_item(text: str, start: int, end: int, until: int
               ) -> tuple[Match, lt.MetaMatch] | tuple[None, None]:
    """The first next label in text[start:until] whose text up to `end` is a metadata item
    of its own, and that item: a label that opens none (`Aktualizacja: …`, whose date the
    publication line keeps) is passed over."""
    for nxt in lt.next_label().finditer(text, start, until):
        rest = lt.meta_match(text[nxt.start():end].rstrip())
        if rest is not None:
            return nxt, rest
    return None, None


def dateline_blocks(text: str, line: Line, find_dates: DateFinder) -> list[Block]:
    """A publication line without a label, and the byline of a cell of its row that is a
    person's name (`Anna Wrzosek · 31.03.2026 · Sukcesy uczniów`), alone or after `przez`
    (`Młodzież / 15 marca 2026 / Przez Ewa Wrona`); one that goes on with a
    labelled byline or source (`wt., 9.09.2025, 18:40 Autorzy: Joanna Kuźma, Grzegorz
    Wilk`) ends before it."""
    tail = lt.labelled_tail(line.text)
    if tail is None:
        cells = row_cells(line.text)
        named = [Block("byline", (line,), value=(line.start + a + n, line.start + b))
                 for a, b in cells if len(cells) > 1
                 for n in [_by_name(line.text[a:b])] if n is not None]
        return [Block("published", (line,), value=(line.start, line.end)), *named]
    at, rest = tail
    cut = _back_over(text, line.start, line.start + at, _SEPARATORS)
    return ([Block("published", (line,), value=(line.start, cut))] if cut > line.start else []
            ) + meta_blocks(text, line, _moved(rest, at), find_dates)


def _by_name(cell: str) -> int | None:
    """Where the name starts in a cell that is a person's name, alone or after `przez`
    (`Przez Michał Grzyb`: WordPress themes' `by`), else None."""
    if lt.is_person_name_line(cell):
        return 0
    m = compile_pattern(_BY_NAME, ICASE).fullmatch(cell)
    return m.start("n") if m is not None and lt.is_person_name_line(m.group("name")) else None


def _moved(m: lt.MetaMatch, at: int) -> lt.MetaMatch:
    """A match read from a line's offset `at` (a second labelled item), with its offsets
    counted from the line's start."""
    return replace(m, value_start=m.value_start + at, value_end=m.value_end + at,
                   caption=None if m.caption is None else (m.caption[0] + at, m.caption[1] + at))


def _back_over(text: str, start: int, cut: int, separators: str) -> int:
    """`cut` moved back over the separators before it, never before `start`."""
    while cut > start and text[cut - 1] in separators:
        cut -= 1
    return cut


def _published_by(text: str, line: Line, start: int, end: int) -> list[Block]:
    """A publication line, and its author when the line names one after `przez`."""
    by = compile_pattern(rf"\s+{_BY_NAME}\s*$").search(text, start, end)
    if by is None or not lt.is_person_name_line(by.group("name")):
        return [Block("published", (line,), value=(start, end))]
    return [Block("published", (line,), value=(start, by.start())),
            Block("byline", (line,), value=(by.start("n"), by.end("n")))]
