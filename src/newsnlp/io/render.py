"""A self-contained HTML view of an `Article`, for people checking results.

Every character of `Article.text` is shown once, in page order: lines are boxed by the block
that owns them (title, lead, paragraph, list, quote, chrome by kind, ...) and institutions,
dates, sources and quotes are highlighted inside, their values on hover (`title` attributes:
no scripts, no external assets). Pages are hostile input, so everything is escaped.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from newsnlp.models import Article, DateMention, Institution, Source, Span

_Line = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Box:
    """A block of the page, rendered as one element; `kind` is shown and styled."""

    start: int
    end: int
    tag: str
    kind: str
    css: str


@dataclass(frozen=True, slots=True)
class _Mark:
    """An inline highlight; `rank` orders marks of equal extent, outermost first."""

    start: int
    end: int
    css: str
    hover: str
    rank: int


_OTHER = _Box(0, 0, "div", "unassigned", "other")


def render_html(article: Article) -> str:
    """The whole HTML page for `article` (UTF-8 text, inline CSS)."""
    title = (article.meta.title.text if article.meta.title else None) or article.id or "newsnlp"
    return _page().substitute(title=escape(title), body=_body(article),
                              summary=_summary(article))


def render_file(path: Path) -> str:
    """Parse a page file (`.txt` or `.html`, decoded like the CLI does, id = file stem) and
    render it."""
    from newsnlp.pipeline import parse
    from newsnlp.text.decode import decode_bytes, decode_html

    decode = decode_bytes if path.suffix.lower() == ".txt" else decode_html
    text, _ = decode(path.read_bytes())
    return render_html(parse(text, id=path.stem))


@cache
def _page() -> Template:
    page = resources.files("newsnlp").joinpath("data").joinpath("render").joinpath("page.html")
    return Template(page.read_text(encoding="utf-8"))


# -- the page text, boxed and highlighted -------------------------------------------------


def _body(article: Article) -> str:
    text = article.text
    lines = _lines(text)
    boxes = _boxes(article)
    owners = _assign(lines, boxes)
    marks = _assign_marks(lines, _marks(article))
    out = []
    for box, members in _groups(text, lines, owners, boxes):
        inner = [_inline(text, lines[i], marks[i]) for i in members]
        out.append(_element(box, inner))
    return "\n".join(out)


def _lines(text: str) -> list[_Line]:
    """(start, end) of every line, newline excluded."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _boxes(article: Article) -> list[_Box]:
    """The article's blocks: metadata, lead, headings, paragraphs, lists, quotes, chrome."""
    meta = article.meta
    image = meta.image
    simple: list[tuple[str, str, Span | None]] = [
        ("category", "p", meta.category), ("title", "h1", meta.title),
        ("published", "p", meta.published_span),
        ("caption", "p", image.caption if image else None),
        ("credit", "p", image.credit if image else None), ("lead", "p", article.lead)]
    for section in article.sections:
        simple.append(("heading", "h2", section.heading))
        simple.extend(("paragraph", "p", p) for p in section.paragraphs)
    boxes = [_Box(s.start, s.end, tag, kind, kind) for kind, tag, s in simple if s is not None]
    boxes.extend(_Box(b.start, b.end, "ol" if b.ordered else "ul", "list", "list")
                 for b in article.lists)
    for q in article.quotes:
        if not q.inline:
            ends = [q.start, q.end] + ([q.speaker.start, q.speaker.end] if q.speaker else [])
            boxes.append(_Box(min(ends), max(ends), "blockquote", "quote", "quote"))
    boxes.extend(_Box(c.start, c.end, "div", f"chrome: {c.kind}", f"chrome chrome-{c.kind}")
                 for c in article.chrome)
    return boxes


def _overlapping(lines: Sequence[_Line], starts: Sequence[int], start: int,
                 end: int) -> Iterator[int]:
    """Indices of the lines that share at least one character with `[start, end)`."""
    i = max(0, bisect.bisect_right(starts, start) - 1)
    while i < len(lines) and lines[i][0] < end:
        if lines[i][1] > start:
            yield i
        i += 1


def _assign(lines: Sequence[_Line], boxes: Sequence[_Box]) -> list[int]:
    """Owner box of each line: the one covering most of it (first on ties), -1 if none."""
    starts = [s for s, _ in lines]
    owner, covered = [-1] * len(lines), [0] * len(lines)
    for index, box in enumerate(boxes):
        for i in _overlapping(lines, starts, box.start, box.end):
            overlap = min(lines[i][1], box.end) - max(lines[i][0], box.start)
            if overlap > covered[i]:
                owner[i], covered[i] = index, overlap
    return owner


def _groups(text: str, lines: Sequence[_Line], owners: Sequence[int],
            boxes: Sequence[_Box]) -> Iterator[tuple[_Box, list[int]]]:
    """Runs of non-blank lines with one owner; unowned runs split at blank lines."""
    key: tuple[int, int] | None = None
    members: list[int] = []
    blanks = 0
    for i, (start, end) in enumerate(lines):
        if not text[start:end].strip():
            blanks += 1
            continue
        line_key = (owners[i], -1) if owners[i] >= 0 else (-1, blanks)
        if line_key != key and members:
            yield (boxes[key[0]] if key and key[0] >= 0 else _OTHER), members
            members = []
        key = line_key
        members.append(i)
    if members:
        yield (boxes[key[0]] if key and key[0] >= 0 else _OTHER), members


