"""Organisation spans from a spaCy NER model, normalised like our own candidates."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.extract.institutions import slots
from newsnlp.extract.institutions.candidates import Scanner
from newsnlp.extract.institutions.evidence import generic_kind, model_name_ok
from newsnlp.extract.institutions.mention import Locality, Mention
from newsnlp.extract.institutions.tokens import tokenize
from newsnlp.morph.baseform import base_form

__all__ = ["extra_mentions"]

_MAX_LEN = 120


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies within one content block."""
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """True when the span overlaps a mention we found ourselves."""
    return any(not (end <= m.start or start >= m.end) for m in mentions)


def _generic(text: str, start: int, end: int) -> Mention | None:
    """A named organisation from an NER span: base form of the name, locality split off."""
    surface = text[start:end].strip()
    if not surface[:1].isupper() or len(surface) < 3:
        return None
    cut = surface.find(" w ")
    loc = slots.read_locality(text, start + cut) if cut > 0 else None
    name_part = surface[:cut] if loc else surface
    name = base_form(name_part)
    if not model_name_ok(name):
        return None
    m = Mention(start, end, text[start:end], "generic", name=name, kind=generic_kind(name_part))
    if loc and loc[2] == end:
        m.locality = Locality(loc[1], True, loc[0])
    return m


def extra_mentions(text: str, candidates: Sequence[tuple[int, int]],
                   spans: list[tuple[int, int]], found: Sequence[Mention]) -> list[Mention]:
    """Mentions from NER spans that our matcher missed (content blocks only)."""
    out: list[Mention] = []
    for start, end in candidates:
        if not (0 <= start < end <= len(text)) or end - start > _MAX_LEN:
            continue
        if not _inside(start, end, spans) or _overlaps(start, end, [*found, *out]):
            continue
        inner = Scanner(text, tokenize(text, start, end)).scan()
        if inner:
            out.extend(inner)
            continue
        m = _generic(text, start, end)
        if m is not None:
            out.append(m)
    return out
