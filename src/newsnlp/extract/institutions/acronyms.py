"""Acronyms introduced on the page ("Zarząd Transportu Metropolitalnego (ZTM)"): the
bracketed acronym and its later stand-alone uses become mentions of the same institution."""

from __future__ import annotations

from dataclasses import replace

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.resources import compile_pattern, escape

__all__ = ["introduced_mentions"]


def _copy(owner: Mention, start: int, end: int, text: str) -> Mention:
    """A mention of the owner's institution at another place, written as an acronym."""
    return replace(owner, start=start, end=end, text=text[start:end], via_acronym=True,
                   locality=None, parent=None, intro_acronym=None, intro_span=None)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps no existing mention."""
    return all(end <= s or start >= e for s, e in taken)


def introduced_mentions(text: str, spans: list[tuple[int, int]],
                        mentions: list[Mention]) -> list[Mention]:
    """Mentions for every introduced acronym: in its brackets and used alone later."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for owner in mentions:
        acr = owner.intro_acronym
        if not acr or owner.intro_span is None:
            continue
        start, end = owner.intro_span
        out.append(_copy(owner, start, end, text))
        taken.append((start, end))
        if owner.type_ids and acr in gazetteer().by_acronym:
            continue  # gazetteer acronyms are matched by the scanner already
        pattern = compile_pattern(rf"(?<![\w-]){escape(acr)}(?![\w])", 0)
        for s, e in spans:
            for m in pattern.finditer(text, s, e):
                if m.start() > owner.start and _free(m.start(), m.end(), taken):
                    out.append(_copy(owner, m.start(), m.end(), text))
                    taken.append((m.start(), m.end()))
    return out