def _element(box: _Box, inner: Sequence[str]) -> str:
    body = "".join(f"<li>{x}</li>" for x in inner) if box.tag in ("ul", "ol") \
        else "<br>\n".join(inner)
    return (f'<{box.tag} class="b {escape(box.css)}" data-kind="{escape(box.kind)}">'
            f"{body}</{box.tag}>")


# -- inline highlights ---------------------------------------------------------------------


def _marks(article: Article) -> list[_Mark]:
    """Highlights for quotes, speakers, sources, institution mentions and dates."""
    by_id = {inst.id: inst for inst in article.institutions}
    marks = [_Mark(m.start, m.end, "inst", _institution_hover(inst), 2)
             for inst in article.institutions for m in inst.mentions]
    marks.extend(_Mark(d.start, d.end, "date", _date_hover(d), 3) for d in article.dates)
    marks.extend(_Mark(s.start, s.end, "src", _source_hover(s, by_id), 1)
                 for s in article.sources)
    for q in article.quotes:
        speaker = q.speaker.text if q.speaker else "no speaker found"
        marks.append(_Mark(q.start, q.end, "q", f"quote, said by: {speaker}", 0))
        if q.speaker:
            marks.append(_Mark(q.speaker.start, q.speaker.end, "speaker", "speaker", 1))
    return marks


def _institution_hover(inst: Institution) -> str:
    details = ", ".join(x for x in (inst.acronym, inst.kind) if x)
    return f"{inst.canonical} ({details})"


def _date_hover(date: DateMention) -> str:
    value = date.value or "unresolved"
    if date.range_end:
        value = f"{value} – {date.range_end}"
    details = [date.role, *([date.granularity] if date.granularity else []),
               *(["relative"] if date.relative else [])]
    return f"{value} ({', '.join(details)})"


def _source_hover(source: Source, by_id: dict[str, Institution]) -> str:
    inst = by_id.get(source.institution or "")
    return f"{source.kind}: {source.text}" + (f" → {inst.canonical}" if inst else "")


def _assign_marks(lines: Sequence[_Line], marks: Sequence[_Mark]) -> list[list[_Mark]]:
    """The marks touching each line."""
    starts = [s for s, _ in lines]
    per_line: list[list[_Mark]] = [[] for _ in lines]
    for mark in marks:
        for i in _overlapping(lines, starts, mark.start, mark.end):
            per_line[i].append(mark)
    return per_line


def _inline(text: str, line: _Line, marks: Sequence[_Mark]) -> str:
    """One line, escaped, with its marks clipped to it and properly nested.

    A mark that ends inside another is closed with it and reopened after, so crossing
    spans become adjacent pieces instead of broken HTML.
    """
    start, end = line
    clipped = sorted(((max(m.start, start), min(m.end, end), m) for m in marks
                      if min(m.end, end) > max(m.start, start)),
                     key=lambda c: (c[0], -c[1], c[2].rank))
    bounds = sorted({start, end, *(c[0] for c in clipped), *(c[1] for c in clipped)})
    out: list[str] = []
    stack: list[tuple[int, int, _Mark]] = []
    pos, nxt = start, 0
    for bound in bounds:
        out.append(escape(text[pos:bound]))
        pos = bound
        ending = [k for k, c in enumerate(stack) if c[1] == bound]
        if ending:
            reopen = [c for c in stack[ending[0]:] if c[1] != bound]
            out.append("</mark>" * (len(stack) - ending[0]))
            del stack[ending[0]:]
            out.extend(_open(c[2]) for c in reopen)
            stack.extend(reopen)
        while nxt < len(clipped) and clipped[nxt][0] == bound:
            out.append(_open(clipped[nxt][2]))
            stack.append(clipped[nxt])
            nxt += 1
    return "".join(out)


def _open(mark: _Mark) -> str:
    return f'<mark class="{escape(mark.css)}" title="{escape(mark.hover)}">'


# -- the side panel --------------------------------------------------------------------------


def _summary(article: Article) -> str:
    """Legend, metadata and every extracted item as tables (values as normalised)."""
    by_id = {inst.id: inst for inst in article.institutions}
    legend = ('<p class="legend"><mark class="inst">institution</mark><mark class="date">date'
              '</mark><mark class="src">source</mark><mark class="q">quote</mark>'
              '<mark class="speaker">speaker</mark></p>')
    return "\n".join([
        legend,
        _table("Page", ("field", "value"), _meta_rows(article)),
        _table("Institutions", ("id", "canonical", "acronym", "kind", "locality", "parent",
                                "mentions"),
               [(i.id, i.canonical, i.acronym or "", i.kind, i.locality or "", i.parent or "",
                 str(len(i.mentions))) for i in article.institutions]),
        _table("Dates", ("text", "value", "role", "range end"),
               [(d.text, d.value or "unresolved", d.role, d.range_end or "")
                for d in article.dates]),
        _table("Sources", ("kind", "credit", "institution"),
               [(s.kind, s.text, by_id[s.institution].canonical
                 if s.institution in by_id else "") for s in article.sources]),
        _table("Warnings", ("code", "message"),
               [(w.code, w.message) for w in article.warnings]),
    ])


def _meta_rows(article: Article) -> list[tuple[str, str]]:
    meta = article.meta
    image = meta.image
    rows = [("id", article.id), ("url", article.url),
            ("category", meta.category.text if meta.category else None),
            ("title", meta.title.text if meta.title else None),
            ("published", meta.published), ("updated", meta.updated),
            ("photo credit", image.credit.text if image and image.credit else None)]
    return [(name, value) for name, value in rows if value]


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return f"<h3>{escape(caption)}</h3><p>none</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<h3>{escape(caption)}</h3><table><tr>{head}</tr>{body}</table>"
