"""Credits of the text, of photos and bylines, split into one `Source` per credited name."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import Block
from newsnlp.layout.linetypes import is_page_metadata, is_person_name_line, person_names
from newsnlp.models import Institution, Source, SourceKind
from newsnlp.resources import compile_pattern, load_json
from newsnlp.text.sentences import stop_of_a_name

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
        while e > s and text[e - 1] in " \t.;,/|(" and not (  # `Autor: X / 14 marca`: the
                text[e - 1] == "." and stop_of_a_name(text, e - 1)):  # date cut off; `sp. z o.o.`
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
    (`Autor: Anna Lis / Czas czytania: 3 min`) nor, after the first part, the writer's role,
    opened by a lower-case word (`Autor: Jan Nowak, rzecznik prasowy`, `Sporządził: Jan Lis,
    kierownik Działu Sieci`); lower-case initials are a co-author's (`Autor: mw, kp`)."""
    return not (n > 0 and _role(part)) and not is_page_metadata(part)


def _role(part: str) -> bool:
    """A writer's role, all in lower case, or opened by a lower-case word no person's name
    follows (`aspirant Anna Lis` is a co-author with a rank)."""
    if part.islower() and len(part.replace(".", "")) > INITIALS_MAX_CHARS:
        return True
    words = part.split()
    return (bool(words) and words[0].isalpha() and words[0].islower()
            and len(words[0]) > INITIALS_MAX_CHARS
            and not any(is_person_name_line(" ".join(words[i:i + 2]))
                        for i in range(1, len(words))))


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


def extract_sources(text: str, blocks: Sequence[Block],
                    institutions: Sequence[Institution] = ()) -> list[Source]:
    """Every distinct credit on the page, in page order (a repeated credit counts once)."""
    seen: set[tuple[str, str]] = set()
    out: list[Source] = []
    for block in blocks:
        kind = _KINDS.get(block.kind)
        if kind is None or block.value is None:
            continue
        parts = _parts(text, *block.value)
        if kind == "author":  # `Piotr Zając i Anna Lis`: one source per co-author
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
