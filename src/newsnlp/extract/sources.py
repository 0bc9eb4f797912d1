"""Credits of the text, of photos and bylines, split into one `Source` per credited name."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.layout.blocks import Block
from newsnlp.layout.linetypes import person_names
from newsnlp.models import Institution, Source, SourceKind
from newsnlp.resources import compile_pattern, load_json

_KINDS: dict[str, SourceKind] = {"source": "source", "credit": "photo", "byline": "author"}


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a credit on " / ", ", " and a slash between a name and an agency
    (`Tomasz Kubiak/PAP`, `Anna Lis /PAP`, `PAP/Leszek Szymański`; not a web address's)
    into part offsets
    trimmed of spaces and of the separators left at their end."""
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
        while e > s and text[e - 1] in " \t.;,/|":  # `Autor: X / 14 marca`: the date cut off
            e -= 1
        if e > s:
            out.append((s, e))
    return out


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
            parts = [name for s, e in parts for name in person_names(text, s, e)]
        for s, e in parts:
            key = (kind, text[s:e].casefold())
            if key in seen:
                continue
            seen.add(key)
            out.append(Source(start=s, end=e, text=text[s:e], kind=kind,
                              institution=_institution_for(s, e, institutions)))
    return out
