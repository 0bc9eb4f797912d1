"""Acronyms introduced on the page ("Zarząd Transportu Metropolitalnego (ZTM)"): the
bracketed acronym and its later stand-alone uses become mentions of the same institution."""

from __future__ import annotations

from dataclasses import replace

from newsnlp.extract.institutions.gazetteer import gazetteer
from newsnlp.extract.institutions.mention import Mention
from newsnlp.extract.institutions.spanindex import Covered
from newsnlp.resources import compile_pattern, escape

__all__ = ["introduced_mentions"]


def _copy(owner: Mention, start: int, end: int, text: str) -> Mention:
    """A mention of the owner's institution at another place, written as an acronym."""
    return replace(owner, start=start, end=end, text=text[start:end], via_acronym=True,
                   locality=None, parent=None, intro_acronym=None, intro_span=None)


def _uses(text: str, spans: list[tuple[int, int]], acronym: str) -> list[tuple[int, int]]:
    """Where `acronym` stands alone in the content spans, in span order."""
    pattern = compile_pattern(rf"(?<![\w-]){escape(acronym)}(?![\w])", 0)
    return [(m.start(), m.end()) for s, e in spans for m in pattern.finditer(text, s, e)]


def introduced_mentions(text: str, spans: list[tuple[int, int]],
                        mentions: list[Mention]) -> list[Mention]:
    """Mentions for every introduced acronym: in its brackets and used alone later.

    Each acronym's uses are found once; a use taken by one introduction (or overlapping a
    mention) is never offered to the next, so a page that introduces the same acronym in
    every paragraph stays linear."""
    out: list[Mention] = []
    if not any(m.intro_acronym and m.intro_span is not None for m in mentions):
        return out  # most pages introduce no acronym
    taken = Covered(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    open_uses: dict[str, list[tuple[int, int]]] = {}  # uses not yet taken, per acronym
    for owner in mentions:
        acr = owner.intro_acronym
        if not acr or owner.intro_span is None:
            continue
        start, end = owner.intro_span
        out.append(_copy(owner, start, end, text))
        taken.add(start, end)
        if owner.type_ids and acr in gazetteer().by_acronym:
            continue  # gazetteer acronyms are matched by the scanner already
        if acr not in open_uses:
            open_uses[acr] = _uses(text, spans, acr)
        before: list[tuple[int, int]] = []  # uses before this owner stay open for others
        for s, e in open_uses[acr]:
            if s <= owner.start:
                before.append((s, e))
            elif not taken.overlaps(s, e):  # a use once taken stays taken
                out.append(_copy(owner, s, e, text))
                taken.add(s, e)
        open_uses[acr] = before
    return out
