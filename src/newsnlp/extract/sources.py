"""Credits of the text, of photos and bylines, split into one `Source` per credited name."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import Block
from newsnlp.layout.linetypes import is_page_metadata, is_person_name_line, person_names
from newsnlp.models import Institution, Source, SourceKind
from newsnlp.resources import ICASE, compile_pattern, load_json

_KINDS: dict[str, SourceKind] = {"source": "source", "credit": "photo", "byline": "author"}
INITIALS_MAX_CHARS = 4  # a journalist's initials (`mw`, `kpt`, `zew`), dots aside


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a credit on " / ", ", ", a slash between a name and an agency (`Tomasz
    Kubiak/PAP`, `Anna Lis /PAP`, `PAP/Leszek Szymański`; not a web address's) and between
    PAP's journalist codes (`akol/ mhr`) into part offsets trimmed of spaces and of the
    separators left at their end."""
    split = compile_pattern(load_json("meta.json")["credit_split"])
    parts: list[tuple[int, int]] = []
    pos = start
    for m in split.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    out = []
    for s, e in parts:
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t.;,/|(":  # `Autor: X / 14 marca`: the date cut off
            e -= 1
        e = _before_stamp(text, s, e)
        if e > s:
            out.append((s, e))
    return out


# a date or time in brackets after a credited name (a BIP record's `Informację wytworzył:
# Joanna Sadowska (2025-11-20)`)
_BRACKETED_STAMP = compile_pattern(r"\([ \t]*+\d[\d \t.:/-]*+\)")


def _before_stamp(text: str, start: int, end: int) -> int:
    """Where a credit ends before the date or time stamped on it in brackets."""
    if not text.endswith(")", start, end):
        return end
    opening = text.rfind("(", start, end)
    if opening <= start or _BRACKETED_STAMP.fullmatch(text, opening, end) is None:
        return end
    while opening > start and text[opening - 1] in " \t":
        opening -= 1
    return opening


def _credits_someone(part: str, n: int) -> bool:
    """Part `n` of a byline credits someone: not the row's reading time or view count
    (`Autor: Anna Lis / Czas czytania: 3 min`) nor, after the first part, the writer's role
    in lower case (`Autor: Jan Nowak, rzecznik prasowy`); lower-case initials are a
    co-author's (`Autor: mw, kp`)."""
    role = n > 0 and part.islower() and len(part.replace(".", "")) > INITIALS_MAX_CHARS
    return not role and not is_page_metadata(part)


def _before_numbers(text: str, start: int, end: int) -> int:
    """Where a byline's part ends before what a meta row runs on with after the name: its
    counts (`oprac. Krzysztof Mazur 3412 23`: views and comments; one number may be a
    name's, `Radio 90`) or its reading time (`Anna Lis 5 min czytania`)."""
    m = _NUMBER_WORD.search(text, start, end)
    if m is None:
        return end
    rest = text[m.start():end]
    if _COUNTS.fullmatch(rest) is None and not is_page_metadata(rest):
        return end
    return start + len(text[start:m.start()].rstrip(" \t"))


_NUMBER_WORD = compile_pattern(r"(?<=\S\s)\d")
_COUNTS = compile_pattern(r"(?<!\d)\d++(?:[ \t]++\d++)+[ \t]*+")


def _institution_for(start: int, end: int, institutions: Sequence[Institution]) -> str | None:
    for inst in institutions:
        for m in inst.mentions:
            if m.start < end and start < m.end:
                return inst.id
    return None


LABEL_MAX_CHARS = 40  # how far before a credit's value its label is looked for


def _labelled(text: str, block: Block, role: str) -> bool:
    """The credit's value stands right after a label of the record role `role` (`Wytworzył:`,
    `Opublikował:`; meta.json `record_roles`)."""
    assert block.value is not None
    start = max(block.lines[0].start, block.value[0] - LABEL_MAX_CHARS)
    label = compile_pattern(f"(?:{load_json('meta.json')['record_roles'][role]})$", ICASE)
    return label.search(text[start:block.value[0]]) is not None


def _producer(text: str, block: Block) -> tuple[int, int] | None:
    """The person a public record names as the producer of its information (`Wytworzył:
    Tomasz Bąk, kierownik GZWiK`, `Sporządziła: Anna Lis`): the author. A unit (`Wytworzył:
    Biuro Prasowe`) stays the record's source."""
    if block.kind != "source" or block.value is None or not _labelled(text, block, "produced"):
        return None
    s, e = _parts(text, *block.value)[0]
    return (s, e) if is_person_name_line(text[s:e]) else None


def extract_sources(text: str, blocks: Sequence[Block],
                    institutions: Sequence[Institution] = ()) -> list[Source]:
    """Every distinct credit on the page, in page order (a repeated credit counts once). A
    record's producer, when a person, is its author, and whoever only entered the record is
    then none (the roles BIP's rules tell apart)."""
    seen: set[tuple[str, str]] = set()
    out: list[Source] = []
    producers = {k: span for k, b in enumerate(blocks) if (span := _producer(text, b))}
    for k, block in enumerate(blocks):
        kind = _KINDS.get(block.kind)
        if kind is None or block.value is None:
            continue
        if kind == "author" and producers and _labelled(text, block, "entered"):
            continue
        parts = [producers[k]] if k in producers else _parts(text, *block.value)
        if k in producers:
            kind = "author"
        elif kind == "author":  # `Piotr Zając i Anna Lis`: one source per co-author
            parts = [name for n, (s, e) in enumerate(parts) if _credits_someone(text[s:e], n)
                     for name in person_names(text, s, _before_numbers(text, s, e))]
        for s, e in parts:
            key = (kind, text[s:e].casefold())
            if key in seen:
                continue
            seen.add(key)
            out.append(Source(start=s, end=e, text=text[s:e], kind=kind,
                              institution=_institution_for(s, e, institutions)))
    return out
