"""Organisation spans from a spaCy NER model, normalised like our own candidates."""

from __future__ import annotations

from collections.abc import Sequence

from newsnlp.extract.institutions import slots
from newsnlp.extract.institutions.candidates import Scanner
from newsnlp.extract.institutions.evidence import generic_kind, model_name_ok
from newsnlp.extract.institutions.mention import Locality, Mention
from newsnlp.extract.institutions.spanindex import Grown, SpanIndex
from newsnlp.extract.institutions.tokens import tokenize
from newsnlp.morph.baseform import base_form

__all__ = ["extra_mentions"]

_MAX_LEN = 120


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
    """Mentions from NER spans that our matcher missed: inside one content block, sharing no
    character with a mention found before."""
    out: list[Mention] = []
    blocks, ours, added = SpanIndex(spans), SpanIndex((m.start, m.end) for m in found), Grown()
    for start, end in candidates:
        if not (0 <= start < end <= len(text)) or end - start > _MAX_LEN:
            continue
        if (not blocks.contains(start, end) or ours.overlaps(start, end)
                or added.overlaps(start, end)):
            continue
        new = Scanner(text, tokenize(text, start, end)).scan()
        if not new:
            m = _generic(text, start, end)
            new = [m] if m is not None else []
        for m in new:
            added.add(m.start, m.end)
        out.extend(new)
    return out
